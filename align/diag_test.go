package align_test

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"crosscheck/align"
)

func TestDiagDump(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	f, _ := os.Create("/tmp/diag.tsv")
	defer f.Close()
	for _, k := range storyKeys(t) {
		a := alignStory(t, k)
		feat := align.PairFeatures(a.story.Documents)
		gold := crossPairs{}
		for _, ids := range a.facts {
			gold.addGroup(ids)
		}
		for d1 := range a.story.Documents {
			for d2 := d1 + 1; d2 < len(a.story.Documents); d2++ {
				for p1, x := range a.story.Documents[d1].Passages {
					for p2, y := range a.story.Documents[d2].Passages {
						fs := feat(align.Ref{Doc: d1, Passage: p1}, align.Ref{Doc: d2, Passage: p2})
						g := gold[[2]string{min(x.ID, y.ID), max(x.ID, y.ID)}]
						var fstr []string
						for _, v := range fs {
							fstr = append(fstr, fmt.Sprintf("%.4f", v))
						}
						fmt.Fprintf(f, "%s\t%s\t%s\t%v\t%s\n", k.name, x.ID, y.ID, g, strings.Join(fstr, "\t"))
					}
				}
			}
		}
	}
}

func TestDiagLow(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	for _, k := range storyKeys(t) {
		if k.name != os.Getenv("STORY") {
			continue
		}
		a := alignStory(t, k)
		sim := align.Similarities(a.story.Documents)
		gold := crossPairs{}
		for _, ids := range a.facts {
			gold.addGroup(ids)
		}
		for d1 := range a.story.Documents {
			for d2 := d1 + 1; d2 < len(a.story.Documents); d2++ {
				for p1, x := range a.story.Documents[d1].Passages {
					for p2, y := range a.story.Documents[d2].Passages {
						s := sim(align.Ref{Doc: d1, Passage: p1}, align.Ref{Doc: d2, Passage: p2})
						g := gold[[2]string{min(x.ID, y.ID), max(x.ID, y.ID)}]
						if g && s < 0.15 || !g && s > 0.25 {
							fmt.Printf("%v %.2f\n   %s [%s] %s\n   %s [%s] %s\n", g, s, x.ID, a.factsOf(x.ID), x.Text, y.ID, a.factsOf(y.ID), y.Text)
						}
					}
				}
			}
		}
	}
}

type storyData struct {
	name string
	a    *aligned
}

func macro(t *testing.T, stories []storyData) (float64, []score) {
	var sum float64
	var scs []score
	for _, sd := range stories {
		s, err := align.Build(context.Background(), sd.a.story.Documents, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		a := *sd.a
		a.story = s
		sc := scoreAlignment(&a)
		scs = append(scs, sc)
		sum += sc.f1
	}
	return sum / float64(len(stories)), scs
}

func TestDiagSweep(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	var stories []storyData
	for _, k := range storyKeys(t) {
		if k.skip != "" {
			continue
		}
		stories = append(stories, storyData{k.name, alignStory(t, k)})
	}
	base := align.DefaultTuning()
	defer align.SetTuning(base)
	type result struct {
		tu  align.Tuning
		m   float64
		scs []score
	}
	var res []result
	for _, cand := range []float64{0.05, 0.08} {
		for _, merge := range []float64{0.14, 0.17, 0.2, 0.23, 0.26, 0.3} {
			for _, sup := range []float64{0.06, 0.09, 0.12, 0.15} {
				for _, share := range []float64{0.4, 0.6, 0.8, 1.0} {
					for _, also := range []float64{0.18, 0.22, 0.26, 0.3, 9} {
						tu := base
						tu.CandidateScore, tu.MergeScore, tu.SupportScore, tu.SupportShare, tu.AlsoScore = cand, merge, sup, share, also
						align.SetTuning(tu)
						m, scs := macro(t, stories)
						res = append(res, result{tu, m, scs})
					}
				}
			}
		}
	}
	slices.SortFunc(res, func(x, y result) int { return cmp.Compare(y.m, x.m) })
	for _, r := range res[:15] {
		line := fmt.Sprintf("%.3f cand %.2f merge %.2f sup %.2f share %.1f also %.2f |", r.m, r.tu.CandidateScore, r.tu.MergeScore, r.tu.SupportScore, r.tu.SupportShare, r.tu.AlsoScore)
		for i, sc := range r.scs {
			line += fmt.Sprintf(" %s %.2f/%.2f", stories[i].name, sc.precision, sc.recall)
		}
		fmt.Println(line)
	}
}
