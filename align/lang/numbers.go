package lang

import (
	"strings"
)

// A numberWord is a number written as a word, and its class.
type numberWord struct {
	value float64
	class string
}

var numberWords = newLazy(func() map[string]numberWord {
	m := map[string]numberWord{}
	for _, r := range rows("numbers.tsv") {
		m[r[0]] = numberWord{number(r[1]), r[2]}
	}
	return m
})

// NumberWords returns every number written as a word, of every class,
// in no order.
func NumberWords() []string {
	var out []string
	for w := range numberWords.get() {
		out = append(out, w)
	}
	return out
}

func numberOfClass(w, class string) (float64, bool) {
	n, ok := numberWords.get()[w]
	if !ok || n.class != class {
		return 0, false
	}
	return n.value, true
}

// Cardinal returns the value of a number written as a word, from "zero"
// to "ninety".
func Cardinal(w string) (float64, bool) { return numberOfClass(w, "cardinal") }

// Scale returns the multiplier a word sets after a number: "hundred",
// "million", "m", "bn".
func Scale(w string) (float64, bool) { return numberOfClass(w, "scale") }

// Collective returns the number a counting noun stands for: "dozen",
// "pair", "couple", "single".
func Collective(w string) (float64, bool) { return numberOfClass(w, "collective") }

var vagueNumbers = newLazy(func() map[string][2]float64 {
	m := map[string][2]float64{}
	for _, r := range rows("vague_numbers.tsv") {
		m[r[0]] = [2]float64{number(r[1]), number(r[2])}
	}
	return m
})

// Vague returns the range a plural number word stands for: "dozens" is 24
// to 99.
func Vague(w string) (lo, hi float64, ok bool) {
	r, ok := vagueNumbers.get()[w]
	return r[0], r[1], ok
}

var ordinals = numbered("ordinals.txt")

// Ordinal returns the number an ordinal word stands for: "third" is 3.
func Ordinal(w string) (int, bool) {
	n, ok := ordinals.get()[w]
	return n, ok
}

// A Hedge is words before a number that make it a bound or an
// approximation.
type Hedge struct {
	// Text is the hedge as written in the list: "at least".
	Text string
	// Words are its words in order: "at", "least".
	Words []string
	// Kind is ">=" (at least), "<=" (at most), "upto" (as many as),
	// "nearly" (a little under) or "~" (about).
	Kind string
}

var hedges = newLazy(func() []Hedge {
	var out []Hedge
	for _, r := range rows("hedges.tsv") {
		out = append(out, Hedge{r[0], strings.Fields(r[0]), r[1]})
	}
	return out
})

// Hedges returns the hedges, longest first: the first that matches is
// the one meant. The slice is shared and must not be changed.
func Hedges() []Hedge { return hedges.get() }
