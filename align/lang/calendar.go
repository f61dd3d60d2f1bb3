package lang

import (
	"strings"
)

// A monthsTable maps the months' names and abbreviations to their
// numbers, and each abbreviation to the month's name.
type monthsTable struct {
	number map[string]int
	full   map[string]string
}

var months = newLazy(func() *monthsTable {
	t := &monthsTable{}
	t.number, t.full = map[string]int{}, map[string]string{}
	for i, line := range lines("months.txt") {
		ws := strings.Fields(line)
		for _, w := range ws {
			t.number[w] = i + 1
		}
		for _, w := range ws[1:] {
			t.full[w] = ws[0]
		}
	}
	return t
})

// Month returns the number of the month w names or abbreviates
// ("october", "oct", "sept"), from 1 for January.
func Month(w string) (int, bool) {
	m, ok := months.get().number[w]
	return m, ok
}

// MonthAbbrev returns the name of the month w abbreviates ("oct" gives
// "october"); ok is false when w is not an abbreviation.
func MonthAbbrev(w string) (name string, ok bool) {
	name, ok = months.get().full[w]
	return name, ok
}

// monthName reports whether w is a month's name, not an abbreviation.
func monthName(w string) bool {
	_, abbrev := MonthAbbrev(w)
	_, month := Month(w)
	return month && !abbrev
}

var weekdays = numbered("weekdays.txt")

// Weekday returns the day of the week w names, from 1 for Monday to 7 for
// Sunday.
func Weekday(w string) (int, bool) {
	d, ok := weekdays.get()[w]
	return d, ok
}

// A zone is a time zone's offset and whether it is a US zone.
type zone struct {
	offset int
	us     bool
}

var zones = newLazy(func() map[string]zone {
	m := map[string]zone{}
	for _, r := range rows("zones.tsv") {
		m[r[0]] = zone{int(number(r[1])), field(r, 2) == "us"}
	}
	return m
})

// Zone returns the offset from UTC, in minutes, of the time zone w
// abbreviates ("gmt", "bst", "edt").
func Zone(w string) (offset int, ok bool) {
	z, ok := zones.get()[w]
	if !ok || z.us {
		return 0, false
	}
	return z.offset, true
}

// USZone returns the standard offset from UTC, in minutes, of the zone of
// the contiguous United States w names ("eastern", "pt"); daylight saving
// is the caller's to apply.
func USZone(w string) (offset int, ok bool) {
	z, ok := zones.get()[w]
	if !ok || !z.us {
		return 0, false
	}
	return z.offset, true
}

var (
	datePrepositions = wordSet("date_prepositions.txt")
	futureCues       = wordSet("future_cues.txt")
	eventStopWords   = wordSet("event_stopwords.txt")
	spanOpeners      = wordSet("span_openers.txt")
)

// DatePreposition reports whether w introduces a month or a year standing
// alone ("in October", "since 2009").
func DatePreposition(w string) bool { return datePrepositions.get()[w] }

// SpanOpener reports whether w, just before a date, makes it the edge of
// a span of time ("since 2019", "until March") rather than the time of
// an event.
func SpanOpener(w string) bool { return spanOpeners.get()[w] }

// FutureCue reports whether w, shortly before a weekday, makes it the next
// one ("will reopen on Monday").
func FutureCue(w string) bool { return futureCues.get()[w] }

// EventStopWord reports whether w is too common around a date or a time
// to say which event it belongs to.
func EventStopWord(w string) bool { return eventStopWords.get()[w] }

// A PartOfDay is a part of the day and the clock times it spans, in
// minutes after midnight.
type PartOfDay struct {
	Name     string
	From, To int
}

var partsOfDay = newLazy(func() map[string]PartOfDay {
	out := map[string]PartOfDay{}
	for _, r := range rows("parts_of_day.tsv") {
		p := PartOfDay{Name: r[0], From: int(number(field(r, 1))), To: int(number(field(r, 2)))}
		for _, w := range strings.Fields(field(r, 3)) {
			out[w] = p
		}
	}
	return out
})

// DayPart returns the part of the day w names: "afternoon", "tonight".
func DayPart(w string) (PartOfDay, bool) {
	p, ok := partsOfDay.get()[w]
	return p, ok
}
