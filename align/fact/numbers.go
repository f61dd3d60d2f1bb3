package fact

import (
	"math"
	"strconv"
	"strings"

	"crosscheck/align/lang"
)

// Numbers as a passage writes them, in digits or in words, with a scale
// ("2.6m", "a dozen", "tens of thousands"), and the hedges before them
// ("at least", "about") that make a number a bound or an approximation.

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
		v, err := strconv.ParseFloat(digitsOnly(l.text), 64)
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
	t := digitsOnly(l.text)
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
	v, _ := strconv.ParseFloat(digitsOnly(l.text), 64)
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
			if ls[k+m].low != w || ls[k+m].quoted != ls[min(i, len(ls)-1)].quoted {
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

func hedgeWord(w string) bool {
	for _, h := range lang.Hedges() {
		if strings.HasSuffix(h.Text, w) {
			return true
		}
	}
	return false
}

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
		q.lo, q.hi, q.exact = upToShare*v, v, false
	case "nearly":
		q.lo, q.hi, q.exact = nearlyShare*v, v, false
	case "~":
		q.lo, q.hi, q.exact, q.approx = (1-tol)*v, (1+tol)*v, false, true
	}
}

// digitsOnly returns a number lexeme without its thousands separators:
// "21,500" and "2, 000" (a separator the text spaced) give "21500" and
// "2000".
func digitsOnly(t string) string {
	return strings.ReplaceAll(strings.ReplaceAll(t, ",", ""), " ", "")
}
