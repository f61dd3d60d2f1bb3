package align

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestPeekSynthetic(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	docs := syntheticStory(50, 60)
	for _, p := range docs[0].Passages[:6] {
		fmt.Println(p.Text)
	}
	for _, p := range docs[1].Passages[:4] {
		fmt.Println(p.Text)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Passages)
	}
	fmt.Println("passages", n)
}

func TestPeekCandidates(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	for _, sz := range [][2]int{{50, 60}, {50, 240}, {100, 120}} {
		ix := newIndex(syntheticStory(sz[0], sz[1]))
		n := 0
		ix.onFeatures = func(a, b int, f [nFeatures]float64) { n++ }
		ps := candidatePairs(ix)
		fmt.Println(sz, "passages", len(ix.refs), "candidates", n, "pairs kept", len(ps), "terms", len(ix.terms), "groups", len(cluster(ix, ps)))
	}
	ix := newIndex(syntheticStory(50, 60))
	long := 0
	for _, p := range ix.postings {
		if len(p) > 100 {
			long++
		}
	}
	fmt.Println("terms with >100 postings", long, "maxPostings", max(8, len(ix.refs)/5))
}

func TestPeekDF(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	for _, sz := range [][2]int{{50, 60}, {50, 240}} {
		ix := newIndex(syntheticStory(sz[0], sz[1]))
		mp := ix.maxPostings()
		var num, name, other float64
		for t, ps := range ix.postings {
			if len(ps) > mp {
				continue
			}
			x := float64(len(ps) * len(ps))
			switch {
			case ix.number[t]:
				num += x
			case ix.name[t]:
				name += x
			default:
				other += x
			}
		}
		fmt.Println(sz, "sum df^2: numbers", num, "names", name, "other", other)
	}
}

func TestPeekTiming(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	for _, sz := range [][2]int{{50, 60}, {50, 240}} {
		docs := syntheticStory(sz[0], sz[1])
		best := map[string]time.Duration{}
		for range 3 {
			t0 := time.Now()
			ix := newIndex(docs)
			t1 := time.Now()
			pairs := candidatePairs(ix)
			t2 := time.Now()
			homes := cluster(ix, pairs)
			t3 := time.Now()
			addSecondary(ix, pairs, homes)
			t4 := time.Now()
			for k, d := range map[string]time.Duration{"index": t1.Sub(t0), "pairs": t2.Sub(t1), "cluster": t3.Sub(t2), "secondary": t4.Sub(t3)} {
				if b, ok := best[k]; !ok || d < b {
					best[k] = d
				}
			}
		}
		fmt.Println(sz, best)
	}
}
