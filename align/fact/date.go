package fact

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"crosscheck/align/lang"
)

// A datePrecision says how much of a date a passage gives.
type datePrecision uint8

const (
	precYear datePrecision = iota + 1
	precMonth
	precDay
)

// A dateValue is a calendar date with only the precision the passage gives:
// a month is less precise than a day, not different from it. Year 0 means
// the passage does not say (and the article's date did not tell).
type dateValue struct {
	year, month, day int
	prec             datePrecision
	// weekday is set (1 Monday … 7 Sunday) for a weekday the article's date
	// could not resolve ("on Wednesday" in an undated article).
	weekday int
	// resolved is true when the date was worked out from a weekday or a
	// relative phrase and the article's date ("on Thursday", "last month").
	resolved bool
	// named is true when the passage names the date's weekday ("on
	// Thursday", "Sunday, Aug. 23").
	named bool
	// today is true for "today": the writer's day, which the article's
	// date, stamped in the publisher's time zone, may put a day off.
	today bool
	// yearGiven is true when the passage writes the year ("March 2020",
	// "8 March 2021"), not when the article's date supplies it.
	yearGiven bool
	// event holds the stems of the words that lead to the date in its
	// clause ("met", "egypt" for "met with al-Hayya in Egypt on October
	// 8"): what happened on that day.
	event map[string]bool
	// near holds the stems of the lower-case words beside the date in its
	// clause ("arrested", "fired"): what happened that day, without the
	// names of who it happened to, which sentences about two events share.
	near map[string]bool
}

// norm writes the date with the precision it has: "2025-10-09", "10-09",
// "2025-10", "10", "2025", or a weekday name.
func (d dateValue) norm() string {
	if d.weekday != 0 && d.prec == 0 {
		return time.Weekday(d.weekday % 7).String()
	}
	var parts []string
	if d.year > 0 {
		parts = append(parts, strconv.Itoa(d.year))
	}
	if d.prec >= precMonth {
		parts = append(parts, fmt.Sprintf("%02d", d.month))
	}
	if d.prec >= precDay {
		parts = append(parts, fmt.Sprintf("%02d", d.day))
	}
	return strings.Join(parts, "-")
}

// role is "": a date is what it dates.
func (d dateValue) role() string { return "" }

// monthAt returns the month named by lexeme i (with the full stop of an
// abbreviation) and the index after it, or 0.
func monthAt(ls []lexeme, i int) (month, next int) {
	if i < 0 || i >= len(ls) || ls[i].kind != lexWord || !ls[i].upper {
		return 0, i
	}
	m, _ := lang.Month(ls[i].low)
	if m == 0 {
		return 0, i
	}
	next = i + 1
	if len(ls[i].low) <= 4 && ls[i].low != "june" && ls[i].low != "july" && next < len(ls) && ls[next].low == "." && !ls[next].space {
		next++
	}
	return m, next
}

// dayAt returns the day of the month written at lexeme i ("8", "8th"), or
// 0.
func dayAt(ls []lexeme, i int) (day, next int) {
	if i >= len(ls) || ls[i].kind != lexNum || len(ls[i].text) > 2 {
		return 0, i
	}
	d, _ := strconv.Atoi(ls[i].text)
	if d < 1 || d > 31 {
		return 0, i
	}
	next = i + 1
	if next < len(ls) && !ls[next].space && ls[next].is("st", "nd", "rd", "th") {
		next++
	}
	return d, next
}

// yearAt returns the year written at lexeme i, or 0.
func yearAt(ls []lexeme, i int) int {
	if i >= len(ls) || ls[i].kind != lexNum || len(ls[i].text) != 4 {
		return 0
	}
	y, _ := strconv.Atoi(ls[i].text)
	if y < 1800 || y > 2100 {
		return 0
	}
	return y
}

// optYear reads an optional ", 2025" or " 2025" after a date at i.
func optYear(ls []lexeme, i int) (year, next int) {
	j := i
	if j < len(ls) && ls[j].low == "," {
		j++
	}
	if y := yearAt(ls, j); y > 0 && (j+1 >= len(ls) || ls[j+1].kind != lexWord || !countNoun(ls[j+1].low)) {
		return y, j + 1
	}
	return 0, i
}

// dates records the passage's dates: "October 8", "Oct. 8, 2025", "8
// October", "Saturday, Dec. 5", "2025-10-08", "11/14/25", "in October",
// "February 2023", "in 2011", "on Tuesday", "last month", "earlier this
// year", "the first Saturday in December".
func (x *extraction) dates() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if x.taken[i] {
			continue
		}
		if j, d, ok := x.dateAt(i); ok && x.add(KindDate, i, j, &d) {
			d.event = x.clauseWords(i, j)
			d.near = x.nearWords(i, j)
			i = j - 1
		}
	}
}

// dateAt reads a date starting at lexeme i: the index after it, its value
// and true, or false.
func (x *extraction) dateAt(i int) (int, dateValue, bool) {
	ls := x.toks
	start := i
	// A weekday before a date is part of it: "Saturday, 5 December".
	wd := 0
	if ls[i].kind == lexWord && ls[i].upper {
		wd, _ = lang.Weekday(ls[i].low)
	}
	if wd > 0 {
		j := i + 1
		if j < len(ls) && ls[j].low == "," {
			j++
		}
		if end, d, ok := x.explicitDate(j); ok {
			d.named = true
			return end, d, true
		}
	}
	if end, d, ok := x.explicitDate(start); ok {
		return end, d, true
	}
	if end, d, ok := x.ordinalWeekday(i); ok {
		return end, d, true
	}
	if wd > 0 {
		return x.weekday(i, wd)
	}
	if end, d, ok := x.relativeDate(i); ok {
		return end, d, true
	}
	return i, dateValue{}, false
}

// explicitDate reads a date written out in full or in part at i.
func (x *extraction) explicitDate(i int) (int, dateValue, bool) {
	ls := x.toks
	if i >= len(ls) {
		return i, dateValue{}, false
	}
	// Month Day[, Year]
	if m, j := monthAt(ls, i); m > 0 {
		if d, k := dayAt(ls, j); d > 0 && (k >= len(ls) || ls[k].low != ":") {
			y, end := optYear(ls, k)
			return end, x.withYear(dateValue{year: y, month: m, day: d, prec: precDay, yearGiven: y > 0}), true
		}
		// Month Year: "February 2023".
		if y := yearAt(ls, j); y > 0 {
			return j + 1, dateValue{year: y, month: m, prec: precMonth, yearGiven: true}, true
		}
		// A month alone after a preposition; "May" alone is mostly a verb.
		if m != 5 && i > 0 && lang.DatePreposition(ls[i-1].low) && j-i == 1 {
			return j, dateValue{month: m, prec: precMonth}, true
		}
		return i, dateValue{}, false
	}
	// Day [of] Month[, Year]
	if d, j := dayAt(ls, i); d > 0 {
		if j < len(ls) && ls[j].low == "of" {
			j++
		}
		if m, k := monthAt(ls, j); m > 0 {
			y, end := optYear(ls, k)
			return end, x.withYear(dateValue{year: y, month: m, day: d, prec: precDay, yearGiven: y > 0}), true
		}
	}
	// 2025-10-08
	if y := yearAt(ls, i); y > 0 && i+4 < len(ls) && ls[i+1].low == "-" && ls[i+3].low == "-" && !ls[i+1].space && !ls[i+2].space &&
		ls[i+2].kind == lexNum && ls[i+4].kind == lexNum {
		m, _ := strconv.Atoi(ls[i+2].text)
		d, _ := strconv.Atoi(ls[i+4].text)
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return i + 5, dateValue{year: y, month: m, day: d, prec: precDay, yearGiven: true}, true
		}
	}
	// 11/14/25 or 14/11/2025 (day first when the first number cannot be a month).
	if ls[i].kind == lexNum && i+4 < len(ls) && ls[i+1].low == "/" && ls[i+3].low == "/" && ls[i+2].kind == lexNum && ls[i+4].kind == lexNum &&
		!ls[i+1].space && !ls[i+3].space {
		a, _ := strconv.Atoi(ls[i].text)
		b, _ := strconv.Atoi(ls[i+2].text)
		y, _ := strconv.Atoi(ls[i+4].text)
		if len(ls[i+4].text) == 2 {
			y += 2000
		}
		m, d := a, b
		if a > 12 {
			m, d = b, a
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100 {
			return i + 5, dateValue{year: y, month: m, day: d, prec: precDay, yearGiven: true}, true
		}
	}
	// A year standing alone: "in 2011", "since 2009", "the 2018 operation".
	if y := yearAt(ls, i); y > 0 && i > 0 && (lang.DatePreposition(ls[i-1].low) || ls[i-1].low == "the" || ls[i-1].low == "(") {
		if i+1 < len(ls) && ls[i+1].kind == lexWord && (countNoun(ls[i+1].low) || lang.UnitNamed(ls[i+1].low) != nil) {
			return i, dateValue{}, false
		}
		return i + 1, dateValue{year: y, prec: precYear, yearGiven: true}, true
	}
	return i, dateValue{}, false
}

// withYear fills in the year of a day and month from the article's date:
// the nearest such date to it.
func (x *extraction) withYear(d dateValue) dateValue {
	p := x.published
	if d.year > 0 || p.IsZero() {
		return d
	}
	best := 0
	var bestGap time.Duration
	for _, y := range []int{p.Year() - 1, p.Year(), p.Year() + 1} {
		t := time.Date(y, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
		gap := t.Sub(p)
		if gap < 0 {
			gap = -gap
		}
		if best == 0 || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	d.year = best
	return d
}

// isMonth reports whether w names or abbreviates a month.
func isMonth(w string) bool {
	_, ok := lang.Month(w)
	return ok
}

// isWeekday reports whether w names a day of the week.
func isWeekday(w string) bool {
	_, ok := lang.Weekday(w)
	return ok
}

// weekdayOf returns the weekday (1–7) a date names or falls on, or 0 when
// it cannot tell.
func weekdayOf(d *dateValue) int {
	if d.weekday != 0 {
		return d.weekday
	}
	if d.prec != precDay || d.year == 0 {
		return 0
	}
	w := int(time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC).Weekday())
	if w == 0 {
		w = 7
	}
	return w
}
