package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"crosscheck/corpus"
)

func TestClauseSpans(t *testing.T) {
	for _, c := range []struct {
		text string
		keep []factSpan
		want []string
	}{
		{"The quake struck at 2:09 a.m. and was felt as far as Oakland, the survey said.", nil,
			[]string{"The quake struck at 2:09 a.m", "and was felt as far as Oakland", "the survey said"}},
		// A figure's comma and a time's colon are no breaks; a dash
		// between spaces is.
		{"About 20,000 people marched at 11:30 — police said — through the centre.", nil,
			[]string{"About 20,000 people marched at 11:30", "police said", "through the centre"}},
		// A date or a quotation that holds a break stays whole.
		{"The fund froze on March 8, 2021, which ended it.", []factSpan{{start: 19, end: 32}},
			[]string{"The fund froze on March 8, 2021", "which ended it"}},
		{"“You abused the trust of people who handed you their savings,” the judge said.", []factSpan{{start: 0, end: 65}},
			[]string{"“You abused the trust of people who handed you their savings,”", "the judge said"}},
		{"Nobody was hurt.", nil, []string{"Nobody was hurt"}},
	} {
		var got []string
		for _, sp := range clauseSpans(c.text, c.keep) {
			got = append(got, c.text[sp[0]:sp[1]])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("clauses of %q:\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}

// TestJoinedSentenceIsJudgedOnItsFact: two sentences joined the claim of
// the time of a quake for that value. One gives, in the clause of the
// time, the quake's magnitude; the other, in another clause, the
// magnitude of the small quakes common to the area. The claim's own
// sentences give no magnitude: each joined sentence is about the clause
// of the time, and the small quakes' magnitude is not set against this
// quake's. Read whole, it would be.
func TestJoinedSentenceIsJudgedOnItsFact(t *testing.T) {
	docs := []corpus.Document{
		testArticle("d1", "Seismologists said the quake struck at 4:12 a.m. on Friday."),
		testArticle("d2", "The network recorded the quake at 4:12 a.m. on Friday, seismologists said."),
		testArticle("d3", "Sleepers along the shore were jolted at 4:12 a.m. Friday by a magnitude 5.1 quake."),
		testArticle("d4", "While tremors of around magnitude 3 are common along the shore, residents said nothing had woken them like the 4:12 a.m. shock."),
	}
	ix := newIndex(docs)
	g := claimGroup{members: []int{0, 1, 2, 3}, home: []int{0, 1}, own: []int{0, 1}, byValue: []int{2, 3}}
	sp, ok := focusOf(ix, g, 3)
	text := docs[3].Passages[0].Text
	if !ok || strings.Contains(text[sp[0]:sp[1]], "magnitude") || !strings.Contains(text[sp[0]:sp[1]], "4:12") {
		t.Fatalf("the claim of the time is about %q of %q, want the clause of the time", text[sp[0]:sp[1]], text)
	}
	for _, focused := range []bool{false, true} {
		s := &Story{Documents: docs}
		c := Claim{ID: "c1"}
		for _, m := range g.members {
			c.Members = append(c.Members, ix.refs[m])
		}
		if focused {
			c.focus, c.judged = membersFocus(ix, g)
		}
		s.Claims = []Claim{c}
		s.compareStory()
		magnitudes := false
		for _, r := range s.Claims[0].Facts {
			magnitudes = magnitudes || r.Status.Disputed() && strings.Contains(r.Slot, "magnitude")
		}
		if magnitudes == focused {
			t.Errorf("read for its focus: %v; the magnitudes disputed: %v (%+v)", focused, magnitudes, s.Claims[0].Facts)
		}
	}
}

// testArticle is a document of one-sentence paragraphs.
func testArticle(id string, sentences ...string) corpus.Document {
	d := corpus.Document{ID: id, Path: id + ".txt", Outlet: "Outlet " + id}
	for i, s := range sentences {
		d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", id, i+1), Paragraph: i + 1, Text: s})
	}
	return d
}
