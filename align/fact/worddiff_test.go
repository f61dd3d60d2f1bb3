package fact

import (
	"strings"
	"testing"
)

// changed joins the spans of op, marking each span with brackets.
func changed(spans []Span, op Op) string {
	var parts []string
	for _, s := range spans {
		if s.Op == op {
			parts = append(parts, "["+strings.TrimSpace(s.Text)+"]")
		}
	}
	return strings.Join(parts, " ")
}

func TestDiffWords(t *testing.T) {
	tests := []struct {
		name, a, b   string
		onlyA, onlyB string
	}{
		{"one word differs", "met in Egypt on October 8.", "met in Egypt on October 9.", "[8]", "[9]"},
		{"quote wording", "We’re both members of a terrible club", "we were both members of a really bad club",
			"[We’re] [terrible]", "[we were] [really bad]"},
		{"folded quotes and case are equal", "“Cease-fire” holds", `"cease-fire" holds`, "", ""},
		{"white space is not a word", "officials 👍 said.", "officials said on Friday.", "[👍]", "[on Friday]"},
		{"spacing differences are not differences", "a  b\tc", "a b c", "", ""},
		{"empty against text", "", "Two words.", "", "[Two words.]"},
		{"text against empty", "Two words.", "", "[Two words.]", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := DiffWords(tt.a, tt.b)
			if got := changed(spans, OnlyA); got != tt.onlyA {
				t.Errorf("only in a: %q, want %q", got, tt.onlyA)
			}
			if got := changed(spans, OnlyB); got != tt.onlyB {
				t.Errorf("only in b: %q, want %q", got, tt.onlyB)
			}
		})
	}
}

// TestDiffWordsRebuildsB holds the property the reader relies on to place
// highlights: Same and OnlyB spans joined are b, byte for byte.
func TestDiffWordsRebuildsB(t *testing.T) {
	pairs := [][2]string{
		{"A cargo ship drifted into the bridge.", "  A drifting cargo ship rammed   the bridge on Oct. 8 ,\tleaving debris. "},
		{"قال المتحدث إن الجسر مغلق", "قال متحدث إن الجسر سيبقى مغلقا"},
		{"bridge 🌉 closed", "bridge closed 🌉🌉"},
		{"", "\n"},
	}
	for _, p := range pairs {
		var b strings.Builder
		for _, s := range DiffWords(p[0], p[1]) {
			if s.Op != OnlyA {
				b.WriteString(s.Text)
			}
		}
		if b.String() != p[1] {
			t.Errorf("rebuilt %q, want %q", b.String(), p[1])
		}
	}
}

func FuzzDiffWords(f *testing.F) {
	f.Add("met in Egypt on October 8.", "met in Egypt on October 9.")
	f.Add("officials 👍 said.", "officials said on Friday.")
	f.Add("", " ")
	f.Fuzz(func(t *testing.T, a, b string) {
		var rebuilt strings.Builder
		for _, s := range DiffWords(a, b) {
			if s.Text == "" {
				t.Fatalf("empty span in diff of %q and %q", a, b)
			}
			if s.Op != OnlyA {
				rebuilt.WriteString(s.Text)
			}
		}
		if rebuilt.String() != b {
			t.Fatalf("Same+OnlyB spans %q do not rebuild %q", rebuilt.String(), b)
		}
	})
}
