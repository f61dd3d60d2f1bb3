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

func TestDiagDescent(t *testing.T) {
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
	type knob struct {
		name string
		vals []float64
		set  func(*align.Tuning, float64)
		get  func(*align.Tuning) float64
	}
	knobs := []knob{
		{"cand", []float64{0.05, 0.1, 0.15, 0.2, 0.25}, func(t *align.Tuning, v float64) { t.CandidateScore = v }, func(t *align.Tuning) float64 { return t.CandidateScore }},
		{"merge", []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6}, func(t *align.Tuning, v float64) { t.MergeScore = v }, func(t *align.Tuning) float64 { return t.MergeScore }},
		{"support", []float64{0.1, 0.2, 0.3, 0.4, 0.5}, func(t *align.Tuning, v float64) { t.SupportScore = v }, func(t *align.Tuning) float64 { return t.SupportScore }},
		{"share", []float64{0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1}, func(t *align.Tuning, v float64) { t.SupportShare = v }, func(t *align.Tuning) float64 { return t.SupportShare }},
		{"also", []float64{0.18, 0.2, 0.22, 0.25, 0.28, 0.3, 0.35}, func(t *align.Tuning, v float64) { t.AlsoScore = v }, func(t *align.Tuning) float64 { return t.AlsoScore }},
		{"alsoSize", []float64{1, 2, 3}, func(t *align.Tuning, v float64) { t.AlsoSize = int(v) }, func(t *align.Tuning) float64 { return float64(t.AlsoSize) }},
		{"reach", []float64{0, 1, 2, 3}, func(t *align.Tuning, v float64) { t.SameDocReach = int(v) }, func(t *align.Tuning) float64 { return float64(t.SameDocReach) }},
		{"nameBoost", []float64{0.8, 1, 1.2, 1.4, 1.7, 2}, func(t *align.Tuning, v float64) { t.NameBoost = v }, func(t *align.Tuning) float64 { return t.NameBoost }},
		{"numShare", []float64{0, 0.2, 0.35, 0.5, 0.7, 1}, func(t *align.Tuning, v float64) { t.NumberNormShare = v }, func(t *align.Tuning) float64 { return t.NumberNormShare }},
		{"contain", []float64{0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}, func(t *align.Tuning, v float64) { t.ContainWeight = v }, func(t *align.Tuning) float64 { return t.ContainWeight }},
		{"pivot", []float64{0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}, func(t *align.Tuning, v float64) { t.LengthPivot = v }, func(t *align.Tuning) float64 { return t.LengthPivot }},
		{"conc", []float64{0, 0.25, 0.5, 0.75, 1, 1.5}, func(t *align.Tuning, v float64) { t.Concentration = v }, func(t *align.Tuning) float64 { return t.Concentration }},
		{"alsoShare", []float64{0, 0.3, 0.5, 0.7, 0.9}, func(t *align.Tuning, v float64) { t.AlsoShare = v }, func(t *align.Tuning) float64 { return t.AlsoShare }},
		{"general", []float64{0.25, 0.5, 0.75, 1}, func(t *align.Tuning, v float64) { t.GeneralWeight = v }, func(t *align.Tuning) float64 { return t.GeneralWeight }},
		{"secondary", []float64{0, 0.25, 0.5, 0.75, 1}, func(t *align.Tuning, v float64) { t.SecondaryWeight = v }, func(t *align.Tuning) float64 { return t.SecondaryWeight }},
	}
	cur := base
	align.SetTuning(cur)
	best, scs := macro(t, stories)
	report := func(m float64, scs []score) string {
		line := fmt.Sprintf("%.3f |", m)
		for i, sc := range scs {
			line += fmt.Sprintf(" %s %.2f/%.2f", stories[i].name, sc.precision, sc.recall)
		}
		return line
	}
	fmt.Println("start", report(best, scs))
	for round := 0; round < 2; round++ {
		for _, k := range knobs {
			line := k.name + ":"
			for _, v := range k.vals {
				tu := cur
				k.set(&tu, v)
				align.SetTuning(tu)
				m, s := macro(t, stories)
				line += fmt.Sprintf(" %g=%.3f", v, m)
				if m > best+1e-4 {
					best, cur, scs = m, tu, s
				}
			}
			fmt.Println(line, "-> keep", k.get(&cur))
		}
		fmt.Println("round", round, report(best, scs))
	}
}
