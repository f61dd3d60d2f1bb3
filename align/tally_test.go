package align

import (
	"strings"
	"testing"

	"crosscheck/corpus"
)

// TestTallyMergesEqualValues checks that values of one fact with the same
// normalised form count as one reading although no difference joins them:
// a misspelt name is compared with each correct spelling once, and equal
// spellings are never listed as agreeing.
func TestTallyMergesEqualValues(t *testing.T) {
	s := &Story{}
	for _, text := range []string{"Envoy Whitkoff met them.", "Envoy Witkoff met them.", "Witkoff met them.", "Mr. Witkoff met them."} {
		s.Documents = append(s.Documents, corpus.Document{Outlet: text[:6], Passages: []corpus.Passage{{Text: text}}})
	}
	name := func(d int, text, norm string) Value {
		return Value{Ref: Ref{d, 0}, Text: text, Norm: norm, Offset: strings.Index(s.Documents[d].Passages[0].Text, text)}
	}
	c := &Claim{Members: []Ref{{0, 0}, {1, 0}, {2, 0}, {3, 0}}}
	for d := 1; d <= 3; d++ {
		c.Differences = append(c.Differences, Difference{Kind: KindName, Status: Conflict,
			Values: []Value{name(0, "Whitkoff", "whitkoff"), name(d, "Witkoff", "witkoff")}})
	}
	ts := tallyClaim(s, c)
	if len(ts) != 1 {
		t.Fatalf("%d tallies, want 1", len(ts))
	}
	tl := ts[0]
	if len(tl.Readings) != 2 || tl.Outlets != 4 || tl.Majority != 0 || len(tl.Readings[0].Docs) != 3 ||
		len(tl.Minority) != 1 || tl.Minority[0] != 0 {
		t.Errorf("tally = %+v", tl)
	}
	if got := tl.String(); got != "3 of 4 outlets say Witkoff; 1 says Whitkoff" {
		t.Errorf("tally reads %q", got)
	}
	if got := c.Differences[0].Summary; !strings.Contains(got, "Witkoff (3 of 4 outlets)") || !strings.Contains(got, "Whitkoff (1 of 4 outlets)") {
		t.Errorf("summary %q", got)
	}
}
