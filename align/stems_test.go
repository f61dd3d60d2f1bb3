package align

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"

	"crosscheck/align/lang"
)

// stemsHeader opens lang/data/stems.tsv.
const stemsHeader = `# The Porter2 (snowball English) stem of every word of synonyms.txt and
# general_words.txt, a word and its stem a line, so that matching need not
# stem them all each time crosscheck starts. Made, never edited, by
# STEMS=1 go test ./align -run StemTable; the test fails when a word of
# those lists is missing here or its stem is not the stemmer's.
`

// TestStemTableIsCurrent checks that lang lists every word of the synonym
// groups and the general words with the stem the stemmer gives it; with
// STEMS=1 it writes the table afresh.
func TestStemTableIsCurrent(t *testing.T) {
	var words []string
	for _, g := range lang.SynonymGroups() {
		words = append(words, g...)
	}
	words = append(words, lang.GeneralWords()...)
	slices.Sort(words)
	words = slices.Compact(words)
	if os.Getenv("STEMS") == "1" {
		var b strings.Builder
		b.WriteString(stemsHeader)
		for _, w := range words {
			b.WriteString(w + "\t" + english.Stem(w, false) + "\n")
		}
		if err := os.WriteFile(filepath.Join("lang", "data", "stems.tsv"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Skip("wrote lang/data/stems.tsv; run the tests again to use it")
	}
	if len(words) < 500 {
		t.Fatalf("only %d words in the synonym groups and general words", len(words))
	}
	for _, w := range words {
		got, ok := lang.ListedStem(w)
		if want := english.Stem(w, false); !ok || got != want {
			t.Errorf("stems.tsv: %q has stem %q (listed %v), the stemmer's is %q; run STEMS=1 go test ./align -run StemTable", w, got, ok, want)
		}
	}
}
