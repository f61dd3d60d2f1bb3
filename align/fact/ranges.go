package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// Numbers that are not one count: ranges ("100 to 200"), tallies ("108
// votes to 99"), spans of years, and labels (routes, sections of a law,
// scores).

// identifier reports whether the number at i labels rather than counts:
// "Sump No. 2", "Boeing 737", "the 105 and 107 routes", a score "3-1".
func (x *extraction) identifier(i int, n number) bool {
	ls := x.toks
	if i > 0 {
		p := ls[i-1]
		if p.kind == lexPunct && (p.low == "#" || p.low == "." && i > 1 && ls[i-2].is("no", "s", "ss", "art", "sec", "para", "ch")) {
			return true // "No. 2", "s. 380" (a section of a law)
		}
		if p.low == "(" && !p.space && i > 1 && ls[i-2].kind != lexPunct && !ls[i].space {
			return true // the "1" of "s. 380(1)(a)"
		}
		if p.kind == lexWord && p.upper && !sentenceStart(ls, i-1) && !n.word && hedgeWord(p.low) == false &&
			!isMonth(p.low) && !isWeekday(p.low) && !p.is("minus", "the", "a", "an") {
			return true
		}
		if p.kind == lexWord && lang.IdentifierNoun(p.low) && p.low != "no" {
			return true
		}
		// A model's name: "AK-47", "F-16", "Boeing 737".
		if p.low == "-" && !p.space && !ls[i].space && i > 1 && ls[i-2].kind == lexWord && ls[i-2].text == strings.ToUpper(ls[i-2].text) && len(ls[i-2].text) <= 3 {
			return true
		}
	}
	// An ordinal in digits ("the 3rd floor", "13th") or a number joined to
	// a capitalised word, a name ("5News"): not a count.
	if n.end < len(ls) && ls[n.end-1].kind == lexNum && !ls[n.end].space && ls[n.end].kind == lexWord {
		w := ls[n.end]
		if w.is("st", "nd", "rd", "th") || w.upper && len(w.text) > 2 && w.text != strings.ToUpper(w.text) && lang.UnitNamed(w.low) == nil {
			x.markTaken(n.end, n.end+1)
			return true
		}
	}
	// A section of a law: "380(1)(a)".
	if n.end+2 < len(ls) && ls[n.end].low == "(" && !ls[n.end].space && !ls[n.end+1].space && ls[n.end+2].low == ")" {
		return true
	}
	// A ratio or a score written with a colon: "2:1".
	if n.end+1 < len(ls) && ls[n.end].low == ":" && !ls[n.end].space && ls[n.end+1].kind == lexNum && !ls[n.end+1].space {
		x.markTaken(n.end, n.end+2)
		return true
	}
	// A score: "won 3-1", "a 2-1 victory".
	if n.end+1 < len(ls) && ls[n.end].low == "-" && !ls[n.end].space && ls[n.end+1].kind == lexNum && !ls[n.end+1].space {
		for k := max(0, i-3); k < i; k++ {
			if ls[k].is("won", "lost", "beat", "drew", "win", "score", "scored", "defeated", "led", "trailed") {
				x.markTaken(n.end, n.end+2)
				return true
			}
		}
	}
	// Followed by an identifier noun: "the 105 and 107 routes".
	for k := n.end; k < len(ls) && k <= n.end+3; k++ {
		if lang.IdentifierNoun(ls[k].low) && ls[k].low != "no" && ls[k].low != "number" {
			return true
		}
		if ls[k].kind == lexPunct {
			break
		}
	}
	// A capitalised unit word is a title: CBS's "60 Minutes".
	if n.end < len(ls) && ls[n.end].upper && lang.UnitNamed(ls[n.end].low) != nil && len(ls[n.end].low) > 2 {
		return true
	}
	return false
}

// rangeAfter reads a range or a tally after the number n at [i, end):
// "100 to 200 fighters", "between 14 and 17", "14-17", "108 votes to 99",
// "108 to 99". It records the quantities and returns the index after, or
// false.
func (x *extraction) rangeAfter(i, end int, n number) (int, bool) {
	ls := x.toks
	j := end
	votes := false
	if j < len(ls) && ls[j].is("votes", "vote") {
		votes = true
		j++
	}
	if j+1 >= len(ls) {
		return 0, false
	}
	between := i > 0 && ls[i-1].low == "between"
	sep := ls[j].low
	if sep == "-" && ls[j+1].low == "to" && j+2 < len(ls) {
		j++ // "8- to 12-week-old", "8-to 12-week-old"
		sep = "to"
	}
	if !(sep == "to" || sep == "-" && !ls[j].space && !ls[j+1].space || sep == "and" && between) {
		return 0, false
	}
	m, ok := numberAt(ls, j+1)
	if !ok || m.vague || n.vague || !x.free(j+1, m.end) {
		return 0, false
	}
	if yearLike(ls[i], n) && yearLike(ls[j+1], m) && (m.end >= len(ls) || !countNoun(ls[m.end].low) && lang.UnitNamed(ls[m.end].low) == nil) {
		// "between 2013 and 2021", "2013-2021": years, not a count.
		x.markTaken(i, m.end)
		return m.end, true
	}
	start := i
	if between {
		start = i - 1
	}
	if i > 0 && (ls[i-1].low == "from" || i > 1 && ls[i-2].low == "from") {
		return 0, false // "from 10 to 24": two figures, not a range
	}
	if votes || m.val < n.val && sep == "to" {
		// A tally: votes for, then against.
		q1 := quantity{val: n.val, lo: n.val, hi: n.val, exact: true, noun: "vote", event: "for"}
		q2 := quantity{val: m.val, lo: m.val, hi: m.val, exact: true, noun: "vote", event: "against"}
		x.addQuantity(i, end+boolInt(votes), q1)
		x.addQuantity(j+1, m.end, q2)
		return m.end, true
	}
	if m.val <= n.val {
		return 0, false
	}
	q := quantity{val: (n.val + m.val) / 2, lo: n.val, hi: m.val, span: true}
	if h, hs := hedgeBefore(ls, start); h != "" {
		start = hs
	}
	rend := m.end
	if u, uend := x.unitAfter(m.end, m); u != nil {
		q.unit = u
		rend = uend
		if end := x.ageAfter(&q, uend); end > uend {
			x.addQuantity(start, end, q) // "8- to 12-week-old"
			return end, true
		}
	} else {
		if x.age(&q, i, m.end) {
			x.addQuantity(start, m.end, q)
			return m.end, true
		}
		rend = max(rend, x.countNounAfter(&q, m.end, false))
		x.countContext(&q, start, rend)
	}
	x.addQuantity(start, rend, q)
	return rend, true
}

// yearLike reports whether the number n read at lexeme l is written as a
// year: four digits from 1800 to 2100.
func yearLike(l lexeme, n number) bool {
	return l.kind == lexNum && !n.scaled && n.val >= 1800 && n.val <= 2100 && len(l.text) == 4
}
