package fact

import (
	"crosscheck/align/lang"
)

// The units written after a number: "10km", "kilometres an hour", "per
// cent", "degrees Celsius", "square miles".

// A unit is a unit of measure (see lang.Unit). The units are one pointer
// each: they compare with ==.
type unit = lang.Unit

// unitOf returns the unit of the given symbol ("km", "%").
func unitOf(symbol string) *unit { return lang.UnitSymbol(symbol) }

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
	if ls[k].quoted != ls[j-1].quoted {
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
