package sheet

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"crosscheck/align"
	"crosscheck/corpus"
)

// TestWordDistanceOnRealCoverage reads the dev set's real stories (when
// ../shared/devset is here) and compares, in every claim, each outlet's
// passage with the first outlet's, as the HTML report does. Most real
// pairs are the same fact told in other words: lit word by word, 71% of
// their letters were in reverse video, burying the values. With
// MaxWordDistance, few letters are lit, no passage is mostly lit, and the
// pairs that are edits of one sentence are still lit.
func TestWordDistanceOnRealCoverage(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "devset", "stories")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Skip("../shared/devset is not here")
	}
	pairs, litPairs, letters, litLetters, worst := 0, 0, 0, 0, 0.0
	for _, e := range ents {
		c, err := corpus.Load([]string{filepath.Join(dir, e.Name())}, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		s, err := align.Build(context.Background(), c.Documents, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, cl := range s.Claims {
			ref := cl.Members[0]
			for _, m := range cl.Members[1:] {
				if m.Doc == ref.Doc {
					continue
				}
				text := s.Passage(m).Text
				tones := Tones(text, Changes(s.Passage(ref).Text, text))
				n, l := 0, 0
				for i, r := range text {
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						n++
						if tones[i] == Changed {
							l++
						}
					}
				}
				pairs++
				letters += n
				litLetters += l
				if l > 0 {
					litPairs++
				}
				worst = max(worst, float64(l)/float64(max(1, n)))
			}
		}
	}
	share := float64(litLetters) / float64(letters)
	t.Logf("%d pairs, %d lit; %.1f%% of letters lit; the most lit passage %.0f%%", pairs, litPairs, 100*share, 100*worst)
	if share > 0.10 {
		t.Errorf("%.1f%% of the letters are lit as changed words; want under 10%%", 100*share)
	}
	if worst > 2.0/3 {
		t.Errorf("a passage has %.0f%% of its letters lit; want at most two thirds", 100*worst)
	}
	if litPairs*10 < pairs {
		t.Errorf("only %d of %d pairs are lit: the word diff no longer helps where wordings are close", litPairs, pairs)
	}
}
