package fact

import (
	"strings"
	"testing"
	"unicode/utf8"
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
