package fact

// A sum written in brackets after a figure is the writer's conversion of
// it ("€110 billion ($158 billion)"), made at the rate of the writer's day
// and rounded as the writer chose: outlets that convert one sum at
// different rates do not disagree about the sum. Such a conversion is
// judged by the figure it converts.

// convertedFigure returns the figure written just before the bracket that
// opens at lexeme i-1, when the sum at i is the first thing in it ("110
// billion ($158 billion)", "euro110 billion ($141 billion)", "€2 million
// (about $2.3 million)"), or 0. The figure's own currency is not needed:
// a currency symbol a corpus garbled still leaves the figure.
func convertedFigure(ls []lexeme, i int) float64 {
	open := i - 1
	if open < 1 || ls[open].low != "(" {
		return 0
	}
	for k := open - 1; k >= 0 && k >= open-4; k-- {
		if ls[k].kind != lexNum {
			continue
		}
		if n, ok := numberAt(ls, k); ok && n.end == open && !n.vague && n.val > 0 {
			return n.val
		}
		return 0
	}
	return 0
}

// dropImplausibleConversions forgets the figure a bracketed sum converts
// when the figure is a sum in a known currency that the bracketed sum
// cannot be at any plausible rate ("€2 million ($9 million)"): a
// misconversion is judged as the sums it gives, not excused as a rate.
func (x *extraction) dropImplausibleConversions() {
	for i := range x.facts {
		m, ok := x.facts[i].v.(*moneyValue)
		if !ok || m.of == 0 {
			continue
		}
		for j := range x.facts {
			o, ok := x.facts[j].v.(*moneyValue)
			if ok && j != i && x.facts[j].End <= x.facts[i].Start && closeBy(x.text[x.facts[j].End:x.facts[i].Start]) && o.q.val == m.of && o.currency != m.currency && !plausibleRate(o, m) {
				m.of = 0
			}
		}
	}
}

// convertedAlike reports whether two sums are one figure converted, each
// by its writer: both conversions of equal figures, or one a conversion
// of a figure the other, in another currency, writes. A conversion beside
// its own figure is not taken on trust by this: rateMoney checks it at
// the table's rate.
func convertedAlike(a, b *moneyValue) bool {
	switch {
	case a.of > 0 && b.of > 0:
		return a.of == b.of
	case a.of > 0:
		return a.currency != b.currency && a.of == b.q.val
	case b.of > 0:
		return a.currency != b.currency && b.of == a.q.val
	}
	return false
}
