package align_test

import (
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

// fitLogistic fits logistic weights by gradient descent with L2.
func fitLogistic(data []example, epochs int, l2 float64) []float64 {
	n := len(data[0].x)
	w := make([]float64, n)
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
		if k.skip != "" {
			continue
		}
		names = append(names, k.name)
		a := alignStory(t, k)
		gold := crossPairs{}
		for _, ids := range a.facts {
			gold.addGroup(ids)
		}
		refs, feats := align.CandidateFeatures(a.story.Documents)
		for i, r := range refs {
			x, y := a.story.Passage(r[0]).ID, a.story.Passage(r[1]).ID
			label := 0.0
			if gold[[2]string{min(x, y), max(x, y)}] {
				label = 1
			}
			data = append(data, example{k.name, feats[i], label})
		}
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

func TestDiagPairs(t *testing.T) {
	if os.Getenv("DIAG") == "" {
		t.Skip()
	}
	for _, k := range storyKeys(t) {
		if k.skip != "" || (os.Getenv("STORY") != "" && os.Getenv("STORY") != k.name) {
			continue
		}
		a := alignStory(t, k)
		gold := crossPairs{}
		for _, ids := range a.facts {
			gold.addGroup(ids)
		}
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

func TestDiagPairScores(t *testing.T) {
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
