package corpus

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestLowerCamelAsThePattern checks the hand-read lowerCamel against the
// pattern it replaces, on names and near misses and on random strings of
// lower- and upper-case letters of several scripts, hyphens and bytes
// that are not UTF-8.
func TestLowerCamelAsThePattern(t *testing.T) {
	rx := regexp.MustCompile(`^\p{Ll}{1,3}-?\p{Lu}`)
	cases := []string{"al-Hayya", "el-Sisi", "iPhone", "eBay", "abcD", "abcdE", "a--B", "-aB", "", "a", "a-", "aB",
		"ßÄ", "ǅa", "ǆǅ", "αβγΔ", "a\u0301B", "éÉ", "x\xffY", "\xffA", "abc-É"}
	alphabet := []rune("abßαǆÉBΔǅ-1 \u0301")
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		if rng.IntN(8) == 0 {
			b.WriteByte(0xC0)
		}
		cases = append(cases, b.String())
	}
	matched := 0
	for _, s := range cases {
		want := rx.MatchString(s)
		if want {
			matched++
		}
		if got := lowerCamel(s); got != want {
			t.Errorf("lowerCamel(%q) = %v, the pattern says %v", s, got, want)
		}
	}
	if matched < 100 {
		t.Errorf("only %d cases matched; the test needs more that do", matched)
	}
}
