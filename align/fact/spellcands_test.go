package fact

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// spellingCandidates finds every pair of names spellingVariant accepts,
// as comparing every pair would: names made by misspelling others (a
// letter changed, dropped, doubled, two swapped) and unrelated names.
func TestSpellingCandidatesMissNothing(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	letters := []rune("abcdefghiklmnoprstuvwyz")
	var names []string
	for range 300 {
		n := make([]rune, 5+r.IntN(6))
		for i := range n {
			n[i] = letters[r.IntN(len(letters))]
		}
		names = append(names, string(n))
		m := slices.Clone(n)
		switch i := 1 + r.IntN(len(m)-1); r.IntN(4) {
		case 0:
			m[i] = letters[r.IntN(len(letters))]
		case 1:
			m = slices.Delete(m, i, i+1)
		case 2:
			m = slices.Insert(m, i, m[i])
		default:
			if i+1 < len(m) {
				m[i], m[i+1] = m[i+1], m[i]
			}
		}
		names = append(names, string(m))
	}
	names = append(names, "whitkoff", "witkoff", "mkhwanazi", "mkwanazi", "theriault", "terriault")
	slices.Sort(names)
	names = slices.Compact(names)
	cands := map[[2]int]bool{}
	for _, p := range spellingCandidates(names) {
		cands[p] = true
	}
	found := 0
	for i, a := range names {
		for j := i + 1; j < len(names); j++ {
			if spellingVariant(a, names[j]) {
				found++
				if !cands[[2]int{i, j}] {
					t.Errorf("%s ~ %s is a spelling variant the candidates miss", a, names[j])
				}
			}
		}
	}
	if found < 100 {
		t.Fatalf("only %d variant pairs to check", found)
	}
}
