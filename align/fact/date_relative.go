package fact

import (
	"time"

	"crosscheck/align/lang"
)

// Dates a passage gives relative to its article's date: weekdays ("on
// Tuesday", "next Tuesday"), "last month", "the first Saturday in
// December".

// weekday reads a weekday standing alone ("on Tuesday", "Tuesday
// morning", "last Tuesday", "next Tuesday") and resolves it against the
// article's date: the last such day on or before it, or the next one when
// the sentence speaks of the future.
func (x *extraction) weekday(i, wd int) (int, dateValue, bool) {
	ls := x.toks
	start := i
	dir := -1
	if i > 0 && ls[i-1].is("next", "last", "this", "coming") && !x.taken[i-1] {
		switch ls[i-1].low {
		case "next", "coming":
			dir = +1
		case "this":
			dir = 0
		}
		start = i - 1
	} else if x.future(i) {
		dir = 0
	}
	p := x.published
	if p.IsZero() {
		return i + 1, dateValue{weekday: wd}, true
	}
	pw := int(p.Weekday())
	if pw == 0 {
		pw = 7
	}
	var off int
	switch {
	case dir < 0 && start < i: // last Tuesday: strictly before
		off = -((pw-wd+6)%7 + 1)
	case dir < 0:
		off = -((pw - wd + 7) % 7)
	case dir > 0: // next Tuesday: strictly after
		off = (wd-pw+6)%7 + 1
	default:
		off = (wd - pw + 7) % 7
	}
	t := p.AddDate(0, 0, off)
	_ = start
	return i + 1, dateValue{year: t.Year(), month: int(t.Month()), day: t.Day(), prec: precDay, resolved: true, named: true}, true
}

// future reports whether the clause before lexeme i speaks of what is to
// come.
func (x *extraction) future(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		l := x.toks[k]
		if l.kind == lexPunct && l.low != "," && l.low != "-" {
			return false
		}
		if lang.FutureCue(l.low) {
			return true
		}
	}
	return false
}

// ordinalWeekday reads "the first Saturday in December", from the first
// to the fourth, or the last.
func (x *extraction) ordinalWeekday(i int) (int, dateValue, bool) {
	ls := x.toks
	if i+3 >= len(ls) || !ls[i+2].is("in", "of") {
		return i, dateValue{}, false
	}
	wd, _ := lang.Weekday(ls[i+1].low)
	n, ok := lang.Ordinal(ls[i].low)
	if ls[i].low == "last" {
		n, ok = -1, true
	}
	if wd == 0 || !ok || n > 4 {
		return i, dateValue{}, false
	}
	m, end := monthAt(ls, i+3)
	if m == 0 {
		return i, dateValue{}, false
	}
	y, end := optYear(ls, end)
	p := x.published
	if y == 0 && !p.IsZero() {
		y = p.Year()
		if m < int(p.Month()) {
			y++
		}
	}
	if y == 0 {
		return end, dateValue{month: m, prec: precMonth}, true
	}
	var t time.Time
	if n > 0 {
		t = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		for int(t.Weekday()) != wd%7 {
			t = t.AddDate(0, 0, 1)
		}
		t = t.AddDate(0, 0, 7*(n-1))
	} else {
		t = time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		for int(t.Weekday()) != wd%7 {
			t = t.AddDate(0, 0, -1)
		}
	}
	if int(t.Month()) != m {
		return i, dateValue{}, false
	}
	return end, dateValue{year: y, month: m, day: t.Day(), prec: precDay, resolved: true}, true
}

// relativeDate reads "last month", "this month", "next month", "last
// year", "this year", "earlier this year", "later this year",
// "yesterday", "today", "tomorrow", resolved against the article's date.
func (x *extraction) relativeDate(i int) (int, dateValue, bool) {
	ls := x.toks
	p := x.published
	if p.IsZero() || ls[i].kind != lexWord {
		return i, dateValue{}, false
	}
	switch ls[i].low {
	case "yesterday", "today", "tomorrow":
		t := p.AddDate(0, 0, map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[ls[i].low])
		return i + 1, dateValue{year: t.Year(), month: int(t.Month()), day: t.Day(), prec: precDay, resolved: true, named: true, today: ls[i].low == "today"}, true
	case "earlier", "later":
		if i+2 < len(ls) && ls[i+1].low == "this" && ls[i+2].low == "year" {
			return i + 3, dateValue{year: p.Year(), prec: precYear, resolved: true}, true
		}
		return i, dateValue{}, false
	case "last", "this", "next":
		if i+1 >= len(ls) {
			return i, dateValue{}, false
		}
		step := map[string]int{"last": -1, "this": 0, "next": 1}[ls[i].low]
		switch ls[i+1].low {
		case "month":
			t := time.Date(p.Year(), p.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
			return i + 2, dateValue{year: t.Year(), month: int(t.Month()), prec: precMonth, resolved: true}, true
		case "year":
			return i + 2, dateValue{year: p.Year() + step, prec: precYear, resolved: true}, true
		}
		// "last March": the most recent March before the article.
		if m, end := monthAt(ls, i+1); m > 0 && step != 0 {
			y := p.Year()
			if step < 0 && m >= int(p.Month()) {
				y--
			}
			if step > 0 && m <= int(p.Month()) {
				y++
			}
			return end, dateValue{year: y, month: m, prec: precMonth, resolved: true}, true
		}
	}
	return i, dateValue{}, false
}
