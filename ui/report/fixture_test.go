package report

import (
	"strings"
	"testing"
	"time"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui/session"
)

// hostileOutlet and hostileText hold what HTML and Markdown could take
// for markup.
const (
	hostileOutlet = `Coast & <b>Radio</b> | *Live*`
	hostileText   = `A <script>alert("x")</script> tag & a *star* | pipe [link](http://evil.example) _under_ # hash.`
)

// handStory is an invented story built by hand so that every feature of
// the reports shows whatever alignment finds: a date conflict, a
// refinement, the same date written two ways, a money conflict, a quote
// worded differently, a claim of one outlet with text full of markup, and
// a name spelled two ways.
func handStory(t *testing.T) *align.Story {
	t.Helper()
	docs := []corpus.Document{
		{ID: "d1", Outlet: "Harbour Gazette", Path: "gazette.md", Title: "Strike on March 2 halts ferries", Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)},
		{ID: "d2", Outlet: "Island Times", Path: "times.txt", URL: "https://times.example.org/strike"},
		{ID: "d3", Outlet: hostileOutlet, Path: "radio.txt", URL: "javascript:alert(1)", Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)},
	}
	add := func(d int, text string) align.Ref {
		p := len(docs[d].Passages)
		docs[d].Passages = append(docs[d].Passages, corpus.Passage{ID: docs[d].ID + "." + string(rune('1'+p)), Paragraph: p + 1, Text: text})
		return align.Ref{Doc: d, Passage: p}
	}
	s := &align.Story{Title: "Ferry crews strike on Islay"}
	a1 := add(0, "Ferry crews walked out at dawn on March 3 in Port Ellen, halting all crossings.")
	a2 := add(1, "Crews on the island ferries began a strike at dawn on March 4 on Islay, halting all crossings.")
	a3 := add(2, "Ferry crews walked out on March 3, union leader Ewan MacLeod said.")
	b1 := add(0, "“We will sail when we are paid fairly,” said Ewan McLeod.")
	b2 := add(1, "“We will sail again when we are paid fairly,” the union chair said.")
	c1 := add(0, "Talks resume on Oct. 19, the operator said.")
	c3 := add(2, "The operator said talks would resume on October 19.")
	d2 := add(1, hostileText)
	e1 := add(0, "The operator offered €2.5 million in back pay.")
	e3 := add(2, "The operator offered €3 million in back pay.")
	s.Documents = docs
	val := func(r align.Ref, text string) align.Value {
		return align.Value{Ref: r, Text: text, Norm: strings.ToLower(text), Offset: strings.Index(s.Passage(r).Text, text)}
	}
	s.Claims = []align.Claim{
		{ID: "c1", Key: "k1", Score: 0.61, Members: []align.Ref{a1, a2, a3}, Differences: []align.Difference{
			{Kind: align.KindDate, Status: align.Conflict, Summary: "date: March 3 ≠ March 4", Values: []align.Value{val(a1, "March 3"), val(a2, "March 4")}},
			{Kind: align.KindDate, Status: align.Conflict, Summary: "date: March 4 ≠ March 3", Values: []align.Value{val(a2, "March 4"), val(a3, "March 3")}},
			{Kind: align.KindPlace, Status: align.Compatible, Summary: "place: Port Ellen ⊂ Islay", Values: []align.Value{val(a1, "Port Ellen"), val(a2, "Islay")}},
		}},
		{ID: "c2", Key: "k2", Score: 0.48, Members: []align.Ref{b1, b2}, Differences: []align.Difference{
			{Kind: align.KindQuote, Status: align.Compatible, Summary: "quote: worded differently", Values: []align.Value{
				val(b1, "“We will sail when we are paid fairly,”"), val(b2, "“We will sail again when we are paid fairly,”")}},
		}},
		{ID: "c3", Key: "k3", Score: 0.55, Members: []align.Ref{c1, c3}, Differences: []align.Difference{
			{Kind: align.KindDate, Status: align.Same, Summary: "date: Oct. 19 = October 19", Values: []align.Value{val(c1, "Oct. 19"), val(c3, "October 19")}},
		}},
		{ID: "c4", Key: "k4", Score: 1, Members: []align.Ref{d2}},
		{ID: "c5", Key: "k5", Score: 0.7, Members: []align.Ref{e1, e3}, Differences: []align.Difference{
			{Kind: align.KindMoney, Status: align.Conflict, Summary: "money: €2.5 million ≠ €3 million", Values: []align.Value{val(e1, "€2.5 million"), val(e3, "€3 million")}},
		}},
	}
	s.InArticle = []align.Difference{{Kind: align.KindDate, Status: align.Conflict, Summary: "date: March 2 ≠ March 3 (headline against body)", Values: []align.Value{
		{Ref: align.Ref{Doc: 0, Passage: align.HeadlinePassage}, Text: "March 2", Norm: "03-02", Offset: 9}, val(a1, "March 3")}}}
	s.Variants = []align.Variant{{Kind: align.KindName, Forms: []align.VariantForm{{Text: "MacLeod", Refs: []align.Ref{a3}}, {Text: "McLeod", Refs: []align.Ref{b1}}}}}
	// Every value must be in its passage, as align promises.
	for _, c := range s.Claims {
		for _, d := range c.Differences {
			for _, v := range d.Values {
				if v.Offset < 0 {
					t.Fatalf("fixture: %q is not in %q", v.Text, s.Passage(v.Ref).Text)
				}
			}
		}
	}
	s.FillSheet()
	return s
}

// disputeOf returns the index of s's dispute of the given kind listed in
// a claim (inArticle false) or set against its own headline.
func disputeOf(t *testing.T, s *align.Story, kind align.Kind, inArticle bool) int {
	t.Helper()
	for i, d := range s.Disputes {
		if d.Kind == kind && d.InArticle() == inArticle {
			return i
		}
	}
	t.Fatalf("no %s dispute (in article %v) in %+v", kind, inArticle, s.Disputes)
	return -1
}

var markTime0 = time.Date(2026, 3, 6, 14, 30, 0, 0, time.UTC)

// handInput is handStory with a session's marks: c1 disputed with a note
// of two lines, c2 only a note, c3 verified, and one orphan; the money
// dispute settled, the in-article one unresolved, and a settlement whose
// dispute is gone.
func handInput(t *testing.T) Input {
	s := handStory(t)
	return Input{
		Story:   s,
		Version: "v1.2.3 (rev 0123abc)",
		Made:    time.Date(2026, 3, 7, 8, 0, 0, 0, time.UTC),
		Settlements: map[int]session.Settlement{
			disputeOf(t, s, align.KindMoney, false): {Reading: "€2.5 million", Source: "the operator's statement <b>of 6 March</b>", Time: markTime0},
			disputeOf(t, s, align.KindDate, true):   {Unresolved: true, Source: "asked the Gazette's desk", Time: markTime0},
		},
		SettlementOrphans: []session.Settlement{{Reading: "nine", Source: "union minutes", Where: "c8", Line: "hours of talks: nine (Harbour Gazette) · eight (Island Times)", Time: markTime0}},
		Session:           "/state/crosscheck/ferry.json",
		Marks: map[int]session.Mark{
			0: {Verdict: session.Disputed, Note: "Two dates for the walkout.\n- check the harbour log <today>", Time: markTime0},
			1: {Note: "Quote wording: ask for the recording.", Time: markTime0.Add(time.Hour)},
			2: {Verdict: session.Verified, Time: markTime0.Add(2 * time.Hour)},
		},
		Orphans: []session.Mark{{Verdict: session.Unsure, Note: "Was this in the first version?", Time: markTime0.Add(-time.Hour),
			ClaimID: "c9", ClaimKey: "gone", Outlets: []string{"Island Times"}, Excerpt: "A sentence that was later edited out."}},
	}
}
