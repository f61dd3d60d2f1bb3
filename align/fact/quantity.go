package fact

import (
	"math"
	"strconv"
	"strings"

	"crosscheck/align/lang"
)

// quantities records the passage's numbers with their hedge, unit and
// counted thing: "at least 10 people", "nearly 190", "58km", "6.1-magnitude",
// "dozens of houses", "100 to 200 fighters", "108 votes to 99", "61%".
func (x *extraction) quantities() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if x.taken[i] {
			continue
		}
		if end := x.quantityAt(i); end > i {
			i = end - 1
		}
	}
}

// quantityAt reads the quantities starting at lexeme i and returns the
// index after them, or i.
func (x *extraction) quantityAt(i int) int {
	ls := x.toks
	// "magnitude 6.1", "magnitude-6.1"
	if ls[i].low == "magnitude" && i+1 < len(ls) {
		j := i + 1
		if ls[j].is("-", "of") {
			j++ // "magnitude-6.1", "a magnitude of 6.1"
		}
		if j < len(ls) && ls[j].kind == lexNum && !x.taken[j] {
			v, _ := strconv.ParseFloat(ls[j].text, 64)
			if v > 0 && v < 10 {
				q := quantity{val: v, lo: v, hi: v, exact: true, unit: unitOf("magnitude")}
				start := i
				if h, hs := hedgeBefore(ls, i); h != "" {
					start = hs
					applyHedge(&q, h)
				}
				x.magnitudeRole(&q, i, j+1)
				x.addQuantity(start, j+1, q)
				return j + 1
			}
		}
		return i
	}
	// "the first confirmed death": one killed, so far.
	if ls[i].low == "first" && x.free(i, i+1) {
		for k := i + 1; k < len(ls) && k <= i+2; k++ {
			if ls[k].is("death", "fatality") {
				q := quantity{val: 1, lo: 1, hi: 1, exact: true, step: 1}
				q.event = "killed"
				x.addQuantity(i, k+1, q)
				return k + 1
			}
			if ls[k].kind != lexWord {
				break
			}
		}
	}
	if nth, ok := lang.Ordinal(ls[i].low); ls[i].kind == lexWord && ok && i+1 < len(ls) {
		// "the third time", "the third attempt"
		if n, _ := lang.NounSynonym(ls[i+1].low); n == "time" || ls[i+1].low == "time" {
			v := float64(nth)
			start := i
			if i > 0 && ls[i-1].low == "the" {
				start = i - 1
			}
			x.addQuantity(start, i+2, quantity{val: v, lo: v, hi: v, exact: true, noun: "time", class: "ordinal"})
			return i + 2
		}
		return i
	}
	n, ok := numberAt(ls, i)
	if !ok || n.end <= i || !x.free(i, n.end) {
		return i
	}
	if x.identifier(i, n) {
		x.markTaken(i, n.end)
		return n.end
	}
	q := quantity{val: n.val, lo: n.lo, hi: n.hi, exact: !n.vague, step: n.step}
	start := i
	if h, hs := hedgeBefore(ls, i); h != "" && x.free(hs, i) {
		start = hs
		applyHedge(&q, h)
	}
	if i > 0 && ls[i-1].low == "minus" && x.free(i-1, i) {
		start = min(start, i-1)
		q.val, q.lo, q.hi = -q.val, -q.hi, -q.lo
	}
	end := n.end
	// "4-plus", "20-plus": at least the figure, the word no noun counted.
	plus := false
	if end+1 < len(ls) && ls[end].low == "-" && !ls[end].space && ls[end+1].low == "plus" && !ls[end+1].space && x.free(end, end+2) {
		applyHedge(&q, ">=")
		end, plus = end+2, true
	}
	// "N in M": a proportion ("three in five").
	if end+1 < len(ls) && ls[end].low == "in" {
		if m, ok := numberAt(ls, end+1); ok && m.val > n.val && m.val <= 100 && !m.vague && !n.vague && (end+2 >= len(ls) || lang.UnitNamed(ls[m.end].low) == nil) && ls[m.end-1].kind == lexWord {
			v := 100 * n.val / m.val
			q.val, q.lo, q.hi, q.unit = v, v, v, unitOf("%")
			if !q.exact {
				applyHedge(&q, "~")
			}
			x.addQuantity(start, m.end, q)
			return m.end
		}
	}
	// "the strongest measuring 4.7": a magnitude in a sentence about
	// earthquakes.
	if i > 0 && ls[i-1].is("measuring", "measured") && strings.Contains(ls[i].text, ".") && n.val < 10 && x.aboutQuakes() {
		q.unit = unitOf("magnitude")
		x.magnitudeRole(&q, start, end)
		x.addQuantity(start, end, q)
		return end
	}
	// "a 4.6 earthquake", "a 2.9 aftershock": a magnitude before the word
	// for a quake.
	if (strings.Contains(ls[i].text, ".") || plus) && n.val < 10 && end < len(ls) && lang.Quake(ls[end].low) != "" {
		q.unit = unitOf("magnitude")
		q.noun = lang.Quake(ls[end].low)
		x.addQuantity(start, end, q)
		return end
	}
	// Ranges and tallies: "100 to 200", "between 14 and 17", "108 votes to 99", "14-17".
	if r, ok := x.rangeAfter(i, end, n); ok {
		return r
	}
	// Attached or following unit.
	if u, uend := x.unitAfter(end, n); u != nil {
		q.unit = u
		if u == unitOf("magnitude") {
			x.magnitudeRole(&q, start, uend)
		}
		if u.Dim == "length" {
			x.lengthRole(&q, start, uend)
		}
		if u.Dim == "duration" && q.lo == q.val && math.IsInf(q.hi, 1) && start < i && ls[start].low == "over" {
			q.hi, q.exact = q.val, true // "over two days": across, not more than
		}
		uend = x.ageAfter(&q, uend)
		if q.class != "age" && u != unitOf("magnitude") {
			q.noun, q.class = "", ""
		}
		if u.Dim == "duration" && q.class != "age" {
			x.durationRole(&q, start, uend)
		}
		if u == unitOf("%") {
			// "35% contained", "containment stood at 35%"; "up from 20%"
			// is the earlier figure.
			x.countContext(&q, start, uend)
			if start > 0 && ls[start-1].low == "from" {
				q.skip = true
			}
		}
		x.addQuantity(start, uend, q)
		return uend
	}
	// "20-point plan", "six-block stretch": a compound names what is
	// counted.
	if end+1 < len(ls) && ls[end].low == "-" && !ls[end].space && !ls[end+1].space && ls[end+1].kind == lexWord {
		q.noun = singular(ls[end+1].low)
		q.modifier = true
		x.addQuantity(start, end+2, q)
		return end + 2
	}
	// A plain number: years and small words that are not counts.
	if !n.word && n.val >= 1800 && n.val <= 2100 && !strings.Contains(ls[i].text, ",") && !strings.Contains(ls[i].text, ".") {
		if end >= len(ls) || !countNoun(ls[end].low) {
			return end
		}
	}
	if n.word && n.val == 1 && !n.scaled && (end >= len(ls) || ls[end].low == "of" || ls[end].low == "-") {
		return end // "one of the sources", "one-off"
	}
	if x.age(&q, i, end) {
		x.addQuantity(start, end, q)
		return end
	}
	// "23 of them", "two of the boys": part of a group already counted.
	if end+1 < len(ls) && ls[end].low == "of" && ls[end+1].is("them", "those", "whom", "the", "these", "which", "us", "its", "their") && !n.vague {
		q.skip = true
	}
	if i >= 1 && ls[i-1].low == "from" || i >= 2 && ls[i-2].low == "from" && start < i {
		q.skip = true // "from 10 to 24": the earlier figure
	}
	nounEnd := x.countNounAfter(&q, end, n.vague)
	if end < len(ls) && ls[end].low == "against" && q.noun == "" {
		// "108 votes in favour, 99 against"
		q.noun, q.event = "vote", "against"
		x.addQuantity(start, end+1, q)
		return end + 1
	}
	x.countContext(&q, start, nounEnd)
	if lang.ChargeNoun(q.noun) || q.event == "contained" {
		// "two counts of murder in the death of": the offence; "a shell
		// that contained nine pellets": what holds them, no fire's
		// containment (a share, "35% contained").
		q.event = ""
	}
	if end < len(ls) && ls[end].low == "more" && q.order == "" {
		q.order = "next" // "five more on Monday"
	}
	switch {
	case end < len(ls) && ls[end].low == "others" && q.event != "" && q.noun == "other":
		// "killed one and injured two others": all the injured, people.
		q.noun, q.class = "people", "person"
	case end < len(ls) && ls[end].is("other", "others") && q.order == "":
		q.order = "other" // "two other victims": not all of them
	}
	if n.word && n.val == 1 && !n.scaled && q.event == "" {
		// "one" is a count worth comparing only when something happened
		// to it: "killed one person", not "one woman who lost her savings".
		return end
	}
	if q.noun == "" && q.event == "" && q.order == "" && n.word && n.val < 10 && !n.vague {
		// "two" alone rarely states a fact worth comparing, unless it
		// counts something.
		if !(end < len(ls) && (ls[end].is("were", "was", "had", "have", "are"))) {
			return end
		}
	}
	x.addQuantity(start, max(end, nounEnd), q)
	return max(end, nounEnd)
}

// addQuantity records a quantity spanning lexemes [i, j): a length of
// time is a duration (KindDuration), any other a number.
func (x *extraction) addQuantity(i, j int, q quantity) {
	q.names = x.namesWithin(i, j)
	if q.unit != nil && q.unit.Dim == "duration" && q.class != "age" {
		x.add(KindDuration, i, j, &q)
		return
	}
	x.add(KindNumber, i, j, &q)
}
