package align

import (
	"testing"

	"crosscheck/corpus"
)

// TestFillSheet: differences set by hand, mirrored and repeated pairwise
// as compareClaim once listed them, become one row per fact and one
// dispute for the story.
func TestFillSheet(t *testing.T) {
	s := &Story{Documents: []corpus.Document{
		{Passages: []corpus.Passage{{Text: "It happened on October 9."}}},
		{Passages: []corpus.Passage{{Text: "It happened on October 8."}}},
		{Passages: []corpus.Passage{{Text: "It happened on Oct. 9."}}},
	}}
	v := func(d int, text, norm string, off int) Value {
		return Value{Ref: Ref{Doc: d}, Text: text, Norm: norm, Offset: off}
	}
	a, b, c := v(0, "October 9", "10-09", 15), v(1, "October 8", "10-08", 15), v(2, "Oct. 9", "10-09", 15)
	s.Claims = []Claim{{ID: "c1", Members: []Ref{{Doc: 0, Passage: 0}, {Doc: 1, Passage: 0}, {Doc: 2, Passage: 0}}, Differences: []Difference{
		{Kind: KindDate, Status: Conflict, Values: []Value{a, b}},
		{Kind: KindDate, Status: Conflict, Values: []Value{b, a}},
		{Kind: KindDate, Status: Conflict, Values: []Value{c, b}},
		{Kind: KindDate, Status: Same, Values: []Value{a, c}},
	}}}
	s.FillSheet()
	rows := s.Claims[0].Facts
	if len(rows) != 1 || rows[0].Status != Conflict || len(rows[0].Readings) != 2 {
		t.Fatalf("rows = %+v, want one conflicting date with two readings", rows)
	}
	if got := rows[0].Readings[0].Docs; len(got) != 2 || got[0] != 0 || got[1] != 2 {
		t.Errorf("first reading given by %v, want documents 0 and 2", got)
	}
	if len(s.Disputes) != 1 || s.Disputes[0].Claim != 0 {
		t.Errorf("disputes = %+v, want the date once, in c1", s.Disputes)
	}
}

// TestDisputeOf: a dispute repeated in a second claim is found from the
// rows of both; an undisputed row belongs to none.
func TestDisputeOf(t *testing.T) {
	s := &Story{Documents: []corpus.Document{
		{Passages: []corpus.Passage{{Text: "On October 9 it began."}, {Text: "By Oct. 9, at noon, it had begun."}}},
		{Passages: []corpus.Passage{{Text: "On October 8 it began."}, {Text: "It is set for March 2."}}},
		{Passages: []corpus.Passage{{Text: "It is set for 2 March."}}},
	}}
	v := func(d, p int, text, norm string, off int) Value {
		return Value{Ref: Ref{Doc: d, Passage: p}, Text: text, Norm: norm, Offset: off}
	}
	oct9, oct8 := v(0, 0, "October 9", "10-09", 3), v(1, 0, "October 8", "10-08", 3)
	s.Claims = []Claim{
		{ID: "c1", Members: []Ref{{Doc: 0, Passage: 0}, {Doc: 1, Passage: 0}}, Score: 0.9, Differences: []Difference{{Kind: KindDate, Status: Conflict, Values: []Value{oct9, oct8}}}},
		{ID: "c2", Members: []Ref{{Doc: 0, Passage: 1}, {Doc: 1, Passage: 0}}, Score: 0.5, Differences: []Difference{{Kind: KindDate, Status: Conflict, Values: []Value{v(0, 1, "Oct. 9", "10-09", 3), oct8}}}},
		{ID: "c3", Members: []Ref{{Doc: 1, Passage: 1}, {Doc: 2, Passage: 0}}, Differences: []Difference{{Kind: KindDate, Status: Same, Values: []Value{v(1, 1, "March 2", "03-02", 14), v(2, 0, "2 March", "03-02", 14)}}}},
	}
	s.FillSheet()
	if len(s.Disputes) != 1 {
		t.Fatalf("disputes %+v, want one", s.Disputes)
	}
	if a, b := s.DisputeOf(0, 0), s.DisputeOf(1, 0); a != 0 || b != 0 {
		t.Errorf("DisputeOf = %d, %d; want the one dispute from both claims", a, b)
	}
	if k := s.DisputeOf(2, 0); k != -1 {
		t.Errorf("an agreed row belongs to dispute %d", k)
	}
}
