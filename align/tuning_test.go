package align_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"crosscheck/align"
)

type example struct {
	story string
	x     []float64
	y     float64
}

// candidateExamples are the pair model's features for every candidate
// pair of story's passages, labelled 1 where the key places the pair in
// one fact.
func candidateExamples(story string, a *aligned) []example {
	gold := a.goldPairs()
	refs, feats := align.CandidateFeatures(a.story.Documents)
	data := make([]example, 0, len(refs))
	for i, r := range refs {
		x, y := a.story.Passage(r[0]).ID, a.story.Passage(r[1]).ID
		label := 0.0
		if gold[[2]string{min(x, y), max(x, y)}] {
			label = 1
		}
		data = append(data, example{story, feats[i], label})
	}
	return data
}

// fitLogistic fits logistic weights by gradient descent with L2.
func fitLogistic(data []example, epochs int, l2 float64) []float64 {
	return fitLogisticFrom(data, epochs, l2, nil, nil)
}

// fitLogisticFrom fits as fitLogistic does, starting from the weights
// init (zero when nil) and leaving alone those whose frozen entry is set.
func fitLogisticFrom(data []example, epochs int, l2 float64, init []float64, frozen []bool) []float64 {
	n := len(data[0].x)
	w := make([]float64, n)
	copy(w, init)
	// Adam.
	m, v := make([]float64, n), make([]float64, n)
	lr := 0.05
	for e := 1; e <= epochs; e++ {
		g := make([]float64, n)
		for _, ex := range data {
			z := 0.0
			for k := range n {
				z += w[k] * ex.x[k]
			}
			p := 1 / (1 + math.Exp(-z))
			for k := range n {
				g[k] += (p - ex.y) * ex.x[k]
			}
		}
		for k := range n {
			if k < len(frozen) && frozen[k] {
				continue
			}
			gk := g[k]/float64(len(data)) + l2*w[k]
			if k == 0 {
				gk = g[k] / float64(len(data))
			}
			m[k] = 0.9*m[k] + 0.1*gk
			v[k] = 0.999*v[k] + 0.001*gk*gk
			mh := m[k] / (1 - math.Pow(0.9, float64(e)))
			vh := v[k] / (1 - math.Pow(0.999, float64(e)))
			w[k] -= lr * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
	return w
}

func logLoss(data []example, w []float64) float64 {
	var s float64
	for _, ex := range data {
		z := 0.0
		for k := range w {
			z += w[k] * ex.x[k]
		}
		p := 1 / (1 + math.Exp(-z))
		p = min(max(p, 1e-9), 1-1e-9)
		s -= ex.y*math.Log(p) + (1-ex.y)*math.Log(1-p)
	}
	return s / float64(len(data))
}

// TestFitPairModel fits the pair model's weights on every keyed story and
// prints them, with each story's loss when it is left out of the fit. Run
// it with FIT=1 when the features change.
func TestFitPairModel(t *testing.T) {
	if os.Getenv("FIT") == "" {
		t.Skip("set FIT=1 to fit the pair model")
	}
	var data []example
	var names []string
	for _, k := range storyKeys(t) {
		if k.skip != "" || k.validation {
			continue
		}
		names = append(names, k.name)
		a := alignStory(t, k)
		data = append(data, candidateExamples(k.name, a)...)
	}
	w := fitLogistic(data, 3000, 1e-3)
	fmt.Print("weights: ")
	for i, v := range w {
		fmt.Printf("%s=%.2f ", align.PairFeatureNames[i], v)
	}
	fmt.Println()
	fmt.Printf("{")
	for i, v := range w {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("%.2f", v)
	}
	fmt.Println("}")
	for _, s := range names {
		var train, test []example
		for _, ex := range data {
			if ex.story == s {
				test = append(test, ex)
			} else {
				train = append(train, ex)
			}
		}
		wl := fitLogistic(train, 3000, 1e-3)
		fmt.Printf("left out %-7s loss %.3f (fitted on all: %.3f)\n", s, logLoss(test, wl), logLoss(test, w))
	}
}

// TestLeaveOneStoryOut scores each keyed story's alignment with a pair
// model fitted on the other stories only: the score to expect on a story
// the model has not seen. Run it with LOSO=1.
func TestLeaveOneStoryOut(t *testing.T) {
	if os.Getenv("LOSO") == "" {
		t.Skip("set LOSO=1 to score each story with a model fitted on the others")
	}
	type storyPairs struct {
		k    storyKey
		a    *aligned
		data []example
	}
	var stories []storyPairs
	for _, k := range storyKeys(t) {
		if k.skip != "" || k.validation {
			continue
		}
		a := alignStory(t, k)
		stories = append(stories, storyPairs{k, a, candidateExamples(k.name, a)})
	}
	shipped := align.SetPairWeights(nil)
	align.SetPairWeights(shipped)
	defer align.SetPairWeights(shipped)
	var sumIn, sumOut float64
	for i, held := range stories {
		var train []example
		for j, o := range stories {
			if j != i {
				train = append(train, o.data...)
			}
		}
		align.SetPairWeights(shipped)
		in := scoreAlignment(held.a)
		align.SetPairWeights(fitLogistic(train, 3000, 1e-3))
		s, err := align.Build(context.Background(), held.a.story.Documents, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out := *held.a
		out.story = s
		sc := scoreAlignment(&out)
		sumIn += in.f1
		sumOut += sc.f1
		fmt.Printf("%-7s shipped model P %.3f R %.3f F1 %.3f | fitted without it P %.3f R %.3f F1 %.3f\n",
			held.k.name, in.precision, in.recall, in.f1, sc.precision, sc.recall, sc.f1)
	}
	n := float64(len(stories))
	fmt.Printf("macro F1: shipped %.3f, left out %.3f\n", sumIn/n, sumOut/n)
}

// TestShowPairErrors prints, for STORY (or every story), the pairs the
// pair model scores high that the key does not hold, and the key's pairs
// it scores low. Run it with SHOW=1.
func TestShowPairErrors(t *testing.T) {
	if os.Getenv("SHOW") == "" {
		t.Skip("set SHOW=1 to list the pair model's errors")
	}
	for _, k := range storyKeys(t) {
		if k.skip != "" || (os.Getenv("STORY") != "" && os.Getenv("STORY") != k.name) {
			continue
		}
		a := alignStory(t, k)
		gold := a.goldPairs()
		refs, feats := align.CandidateFeatures(a.story.Documents)
		scored := map[[2]string]float64{}
		for i, r := range refs {
			x, y := a.story.Passage(r[0]).ID, a.story.Passage(r[1]).ID
			p := [2]string{min(x, y), max(x, y)}
			z := 0.0
			w := align.SetPairWeights(nil)
			align.SetPairWeights(w)
			for j := range w {
				z += w[j] * feats[i][j]
			}
			s := 1 / (1 + math.Exp(-z))
			scored[p] = s
			if !gold[p] && s > 0.5 {
				fmt.Printf("FP %.2f %s\n", s, a.describe(p))
			}
		}
		for p := range gold {
			if scored[p] < 0.15 {
				fmt.Printf("FN %.2f %s\n", scored[p], a.describe(p))
			}
		}
	}
}

// TestShowPairScores prints the pair model's score and features for the
// pairs among PAIRS in STORY: STORY=seeds PAIRS=d3.3,d4.7 go test -run
// ShowPairScores -v.
func TestShowPairScores(t *testing.T) {
	ids := strings.Split(os.Getenv("PAIRS"), ",")
	if len(ids) < 2 {
		t.Skip("set PAIRS=d1.2,d3.4,...")
	}
	for _, k := range storyKeys(t) {
		if k.name != os.Getenv("STORY") {
			continue
		}
		a := alignStory(t, k)
		refs, feats := align.CandidateFeatures(a.story.Documents)
		w := align.SetPairWeights(nil)
		align.SetPairWeights(w)
		for i, r := range refs {
			x, y := a.story.Passage(r[0]).ID, a.story.Passage(r[1]).ID
			if slices.Contains(ids, x) && slices.Contains(ids, y) {
				z := 0.0
				for j := range w {
					z += w[j] * feats[i][j]
				}
				fmt.Printf("%s~%s %.3f ", x, y, 1/(1+math.Exp(-z)))
				for j, v := range feats[i] {
					fmt.Printf("%s=%.2f ", align.PairFeatureNames[j], v)
				}
				fmt.Println()
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

// TestTuneThresholds searches the tuning by coordinate descent on the mean
// F1 over the keyed stories and prints what each value scores. Run it
// with TUNE=1 after changing the pair model or the clustering; set what it
// keeps in defaultTuning only where the gain is more than noise.
func TestTuneThresholds(t *testing.T) {
	if os.Getenv("TUNE") == "" {
		t.Skip("set TUNE=1 to tune the thresholds")
	}
	var stories []storyData
	for _, k := range storyKeys(t) {
		if k.skip != "" || k.validation {
			continue
		}
		stories = append(stories, storyData{k.name, alignStory(t, k)})
	}
	base := align.DefaultTuning()
	defer align.SetTuning(base)
	knobs := tuningKnobs()
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

// A knob is one value of the tuning that the tuners sweep.
type knob struct {
	name string
	vals []float64
	set  func(*align.Tuning, float64)
	get  func(*align.Tuning) float64
}

// tuningKnobs are the tuning's values the tuners sweep, with the values
// tried for each.
func tuningKnobs() []knob {
	return []knob{
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
		{"conc", []float64{0, 0.25, 0.5, 0.75, 1, 1.5}, func(t *align.Tuning, v float64) { t.Concentration = v }, func(t *align.Tuning) float64 { return t.Concentration }},
		{"alsoShare", []float64{0, 0.3, 0.5, 0.7, 0.9}, func(t *align.Tuning, v float64) { t.AlsoShare = v }, func(t *align.Tuning) float64 { return t.AlsoShare }},
		{"general", []float64{0.25, 0.5, 0.75, 1}, func(t *align.Tuning, v float64) { t.GeneralWeight = v }, func(t *align.Tuning) float64 { return t.GeneralWeight }},
		{"secondary", []float64{0, 0.25, 0.5, 0.75, 1}, func(t *align.Tuning, v float64) { t.SecondaryWeight = v }, func(t *align.Tuning) float64 { return t.SecondaryWeight }},
		{"overwhelm", []float64{0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01}, func(t *align.Tuning, v float64) { t.OverwhelmScore = v }, func(t *align.Tuning) float64 { return t.OverwhelmScore }},
		{"member", []float64{0.15, 0.2, 0.25, 0.3, 0.35, 0.4}, func(t *align.Tuning, v float64) { t.MemberScore = v }, func(t *align.Tuning) float64 { return t.MemberScore }},
		{"valueShare", []float64{0.3, 0.4, 0.5, 0.6, 0.75, 1}, func(t *align.Tuning, v float64) { t.ValueShare = v }, func(t *align.Tuning) float64 { return t.ValueShare }},
		{"headline", []float64{0.3, 0.4, 0.5, 0.6, 0.7}, func(t *align.Tuning, v float64) { t.HeadlineScore = v }, func(t *align.Tuning) float64 { return t.HeadlineScore }},
		{"pair", []float64{0, 0.4, 0.5, 0.6, 0.7}, func(t *align.Tuning, v float64) { t.PairScore = v }, func(t *align.Tuning) float64 { return t.PairScore }},
		{"attribution", []float64{0.25, 0.5, 0.75, 1}, func(t *align.Tuning, v float64) { t.AttributionWeight = v }, func(t *align.Tuning) float64 { return t.AttributionWeight }},
	}
}
