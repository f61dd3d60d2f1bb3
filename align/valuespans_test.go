package align

import (
	"testing"

	"crosscheck/corpus"
)

func TestValueSpansUseOffsets(t *testing.T) {
	s := &Story{Documents: []corpus.Document{{Passages: []corpus.Passage{
		{Text: "Of 14 crew, 14 people were hurt."},
	}}}}
	ref := Ref{Doc: 0, Passage: 0}
	c := &Claim{Members: []Ref{ref}, Differences: []Difference{
		{Kind: KindNumber, Status: Conflict, Values: []Value{{Ref: ref, Text: "14 people", Offset: 12}}},
		// Placed by hand without an offset: found by search.
		{Kind: KindNumber, Status: Same, Values: []Value{{Ref: ref, Text: "crew"}}},
		// A second 14: the offset, not the first occurrence, decides.
		{Kind: KindNumber, Status: Compatible, Values: []Value{{Ref: ref, Text: "14", Offset: 12}}},
		// The same place twice is listed once.
		{Kind: KindNumber, Status: Conflict, Values: []Value{{Ref: ref, Text: "14 people", Offset: 12}}},
		// A value of another passage is not listed.
		{Kind: KindDate, Status: Conflict, Values: []Value{{Ref: Ref{Doc: 0, Passage: 1}, Text: "Of"}}},
	}}
	got := s.ValueSpans(c, ref)
	want := []ValueSpan{{12, 21, KindNumber, Conflict}, {6, 10, KindNumber, Same}, {12, 14, KindNumber, Compatible}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d = %v, want %v", i, got[i], want[i])
		}
	}
}
