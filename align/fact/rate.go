package fact

import (
	"math"
	"strings"

	"crosscheck/align/lang"
)

// Judging two values of one fact: the status they give it, the rule that
// says so, and whether they can be compared at all. A row's status is
// the strongest of its readings' (see slotRow).

// rate judges two values of one kind and slot with the kind's rate, or
// its judge. strong says that their sentences say they are about one
// thing.
func (a *Analysis) rate(x, y factRef, strong bool) (Status, string, bool) {
	k := specOf(x.fact.Kind)
	if k.rate != nil {
		return k.rate(a, x, y, strong)
	}
	if k.judge == nil {
		return 0, "", false
	}
	st, strength, ok := k.judge(a, x, y)
	if !ok || strength == 0 && !strong {
		return 0, "", false
	}
	return st, ruleOf(st), true
}

// ruleOf is the plain rule of a status.
func ruleOf(st Status) string {
	switch st {
	case Same:
		return "the readings are equal once normalised"
	case Compatible:
		return "one reading refines, contains or converts the other"
	case Differ:
		return "the readings differ, though both may be true"
	}
	return "the readings cannot both be true"
}

// rateQuantities judges two figures of one slot. Figures that differ are
// shown even when hedges make both possible ("at least 5" against "24":
// Differ), unless one plainly restates the other ("at least 24" against
// "24", "about 300" against "300", a conversion): a fact-checker must see
// early counts that differ. Of one slot the sentences name, figures far
// apart still differ; unplaced figures that far apart count different
// things.
func rateQuantities(_ *Analysis, x, y factRef, strong bool) (Status, string, bool) {
	a, b := x.fact.v.(*quantity), y.fact.v.(*quantity)
	if !strong && quantityPair(a, b) == 0 {
		return 0, "", false
	}
	if a.dim() != b.dim() {
		return 0, "", false
	}
	if !strong && (bare(a) || bare(b)) && a.val != b.val {
		// A figure that says nothing of what it counts ("22.4 billion",
		// "11") is not set against another.
		return 0, "", false
	}
	st, ok := compareQuantities(a, b)
	if !ok {
		// Figures far apart count different things, unless the sentences
		// say what happened to the people counted ("at least 5 dead", "24
		// dead") or what one measure measures ("a depth of 1.2 miles", "12
		// miles deep"), or the slot is one of the story's main counts
		// ("two aftershocks", "at least 20 smaller earthquakes").
		counted := storyCount(x.fact.slotKey) && x.fact.slotKey == y.fact.slotKey
		if !strong || !(personEvent(a.event) && personEvent(b.event) || a.unit != nil && b.unit != nil || counted) {
			return 0, "", false
		}
		st = Conflict
	}
	switch st {
	case Same:
		return Same, "the same figure", true
	case Compatible:
		if restates(a, b) {
			return Compatible, "one figure restates the other", true
		}
		return Differ, "the figures differ, though hedges let both be true", true
	}
	return Conflict, "different figures for one slot", true
}

// restates reports whether one figure plainly restates the other: the
// same number hedged or not ("at least 24", "24"), a rounding ("about
// 300", "296"), a conversion into another unit.
func restates(a, b *quantity) bool {
	if a.unit != b.unit {
		return a.unit == nil || b.unit == nil || closeValues(a.base(), b.base(), max(a.margin(), b.margin())+conversionSlack)
	}
	if a.val == b.val || roundedAlike(a, b) {
		return !(a.exact && b.exact) || a.val == b.val
	}
	near := func(p, q *quantity) bool {
		return p.approx && math.Abs(p.val-q.val) <= p.margin()*math.Abs(p.val)+1e-9
	}
	// A range or a vague number holding the other's figure restates it:
	// "roughly 30,000" is "tens of thousands", "15" is "14 to 17"; a
	// bound does not ("at least 5" against "24"), nor one end of a range
	// ("12" against "8 to 12").
	within := func(p, q *quantity) bool {
		if p.span && (q.val == p.lo || q.val == p.hi) {
			return false // "12 weeks" is one end of "8 to 12 weeks", not it
		}
		return !p.exact && !p.approx && p.lo > 0 && !math.IsInf(p.hi, 1) && q.val >= p.lo && q.val <= p.hi && (q.exact || q.approx)
	}
	// Two bounds one way ("over 50,000", "more than 53,000") say the same
	// of the figure, one more narrowly.
	sameWay := func(p, q *quantity) bool {
		return !p.exact && !p.approx && !q.exact && !q.approx && math.IsInf(p.hi, 1) && math.IsInf(q.hi, 1)
	}
	return near(a, b) || near(b, a) || within(a, b) || within(b, a) || roundBound(a, b) || roundBound(b, a) || sameWay(a, b)
}

// roundBound reports whether p is a bound that q's figure rounds to:
// "more than 300" for 318, "at least 230" for 232, "more than 1,000" for
// 1,200, "nearly 30,000" for 29,652: the figure told loosely, not an
// early count that differs ("at least 5" against 24, "more than 40"
// against 74).
func roundBound(p, q *quantity) bool {
	if !(q.exact || q.approx) || p.exact || p.approx || p.span {
		return false
	}
	v := q.val
	if p.unit != nil && q.unit != nil && p.unit != q.unit {
		v = (q.base() - p.unit.Offset) / p.unit.Factor
	}
	switch {
	case math.IsInf(p.hi, 1) && v >= p.lo:
		return truncatesTo(v, p.lo, math.Floor)
	case p.hi > 0 && !math.IsInf(p.hi, 1) && v <= p.hi && v >= p.lo:
		return truncatesTo(v, p.hi, math.Ceil)
	}
	return false
}

// truncatesTo reports whether v, cut to its first one or two significant
// digits by round, is edge.
func truncatesTo(v, edge float64, round func(float64) float64) bool {
	if v <= 0 || edge <= 0 {
		return false
	}
	place := math.Pow(10, math.Floor(math.Log10(v)))
	for _, p := range []float64{place, place / 10} {
		if math.Abs(round(v/p)*p-edge) <= 1e-9*edge {
			return true
		}
	}
	return false
}

// bare reports whether a figure says nothing of what it counts or
// measures.
func bare(q *quantity) bool {
	return q.unit == nil && q.noun == "" && q.event == "" && q.class == ""
}

// rateQuotes judges two renderings of one remark: the same words agree,
// one quoting part of the other's words refines it, other wording
// conflicts.
func rateQuotes(_ *Analysis, x, y factRef, _ bool) (Status, string, bool) {
	switch compareQuotes(quoteOf(x), quoteOf(y)) {
	case Same:
		return Same, "the same words", true
	case Compatible:
		return Compatible, "one quotes part of the other's words", true
	}
	return Conflict, "one remark quoted in other words", true
}

// ratePlaces judges two places: the same place agrees, a place inside
// the other refines it.
func ratePlaces(a *Analysis, x, y factRef, strong bool) (Status, string, bool) {
	if px, py := placeOf(x), placeOf(y); px.street != "" && px.street == py.street && px.key != py.key {
		return Conflict, "one street called " + article(streetKind(px)) + " and " + article(streetKind(py)), true
	}
	if px, py := placeOf(x), placeOf(y); px.key == py.key && px.written != py.written && (px.known.other[px.written] || py.known.other[py.written]) {
		return Conflict, "two names of one place", true
	}
	st, ok := comparePlaces(placeOf(x), placeOf(y), a.learned)
	if !ok {
		// Two places of one person's home, or of one event, that do not
		// hold one another, and are of one size (a town and a town, not a
		// town and a county the gazetteer does not know holds it).
		px, py := placeOf(x), placeOf(y)
		if strong && placeLevel(px) == placeLevel(py) && !a.together[foldPair(px.key, py.key)] && !sharesPlaceWord(a, px, py) {
			return Conflict, "two places for one " + strings.TrimPrefix(strings.TrimPrefix(x.fact.Slot, "place of the "), "home of ") + ", neither holding the other", true
		}
		return 0, "", false
	}
	if st == Same {
		return Same, "the same place", true
	}
	return Compatible, "one place holds the other", true
}

// sharesPlaceWord reports whether a word of one place's name is named
// together with the other's somewhere in the story ("Mt Cook" and
// "Aoraki", from "Aoraki/Mt Cook").
func sharesPlaceWord(a *Analysis, x, y *placeValue) bool {
	telling := func(w string) bool {
		// "Fort", "Mount", "Lake" say what a place is, not which.
		return len(w) >= 4 && !lang.NameStopWord(w) && !lang.PlaceWord(w) && w != "fort" && w != "mount" && w != "saint" && w != "city"
	}
	for _, wx := range strings.Fields(x.key) {
		for _, wy := range strings.Fields(y.key) {
			if telling(wx) && telling(wy) && (wx == wy || a.together[foldPair(wx, wy)]) {
				return true
			}
		}
	}
	return false
}
