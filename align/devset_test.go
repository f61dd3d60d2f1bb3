package align_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"crosscheck/align"
	"crosscheck/corpus"
)

// The development set: real stories of eight outlets each, with keys made
// by careful reading, beside the repository in ../shared/devset. Their
// texts are never copied into the repository; the tests that read them
// skip when the folder is absent.

// devDir is where the development set lives, beside the repository.
const devDir = "../../shared/devset"

// devKey is the schema of the development set's keys: for each fact, per
// document letter, short exact substrings of the sentences that state it.
type devKey struct {
	Docs  map[string]string `json:"docs"`
	Facts []struct {
		ID      string              `json:"id"`
		Members map[string][]string `json:"members"`
	} `json:"facts"`
}

// devStory is one development story, aligned, with its key located.
type devStory struct {
	*aligned
	key devKey
	// docOf maps a key's document letter to the story's document index.
	docOf map[string]int
	// located maps fact ID and document letter to the passages holding
	// one of the member substrings.
	located map[string]map[string][]string
}

// devFloors are the least pairwise F1 each development story's alignment
// must keep, as devScore computes it; they sit just under what the
// alignment reaches. Headlines became passages, and the keys list them
// as members: pairs with headlines are scored now, which cost simpson 0.03.
// Fact-level membership (issue 13) raised every story but the pirates'.
// A value joining past a member that states none, hedged values marking
// one fact, and headlines joining by their count raised athens,
// healdsburg and the pirates. Counts' roles read past an aside and in
// headlines' capitals ("Three die", "THREE PEOPLE HAVE DIED") raised athens.
// Counts of none as news writes them ("no reports of damage or injuries",
// "not … any local damage") raised healdsburg. Sentences of other
// nationalities that share no day or age kept apart (in headlines'
// capitals too) raised mtcook.
var devFloors = map[string]float64{
	"athens_bank_firebomb_2010":   0.72,
	"healdsburg_quake_2013":       0.84,
	"ins_sukanya_pirates_2011":    0.91,
	"mtcook_climbers_2013":        0.76,
	"simpson_murder_verdict_2013": 0.88,
	"troy_office_shooting_2007":   0.73,
}

// devStories loads, aligns and keys every development story, or skips t
// when the set is absent.
func devStories(t *testing.T) []*devStory {
	t.Helper()
	dirs, _ := filepath.Glob(filepath.Join(devDir, "stories", "*"))
	if len(dirs) == 0 {
		t.Skip("the development set is not at " + devDir)
	}
	var out []*devStory
	for _, dir := range dirs {
		name := filepath.Base(dir)
		b, err := os.ReadFile(filepath.Join(devDir, "keys", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var k devKey
		if err := json.Unmarshal(b, &k); err != nil {
			t.Fatalf("%s key: %v", name, err)
		}
		c, err := corpus.Load([]string{dir}, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		s, err := align.Build(context.Background(), c.Documents, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, keyDevStory(t, name, s, k))
	}
	return out
}

// keyDevStory locates k's members in s's passages as score.py does: a
// member is a substring of a passage of the document whose path ends with
// the key's file name, both NFC-normalised with white space collapsed.
func keyDevStory(t *testing.T, name string, s *align.Story, k devKey) *devStory {
	t.Helper()
	ds := &devStory{
		aligned: &aligned{name: name, story: s, facts: map[string][]string{}, about: map[string]string{}, text: map[string]string{}},
		key:     k, docOf: map[string]int{}, located: map[string]map[string][]string{},
	}
	for letter, file := range k.Docs {
		for i, d := range s.Documents {
			if strings.HasSuffix(filepath.ToSlash(d.Path), file) {
				ds.docOf[letter] = i
			}
		}
		if _, ok := ds.docOf[letter]; !ok {
			t.Fatalf("%s: key document %s (%s) is not in the story", name, letter, file)
		}
	}
	normText := map[string]string{}
	for _, d := range s.Documents {
		for _, p := range d.Passages {
			ds.text[p.ID] = p.Text
			normText[p.ID] = devNorm(p.Text)
		}
	}
	for _, f := range k.Facts {
		ds.located[f.ID] = map[string][]string{}
		for letter, subs := range f.Members {
			var ids []string
			for _, sub := range subs {
				sub = devNorm(sub)
				for _, p := range s.Documents[ds.docOf[letter]].Passages {
					if strings.Contains(normText[p.ID], sub) {
						ids = append(ids, p.ID)
					}
				}
			}
			slices.Sort(ids)
			ids = slices.Compact(ids)
			ds.located[f.ID][letter] = ids
			ds.facts[f.ID] = append(ds.facts[f.ID], ids...)
		}
	}
	return ds
}

var spaces = regexp.MustCompile(`\s+`)

func devNorm(s string) string {
	return strings.TrimSpace(spaces.ReplaceAllString(norm.NFC.String(s), " "))
}

// devScore scores s's claims against the story's key as score.py does:
// precision over the pairs of passages from different documents that
// share a claim (right when the two share a fact), recall over each fact's
// pairs of documents (found when a passage of each that states the fact
// share a claim; a member the story lost counts as missed).
func (ds *devStory) devScore(s *align.Story) score {
	together := crossPairs{}
	for _, c := range s.Claims {
		var ids []string
		for _, m := range c.Members {
			ids = append(ids, s.Passage(m).ID)
		}
		together.addGroup(ids)
	}
	factsOf := map[string]map[string]bool{}
	for f, ids := range ds.facts {
		for _, id := range ids {
			if factsOf[id] == nil {
				factsOf[id] = map[string]bool{}
			}
			factsOf[id][f] = true
		}
	}
	var sc score
	for p := range together {
		sc.got++
		shared := false
		for f := range factsOf[p[0]] {
			shared = shared || factsOf[p[1]][f]
		}
		if shared {
			sc.hit++
		} else {
			sc.wrong = append(sc.wrong, p)
		}
	}
	found := 0
	for f, byDoc := range ds.located {
		letters := slices.Sorted(func(yield func(string) bool) {
			for l := range byDoc {
				if !yield(l) {
					return
				}
			}
		})
		for i, x := range letters {
			for _, y := range letters[i+1:] {
				sc.gold++
				ok := false
				for _, a := range byDoc[x] {
					for _, b := range byDoc[y] {
						ok = ok || together[[2]string{min(a, b), max(a, b)}]
					}
				}
				if ok {
					found++
				} else if len(byDoc[x]) > 0 && len(byDoc[y]) > 0 {
					sc.missed = append(sc.missed, [2]string{f + ":" + x, y})
				}
			}
		}
	}
	sc.precision = float64(sc.hit) / float64(max(1, sc.got))
	sc.recall = float64(found) / float64(max(1, sc.gold))
	sc.f1 = 2 * sc.precision * sc.recall / max(1e-9, sc.precision+sc.recall)
	return sc
}

// TestAlignmentOnDevSet scores each development story's alignment as
// score.py does, prints the table and fails when a story falls under its
// floor. With -v it lists the wrong links.
func TestAlignmentOnDevSet(t *testing.T) {
	var sum float64
	stories := devStories(t)
	for _, ds := range stories {
		sc := ds.devScore(ds.story)
		sum += sc.f1
		t.Logf("%-28s P %.3f  R %.3f  F1 %.3f  (%d linked pairs, %d wrong)", ds.name, sc.precision, sc.recall, sc.f1, sc.got, len(sc.wrong))
		if testing.Verbose() && os.Getenv("DEVWRONG") != "" {
			slices.SortFunc(sc.wrong, func(x, y [2]string) int { return strings.Compare(x[0]+x[1], y[0]+y[1]) })
			for _, p := range sc.wrong {
				t.Logf("  wrong  %s", ds.describe(p))
			}
		}
		fl, ok := devFloors[ds.name]
		if !ok {
			t.Errorf("no floor set for development story %q: add one to devFloors", ds.name)
		} else if sc.f1 < fl {
			t.Errorf("%s: F1 %.3f under its floor %.2f", ds.name, sc.f1, fl)
		}
	}
	t.Logf("macro F1 over %d development stories: %.3f", len(stories), sum/float64(len(stories)))
}
