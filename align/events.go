package align

import (
	"slices"
	"time"

	"crosscheck/align/fact"
	"crosscheck/corpus"
)

// eventClash says how two passages' events differ: other is set when one
// tells of another time than the other; figures counts the identifying
// values both give and none of which they share (the days named, the ages
// of the people).
type eventClash struct {
	other   bool
	figures int
}

// clashOf compares the event marks of two passages.
func clashOf(a, b *fact.Event) eventClash {
	var c eventClash
	switch {
	case a.OtherYear != 0 && b.OtherYear != 0:
		c.other = a.OtherYear != b.OtherYear ||
			a.OtherMonth != 0 && b.OtherMonth != 0 && a.OtherMonth != b.OtherMonth
	case a.OtherYear != 0:
		c.other = !namesMonth(b, a)
	case b.OtherYear != 0:
		c.other = !namesMonth(a, b)
	}
	if len(a.Days) > 0 && len(b.Days) > 0 && !shareAny(a.Days, b.Days) {
		c.figures++
	}
	if len(a.Ages) > 0 && len(b.Ages) > 0 && !shareAny(a.Ages, b.Ages) {
		c.figures++
	}
	return c
}

func shareAny(a, b []int32) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// storyDates gives each document the date its passages are read
// against: its own, or, when it has none, the latest of the others'.
func storyDates(docs []corpus.Document) []time.Time {
	var latest time.Time
	for _, d := range docs {
		if d.Published.After(latest) {
			latest = d.Published
		}
	}
	out := make([]time.Time, len(docs))
	for i, d := range docs {
		out[i] = d.Published
		if out[i].IsZero() {
			out[i] = latest
		}
	}
	return out
}

// ownTimes clears the other time of the passages whose other time many
// documents of the story give: a verdict story tells of the crime a year
// before in most articles, and that year is the story's own; an earlier
// quake one article recalls is not. refs maps passages to documents.
func ownTimes(marks []fact.Event, refs []Ref, docs int) {
	docsOf := map[int32]map[int]bool{}
	for i, m := range marks {
		if m.OtherYear == 0 {
			continue
		}
		if docsOf[m.OtherYear] == nil {
			docsOf[m.OtherYear] = map[int]bool{}
		}
		docsOf[m.OtherYear][refs[i].Doc] = true
	}
	need := max(2, (docs+2)/3)
	for i := range marks {
		if y := marks[i].OtherYear; y != 0 && len(docsOf[y]) >= need {
			marks[i].OtherYear, marks[i].OtherMonth = 0, 0
		}
	}
}

// namesMonth reports whether passage a names the month of b's other time
// ("convicted in December" against "convicted on December 11, 2025").
func namesMonth(a, b *fact.Event) bool {
	if b.OtherMonth == 0 {
		return false
	}
	for _, mo := range a.Months {
		if mo%12 == b.OtherMonth-1 {
			return true
		}
	}
	return false
}

// eventsClash reports whether passages a and b tell of two events: one
// tells of another time than the other, or they name other days and
// other people's ages.
func (ix *index) eventsClash(a, b int) bool {
	c := clashOf(&ix.events[a], &ix.events[b])
	return c.other || c.figures >= 2
}
