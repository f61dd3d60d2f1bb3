package lang

import (
	"strconv"
	"strings"
)

// A Unit is a unit of measure.
type Unit struct {
	// Symbol names the unit: "km", "°F", "sq mi".
	Symbol string
	// Dim is its dimension: "length", "speed", "duration", "temperature",
	// "percent", "mass", "volume", "area", "magnitude".
	Dim string
	// Factor converts a value to the dimension's base unit (metres,
	// seconds, metres per second, …), and Offset is added after it
	// (degrees Fahrenheit to Celsius).
	Factor, Offset float64
}

// A unitsTable holds the units by symbol and by the words that name
// them; each unit is one *Unit, so that units compare by pointer.
type unitsTable struct {
	bySymbol, byWord map[string]*Unit
}

var units = newLazy(func() *unitsTable {
	t := &unitsTable{}
	t.bySymbol, t.byWord = map[string]*Unit{}, map[string]*Unit{}
	for _, r := range rows("units.tsv") {
		u := &Unit{Symbol: r[0], Dim: r[1], Factor: number(r[2]), Offset: number(r[3])}
		t.bySymbol[u.Symbol] = u
		for _, w := range strings.Fields(field(r, 4)) {
			t.byWord[w] = u
		}
	}
	return t
})

// UnitNamed returns the unit a word names after a number ("km",
// "kilometres", "%", "c"), or nil.
func UnitNamed(w string) *Unit { return units.get().byWord[w] }

// UnitSymbol returns the unit of the given symbol ("km", "km/h", "sq
// mi"), or nil.
func UnitSymbol(symbol string) *Unit { return units.get().bySymbol[symbol] }

// A currency is one row of the currency table.
type currency struct {
	code   string
	usd    float64
	dollar bool
}

// A currenciesTable indexes the currency table by the ways an amount
// names its currency.
type currenciesTable struct {
	byCode, byLowerCode, bySymbol, byPrefix, byLetters, byName map[string]currency
}

var currencies = newLazy(func() *currenciesTable {
	t := &currenciesTable{}
	t.byCode, t.byLowerCode, t.bySymbol = map[string]currency{}, map[string]currency{}, map[string]currency{}
	t.byPrefix, t.byLetters, t.byName = map[string]currency{}, map[string]currency{}, map[string]currency{}
	for _, r := range rows("currencies.tsv") {
		c := currency{code: r[0], usd: number(r[1]), dollar: field(r, 5) == "dollar"}
		t.byCode[c.code] = c
		t.byLowerCode[strings.ToLower(c.code)] = c
		for col, m := range []map[string]currency{2: t.bySymbol, 3: t.byPrefix, 4: t.byLetters, 6: t.byName} {
			if m == nil {
				continue
			}
			for _, w := range strings.Fields(field(r, col)) {
				m[w] = c
			}
		}
	}
	return t
})

func codeIn(m map[string]currency, k string) (string, bool) {
	c, ok := m[k]
	return c.code, ok
}

// CurrencySymbol returns the ISO code of the currency a symbol written
// before an amount stands for ("€" gives "EUR", "$" gives "USD").
func CurrencySymbol(s string) (code string, ok bool) { return codeIn(currencies.get().bySymbol, s) }

// DollarPrefix returns the ISO code of the dollar the letters before "$"
// name, in lower case ("us", "c", "nz").
func DollarPrefix(w string) (code string, ok bool) { return codeIn(currencies.get().byPrefix, w) }

// CurrencyLetters returns the ISO code of the currency whose letters are
// written touching an amount's digits, as written ("R", "Rs").
func CurrencyLetters(text string) (code string, ok bool) {
	return codeIn(currencies.get().byLetters, text)
}

// CurrencyName returns the ISO code of the currency a word after an
// amount names ("euros", "rand").
func CurrencyName(w string) (code string, ok bool) { return codeIn(currencies.get().byName, w) }

// CurrencyCode reports whether w, in lower case, is a currency's ISO code
// ("eur", "zar").
func CurrencyCode(w string) bool {
	_, ok := currencies.get().byLowerCode[w]
	return ok
}

// USDRate returns the rough value in US dollars of one unit of the
// currency: good to within a factor of two for years.
func USDRate(code string) (float64, bool) {
	c, ok := currencies.get().byCode[code]
	return c.usd, ok
}

// Dollar reports whether a bare "$" may stand for the currency: the US,
// Canadian, Australian, New Zealand, Hong Kong and Singapore dollars.
func Dollar(code string) bool { return currencies.get().byCode[code].dollar }

// rates are the dated exchange rates of rates.tsv: by currency, the value
// in US dollars of one unit each year.
var rates = newLazy(func() map[string]map[int]float64 {
	out := map[string]map[int]float64{}
	for _, r := range rows("rates.tsv") {
		y, _ := strconv.Atoi(field(r, 1))
		if out[r[0]] == nil {
			out[r[0]] = map[int]float64{}
		}
		out[r[0]][y] = number(field(r, 2))
	}
	return out
})

// USDRateIn returns the value in US dollars of one unit of the currency
// in the year (its average), from the table of rates: the year's, or the
// nearest year's the table holds, and that year; false when the table
// does not hold the currency. The US dollar is 1.
func USDRateIn(code string, year int) (float64, int, bool) {
	if code == "USD" {
		return 1, year, true
	}
	byYear := rates.get()[code]
	best, bestYear := 0.0, 0
	for y, r := range byYear {
		if best == 0 || abs(y-year) < abs(bestYear-year) || abs(y-year) == abs(bestYear-year) && y < bestYear {
			best, bestYear = r, y
		}
	}
	return best, bestYear, best > 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
