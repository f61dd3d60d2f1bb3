package fact

import (
	"strings"
	"testing"

	"crosscheck/corpus"
)

// TestWithin: a claim narrowed to part of a member's sentence compares
// only that part's facts, and leaves the story's analysis as it was.
func TestWithin(t *testing.T) {
	docs := []corpus.Document{
		{Passages: []corpus.Passage{{Text: "The ferry sank at 6:40 a.m. and 14 people were hurt."}}},
		{Passages: []corpus.Passage{{Text: "The ferry went down at 6:40 a.m., and 12 people were hurt."}}},
	}
	a := Analyse(docs)
	members := []Ref{{Doc: 0, Passage: 0}, {Doc: 1, Passage: 0}}
	disputed := func(a *Analysis) bool {
		rows, _ := a.Sheet(members)
		for _, r := range rows {
			if r.Status.Disputed() {
				return true
			}
		}
		return false
	}
	if !disputed(a) {
		t.Fatal("14 hurt against 12 is not disputed in the whole sentences")
	}
	text := docs[1].Passages[0].Text
	cut := strings.Index(text, ", and")
	narrow := a.Within(map[Ref][][2]int{members[1]: {{0, cut}}})
	if disputed(narrow) {
		t.Error("read for the time alone, the second sentence still disputes the count")
	}
	if !disputed(a) || len(a.Facts(members[1])) != len(narrow.facts[1][0]) {
		t.Error("narrowing changed the story's analysis")
	}
	if a.Within(nil) != a {
		t.Error("no spans: Within is not a itself")
	}
}
