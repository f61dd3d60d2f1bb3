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

// convertedAlike reports whether two sums are one figure converted, each
// by its writer: both conversions of equal figures, or one a conversion
// of a figure the other, in another currency, writes.
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
