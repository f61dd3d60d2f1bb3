package fact

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"crosscheck/align/lang"
)

// A moneyValue is an amount of money in one currency, as an interval when
// the passage hedges ("an estimated €2.6 million").
type moneyValue struct {
	q        quantity
	currency string // ISO code: "EUR", "USD", "ZAR"
	// bare is true for a dollar written without saying whose ("$9.6
	// million", "9.6 million dollars"): US dollars to one outlet,
	// Canadian or Australian dollars to another. Its currency is USD.
	bare bool
	// of is the figure the sum converts when it is written in brackets
	// after one ("€110 billion ($158 billion)"), or 0: see
	// convertedFigure.
	of float64
}

func (m moneyValue) norm() string {
	f := strconv.FormatFloat(m.q.val, 'f', -1, 64)
	switch {
	case m.q.approx:
		f = "~" + f
	case math.IsInf(m.q.hi, 1):
		f = "≥" + f
	case !m.q.exact && m.q.lo == 0:
		f = "≤" + f
	}
	return m.currency + " " + f
}

// role is the currency: amounts in one currency are compared as they
// are, in two only at a rate the story states.
func (m moneyValue) role() string { return m.currency }

// restates reports whether o is the amount in another currency at a
// plausible rate ("€2 million ($2.3 million)").
func (m *moneyValue) restates(o value) bool {
	b := o.(*moneyValue)
	return m.currency != b.currency && plausibleRate(m, b)
}

// sameScale reports whether o is in the same currency.
func (m *moneyValue) sameScale(o value) bool { return m.currency == o.(*moneyValue).currency }

// sameFigure reports whether o is written with the same number.
func (m *moneyValue) sameFigure(o value) bool { return m.q.val == o.(*moneyValue).q.val }

// judgeMoney judges two amounts for pairValues, at the rates the story
// states: a pair that cannot be compared is no pair.
func judgeMoney(a *Analysis, x, y factRef) (Status, int, bool) {
	st, ok := compareMoney(x.fact.v.(*moneyValue), y.fact.v.(*moneyValue), a.rates)
	return st, boolInt(ok), ok
}

// money records the passage's amounts of money: "€2 million", "$2.6m",
// "US$5bn", "R26 million", "R26-million", "2 million euros", "26 million
// rand", "EUR 40,000", with a hedge before.
func (x *extraction) money() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if x.taken[i] {
			continue
		}
		cur, numAt := currencyBefore(ls, i)
		if cur != "" {
			n, ok := numberAt(ls, numAt)
			if !ok || n.vague || n.word || !x.free(i, n.end) {
				continue
			}
			x.addMoney(i, n.end, n, cur, ls[i].text == "$")
			i = n.end - 1
			continue
		}
		if ls[i].kind != lexNum {
			continue
		}
		n, ok := numberAt(ls, i)
		if !ok || n.end >= len(ls) {
			continue
		}
		j := n.end
		if ls[j].kind == lexWord && (j+1 >= len(ls) || ls[j+1].low != "-") {
			code, _ := lang.CurrencyName(ls[j].low)
			if code == "" && lang.CurrencyCode(ls[j].low) && ls[j].text == strings.ToUpper(ls[j].low) {
				code = ls[j].text // "40,000 EUR"
			}
			if !n.scaled && ls[j].is("pounds", "pound", "won", "real") {
				code = "" // a weight, a verb, an adjective, most likely
			}
			if code != "" && x.free(i, j+1) {
				x.addMoney(i, j+1, n, code, ls[j].is("dollar", "dollars"))
				i = j
			}
		}
	}
	x.dropImplausibleConversions()
}

// currencyBefore reads a currency written before an amount at i ("€",
// "US$", "R" touching digits, "EUR "): its code and the index of the
// amount, or "".
func currencyBefore(ls []lexeme, i int) (string, int) {
	l := ls[i]
	// What follows is tested before the word is looked up: most words are
	// followed by no amount.
	if i+1 >= len(ls) {
		return "", i
	}
	next := ls[i+1]
	touching := next.kind == lexNum && !next.space
	if c, ok := lang.CurrencySymbol(l.text); touching && ok {
		return c, i + 1
	}
	if l.kind != lexWord {
		return "", i
	}
	if next.text == "$" && !next.space && i+2 < len(ls) && ls[i+2].kind == lexNum && !ls[i+2].space {
		if c, ok := lang.DollarPrefix(l.low); ok {
			return c, i + 2
		}
	}
	if touching && (i == 0 || ls[i].space || ls[i-1].kind == lexPunct) {
		if c, ok := lang.CurrencyLetters(l.text); ok {
			return c, i + 1
		}
	}
	if next.kind == lexNum && l.text != l.low && lang.CurrencyCode(l.low) {
		return l.text, i + 1
	}
	return "", i
}

func (x *extraction) addMoney(i, end int, n number, cur string, bare bool) {
	q := quantity{val: n.val, lo: n.val, hi: n.val, exact: true, step: n.step}
	start := i
	if h, hs := hedgeBefore(x.toks, i); h != "" && x.free(hs, i) {
		start = hs
		// An amount is hedged more tightly than a count: "an estimated
		// €2.6 million" is the estimate, not any sum near it.
		if !strings.HasSuffix(x.toks[i-1].low, "estimated") {
			applyHedgeTol(&q, h, moneyTolerance)
		}
	}
	x.add(KindMoney, start, end, &moneyValue{q: q, currency: cur, bare: bare, of: convertedFigure(x.toks, start)})
}

// plausibleRate reports whether two amounts in different currencies can
// be one sum converted.
func plausibleRate(a, b *moneyValue) bool {
	ra, _ := lang.USDRate(a.currency)
	rb, _ := lang.USDRate(b.currency)
	if ra == 0 || rb == 0 {
		return false
	}
	return ratio(a.q.val*ra, b.q.val*rb) <= conversionSpread
}

// A rateKey is a pair of currencies, from and to.
type rateKey [2]string

// learnRates returns the exchange rates a story states by converting an
// amount in the same sentence ("C$9.6 million (US$7.0 million)"): how
// many units of the second currency one of the first is worth. A bare
// dollar set beside another dollar is the US dollar.
func learnRates(facts [][][]Fact) map[rateKey]float64 {
	rates := map[rateKey]float64{}
	for _, doc := range facts {
		for _, fs := range doc {
			for i := range fs {
				for j := i + 1; j < len(fs); j++ {
					a, aok := fs[i].v.(*moneyValue)
					b, bok := fs[j].v.(*moneyValue)
					if !aok || !bok || fs[i].group == 0 || fs[i].group != fs[j].group || a.currency == b.currency || a.q.val == 0 || b.q.val == 0 {
						continue
					}
					if _, ok := rates[rateKey{a.currency, b.currency}]; !ok {
						rates[rateKey{a.currency, b.currency}] = b.q.val / a.q.val
						rates[rateKey{b.currency, a.currency}] = a.q.val / b.q.val
					}
				}
			}
		}
	}
	return rates
}

// compareMoney judges two amounts like quantities. Amounts in one
// currency compare as they are. Amounts in two currencies compare at a
// rate the story states, and then only agree or refine: a conversion at
// another day's rate is not a conflict, and without a stated rate they
// are not compared. A bare dollar is any dollar the story converts: "$9.6
// million" agrees with "US$7.0 million" when the story says that C$9.6
// million is US$7.0 million, and conflicts with "C$38.6 million" as
// "$36.8 million".
func compareMoney(a, b *moneyValue, rates map[rateKey]float64) (Status, bool) {
	if convertedAlike(a, b) {
		return Compatible, true
	}
	if a.currency == b.currency {
		st, ok := compareQuantities(&a.q, &b.q)
		if st != Conflict || !(a.bare || b.bare) {
			return st, ok
		}
		// A bare dollar read as another dollar the story converts.
		bare, other := a, b
		if !a.bare {
			bare, other = b, a
		}
		for k, r := range rates {
			if k[1] == other.currency && k[0] != other.currency && lang.Dollar(k[0]) {
				if cst, cok := converted(bare, other, r); cok && cst != Conflict {
					return cst, true
				}
			}
		}
		return st, ok
	}
	if a.bare && lang.Dollar(b.currency) || b.bare && lang.Dollar(a.currency) {
		// "$36.8 million" beside "C$38.6 million": the bare dollar may be
		// the other's dollar.
		if st, ok := compareQuantities(&a.q, &b.q); ok {
			if st != Conflict {
				return st, true
			}
			if r, known := rates[rateKey{a.currency, b.currency}]; known {
				if cst, cok := converted(a, b, r); cok && cst != Conflict {
					return cst, true
				}
			}
			return st, true
		}
	}
	if r, known := rates[rateKey{a.currency, b.currency}]; known {
		if st, ok := converted(a, b, r); ok && st != Conflict {
			return st, true
		}
	}
	return 0, false
}

// converted compares a, converted at rate r, with b: agree within
// rateTolerance, else as quantities.
func converted(a, b *moneyValue, r float64) (Status, bool) {
	q := a.q
	q.val, q.lo, q.hi = q.val*r, q.lo*r, q.hi*r
	q.step = 0
	if closeValues(q.val, b.q.val, rateTolerance) && (q.exact || q.approx) && (b.q.exact || b.q.approx) {
		return Same, true
	}
	return compareQuantities(&q, &b.q)
}

// tableTolerance is how far two sums in two currencies may be apart, at
// the table's rate for the article's year (lang.USDRateIn), and still be
// one sum converted: the table's rates are a year's averages, and a
// writer converts at the day's rate, rounded.
const tableTolerance = 0.10

// rateMoney judges two sums of one fact. In one currency they are figures
// (rateQuantities' rules: sums that differ differ, unless one restates
// the other). In two they are compared, never left aside: at a rate the
// story states, or else at the table's rate for the first article's
// year, within tableTolerance; a conversion written in one sentence is
// checked so too, not trusted.
func rateMoney(an *Analysis, x, y factRef, strong bool) (Status, string, bool) {
	a, b := x.fact.v.(*moneyValue), y.fact.v.(*moneyValue)
	if x.ref != y.ref && convertedAlike(a, b) {
		// Another passage's conversion of the figure; a passage's own
		// conversion is checked below, not trusted.
		return Compatible, "one figure converted by each writer at the rate of the day", true
	}
	if a.currency == b.currency || a.bare && lang.Dollar(b.currency) || b.bare && lang.Dollar(a.currency) {
		st, ok := compareMoney(a, b, an.rates)
		if !ok {
			return 0, "", false
		}
		switch {
		case st == Same:
			return Same, "the same sum", true
		case st == Compatible && !restates(&a.q, &b.q):
			return Differ, "the sums differ, though hedges let both be true", true
		case st == Compatible:
			return Compatible, "one sum restates the other", true
		}
		return Conflict, "different sums", true
	}
	year := an.clocks[x.ref.Doc].date.Year()
	ra, ya, oka := lang.USDRateIn(a.currency, year)
	rb, _, okb := lang.USDRateIn(b.currency, year)
	if r, known := an.rates[rateKey{a.currency, b.currency}]; known {
		if st, ok := converted(a, b, r); ok {
			if st == Same {
				return Compatible, "one sum converted at the rate the story states", true
			}
			// A sentence's own conversion that misses the rate another
			// sentence states is checked at the table's rate too: each
			// writer converts at the rate of the day.
			if x.ref != y.ref || !oka || !okb {
				return st, "different sums at the rate the story states", true
			}
		}
	}
	if !oka || !okb {
		return 0, "", false
	}
	ua, ub := a.q, b.q
	ua.val, ua.lo, ua.hi, ua.step = a.q.val*ra, a.q.lo*ra, a.q.hi*ra, 0
	ub.val, ub.lo, ub.hi, ub.step = b.q.val*rb, b.q.lo*rb, b.q.hi*rb, 0
	at := fmt.Sprintf("at the %d rate (%s %.4g = USD 1 · %s %.4g = USD 1)", ya, a.currency, 1/ra, b.currency, 1/rb)
	if closeValues(ua.val, ub.val, tableTolerance) {
		return Compatible, "one sum converted " + at, true
	}
	if st, ok := compareQuantities(&ua, &ub); ok && st != Conflict {
		return Differ, "the sums differ " + at + ", though hedges let both be true", true
	}
	return Conflict, "different sums " + at, true
}

// moneySlot reads what a sum prices from the words near it (lang's money
// roles: "repairs" and "bill" make a cost, "bond" bail): sums of two
// roles are two facts; a sum whose sentence does not say is paired.
func moneySlot(x *extraction, f *Fact) (key, label string) {
	i, j := x.span(f)
	from, to := x.clause(i, j)
	best, gap := "", 1<<30
	for k := max(from, i-6); k < min(to, j+6); k++ {
		if k >= i && k < j {
			continue
		}
		if r := lang.MoneyRole(x.toks[k].low); r != "" {
			d := i - k
			if k >= j {
				d = k - j + 1
			}
			if d < gap {
				best, gap = r, d
			}
		}
	}
	if best == "" {
		return "", "sum of money"
	}
	key, label = "money/"+best, moneyLabel(best)
	if bg := x.background(f, i, j); bg != "" {
		key = bg + "/" + key
		label += " (" + bg + ")"
	}
	return key, label
}

// moneyLabel names a sum's slot to be read: "the cost", "the sum
// stolen".
func moneyLabel(role string) string {
	switch role {
	case "stolen", "taken":
		return "the sum " + role
	}
	return "the " + role
}
