package fact

import (
	"slices"
	"strings"
	"time"

	"crosscheck/align/lang"
)

// Stories tell other events than their own: an earlier disaster for
// background, earlier crimes of the same kind, an unrelated death. A
// sentence about another event shares the story's words (a quake, a
// shooting, a bank) but none of its facts. What tells them apart are the
// values that identify an event: when it happened, and who it happened
// to. An Event holds those of one passage.
type Event struct {
	// OtherYear and OtherMonth are the year and month (0 when it gives
	// none) of a date the passage gives that is far from its article's
	// own date: the passage tells of another time. OtherYear is 0 when
	// there is none.
	OtherYear, OtherMonth int32
	// Days are the calendar days the passage names near its article's
	// date ("on Friday", "September 13"), as days since 1970.
	Days []int32
	// Ages are the ages of people the passage gives ("a 36-year-old
	// man", "Ostrander, 29").
	Ages []int32
	// Months are the months of every date the passage gives, near or
	// far (year×12 + month − 1): a passage that names the other time's
	// month ("in December") does not clash with it.
	Months []int32
}

// otherTimeDays is how far, in days, a dated fact must be from its
// article's date to be about another time than the story's.
const otherTimeDays = 45

// EventOf reads the values that identify the event of a passage with
// facts fs and text text, in an article dated published (zero when
// unknown).
func EventOf(text string, fs []Fact, published time.Time) Event {
	var m Event
	for i := range fs {
		f := &fs[i]
		switch {
		case f.Kind == KindDate:
			d, ok := f.v.(*dateValue)
			if !ok {
				continue
			}
			if d.month > 0 {
				m.Months = append(m.Months, int32(d.year*12+d.month-1))
			}
			if d.year == 0 {
				continue
			}
			// "since 2019", "until March": the edge of a span of time,
			// not the time of the passage's event.
			if lang.SpanOpener(wordBefore(text, f.Start)) {
				continue
			}
			if farFrom(d, published) {
				if m.OtherYear == 0 {
					m.OtherYear = int32(d.year)
					if d.prec >= precMonth {
						m.OtherMonth = int32(d.month)
					}
				}
				continue
			}
			if d.prec >= precDay && d.month > 0 && d.day > 0 {
				day := int32(time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
				if !slices.Contains(m.Days, day) {
					m.Days = append(m.Days, day)
				}
			}
		case f.Kind == KindNumber || f.Kind == KindDuration:
			q, ok := f.v.(*quantity)
			if !ok || q.skip {
				continue
			}
			switch {
			case q.class == "age" && q.val > 0 && q.val < 130:
				m.Ages = append(m.Ages, int32(q.val))
			case q.event == "ago" && q.unit != nil && q.unit.Symbol == "year" && q.val >= 1 && !published.IsZero() && m.OtherYear == 0:
				// "two years ago": another time, about when.
				m.OtherYear = int32(published.Year() - int(q.val))
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
