package corpus

import (
	"slices"
	"testing"
)

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"blank-line paragraphs", "First one.\n\nSecond one.\n", []string{"First one.", "Second one."}},
		{"one paragraph per line",
			"The ship hit the bridge on Thursday afternoon, witnesses said, and traffic stopped at once across the river.\nPolice closed the road within minutes and diverted buses through the tunnel under the harbour basin.\n",
			[]string{
				"The ship hit the bridge on Thursday afternoon, witnesses said, and traffic stopped at once across the river.",
				"Police closed the road within minutes and diverted buses through the tunnel under the harbour basin.",
			}},
		{"hard-wrapped paragraph joined",
			"The ship hit the bridge on Thursday afternoon, witnesses\nsaid, and traffic stopped at once across the river while\npolice closed the road.\n\nNext paragraph.",
			[]string{"The ship hit the bridge on Thursday afternoon, witnesses said, and traffic stopped at once across the river while police closed the road.", "Next paragraph."}},
		{"short lines stay apart", "Home\nNews\nWorld", []string{"Home", "News", "World"}},
		{"spaces collapsed", "  Two   spaces\u00a0here.  ", []string{"Two spaces here."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitParagraphs(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "a b": "a b", " a": "a", "a ": "a", "a  b": "a b", "a\tb": "a b", "a\u00a0b": "a b",
		"a\u2009b c": "a b c", "\u3000x": "x", "é ü": "é ü", " ": "", "a\u0085b": "a b",
	} {
		if got := collapseSpace(in); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}
