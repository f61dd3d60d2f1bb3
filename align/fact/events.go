package fact

import (
	"github.com/kljensen/snowball/english"

	"crosscheck/align/lang"
)

// clauseWords returns the stems of the meaningful words before the value
// at lexemes [i, j) in its sentence, and after it too when few come before
// ("On October 8, the envoys met …", "It hit at 3:10 p.m. in Rotterdam").
func (x *extraction) clauseWords(i, j int) map[string]bool {
	out := map[string]bool{}
	collect := func(from, step int) {
		for k, n := from, 0; k >= 0 && k < len(x.toks) && n < 20; k, n = k+step, n+1 {
			l := x.toks[k]
			if l.kind == lexPunct && (l.low == ";" || l.low == "." || l.low == ":") {
				break
			}
			if l.kind == lexWord && len(l.low) >= 3 && !lang.FunctionWord(l.low) && !lang.EventStopWord(l.low) {
				out[english.Stem(plainFold(l.low), false)] = true
			}
		}
	}
	if collect(i-1, -1); len(out) < 2 {
		collect(j, +1)
	}
	return out
}

// sharesWord reports whether two word sets share a word; an empty set (a
// date alone in its clause) shares with anything.
func sharesWord(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// sharesEventWord reports whether two word sets share a word, both being
// known: the surer test, for values that are as often of two events as of
// one.
func sharesEventWord(a, b map[string]bool) bool {
	return len(a) > 0 && len(b) > 0 && sharesWord(a, b)
}

// nearWords returns the stems of the meaningful lower-case words within a
// few words of the value at lexemes [i, j) in its clause (up to a comma
// too): "arrested Monday", "was fired last Thursday", "died on Friday
// after falling".
func (x *extraction) nearWords(i, j int) map[string]bool {
	out := map[string]bool{}
	collect := func(from, step int) {
		for k, n := from, 0; k >= 0 && k < len(x.toks) && n < nearReach; k += step {
			l := x.toks[k]
			if l.kind == lexPunct && l.low == "," && k == from {
				continue // "Yesterday, a climber died"; "On Friday, Rait died"
			}
			if l.kind == lexPunct && (l.low == ";" || l.low == "." || l.low == ":" || l.low == ",") {
				break
			}
			if l.kind != lexWord || l.upper || l.quoted {
				continue
			}
			n++
			if len(l.low) >= 3 && !lang.FunctionWord(l.low) && !lang.EventStopWord(l.low) {
				out[english.Stem(plainFold(l.low), false)] = true
			}
		}
	}
	collect(i-1, -1)
	collect(j, +1)
	return out
}

// nearReach is how many lower-case words either side of a date or a time
// say what happened then.
const nearReach = 5
