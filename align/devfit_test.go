package align_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"crosscheck/align"
)

// Tools for refitting and retuning on the development set, run by hand:
// DEVTUNE, LOSO and LOSOTUNE (see the README's Development section).

// devExamples are the pair model's features for every candidate pair of
// a development story, labelled 1 where the key puts the two in one fact.
func devExamples(ds *devStory) []example { return maskFeatures(candidateExamples(ds.name, ds.aligned)) }

// maskFeatures zeroes, in data, the features MASK names (comma-separated):
// a fit without them, to measure what each earns.
func maskFeatures(data []example) []example {
	for _, name := range strings.Split(os.Getenv("MASK"), ",") {
		i := slices.Index(align.PairFeatureNames, name)
		if i < 0 {
			continue
		}
		for _, ex := range data {
			ex.x[i] = 0
		}
	}
	return data
}

// TestDevLeaveOneStoryOut scores each development story with the pair
// model fitted on the other development stories and the repository's
// keyed stories: the score to expect on real coverage the model has not
// seen. Run it with LOSO=1.
func TestDevLeaveOneStoryOut(t *testing.T) {
	if os.Getenv("LOSO") == "" {
		t.Skip("set LOSO=1 to score each development story with a model fitted on the others")
	}
	stories := devStories(t)
	base := repoExamples(t)
	shipped := align.SetPairWeights(nil)
	align.SetPairWeights(shipped)
	defer align.SetPairWeights(shipped)
	data := make([][]example, len(stories))
	for i, ds := range stories {
		data[i] = devExamples(ds)
	}
	var sumIn, sumOut float64
	for i, held := range stories {
		train := slices.Clone(base)
		for j := range stories {
			if j != i && os.Getenv("REPOONLY") == "" {
				train = append(train, data[j]...)
			}
		}
		align.SetPairWeights(shipped)
		in := held.devScore(held.story)
		align.SetPairWeights(devFit(train, shipped))
		s, err := align.Build(context.Background(), held.story.Documents, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out := held.devScore(s)
		sumIn += in.f1
		sumOut += out.f1
		fmt.Printf("%-28s shipped P %.3f R %.3f F1 %.3f | fitted without it P %.3f R %.3f F1 %.3f\n",
			held.name, in.precision, in.recall, in.f1, out.precision, out.recall, out.f1)
	}
	n := float64(len(stories))
	fmt.Printf("macro F1: shipped %.3f, left out %.3f\n", sumIn/n, sumOut/n)
	all := slices.Clone(base)
	for _, d := range data {
		all = append(all, d...)
	}
	w := devFit(all, shipped)
	fmt.Print("weights fitted on every story: {")
	for i, v := range w {
		if i > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("%.2f", v)
	}
	fmt.Println("}")
	for i, v := range w {
		fmt.Printf("%s=%.2f ", align.PairFeatureNames[i], v)
	}
	fmt.Println()
}

// repoExamples are the candidate examples of the repository's keyed
// stories that are tuned on (validation stories left out).
func repoExamples(t *testing.T) []example {
	var data []example
	for _, k := range storyKeys(t) {
		if k.skip != "" || k.validation {
			continue
		}
		data = append(data, candidateExamples(k.name, alignStory(t, k))...)
	}
	return maskFeatures(data)
}

// devMacro aligns every development story again with the current tuning
// and pair weights and returns the macro F1 and each story's score.
func devMacro(t *testing.T, stories []*devStory) (float64, []score) {
	var sum float64
	var scs []score
	for _, ds := range stories {
		s, err := align.Build(context.Background(), ds.story.Documents, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		sc := ds.devScore(s)
		scs = append(scs, sc)
		sum += sc.f1
	}
	return sum / float64(len(stories)), scs
}

// TestDevTuneThresholds searches the tuning by coordinate descent on the
// development set's macro F1 and prints what each value scores, with the
// repository's keyed stories' macro F1 beside it. Run it with DEVTUNE=1;
// set what it finds in defaultTuning only where the gain is more than
// noise and no story loses more than 0.02.
func TestDevTuneThresholds(t *testing.T) {
	if os.Getenv("DEVTUNE") == "" {
		t.Skip("set DEVTUNE=1 to tune the thresholds on the development set")
	}
	stories := devStories(t)
	var repo []storyData
	for _, k := range storyKeys(t) {
		if k.skip == "" && !k.validation {
			repo = append(repo, storyData{k.name, alignStory(t, k)})
		}
	}
	base := align.DefaultTuning()
	defer align.SetTuning(base)
	cur := base
	best, scs := devMacro(t, stories)
	line := func(m float64, scs []score) string {
		r, _ := macro(t, repo)
		out := fmt.Sprintf("dev %.3f repo %.3f |", m, r)
		for i, sc := range scs {
			out += fmt.Sprintf(" %s %.3f", stories[i].name[:6], sc.f1)
		}
		return out
	}
	fmt.Println("start", line(best, scs))
	for round := 0; round < 2; round++ {
		for _, k := range tuningKnobs() {
			out := k.name + ":"
			for _, v := range k.vals {
				tu := cur
				k.set(&tu, v)
				align.SetTuning(tu)
				m, s := devMacro(t, stories)
				out += fmt.Sprintf(" %g=%.3f", v, m)
				if m > best+1e-4 {
					best, cur, scs = m, tu, s
				}
			}
			align.SetTuning(cur)
			fmt.Println(out, "-> keep", k.get(&cur))
		}
		fmt.Println("round", round, line(best, scs))
	}
}

// TestDevLeaveOneStoryOutTuned is TestDevLeaveOneStoryOut with the
// thresholds tuned, too, on the stories the model is fitted on: the
// honest score of refitting and retuning on real coverage. Run it with
// LOSOTUNE=1.
func TestDevLeaveOneStoryOutTuned(t *testing.T) {
	if os.Getenv("LOSOTUNE") == "" {
		t.Skip("set LOSOTUNE=1 to fit and tune without each development story in turn")
	}
	stories := devStories(t)
	base := repoExamples(t)
	shipped := align.SetPairWeights(nil)
	align.SetPairWeights(shipped)
	defer align.SetPairWeights(shipped)
	tuned := align.DefaultTuning()
	defer align.SetTuning(tuned)
	data := make([][]example, len(stories))
	for i, ds := range stories {
		data[i] = devExamples(ds)
	}
	var sum float64
	for i, held := range stories {
		train := slices.Clone(base)
		var others []*devStory
		for j := range stories {
			if j != i {
				train = append(train, data[j]...)
				others = append(others, stories[j])
			}
		}
		align.SetPairWeights(devFit(train, shipped))
		cur := tuned
		align.SetTuning(cur)
		best, _ := devMacro(t, others)
		for _, k := range tuningKnobs() {
			for _, v := range k.vals {
				tu := cur
				k.set(&tu, v)
				align.SetTuning(tu)
				if m, _ := devMacro(t, others); m > best+1e-4 {
					best, cur = m, tu
				}
			}
		}
		align.SetTuning(cur)
		s, err := align.Build(context.Background(), held.story.Documents, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		sc := held.devScore(s)
		sum += sc.f1
		fmt.Printf("%-28s fitted and tuned without it P %.3f R %.3f F1 %.3f (training macro %.3f; %+v)\n",
			held.name, sc.precision, sc.recall, sc.f1, best, cur)
	}
	fmt.Printf("macro F1 left out: %.3f\n", sum/float64(len(stories)))
}

// devFit fits the pair model on data. With FREEZE set to a comma-separated
// list of features, those keep their weights in shipped and the others
// (the bias among them) are fitted around them.
func devFit(data []example, shipped []float64) []float64 {
	if os.Getenv("FREEZE") == "" {
		return fitLogistic(data, 3000, 1e-3)
	}
	frozen := make([]bool, len(shipped))
	for _, name := range strings.Split(os.Getenv("FREEZE"), ",") {
		if i := slices.Index(align.PairFeatureNames, name); i >= 0 {
			frozen[i] = true
		}
	}
	return fitLogisticFrom(data, 3000, 1e-3, shipped, frozen)
}
