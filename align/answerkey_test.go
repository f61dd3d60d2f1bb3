package align_test

import (
	"context"
	"encoding/json"
	"os"
	"path"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// answerKey is testdata/sample_key.json: which sentences of the sample
// story state the same fact, and which differences are conflicts.
type answerKey struct {
	Facts []struct {
		ID       string `json:"id"`
		About    string `json:"about"`
		Passages []struct {
			File     string `json:"file"`
			Contains string `json:"contains"`
		} `json:"passages"`
	} `json:"facts"`
	Differences []struct {
		Fact   string `json:"fact"`
		Kind   string `json:"kind"`
		Status string `json:"status"`
		Values []struct {
			File string `json:"file"`
			Text string `json:"text"`
		} `json:"values"`
	} `json:"differences"`
}

// keyedStory is the sample story aligned, with the key's passages found in
// it.
type keyedStory struct {
	story *align.Story
	key   answerKey
	// facts maps each key fact to the passage IDs that state it.
	facts map[string][]string
	// docOf maps a sample file name to its document index.
	docOf map[string]int
}

func loadKeyedStory(t *testing.T) *keyedStory {
	t.Helper()
	b, err := os.ReadFile("../testdata/sample_key.json")
	if err != nil {
		t.Fatal(err)
	}
	var k answerKey
	if err := json.Unmarshal(b, &k); err != nil {
		t.Fatalf("sample_key.json: %v", err)
	}
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := align.Build(context.Background(), c.Documents, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ks := &keyedStory{story: s, key: k, facts: map[string][]string{}, docOf: map[string]int{}}
	for i, d := range s.Documents {
		ks.docOf[path.Base(d.Path)] = i
	}
	for _, f := range k.Facts {
		for _, p := range f.Passages {
			id := ks.find(t, p.File, p.Contains)
			ks.facts[f.ID] = append(ks.facts[f.ID], id)
		}
	}
	return ks
}

// find returns the ID of the passage of file that contains text.
func (ks *keyedStory) find(t *testing.T, file, text string) string {
	t.Helper()
	d, ok := ks.docOf[file]
	if !ok {
		t.Fatalf("answer key names %s, which the sample does not have", file)
	}
	for _, p := range ks.story.Documents[d].Passages {
		if strings.Contains(p.Text, text) {
			return p.ID
		}
	}
	t.Fatalf("%s: no passage contains %q (was the sentence split or removed?)", file, text)
	return ""
}

// TestAnswerKeyCoversSample keeps the yardstick honest: every passage of
// the sample must be placed in some fact of the key, or precision would be
// measured on part of the story only.
func TestAnswerKeyCoversSample(t *testing.T) {
	ks := loadKeyedStory(t)
	inKey := map[string]bool{}
	for _, ids := range ks.facts {
		for _, id := range ids {
			inKey[id] = true
		}
	}
	for _, d := range ks.story.Documents {
		for _, p := range d.Passages {
			if !inKey[p.ID] {
				t.Errorf("%s %s is in no fact of the answer key: %q", d.Path, p.ID, p.Text)
			}
		}
	}
}
