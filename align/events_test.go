package align

import (
	"crosscheck/align/fact"
	"testing"
	"time"
)

// A sentence about another time than its article's, or about other
// people on other days, tells of another event; a passage that names the
// same month, a span's edge ("since 2019") or a year many articles give
// (the crime in a verdict story) does not.
func TestEventsClash(t *testing.T) {
	published := time.Date(2013, 3, 14, 0, 0, 0, 0, time.UTC)
	mark := func(text string) fact.Event {
		return fact.EventOf(text, fact.Extract(text, published), published)
	}
	tests := []struct {
		a, b  string
		clash bool
	}{
		{"In June 2012, a smaller quake shook the hills above Marlow.",
			"The quake was centred in the hills about 30 miles east of Marlow.", true},
		{"The 2004 tsunami killed 230,000 people across the region.",
			"The quake killed 12 people on Thursday.", true},
		{"Two years ago, a similar quake struck the valley.",
			"The quake struck the valley early Thursday.", true},
		{"The 2004 tsunami killed 230,000 people.", "The tsunami of 2004 is still remembered.", false},
		{"A quake of 5.1 struck in 2011 and another in 2004.", "The 2011 quake was the largest in years.", false},
		{"It was the third time the plan came before the council since 2019.",
			"It was the third attempt to pass the plan.", false},
		{"He was convicted by a jury on December 11, 2012.", "He was found guilty in December.", false},
		{"A 36-year-old man died on Monday after a fall.", "Piet Ostrander, 29, fell on Tuesday.", true},
		{"A 36-year-old man died on Monday after a fall.", "The man, 38, died on Monday after a fall.", false},
		{"The quake struck at 2:09 a.m. Thursday.", "The quake was felt in Napa.", false},
	}
	for _, tt := range tests {
		a, b := mark(tt.a), mark(tt.b)
		c := clashOf(&a, &b)
		if got := c.other || c.figures >= 2; got != tt.clash {
			t.Errorf("clash(%q, %q) = %+v, want %v", tt.a, tt.b, c, tt.clash)
		}
	}
}

// A year that many of the story's articles give is the story's own time.
func TestOwnTimes(t *testing.T) {
	marks := []fact.Event{{OtherYear: 2012}, {OtherYear: 2012}, {OtherYear: 2004}, {}}
	refs := []Ref{{Doc: 0}, {Doc: 1}, {Doc: 2}, {Doc: 3}}
	ownTimes(marks, refs, 4)
	if marks[0].OtherYear != 0 || marks[1].OtherYear != 0 {
		t.Errorf("a year two of four articles give is still another time: %+v", marks)
	}
	if marks[2].OtherYear != 2004 {
		t.Errorf("a year one article gives became the story's own: %+v", marks)
	}
}
