package align

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"crosscheck/lang"
)

// A unit is a unit of measure (see lang.Unit). The units are one pointer
// each: they compare with ==.
type unit = lang.Unit

// unitOf returns the unit of the given symbol ("km", "%").
func unitOf(symbol string) *unit { return lang.UnitSymbol(symbol) }

// A quantity is a number a passage states, as an interval in its unit
// (hi is +Inf for "at least 10"), with what it counts.
type quantity struct {
	lo, hi float64
	// val is the number as written; exact is false when it is hedged
	// ("about", "at least") or vague ("dozens").
	val   float64
	exact bool
	// approx is true for "about N", "some N", "roughly N": a point value
	// given loosely, not a bound.
	approx bool
	// step is the place of the number's last written digit (see number).
	step float64
	unit *unit
	// noun is the counted thing, singular ("person", "home", "vote"); class
	// groups nouns ("person" for people, members, cavers, …).
	noun, class string
	// event is what happened to the counted thing: "killed", "injured",
	// "destroyed", "votes for", … or "" when the sentence does not say.
	event string
	// order is "first", "next" or "last" in "the first four boys".
	order string
	// from is the place a distance is measured from, folded ("santa
	// rosa"), when the sentence names it.
	from string
	// verb is the verb a length of time follows ("waited five years"):
	// some other span than a prison term or parole.
	verb string
	// skip marks numbers that are not a fact to compare: a part of a
	// group ("23 of them"), an earlier figure ("from 10 to 24").
	skip bool
}

// precision is how far the written figure may be from the true value,
// relative to it: half its last digit's place, more when hedged.
func (q *quantity) precision() float64 {
	p := 0.0
	if q.step > 0 && q.val != 0 {
		p = q.step / 2 / math.Abs(q.val)
	}
	if q.approx {
		p += 0.05
	}
	return p
}

// margin is how far the true value may be from the written figure,
// relative to it, for telling two readings apart: its precision, or
// approxTolerance for a loose fraction in words ("roughly a quarter of a
// mile"), whose rounding the words do not tell.
func (q *quantity) margin() float64 {
	if q.approx && q.step == 0 {
		return approxTolerance
	}
	return q.precision()
}

// base returns the number in its dimension's base unit.
func (q *quantity) base() float64 { return q.toBase(q.val) }

func (q *quantity) toBase(v float64) float64 {
	if q.unit == nil || math.IsInf(v, 0) {
		return v
	}
	return v*q.unit.Factor + q.unit.Offset
}

func (q *quantity) dim() string {
	if q.unit == nil {
		if q.class == "age" || q.class == "ordinal" {
			return q.class
		}
		return "count"
	}
	return q.unit.Dim
}

// role names what the quantity is about, for display: "killed", "injured
// person", "home destroyed", "km".
func (q *quantity) role() string {
	var parts []string
	if q.order != "" {
		parts = append(parts, q.order)
	}
	if q.noun != "" && q.unit == nil {
		parts = append(parts, q.noun)
	}
	if q.event != "" {
		parts = append(parts, q.event)
	}
	if q.unit != nil {
		parts = append(parts, q.unit.Dim)
	}
	if len(parts) == 0 {
		return q.dim()
	}
	return strings.Join(parts, " ")
}

func (q *quantity) norm() string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	var s string
	switch {
	case q.exact:
		s = f(q.val)
	case q.approx:
		s = "~" + f(q.val)
	case math.IsInf(q.hi, 1):
		s = "≥" + f(q.lo)
	case q.lo == 0:
		s = "≤" + f(q.hi)
	default:
		s = f(q.lo) + "–" + f(q.hi)
	}
	if q.unit != nil {
		s += " " + q.unit.Symbol
	}
	if r := q.role(); r != "" && q.unit == nil {
		s += " " + r
	}
	return s
}

// A number is a number as read from the text, before its hedge and unit.
type number struct {
	val, lo, hi float64
	vague       bool
	end         int
	// word is true when it was written in words ("three", "a dozen").
	word bool
	// scaled is true when a scale word followed ("2 million").
	scaled bool
	// step is the place of the last digit written: 0.1 for "24.6", 10 for
	// "60", 1 for "six"; it says how precise a conversion can be.
	step float64
}

// numberAt reads a number at lexeme i: digits ("21,500", "6.1"), with a
// scale ("2 million", "2.6m"), or words ("three", "twenty-five", "a
// dozen", "dozens").
func numberAt(ls []lexeme, i int) (number, bool) {
	if i >= len(ls) {
		return number{}, false
	}
	l := ls[i]
	var n number
	switch {
	case l.kind == lexNum:
		v, err := strconv.ParseFloat(strings.ReplaceAll(l.text, ",", ""), 64)
		if err != nil {
			return number{}, false
		}
		n = number{val: v, end: i + 1}
	case l.kind != lexWord:
		return number{}, false
	case (l.low == "tens" || l.low == "hundreds") && i+2 < len(ls) && ls[i+1].low == "of" && (ls[i+2].low == "thousands" || ls[i+2].low == "millions"):
		// "tens of thousands", "hundreds of millions"
		lo, hi, _ := lang.Vague(ls[i+2].low)
		f := map[string]float64{"tens": 10, "hundreds": 100}[l.low]
		return number{lo: lo * f, hi: hi * f, val: (lo + hi) / 2 * f, vague: true, end: i + 3, word: true}, true
	case isVague(l.low):
		lo, hi, _ := lang.Vague(l.low)
		return number{lo: lo, hi: hi, val: (lo + hi) / 2, vague: true, end: i + 1, word: true}, true
	case l.low == "dozen":
		n = number{val: 12, end: i + 1, word: true}
	case l.low == "a" || l.low == "an":
		if i+1 < len(ls) && ls[i+1].low == "dozen" {
			n = number{val: 12, end: i + 2, word: true}
		} else if i+1 < len(ls) && (ls[i+1].low == "hundred" || ls[i+1].low == "thousand" || ls[i+1].low == "million") {
			s, _ := lang.Scale(ls[i+1].low)
			n = number{val: s, end: i + 2, word: true, scaled: true}
		} else if i+1 < len(ls) && oneOf(lang.UnitNamed(ls[i+1].low), "duration", "length", "speed") && len(ls[i+1].low) > 2 && ls[i+1].low != "second" && (i+2 >= len(ls) || ls[i+2].kind != lexNum) {
			// "for a week", "more than a mile"
			return number{val: 1, end: i + 1, word: true}, true
		} else if i+3 < len(ls) && ls[i+1].low == "quarter" && ls[i+2].low == "of" && (ls[i+3].low == "a" || ls[i+3].low == "an") {
			return number{val: 0.25, end: i + 4, word: true}, true
		} else {
			return number{}, false
		}
	case l.low == "half" && i+1 < len(ls) && (ls[i+1].low == "a" || ls[i+1].low == "an"):
		if i+2 < len(ls) && ls[i+2].low == "dozen" {
			return number{val: 6, end: i + 3, word: true}, true
		}
		return number{val: 0.5, end: i + 2, word: true}, true
	default:
		v, ok := lang.Cardinal(l.low)
		if !ok {
			return number{}, false
		}
		n = number{val: v, end: i + 1, word: true}
		// "twenty-five"
		if v >= 20 && i+2 < len(ls) && ls[i+1].low == "-" && !ls[i+1].space {
			if u, ok := lang.Cardinal(ls[i+2].low); ok && u < 10 {
				n.val += u
				n.end = i + 3
			}
		}
		if n.end < len(ls) && ls[n.end].low == "dozen" {
			n.val *= 12
			n.end++
		}
	}
	// Scale words: "2 million", "2.6m", "R26-million", "two hundred".
	j := n.end
	if j < len(ls) && ls[j].low == "-" && !ls[j].space && j+1 < len(ls) && !ls[j+1].space {
		if s, ok := lang.Scale(ls[j+1].low); ok && len(ls[j+1].low) > 2 {
			n.val *= s
			n.end = j + 2
			n.scaled = true
			j = n.end
		}
	}
	for j < len(ls) && ls[j].kind == lexWord {
		s, ok := lang.Scale(ls[j].low)
		if !ok || (len(ls[j].low) <= 2 && (ls[j].space || l.kind != lexNum)) {
			break
		}
		if s == 1e6 && ls[j].low == "m" && !millionAfter(ls, i, j) {
			break // "7.5m" is metres unless money or a count follows
		}
		n.val *= s
		n.end = j + 1
		n.scaled = true
		j++
	}
	n.lo, n.hi = n.val, n.val
	n.step = writtenStep(l)
	if n.scaled && l.kind == lexNum {
		n.step *= n.val / numValue(l)
	}
	return n, true
}

// writtenStep returns the place of the last digit written in a number
// lexeme, or 1 for a number in words.
func writtenStep(l lexeme) float64 {
	if l.kind != lexNum {
		return 1
	}
	t := strings.ReplaceAll(l.text, ",", "")
	if dot := strings.IndexByte(t, '.'); dot >= 0 {
		return math.Pow(10, -float64(len(t)-dot-1))
	}
	step := 1.0
	for i := len(t) - 1; i > 0 && t[i] == '0'; i-- {
		step *= 10
	}
	return step
}

func numValue(l lexeme) float64 {
	v, _ := strconv.ParseFloat(strings.ReplaceAll(l.text, ",", ""), 64)
	if v == 0 {
		return 1
	}
	return v
}

// millionAfter reports whether the "m" at j after the number at i means
// million: after a currency symbol, or before a counted noun ("7.5m
// people").
func millionAfter(ls []lexeme, i, j int) bool {
	if i > 0 {
		if _, ok := lang.CurrencySymbol(ls[i-1].text); ok {
			return true
		}
	}
	if i > 1 && ls[i-1].text == "$" {
		return true
	}
	if i > 0 && (ls[i-1].text == "R" || lang.CurrencyCode(ls[i-1].low)) {
		return true
	}
	return j+1 < len(ls) && ls[j+1].kind == lexWord && (countNoun(ls[j+1].low) || lang.PersonNoun(ls[j+1].low))
}

// hedgeBefore reads a hedge ending just before lexeme i: its kind and its
// first lexeme, or "".
func hedgeBefore(ls []lexeme, i int) (string, int) {
	if i == 0 {
		return "", i
	}
	for _, h := range lang.Hedges() {
		ws := h.Words
		if ls[i-1].low != ws[len(ws)-1] {
			continue
		}
		k := i - len(ws)
		if k < 0 {
			continue
		}
		ok := true
		for m, w := range ws {
			if ls[k+m].low != w || ls[k+m].quoted {
				ok = false
				break
			}
		}
		if ok {
			return h.Kind, k
		}
	}
	return "", i
}

// oneOf reports whether u is a unit of one of the dimensions.
func oneOf(u *unit, dims ...string) bool {
	if u == nil {
		return false
	}
	for _, d := range dims {
		if u.Dim == d {
			return true
		}
	}
	return false
}

// approxTolerance is how far "about N" may stray from N.
const approxTolerance = 0.15

// applyHedge turns a number into an interval by its hedge.
func applyHedge(q *quantity, hedge string) {
	applyHedgeTol(q, hedge, approxTolerance)
}

func applyHedgeTol(q *quantity, hedge string, tol float64) {
	v := q.val
	switch hedge {
	case ">=":
		q.lo, q.hi, q.exact = v, math.Inf(1), false
	case "<=":
		q.lo, q.hi, q.exact = 0, v, false
	case "upto":
		q.lo, q.hi, q.exact = 0.7*v, v, false
	case "nearly":
		q.lo, q.hi, q.exact = 0.85*v, v, false
	case "~":
		q.lo, q.hi, q.exact, q.approx = (1-tol)*v, (1+tol)*v, false, true
	}
}

// countNoun reports whether w is a word a number can count: a plural or a
// known counted noun.
func countNoun(w string) bool {
	if _, syn := lang.NounSynonym(w); lang.PersonNoun(w) || syn {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// singular returns a plural noun in the singular, roughly.
func singular(w string) string {
	switch {
	case w == "people" || w == "men" || w == "women" || w == "children" || w == "personnel" || w == "police" || w == "staff" || w == "crew":
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// quantities records the passage's numbers with their hedge, unit and
// counted thing: "at least 10 people", "nearly 190", "58km", "6.1-magnitude",
// "dozens of houses", "100 to 200 fighters", "108 votes to 99", "61%".
func (x *extraction) quantities() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if ls[i].quoted || x.taken[i] {
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
		if ls[j].low == "-" {
			j++
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
	if end := x.zeroCount(i); end > i {
		return end
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
			x.lengthRole(&q, uend)
		}
		if u.Dim == "duration" && q.lo == q.val && math.IsInf(q.hi, 1) && start < i && ls[start].low == "over" {
			q.hi, q.exact = q.val, true // "over two days": across, not more than
		}
		// "22 years old", "34-year-old"
		if u.Dim == "duration" && uend < len(ls) && ls[uend].low == "old" {
			q.unit, q.class, q.noun = nil, "age", ""
			uend++
		} else if u.Dim == "duration" && uend+1 < len(ls) && ls[uend].low == "-" && ls[uend+1].low == "old" {
			q.unit, q.class, q.noun = nil, "age", ""
			uend += 2
		}
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
	if end < len(ls) && ls[end].low == "more" && q.order == "" {
		q.order = "next" // "five more on Monday"
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

func (x *extraction) markTaken(i, j int) {
	for k := i; k < j && k < len(x.taken); k++ {
		x.taken[k] = true
	}
}

// addQuantity records a quantity spanning lexemes [i, j).
func (x *extraction) addQuantity(i, j int, q quantity) {
	f := Fact{Kind: KindNumber, qty: &q}
	if x.add(i, j, f) {
		x.facts[len(x.facts)-1].Norm = q.norm()
		x.facts[len(x.facts)-1].Role = q.role()
	}
}

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

func hedgeWord(w string) bool {
	for _, h := range lang.Hedges() {
		if strings.HasSuffix(h.Text, w) {
			return true
		}
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
	q := quantity{val: (n.val + m.val) / 2, lo: n.val, hi: m.val}
	if h, hs := hedgeBefore(ls, start); h != "" {
		start = hs
	}
	rend := m.end
	if u, uend := x.unitAfter(m.end, m); u != nil {
		q.unit = u
		rend = uend
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

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// unitAfter reads a unit after a number ending at j: "km", "-metre",
// " metres", "kilometres an hour", "per cent", "degrees Celsius", "%",
// "-magnitude". It returns the unit and the index after it, or nil.
func (x *extraction) unitAfter(j int, n number) (*unit, int) {
	ls := x.toks
	if j >= len(ls) {
		return nil, j
	}
	k := j
	if ls[k].low == "-" && !ls[k].space && k+1 < len(ls) && !ls[k+1].space {
		k++
	}
	if ls[k].quoted {
		return nil, j
	}
	w := ls[k].low
	switch {
	case w == "per" && k+1 < len(ls) && ls[k+1].low == "cent":
		return unitOf("%"), k + 2
	case w == "degrees" || w == "degree" || w == "°":
		if k+1 < len(ls) {
			if u := lang.UnitNamed(ls[k+1].low); u != nil && u.Dim == "temperature" {
				return u, k + 2
			}
		}
		return unitOf("°C"), k + 1
	case w == "square" || w == "sq":
		if k+1 < len(ls) {
			switch lang.UnitNamed(ls[k+1].low) {
			case unitOf("km"):
				return unitOf("km²"), k + 2
			case unitOf("mile"):
				return unitOf("sq mi"), k + 2
			}
		}
		return nil, j
	}
	u := lang.UnitNamed(w)
	if u == nil {
		return nil, j
	}
	// Short unit symbols must touch the number ("10km", "4C") or be the
	// usual abbreviation after a space ("10 km").
	switch w {
	case "m", "c", "f":
		if ls[k].space || n.word {
			return nil, j
		}
		if (w == "c" || w == "f") && !ls[k].upper {
			return nil, j
		}
	case "mi", "in", "ft", "yd", "pc", "kms":
		if n.word {
			return nil, j
		}
		if w == "in" {
			return nil, j
		}
	case "pounds", "pound":
		// "2 million pounds" is money; a weight is rarely scaled.
		if n.scaled {
			return nil, j
		}
	}
	end := k + 1
	// Speeds: "kilometres an hour", "miles per hour", "km/h".
	if u.Dim == "length" && end+1 < len(ls) && ls[end].is("an", "per", "a", "/") && ls[end+1].is("hour", "h", "hr") {
		switch u {
		case unitOf("km"):
			return unitOf("km/h"), end + 2
		case unitOf("mile"):
			return unitOf("mph"), end + 2
		}
	}
	return u, end
}

// lengthRole tells a thing's size ("172 metres long", "a 172-metre
// vessel") from a distance ("400 metres from the bridge", "37km
// southeast of Malatya"): the two are never one fact.
//
// A distance also keeps the place it is measured from when the sentence
// names it ("100 miles (160 km) north of San Francisco", "40 miles
// northeast of Santa Rosa"): distances from two places are two facts.
func (x *extraction) lengthRole(q *quantity, j int) {
	ls := x.toks
	// Past a conversion in brackets: "100 miles (160 km) north of …".
	if j < len(ls) && ls[j].low == "(" {
		for k := j + 1; k < len(ls) && k <= j+6; k++ {
			if ls[k].low == ")" {
				j = k + 1
				break
			}
		}
	} else if j < len(ls) && ls[j].low == ")" {
		j++
	}
	if j >= len(ls) {
		return
	}
	switch {
	case ls[j].is("long", "tall", "high", "wide", "deep", "thick", "across", "length", "height", "width", "depth"):
		q.event = "size"
	case ls[j].is("from", "away", "off", "short", "offshore", "inland", "outside", "beyond", "before", "downstream", "upstream") || isCompassPoint(ls[j].low):
		q.event = "distance"
		for k := j; k < len(ls) && k <= j+2; k++ {
			if ls[k].is("of", "from") {
				q.from = x.placeAfter(k + 1)
				break
			}
		}
	case j >= 2 && ls[j-2].low == "-" && ls[j].kind == lexWord:
		// "a 172-metre vessel": a hyphenated length names a thing's size.
		q.event = "size"
	}
}

// durationRole says what a length of time is: a prison term ("sentenced
// to 12 years", "12 years in prison", "12 years' imprisonment"), parole,
// how long ago ("three years later"), or else the verb it follows ("had
// waited five years", "must be paid within five years"); and
// an added length ("another seven years") is the next, not the whole.
func (x *extraction) durationRole(q *quantity, i, j int) {
	ls := x.toks
	if i > 0 && ls[i-1].is("another", "additional", "extra", "further") {
		q.order = "next"
	}
	if j < len(ls) && ls[j].is("later", "ago", "earlier") {
		q.event = "ago"
		return
	}
	// The clause around it: a prison term, or parole.
	for k, n := i-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		if ls[k].kind == lexPunct && ls[k].low != "-" && ls[k].low != "'" || ls[k].quoted {
			break
		}
		switch {
		case ls[k].low == "parole":
			q.event = "parole"
			return
		case lang.PrisonWord(ls[k].low):
			q.event = "sentence"
			return
		}
	}
	for k, n := j, 0; k < len(ls) && n < 3; k, n = k+1, n+1 {
		if ls[k].low == "’" || ls[k].low == "'" || ls[k].low == "'s" {
			continue // "12 years’ imprisonment"
		}
		if ls[k].kind == lexPunct || ls[k].quoted {
			break
		}
		if lang.PrisonWord(ls[k].low) {
			q.event = "sentence"
			return
		}
	}
	// The verb it follows: "waited five years", "paid within five years".
	for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		l := ls[k]
		if l.kind != lexWord || l.quoted {
			break
		}
		if l.is("for", "within", "in", "about", "nearly", "almost", "some", "a", "the", "than", "more", "over") {
			continue
		}
		switch {
		case l.is("asked", "sought", "requested", "demanded", "wanted", "proposed", "recommended", "argued"):
			q.event = "sought" // what a party asked for
		case strings.HasSuffix(l.low, "ed") && len(l.low) > 4 || l.is("paid", "spent", "took", "served", "kept", "held", "lasted"):
			q.verb = l.low
		}
		break
	}
}

// isCompassPoint reports whether w is a point of the compass
// ("southwest").
func isCompassPoint(w string) bool {
	_, ok := lang.Compass(w)
	return ok
}

// placeAfter returns the folded capitalised words from lexeme i on ("the
// Lake County seat" gives ""; "San Francisco" gives "san francisco"), or
// "" when none start there.
func (x *extraction) placeAfter(i int) string {
	ls := x.toks
	var words []string
	for k := i; k < len(ls) && ls[k].kind == lexWord && ls[k].upper && !ls[k].quoted; k++ {
		words = append(words, plainFold(ls[k].low))
	}
	return strings.Join(words, " ")
}

// magnitudeRole sets what a magnitude measures: the main earthquake or an
// aftershock, read from the words around it.
func (x *extraction) magnitudeRole(q *quantity, i, j int) {
	ls := x.toks
	for k := j; k < len(ls) && k < j+3; k++ {
		if r := lang.Quake(ls[k].low); r != "" {
			q.noun = r
			return
		}
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if r := lang.Quake(ls[k].low); r != "" {
			q.noun = r
			return
		}
		if ls[k].kind == lexPunct && ls[k].low != "-" && ls[k].low != "," {
			return
		}
	}
}

// aboutQuakes reports whether the passage speaks of earthquakes.
func (x *extraction) aboutQuakes() bool {
	for _, l := range x.toks {
		if lang.Quake(l.low) != "" {
			return true
		}
	}
	return false
}

// age reads an age: "aged 22", "at age 22", "at the age of 22", "aged 14
// to 17", "Mehmet Aslan, 41,". It sets q's class and returns true.
func (x *extraction) age(q *quantity, i, end int) bool {
	ls := x.toks
	isAge := false
	switch {
	case i >= 1 && ls[i-1].is("aged", "age"):
		isAge = true
	case i >= 2 && ls[i-1].low == "between" && ls[i-2].is("aged", "age"):
		isAge = true
	case i >= 2 && ls[i-2].low == "age" && ls[i-1].low == "of":
		isAge = true
	case i >= 2 && ls[i-1].low == "," && ls[i-2].upper && ls[i-2].kind == lexWord && end < len(ls) && ls[end].low == "," && q.val < 120 && q.val >= 1 && q.val == math.Trunc(q.val):
		isAge = true
	}
	if isAge {
		q.class, q.noun, q.unit = "age", "", nil
	}
	return isAge
}

// countNounAfter finds the noun a number counts, in the few words after
// it ("24 people", "dozens of houses", "1,250 search and rescue
// personnel", "100 to 200 Hamas fighters"), and returns the index after
// it, or end when there is none.
func (x *extraction) countNounAfter(q *quantity, end int, vague bool) int {
	ls := x.toks
	k := end
	if vague && k < len(ls) && ls[k].low == "of" {
		k++
	}
	// "about 40 of Thériault’s former clients", "40 of his clients": the
	// noun past the owner.
	if !vague && k+2 < len(ls) && ls[k].low == "of" {
		switch {
		case ls[k+1].upper && ls[k+1].kind == lexWord && ls[k+2].low == "'s":
			k += 3
		case ls[k+1].is("his", "her"):
			k += 2
		}
	}
	caps := 0
	for n := 0; k < len(ls) && n < 5; k, n = k+1, n+1 {
		l := ls[k]
		if l.quoted {
			break
		}
		if l.kind == lexPunct {
			if l.low == "-" && !l.space {
				continue
			}
			break
		}
		if l.kind == lexNum {
			break
		}
		if l.upper && !lang.PersonNoun(l.low) {
			// "Hamas fighters"; a capitalised word may also be a people
			// ("24 Palestinians").
			if caps++; caps > 2 {
				break
			}
			if strings.HasSuffix(l.low, "s") && (k+1 >= len(ls) || ls[k+1].kind != lexWord || ls[k+1].upper || lang.NumberStop(ls[k+1].low)) {
				q.noun, q.class = singular(l.low), "person"
				return k + 1
			}
			continue
		}
		if k+1 < len(ls) && ls[k+1].low == "-" && !ls[k+1].space {
			continue // "on-street", a modifier
		}
		if l.low == "and" && k+1 < len(ls) && ls[k+1].kind == lexWord && !lang.NumberStop(ls[k+1].low) && n > 0 {
			continue // "search and rescue personnel", "schoolboys and instructors"
		}
		if lang.NumberStop(l.low) || eventOf(l.low) != "" && !lang.PersonNoun(l.low) {
			break
		}
		if countNoun(l.low) || lang.PersonNoun(l.low) {
			w := singular(l.low)
			if s := nounSynonym(w); s != "" {
				w = s
			}
			if s := nounSynonym(l.low); s != "" {
				w = s
			}
			q.noun = w
			if lang.PersonNoun(l.low) {
				q.class = "person"
			}
			return k + 1
		}
	}
	// "a group of 13", "a crew of 19": the noun before.
	i := x.startOf(q, end)
	if i >= 2 && ls[i-1].low == "of" && ls[i-2].kind == lexWord && lang.PersonNoun(ls[i-2].low) {
		q.noun, q.class = singular(ls[i-2].low), "person"
	}
	return end
}

// startOf returns the first lexeme of the number ending at end (before its
// hedge), for looking at what precedes it.
func (x *extraction) startOf(q *quantity, end int) int {
	ls := x.toks
	i := end - 1
	for i > 0 && (ls[i-1].kind == lexNum || ls[i-1].low == "-" || isScale(ls[i].low)) && i > end-4 {
		i--
	}
	if h, hs := hedgeBefore(ls, i); h != "" {
		return hs
	}
	return i
}

// countContext reads what happened to the counted thing from the words
// around a quantity at [i, j): the nearest event word before it in its
// clause ("killing 24", "injuring nearly 190") or after it ("186 people
// were injured", "57 homes destroyed"), a death toll ("the death toll has
// risen to 24"), and an order ("the first four boys").
func (x *extraction) countContext(q *quantity, i, j int) {
	ls := x.toks
	if i > 0 && ls[i-1].is("first", "next", "last", "final", "remaining") {
		q.order = ls[i-1].low
		if q.order == "final" {
			q.order = "last"
		}
	} else if i > 2 && ls[i-3].is("first", "next", "last", "final", "remaining") && ls[i-2].is("group", "batch") && ls[i-1].low == "of" {
		// "the final group of four"
		q.order = ls[i-3].low
		if q.order == "final" {
			q.order = "last"
		}
	}
	// Before: up to four words back in the same clause.
	for k, n := i-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		l := ls[k]
		if l.kind == lexPunct && l.low != "-" || l.kind == lexNum || l.quoted {
			break
		}
		if e := eventOf(l.low); e != "" && !isPopulationWord(l.low) {
			q.event = e
			return
		}
		if isPopulationWord(l.low) && (n == 0 || n == 1 && ls[k+1].is("of", "to")) {
			// "home to 21,500 people", "a town of about 20,000"
			if q.noun == "" || q.class == "person" {
				q.event = "population"
				return
			}
		}
		if l.is("and", "but", "while") {
			break
		}
	}
	// After: the rest of the clause; the words of a name ("residents of
	// Cobb and Loch Lomond are under evacuation orders") do not count.
	for k, n := j, 0; k < len(ls) && n < 6; k++ {
		l := ls[k]
		if l.kind == lexPunct && l.low != "-" || l.kind == lexNum || l.quoted {
			break
		}
		if l.upper && k > j {
			continue
		}
		n++
		if l.low == "and" && k > j && ls[k-1].upper && k+1 < len(ls) && ls[k+1].upper {
			continue
		}
		if l.is("and", "but", "while", "as", "after", "when", "will", "would", "could", "can", "may", "might", "should", "must") {
			break
		}
		// "forced 1,200 people from their homes"
		if l.low == "from" && k+2 < len(ls) && ls[k+1].is("their", "the") && ls[k+2].is("homes", "houses") {
			q.event = "evacuated"
			return
		}
		if e := eventOf(l.low); e != "" && !isPopulationWord(l.low) {
			q.event = e
			return
		}
		// "108 votes in favour"
		if l.is("favour", "favor") && k > 0 && ls[k-1].low == "in" {
			q.event = "for"
			return
		}
	}
	// "The death toll … has risen to 24": a bare number after "to"/"at" in
	// a sentence about a toll.
	if q.noun == "" && q.unit == nil && i > 0 && ls[i-1].is("to", "at", "reached", "hit") {
		for k := i - 2; k >= 0; k-- {
			if ls[k].low == "toll" {
				q.event = "killed"
				return
			}
		}
	}
}

// isPopulationWord reports whether w names a population or the place it
// lives in ("inhabitants", "town"): a number just after it is the
// population ("a town of 20,000"). The verb "live" says so only after the
// number ("where 2,800 people live").
func isPopulationWord(w string) bool {
	return eventOf(w) == "population" && w != "live"
}

// eventOf returns what happened to counted things that w says, or "".
func eventOf(w string) string {
	e, _ := lang.Event(w)
	return e
}

// nounSynonym returns the noun w is counted as, or "".
func nounSynonym(w string) string {
	s, _ := lang.NounSynonym(w)
	return s
}

// isScale reports whether w multiplies the number before it ("million").
func isScale(w string) bool {
	_, ok := lang.Scale(w)
	return ok
}

// isVague reports whether w is a plural number word standing for a range
// ("dozens").
func isVague(w string) bool {
	_, _, ok := lang.Vague(w)
	return ok
}

// zeroEvent returns the event a noun names that "no" counts as none
// ("no deaths"), or "".
func zeroEvent(w string) string {
	e, _ := lang.ZeroEvent(w)
	return e
}

// zeroCount reads a count of none at lexeme i: "no deaths", "no one was
// killed", "nobody was hurt", "none of the crew was injured", "no
// residents were injured". A none counts only what happened to it; it
// returns the index after it, or i.
func (x *extraction) zeroCount(i int) int {
	ls := x.toks
	l := ls[i]
	if l.kind != lexWord || !x.free(i, i+1) {
		return i
	}
	q := quantity{exact: true, step: 1}
	switch {
	case l.low == "no" && i+1 < len(ls) && zeroEvent(ls[i+1].low) != "":
		q.event = zeroEvent(ls[i+1].low)
		x.addQuantity(i, i+2, q)
		return i + 2
	case l.low == "nobody" || l.low == "none" || l.low == "no" && i+1 < len(ls) && ls[i+1].low == "one":
		end := i + 1
		if l.low == "no" {
			end = i + 2
		}
		nounEnd := end
		if l.low == "none" && end+1 < len(ls) && ls[end].low == "of" {
			// "none of the crew", "none of those on board"
			for k := end + 1; k < len(ls) && k <= end+3; k++ {
				if ls[k].kind == lexNum {
					return i // "none of its 19 crew": the group is counted
				}
				if lang.PersonNoun(ls[k].low) || countNoun(ls[k].low) {
					q.noun, nounEnd = singular(ls[k].low), k+1
					if lang.PersonNoun(ls[k].low) {
						q.class = "person"
					}
					break
				}
			}
		}
		x.countContext(&q, i, nounEnd)
		if q.event == "" || q.event == "population" {
			return i
		}
		x.addQuantity(i, nounEnd, q)
		return nounEnd
	case l.low == "no" && i+1 < len(ls) && lang.PersonNoun(ls[i+1].low):
		q.noun, q.class = singular(ls[i+1].low), "person"
		x.countContext(&q, i, i+2)
		if q.event == "" || q.event == "population" {
			return i
		}
		x.addQuantity(i, i+2, q)
		return i + 2
	}
	return i
}

// quantityPair says how well two quantities of different passages can be
// the same fact: 0 not at all, 1 possibly (nothing says otherwise), 2
// surely (the same thing counted, the same event).
func quantityPair(a, b *quantity) int {
	if a.skip || b.skip || a.dim() != b.dim() {
		return 0
	}
	if a.order != b.order {
		return 0 // "the last four" is part of the group, not all of it
	}
	if a.unit != nil && a.unit.Dim == "length" && a.event != "" && b.event != "" && a.event != b.event {
		return 0 // a ship's length and how far it drifted
	}
	if a.from != "" && b.from != "" && a.from != b.from {
		return 0 // how far from San Francisco, and how far from Santa Rosa
	}
	if a.event != "" && b.event == "" && b.verb != "" || b.event != "" && a.event == "" && a.verb != "" {
		return 0 // a prison term, and the five years a victim waited
	}
	if a.unit != nil && a.unit.Dim == "magnitude" {
		switch {
		case a.noun != "" && b.noun != "" && a.noun != b.noun:
			return 0 // the quake and an aftershock
		case a.noun == b.noun:
			return 2
		}
		return 1
	}
	if a.event != "" && b.event != "" {
		if a.event != b.event {
			return 0
		}
		if a.noun != "" && b.noun != "" && a.noun != b.noun && a.class != b.class {
			return 0
		}
		return 2
	}
	if (a.event == "population") != (b.event == "population") && (a.event != "" || b.event != "") {
		return 0
	}
	if a.noun != "" && b.noun != "" {
		if a.noun == b.noun {
			return 2
		}
		if a.class != b.class {
			return 0
		}
		return 1
	}
	return 1
}

// compareQuantities judges two quantities of one dimension. Equal numbers
// agree, and so do conversions within rounding; a number inside the
// other's range refines it; numbers that cannot both be true conflict.
// Figures that differ more than fourfold are taken as different things,
// not a conflict.
func compareQuantities(a, b *quantity) (Status, bool) {
	alo, ahi, blo, bhi := a.toBase(a.lo), a.toBase(a.hi), b.toBase(b.lo), b.toBase(b.hi)
	av, bv := a.base(), b.base()
	sameUnit := a.unit == b.unit
	temp := a.unit != nil && a.unit.Dim == "temperature"
	near := func(x, y, rel float64) bool {
		if temp {
			return math.Abs(x-y) <= 1
		}
		return closeValues(x, y, rel)
	}
	point := func(q *quantity) bool { return q.exact || q.approx }
	// A conversion is as precise as its less precise figure: "6 miles"
	// may be 10 km, "24.6ft" is not 7.2 m.
	tol := max(a.precision(), b.precision()) + 0.01
	switch {
	case point(a) && point(b):
		if sameUnit && (a.val == b.val || roundedAlike(a, b)) || !sameUnit && near(av, bv, tol) {
			return Same, true
		}
	case a.exact == b.exact && a.approx == b.approx && a.lo == b.lo && a.hi == b.hi && sameUnit:
		return Same, true
	}
	// None against some: "no deaths" and "killed one person".
	if a.exact && a.val == 0 && blo > 0 || b.exact && b.val == 0 && alo > 0 {
		return Conflict, true
	}
	if a.exact && b.exact && (sameUnit || !near(av, bv, 2*tol)) {
		if ratio(av, bv) > 4 {
			return 0, false
		}
		return Conflict, true
	}
	// "about 1,200" against "about 1,500": a figure given loosely is
	// still a figure, as precise as its rounding says; two whose margins
	// do not meet are two readings.
	if point(a) && point(b) && !temp && math.Abs(av-bv) > a.margin()*math.Abs(av)+b.margin()*math.Abs(bv)+1e-9 {
		if ratio(av, bv) > 4 {
			return 0, false
		}
		return Conflict, true
	}
	// A bound far from a figure says little of it: "fraud over $5,000"
	// is a threshold, not the $38.6 million taken.
	if (math.IsInf(ahi, 1) || alo == 0) != (math.IsInf(bhi, 1) || blo == 0) {
		bound, fig := a, b
		if point(a) {
			bound, fig = b, a
		}
		if edge := math.Max(bound.toBase(bound.lo), bound.toBase(bound.hi)); math.IsInf(edge, 1) {
			if ratio(bound.toBase(bound.lo), fig.base()) > 4 {
				return 0, false
			}
		} else if ratio(edge, fig.base()) > 4 {
			return 0, false
		}
	}
	if ahi >= blo && bhi >= alo {
		return Compatible, true
	}
	if !sameUnit && near(av, bv, 2*tol+0.05) {
		return Compatible, true
	}
	gap := math.Max(blo/ahi, alo/bhi)
	if gap > 4 || math.IsInf(gap, 0) || math.IsNaN(gap) {
		return 0, false
	}
	return Conflict, true
}

// roundedAlike reports whether one figure is the other rounded to its
// last written digit, within a hundredth of it: "29,650 acres" is
// "29,652 acres" rounded, while "20 killed" is not "24 killed".
func roundedAlike(a, b *quantity) bool {
	step := max(a.step, b.step)
	return a.exact && b.exact && step > 0 && math.Abs(a.val-b.val) <= step/2 && closeValues(a.val, b.val, 0.01)
}

// closeValues reports whether x and y differ by at most rel of the larger.
func closeValues(x, y, rel float64) bool {
	m := math.Max(math.Abs(x), math.Abs(y))
	return math.Abs(x-y) <= rel*m
}

func ratio(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	if x == 0 || y == 0 {
		return math.Inf(1)
	}
	return math.Max(x/y, y/x)
}

// String describes a quantity for tests and debugging.
func (q quantity) String() string { return fmt.Sprintf("%s [%g,%g]", q.norm(), q.lo, q.hi) }
