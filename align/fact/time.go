package fact

import (
	"fmt"
	"strconv"
	"strings"

	"crosscheck/align/lang"
)

// A timeValue is a time of day as a passage states it: minutes after
// midnight in its zone, widened to an interval when the passage hedges
// ("shortly before 2 p.m.").
type timeValue struct {
	// lo and hi bound the minutes after midnight; lo == hi for an exact
	// time.
	lo, hi int
	// exact is true for a time given to the minute without hedging.
	exact bool
	// zone is the time zone as named: "UTC", "BST", "US-Eastern", or
	// "local" for local time, stated or implied.
	zone string
	// event holds the stems of the words leading to the time in its
	// clause: what happened then.
	event map[string]bool
	// near holds the lower-case words beside it (see dateValue.near).
	near map[string]bool
	// part names the part of the day a time given loosely is ("morning"),
	// or "" for a clock time.
	part string
}

func (t timeValue) norm() string {
	if t.part != "" {
		return partNorm(t)
	}
	s := fmt.Sprintf("%02d:%02d", t.lo/60%24, t.lo%60)
	if !t.exact {
		s = fmt.Sprintf("%02d:%02d–%02d:%02d", t.lo/60%24, t.lo%60, t.hi/60%24, t.hi%60)
	}
	if t.zone != "local" {
		s += " " + t.zone
	}
	return s
}

// role is "": a time of day is what it times.
func (t timeValue) role() string { return "" }

// restates reports whether o is the time in another zone ("1:53 p.m.
// (1153 GMT)").
func (t *timeValue) restates(o value) bool { return t.zone != o.(*timeValue).zone }

// sameScale reports whether o is in the same zone.
func (t *timeValue) sameScale(o value) bool { return t.zone == o.(*timeValue).zone }

// sameFigure is false: times are compared by their zones.
func (t *timeValue) sameFigure(value) bool { return false }

// times records the passage's times of day: "1:53 p.m.", "13:53", "1.53pm",
// "2 p.m.", "0737 GMT", "14:37 local time", with the zone when given and
// a hedge before ("shortly after", "just before", "about").
func (x *extraction) times() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if x.taken[i] || ls[i].kind != lexNum {
			continue
		}
		end, mins, exact, ok := clockAt(ls, i)
		if !ok {
			continue
		}
		zone, zend := zoneAt(ls, end)
		if zone == "" && !hasClockMarker(ls, i, end) {
			continue
		}
		if zone == "" {
			zone = "local"
		}
		t := timeValue{lo: mins, hi: mins, exact: exact, zone: zone}
		if !exact { // an hour alone: "2 p.m."
			t.lo, t.hi = mins-15, mins+15
		}
		start := i
		if q, qs := clockHedge(ls, i); q != "" {
			start = qs
			t.exact = false
			switch q {
			case "shortly after", "just after", "soon after", "moments after", "minutes after":
				t.lo, t.hi = mins, mins+20
			case "shortly before", "just before", "moments before", "minutes before":
				t.lo, t.hi = mins-20, mins
			case "after":
				t.lo, t.hi = mins, mins+240
			case "before", "by", "until":
				t.lo, t.hi = mins-240, mins
			default: // about, around, approximately
				t.lo, t.hi = mins-15, mins+15
			}
		}
		if x.free(start, zend) && x.add(KindTime, start, zend, &t) {
			t.event = x.clauseWords(start, zend)
			t.near = x.nearWords(start, zend)
			i = zend - 1
		}
	}
}

// clockAt reads a clock time at lexeme i: the index after it, minutes
// after midnight, whether minutes were given, and true.
func clockAt(ls []lexeme, i int) (end, mins int, exact, ok bool) {
	l := ls[i]
	h, m := -1, 0
	j := i + 1
	switch {
	case len(l.text) <= 2 && j+1 < len(ls) && ls[j].low == ":" && !ls[j].space && ls[j+1].kind == lexNum && len(ls[j+1].text) == 2 && !ls[j+1].space:
		h, _ = strconv.Atoi(l.text)
		m, _ = strconv.Atoi(ls[j+1].text)
		j += 2
		exact = true
	case strings.Count(l.text, ".") == 1 && len(l.text) <= 5 && len(l.text)-strings.IndexByte(l.text, '.') == 3:
		// "1.53pm": only with a.m./p.m. after.
		dot := strings.IndexByte(l.text, '.')
		h, _ = strconv.Atoi(l.text[:dot])
		m, _ = strconv.Atoi(l.text[dot+1:])
		if _, e := meridiemAt(ls, j); e == j {
			return i, 0, false, false
		}
		exact = true
	case len(l.text) == 4 && !strings.ContainsAny(l.text, ".,"):
		// "0737 GMT", "1037 local time", "1353 hours", "at 1353": only
		// with a zone, "hours" after or "at" before.
		z, _ := zoneAt(ls, j)
		hours := j < len(ls) && ls[j].is("hours", "hrs", "h")
		at := i > 0 && ls[i-1].is("at", "by", "until", "till", "around", "from", "before", "after")
		if j < len(ls) && !hours && lang.UnitNamed(ls[j].low) != nil {
			return i, 0, false, false // "around 2000ft": a height, not 20:00
		}
		if z == "" && !hours && !at {
			return i, 0, false, false
		}
		if hours {
			defer func() { end++ }()
		}
		h, _ = strconv.Atoi(l.text[:2])
		m, _ = strconv.Atoi(l.text[2:])
		exact = true
	case len(l.text) <= 2 && !strings.ContainsAny(l.text, ".,"):
		h, _ = strconv.Atoi(l.text)
		if _, e := meridiemAt(ls, j); e == j {
			return i, 0, false, false
		}
	default:
		return i, 0, false, false
	}
	if m > 59 || h > 24 {
		return i, 0, false, false
	}
	if mer, e := meridiemAt(ls, j); e > j {
		if h < 1 || h > 12 {
			return i, 0, false, false
		}
		if mer == "pm" && h != 12 {
			h += 12
		}
		if mer == "am" && h == 12 {
			h = 0
		}
		j = e
	}
	return j, h*60 + m, exact, true
}

// meridiemAt reads "a.m.", "p.m.", "am", "pm" at i: "am" or "pm" and the
// index after it, or i.
func meridiemAt(ls []lexeme, i int) (string, int) {
	if i >= len(ls) || ls[i].kind != lexWord {
		return "", i
	}
	switch ls[i].low {
	case "am", "pm":
		j := i + 1
		if j < len(ls) && ls[j].low == "." && !ls[j].space {
			j++
		}
		return ls[i].low, j
	case "a", "p":
		if i+2 < len(ls) && ls[i+1].low == "." && ls[i+2].low == "m" && !ls[i+1].space && !ls[i+2].space {
			j := i + 3
			if j < len(ls) && ls[j].low == "." && !ls[j].space {
				j++
			}
			return ls[i].low + "m", j
		}
	}
	return "", i
}

// zoneAt reads a time zone at i ("GMT", "local time", "Eastern time",
// "BST"): its name and the index after it, or "".
func zoneAt(ls []lexeme, i int) (string, int) {
	if i >= len(ls) || ls[i].kind != lexWord {
		return "", i
	}
	w := ls[i].low
	if _, ok := lang.Zone(w); ok && (ls[i].upper || w == "z") && w != "z" {
		return strings.ToUpper(w), i + 1
	}
	if w == "local" && i+1 < len(ls) && ls[i+1].low == "time" {
		return "local", i + 2
	}
	if _, ok := lang.USZone(w); ok && ls[i].upper {
		switch {
		case i+1 < len(ls) && ls[i+1].is("time", "standard", "daylight"):
			end := i + 2
			if ls[i+1].low != "time" && end < len(ls) && ls[end].low == "time" {
				end++
			}
			return "US-" + w, end
		case len(w) == 2:
			return "US-" + w, i + 1
		}
	}
	return "", i
}

// hasClockMarker reports whether a time at [i, end) is marked as a clock
// time: a.m./p.m. or a preposition before ("at 13:53").
func hasClockMarker(ls []lexeme, i, end int) bool {
	for k := i; k < end; k++ {
		if ls[k].kind == lexWord {
			return true // a.m., p.m.
		}
	}
	if strings.Contains(ls[i].text, ".") {
		return false
	}
	if len(ls[i].text) == 4 {
		return true // "at 1353", "1353 hours": clockAt required the marker
	}
	if i+1 < len(ls) && ls[i+1].low == ":" {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if ls[k].is("at", "by", "until", "till", "around", "about", "before", "after", "from", "since", "approximately") {
				return true
			}
		}
	}
	return false
}

// clockHedge reads a hedge ending just before lexeme i ("shortly after",
// "about"): the hedge and its first lexeme, or "".
func clockHedge(ls []lexeme, i int) (string, int) {
	two := []string{"shortly after", "just after", "soon after", "moments after", "minutes after", "shortly before", "just before", "moments before", "minutes before"}
	if i >= 2 {
		p := ls[i-2].low + " " + ls[i-1].low
		for _, h := range two {
			if p == h {
				return h, i - 2
			}
		}
	}
	if i >= 1 {
		switch ls[i-1].low {
		case "about", "around", "approximately", "roughly", "after", "before", "by", "until":
			return ls[i-1].low, i - 1
		}
	}
	return "", i
}

// rateTimes judges two times of one fact, each in its article's clock: as
// compareTimes, and two hedged times whose intervals meet but neither of
// which holds the other's middle ("around 10:30 a.m.", "10 a.m.") differ,
// as figures do.
func rateTimes(a *Analysis, x, y factRef, strong bool) (Status, string, bool) {
	tx, ty := x.fact.v.(*timeValue), y.fact.v.(*timeValue)
	// Two times whose clauses name the story's one event are its times,
	// whatever other words stand beside them.
	oneEvent := strong && x.fact.slotKey != "" && x.fact.slotKey == y.fact.slotKey
	st, ok := compareTimes(tx, ty, a.clocks[x.ref.Doc], a.clocks[y.ref.Doc], oneEvent)
	if !ok {
		return 0, "", false
	}
	switch st {
	case Same:
		return Same, "the same time, once in one zone", true
	case Conflict:
		return Conflict, "times that cannot both be true", true
	}
	mid := func(t *timeValue) int { return (t.lo + t.hi) / 2 }
	holds := func(t *timeValue, m int) bool {
		for _, d := range []int{-1440, 0, 1440} {
			if t.lo <= m+d && m+d <= t.hi {
				return true
			}
		}
		return false
	}
	// Compare in one clock: shift y by the zones' difference when known.
	ox, kx := a.clocks[x.ref.Doc].offset(tx.zone)
	oy, ky := a.clocks[y.ref.Doc].offset(ty.zone)
	shift := 0
	if kx && ky {
		shift = ox - oy
	}
	sy := &timeValue{lo: ty.lo + shift, hi: ty.hi + shift}
	if !holds(tx, mid(sy)) && !holds(sy, mid(tx)) {
		return Differ, "the times differ, though hedges let both be true", true
	}
	return Compatible, "one time refines the other", true
}
