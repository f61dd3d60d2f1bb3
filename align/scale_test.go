package align

import (
	"context"
	"strings"
	"testing"
)

// TestSyntheticStoryQuality scores the alignment of the generated story
// the scale benchmarks run, fifty outlets of sixty paragraphs, against
// the facts the generator gave each sentence: the bounds that keep large
// corpora fast (candidates per passage, partners kept, cliques split)
// must not cost their quality. Measured: precision 0.92, recall 0.999.
func TestSyntheticStoryQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("aligns 4,000 passages")
	}
	docs, factOf := syntheticStoryFacts(50, 60)
	s, err := Build(context.Background(), docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[[2]string]bool{}
	for _, c := range s.Claims {
		for i, a := range c.Members {
			for _, b := range c.Members[i+1:] {
				if a.Doc != b.Doc {
					got[[2]string{s.Passage(a).ID, s.Passage(b).ID}] = true
				}
			}
		}
	}
	hit := 0
	for p := range got {
		fa, oka := factOf[p[0]]
		fb, okb := factOf[p[1]]
		if oka && okb && fa == fb {
			hit++
		}
	}
	byFact := map[int][]string{}
	for id, f := range factOf {
		byFact[f] = append(byFact[f], id)
	}
	gold, found := 0, 0
	for _, ids := range byFact {
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				if strings.Split(a, ".")[0] == strings.Split(b, ".")[0] {
					continue
				}
				gold++
				if got[[2]string{a, b}] || got[[2]string{b, a}] {
					found++
				}
			}
		}
	}
	p, r := float64(hit)/float64(max(1, len(got))), float64(found)/float64(max(1, gold))
	t.Logf("synthetic 50x60: precision %.3f recall %.3f", p, r)
	if p < 0.9 || r < 0.99 {
		t.Errorf("synthetic 50x60: precision %.3f (floor 0.9), recall %.3f (floor 0.99)", p, r)
	}
}
