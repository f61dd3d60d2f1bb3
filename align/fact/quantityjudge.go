package fact

import (
	"math"
)

// Judging two quantities: whether they can be one fact, and whether they
// agree, refine each other or conflict.

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
// Figures that differ more than farApart times are taken as different
// things, not a conflict.
func compareQuantities(a, b *quantity) (Status, bool) {
	alo, ahi, blo, bhi := a.toBase(a.lo), a.toBase(a.hi), b.toBase(b.lo), b.toBase(b.hi)
	av, bv := a.base(), b.base()
	sameUnit := a.unit == b.unit
	temp := a.unit != nil && a.unit.Dim == "temperature"
	near := func(x, y, rel float64) bool {
		if temp {
			return math.Abs(x-y) <= temperatureSlack
		}
		return closeValues(x, y, rel)
	}
	point := func(q *quantity) bool { return q.exact || q.approx }
	// A conversion is as precise as its less precise figure: "6 miles"
	// may be 10 km, "24.6ft" is not 7.2 m.
	tol := max(a.precision(), b.precision()) + unitSlack
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
		if ratio(av, bv) > farApart {
			return 0, false
		}
		return Conflict, true
	}
	// "about 1,200" against "about 1,500": a figure given loosely is
	// still a figure, as precise as its rounding says; two whose margins
	// do not meet are two readings.
	if point(a) && point(b) && !temp && math.Abs(av-bv) > a.margin()*math.Abs(av)+b.margin()*math.Abs(bv)+1e-9 {
		if ratio(av, bv) > farApart {
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
			if ratio(bound.toBase(bound.lo), fig.base()) > farApart {
				return 0, false
			}
		} else if ratio(edge, fig.base()) > farApart {
			return 0, false
		}
	}
	if ahi >= blo && bhi >= alo {
		return Compatible, true
	}
	if !sameUnit && near(av, bv, 2*tol+refinementSlack) {
		return Compatible, true
	}
	gap := math.Max(blo/ahi, alo/bhi)
	if gap > farApart || math.IsInf(gap, 0) || math.IsNaN(gap) {
		return 0, false
	}
	return Conflict, true
}

// roundedAlike reports whether one figure is the other rounded to its
// last written digit, within a hundredth of it: "29,650 acres" is
// "29,652 acres" rounded, while "20 killed" is not "24 killed".
func roundedAlike(a, b *quantity) bool {
	step := max(a.step, b.step)
	return a.exact && b.exact && step > 0 && math.Abs(a.val-b.val) <= step/2 && closeValues(a.val, b.val, roundingShare)
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

// judgeQuantities judges two quantities for pairValues: how surely they
// count one thing (quantityPair), and their verdict; figures too far
// apart count different things, and are no pair.
func judgeQuantities(_ *Analysis, x, y factRef) (Status, int, bool) {
	qa, qb := x.fact.v.(*quantity), y.fact.v.(*quantity)
	strength := quantityPair(qa, qb)
	if strength == 0 {
		return 0, 0, false
	}
	st, ok := compareQuantities(qa, qb)
	if !ok {
		return 0, 0, false // figures far apart count different things
	}
	return st, strength, ok
}

// holdsConflict holds back a conflict between counts that are only
// possibly the same fact (conflictAllowed), or between a count of people
// and the sum of the other outlet's counts of people (madeOfParts).
func (q *quantity) holdsConflict(c candidate, xs, ys [][]factRef) bool {
	return !conflictAllowed(c) || madeOfParts(c.fa, ys) || madeOfParts(c.fb, xs)
}

// conflictAllowed holds back conflicts between values that are only
// possibly the same fact: a count of people against a count of something
// unnamed, or figures far apart.
func conflictAllowed(c candidate) bool {
	if c.strength >= 2 {
		return true
	}
	qa, qb := c.fa.fact.v.(*quantity), c.fb.fact.v.(*quantity)
	if qa.unit == unitOf("%") {
		return false // two shares in one claim are as often of two things
	}
	if qa.noun != "" && qb.noun != "" && qa.noun != qb.noun && qa.class != "person" {
		return false
	}
	return ratio(qa.base(), qb.base()) <= possiblySame && ratio(qa.toBase(qa.lo), qb.toBase(qb.lo)) <= possiblySame
}

// madeOfParts reports whether a count of people is the sum of the other
// side's counts of people: "a group of 13" against "11 boys and two
// instructors" is not a conflict.
func madeOfParts(f factRef, other [][]factRef) bool {
	q := f.fact.v.(*quantity)
	if !q.exact || q.unit != nil {
		return false
	}
	sum, n := 0.0, 0
	for _, it := range other {
		o := it[0].fact.v.(*quantity)
		if o.exact && o.unit == nil && o.class == "person" && !o.skip {
			sum += o.val
			n++
		}
	}
	return n >= 2 && sum == q.val
}
