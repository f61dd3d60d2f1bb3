package align

import (
	"slices"
	"strings"
	"time"

	"crosscheck/corpus"
)

// Stories tell other events than their own: an earlier disaster for
// background, earlier crimes of the same kind, an unrelated death. A
// sentence about another event shares the story's words (a quake, a
// shooting, a bank) but none of its facts. What tells them apart are the
// values that identify an event: when it happened, and who it happened
// to. An eventMark holds those of one passage.
type eventMark struct {
	// otherYear and otherMonth are the year and month (0 when it gives
	// none) of a date the passage gives that is far from its article's
	// own date: the passage tells of another time. otherYear is 0 when
	// there is none.
	otherYear, otherMonth int32
	// days are the calendar days the passage names near its article's
	// date ("on Friday", "September 13"), as days since 1970.
	days []int32
	// ages are the ages of people the passage gives ("a 36-year-old
	// man", "Ostrander, 29").
	ages []int32
	// months are the months of every date the passage gives, near or
	// far (year×12 + month − 1): a passage that names the other time's
	// month ("in December") does not clash with it.
	months []int32
}

// otherTimeDays is how far, in days, a dated fact must be from its
// article's date to be about another time than the story's.
const otherTimeDays = 45

// spanWords open a date that bounds a span of time ("since 2019",
// "between 2013 and 2021", "until March"): the span's edge, not the time
// of the passage's event.
var spanWords = map[string]bool{"since": true, "from": true, "between": true, "until": true, "till": true, "and": true, "to": true, "before": true, "after": true}

// eventMarkOf reads the values that identify the event of a passage with
// facts fs and text text, in an article dated published (zero when
// unknown).
func eventMarkOf(text string, fs []Fact, published time.Time) eventMark {
	var m eventMark
	for i := range fs {
		f := &fs[i]
		switch {
		case f.date != nil:
			d := f.date
			if d.month > 0 {
				m.months = append(m.months, int32(d.year*12+d.month-1))
			}
			if d.year == 0 {
				continue
			}
			if spanWords[wordBefore(text, f.Start)] {
				continue
			}
			if farFrom(d, published) {
				if m.otherYear == 0 {
					m.otherYear = int32(d.year)
					if d.prec >= precMonth {
						m.otherMonth = int32(d.month)
					}
				}
				continue
			}
			if d.prec >= precDay && d.month > 0 && d.day > 0 {
				day := int32(time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
				if !slices.Contains(m.days, day) {
					m.days = append(m.days, day)
				}
			}
		case f.qty != nil:
			q := f.qty
			if q.skip {
				continue
			}
			switch {
			case q.class == "age" && q.val > 0 && q.val < 130:
				m.ages = append(m.ages, int32(q.val))
			case q.event == "ago" && q.unit != nil && q.unit.name == "year" && q.val >= 1 && !published.IsZero() && m.otherYear == 0:
				// "two years ago": another time, about when.
				m.otherYear = int32(published.Year() - int(q.val))
			}
		}
	}
	return m
}

// farFrom reports whether date d, written with its year, is far from the
// article's date.
func farFrom(d *dateValue, published time.Time) bool {
	if published.IsZero() || d.resolved || !d.yearGiven {
		return false
	}
	switch {
	case d.prec >= precDay && d.month > 0 && d.day > 0:
		t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
		p := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
		gap := t.Sub(p).Hours() / 24
		return gap > otherTimeDays || gap < -otherTimeDays
	case d.month > 0:
		months := d.year*12 + d.month - (published.Year()*12 + int(published.Month()))
		return months > 1 || months < -1
	default:
		return d.year != published.Year()
	}
}

// eventClash says how two passages' events differ: other is set when one
// tells of another time than the other; figures counts the identifying
// values both give and none of which they share (the days named, the ages
// of the people).
type eventClash struct {
	other   bool
	figures int
}

// clashOf compares the event marks of two passages.
func clashOf(a, b *eventMark) eventClash {
	var c eventClash
	switch {
	case a.otherYear != 0 && b.otherYear != 0:
		c.other = a.otherYear != b.otherYear ||
			a.otherMonth != 0 && b.otherMonth != 0 && a.otherMonth != b.otherMonth
	case a.otherYear != 0:
		c.other = !namesMonth(b, a)
	case b.otherYear != 0:
		c.other = !namesMonth(a, b)
	}
	if len(a.days) > 0 && len(b.days) > 0 && !shareAny(a.days, b.days) {
		c.figures++
	}
	if len(a.ages) > 0 && len(b.ages) > 0 && !shareAny(a.ages, b.ages) {
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
func ownTimes(marks []eventMark, refs []Ref, docs int) {
	docsOf := map[int32]map[int]bool{}
	for i, m := range marks {
		if m.otherYear == 0 {
			continue
		}
		if docsOf[m.otherYear] == nil {
			docsOf[m.otherYear] = map[int]bool{}
		}
		docsOf[m.otherYear][refs[i].Doc] = true
	}
	need := max(2, (docs+2)/3)
	for i := range marks {
		if y := marks[i].otherYear; y != 0 && len(docsOf[y]) >= need {
			marks[i].otherYear, marks[i].otherMonth = 0, 0
		}
	}
}

// namesMonth reports whether passage a names the month of b's other time
// ("convicted in December" against "convicted on December 11, 2025").
func namesMonth(a, b *eventMark) bool {
	if b.otherMonth == 0 {
		return false
	}
	for _, mo := range a.months {
		if mo%12 == b.otherMonth-1 {
			return true
		}
	}
	return false
}

// wordBefore returns the word before byte offset at in text, in lower
// case, or "". It reads back from at only, so that it costs the word, not
// the passage.
func wordBefore(text string, at int) string {
	at = min(at, len(text))
	end := at
	for end > 0 && (text[end-1] == ' ' || strings.IndexByte(",;:(\"'", text[end-1]) >= 0) {
		end--
	}
	start := end
	for start > 0 && text[start-1] != ' ' {
		start--
	}
	return strings.ToLower(strings.Trim(text[start:end], ",;:(\"'“‘"))
}

// eventsClash reports whether passages a and b tell of two events: one
// tells of another time than the other, or they name other days and
// other people's ages.
func (ix *index) eventsClash(a, b int) bool {
	c := clashOf(&ix.events[a], &ix.events[b])
	return c.other || c.figures >= 2
}
