package fact

import (
	"strings"
	"testing"
	"unicode/utf8"

	"crosscheck/corpus"
)

func TestAnalysedCutsHugePassages(t *testing.T) {
	short := "The bridge was closed."
	if got := Analysed(short); got != short {
		t.Errorf("Analysed(%q) = %q, want it whole", short, got)
	}
	huge := strings.Repeat("Pütürge ", MaxAnalysed) // multi-byte runes across the cut
	got := Analysed(huge)
	if len(got) > MaxAnalysed || len(got) < MaxAnalysed/2 || !utf8.ValidString(got) || !strings.HasPrefix(huge, got) {
		t.Errorf("analysed cut %d bytes of %d (valid UTF-8: %v), want a valid prefix of at most %d", len(got), len(huge), utf8.ValidString(got), MaxAnalysed)
	}
	noSpace := strings.Repeat("ü", MaxAnalysed)
	if got := Analysed(noSpace); !utf8.ValidString(got) || len(got) > MaxAnalysed {
		t.Errorf("a cut without spaces must still fall between runes")
	}
}

// TestQuoteNamingItsFallbackSpeaker: a quotation with no speaker of its
// own takes the name of the passage before, unless it names that one
// itself ("… Korvan intercepted the boats …" is not Korvan speaking).
func TestQuoteNamingItsFallbackSpeaker(t *testing.T) {
	docs := []corpus.Document{{Passages: []corpus.Passage{
		{Text: "The frigate INS Korvan was escorting five ships."},
		{Text: "\u201cKorvan intercepted the remaining three skiffs and boarded them.\u201d"},
		{Text: "Captain Ada Renn spoke to reporters at the port."},
		{Text: "\u201cThe crew did everything right on the night.\u201d"},
	}}}
	a := Analyse(docs)
	speaker := func(p int) (string, bool) {
		for _, f := range a.facts[0][p] {
			if f.Kind == KindQuote {
				return f.Role, true
			}
		}
		return "", false
	}
	if who, ok := speaker(1); !ok || who != "" {
		t.Errorf("a quotation naming Korvan: speaker %q (found %v), want none", who, ok)
	}
	if who, ok := speaker(3); !ok || who != "renn" {
		t.Errorf("a quotation after Captain Ada Renn: speaker %q (found %v), want renn", who, ok)
	}
}
