package fact

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

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
	// span is true for a range written with its two ends ("8 to 12",
	// "between 14 and 17").
	span bool
	// step is the place of the number's last written digit (see number).
	step float64
	unit *unit
	// noun is the counted thing, singular ("person", "home", "vote"); class
	// groups nouns ("person" for people, members, cavers, …).
	noun, class string
	// mod is the word that narrows the counted noun ("merchant" in "five
	// merchant vessels"), or "".
	mod string
	// event is what happened to the counted thing: "killed", "injured",
	// "destroyed", "votes for", … or "" when the sentence does not say.
	event string
	// order is "first", "next" or "last" in "the first four boys".
	order string
	// from is the place a distance is measured from, folded ("santa
	// rosa"), when the sentence names it; fromText is as written.
	from, fromText string
	// verb is the verb a length of time follows ("waited five years"):
	// some other span than a prison term or parole.
	verb string
	// skip marks numbers that are not a fact to compare: a part of a
	// group ("23 of them"), an earlier figure ("from 10 to 24").
	skip bool
	// modifier is true for a number in a compound that describes a thing
	// ("a 20-point plan", "a 170,000-square-foot building"): what it
	// counts is not the sentence's subject.
	modifier bool
	// names are the capitalised words that narrow what is counted ("Somali"
	// in "26 Somali pirates"): names, whose spellings are compared like
	// any name's.
	names []nameWord
}

// nameWords returns the names a count's words hold.
func (q *quantity) nameWords() []nameWord { return q.names }

// precision is how far the written figure may be from the true value,
// relative to it: half its last digit's place, more when hedged. A
// figure whose last digits are zeros ("2,000", "about 20") says no more
// than coarseRounding of it, hedged or not: half its thousands would let
// "about 2,000 ft" be 700 m, and "about 20" be 26.
func (q *quantity) precision() float64 {
	p := 0.0
	if q.step > 0 && q.val != 0 {
		p = q.step / 2 / math.Abs(q.val)
	}
	if q.approx {
		p += approxPrecision
	}
	if q.step >= 10 && q.val != 0 {
		p = min(p, max(q.step/20/math.Abs(q.val), coarseRounding))
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

// String describes a quantity for tests and debugging.
func (q quantity) String() string { return fmt.Sprintf("%s [%g,%g]", q.norm(), q.lo, q.hi) }

// restates reports whether o is the measure in another unit of its
// dimension, within rounding ("10km (6 miles)").
func (q *quantity) restates(o value) bool {
	b := o.(*quantity)
	return q.unit != nil && b.unit != nil && q.unit.Dim == b.unit.Dim &&
		q.unit.Symbol != b.unit.Symbol && closeValues(q.base(), b.base(), max(q.precision(), b.precision())+conversionSlack)
}

// sameScale reports whether o is in the same unit, or both are counts.
func (q *quantity) sameScale(o value) bool { return q.unit == o.(*quantity).unit }

// sameFigure is false: quantities are compared in their base units.
func (q *quantity) sameFigure(value) bool { return false }
