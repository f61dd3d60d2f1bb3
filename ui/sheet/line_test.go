package sheet

import (
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

func TestDisputeLine(t *testing.T) {
	s, _ := story1(t)
	if len(s.Disputes) != 1 {
		t.Fatalf("disputes: %+v", s.Disputes)
	}
	d := &s.Disputes[0]
	if got, want := Mark(d.Status)+" "+DisputeLine(s, d), "⚠ people injured: Twelve people (Beta, Gamma) · 14 people (Alpha)"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestAReadingWrittenTwoWaysSaysBoth(t *testing.T) {
	s, c := story1(t)
	var date *align.Row
	for i := range c.Facts {
		if c.Facts[i].Kind == align.KindDate {
			date = &c.Facts[i]
		}
	}
	if got, want := RowLine(s, date), "date: Oct. 19 = October 19 (Alpha, Beta)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if got, want := Quiet(s, c.Facts), "= date: Oct. 19 = October 19"; got != want {
		t.Errorf("quiet line %q, want %q", got, want)
	}
}

func TestToldLeavesOutOneWordingWrittenAlike(t *testing.T) {
	ref := func(d int) align.Ref { return align.Ref{Doc: d} }
	alike := align.Row{Status: align.Same, Readings: []align.Reading{{Text: "Two", Values: []align.Value{{Ref: ref(0), Text: "Two"}, {Ref: ref(1), Text: "two"}}}}}
	if Told(&alike) {
		t.Error("Two = two is told")
	}
	twoWays := align.Row{Status: align.Same, Readings: []align.Reading{{Text: "US", Values: []align.Value{{Ref: ref(0), Text: "US"}, {Ref: ref(1), Text: "U.S."}}}}}
	if !Told(&twoWays) {
		t.Error("US = U.S. is not told")
	}
	if !Told(&align.Row{Status: align.Compatible}) || !Told(&align.Row{Status: align.Differ}) {
		t.Error("a compatible or differing row is not told")
	}
}

func TestHeadlineAgainstBody(t *testing.T) {
	s := &align.Story{Documents: []corpus.Document{
		{ID: "d1", Outlet: "Alpha", Title: "Three boats seized", Passages: []corpus.Passage{{Text: "Navy seized five boats."}}},
		{ID: "d2", Outlet: "Beta", Passages: []corpus.Passage{{Text: "Five boats."}}},
	}}
	s.InArticle = []align.Difference{{Kind: align.KindNumber, Status: align.Conflict, Role: "boat", Values: []align.Value{
		{Ref: align.Ref{Doc: 0, Passage: align.HeadlinePassage}, Text: "Three boats", Norm: "3 boat"},
		{Ref: align.Ref{Doc: 0, Passage: 0}, Text: "five boats", Norm: "5 boat", Offset: 12},
	}}}
	s.FillSheet()
	if len(s.Disputes) != 1 || !s.Disputes[0].InArticle() {
		t.Fatalf("disputes: %+v", s.Disputes)
	}
	if got, want := DisputeLine(s, &s.Disputes[0]), "boat, Alpha headline against body: Three boats (headline) · five boats (body)"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestMarksCarryTheStatusWithoutColour(t *testing.T) {
	seen := map[string]bool{}
	for _, st := range []align.Status{align.Same, align.Compatible, align.Differ, align.Conflict} {
		m := Mark(st)
		if m == "" || seen[m] {
			t.Errorf("%v: mark %q is empty or not its own", st, m)
		}
		seen[m] = true
	}
}

func TestAWordingHoldingAnotherIsNotRepeated(t *testing.T) {
	ref := func(d int) align.Ref { return align.Ref{Doc: d} }
	s := &align.Story{Documents: []corpus.Document{{Outlet: "A"}, {Outlet: "B"}, {Outlet: "C"}}}
	r := align.Row{Slot: "people injured", Readings: []align.Reading{{Text: "14", Docs: []int{0, 1, 2}, Values: []align.Value{
		{Ref: ref(0), Text: "14"}, {Ref: ref(1), Text: "14 people"}, {Ref: ref(2), Text: "fourteen"}}}}}
	if got, want := RowLine(s, &r), "people injured: 14 = fourteen (A, B, C)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if !sameForm("14", "14 people") || !sameForm("63", "63-year-old") || sameForm("4", "14 people") || sameForm("14", "140") {
		t.Error("sameForm is wrong about whole words")
	}
}

// TestNoneForms checks that a count of none is written by the words that
// say none, never by the noun it denies alone.
func TestNoneForms(t *testing.T) {
	tests := []struct {
		forms []string
		want  string
	}{
		{[]string{"major damage", "no reports of damage", "any local damage"}, "no reports of damage"},
		{[]string{"injuries"}, "none"},
		{[]string{"didn't hurt anyone", "injuries"}, "didn't hurt anyone"},
		{[]string{"No one", "nobody"}, "No one = nobody"},
	}
	for _, tt := range tests {
		if got := strings.Join(noneForms(tt.forms), " = "); got != tt.want {
			t.Errorf("noneForms(%q) = %q, want %q", tt.forms, got, tt.want)
		}
	}
}
