package fact

import (
	"sort"
	"strings"

	"crosscheck/align/lang"
)

// What a value is about: its slot. Values of one kind are one fact when
// their slots say they are about one thing ("people injured", "age of
// Anthony LaCalamita", "distance from Cobb"), whichever outlets give
// them, and never when their slots say they are about two; a value
// whose sentence does not say is grouped by pairing (see Sheet). Each
// kind reads its values' slots (kindSpec.slotOf); the helpers here find
// what a value's clause says around it.

// assignSlots sets each fact's Slot and slotKey: the kind's reading of
// what it is about, or the kind's name, grouped by pairing.
func (x *extraction) assignSlots() {
	for i := range x.facts {
		f := &x.facts[i]
		if k := specOf(f.Kind); k.slotOf != nil {
			f.slotKey, f.Slot = k.slotOf(x, f)
		}
		if f.Slot == "" {
			f.Slot = slotName(f.Kind, f.Role)
		}
	}
}

// lexAt returns the index of the first lexeme starting at or after byte
// offset.
func (x *extraction) lexAt(offset int) int {
	return sort.Search(len(x.toks), func(i int) bool { return x.toks[i].start >= offset })
}

// span returns the lexemes [i, j) a fact spans.
func (x *extraction) span(f *Fact) (int, int) {
	i := x.lexAt(f.Start)
	j := i
	for j < len(x.toks) && x.toks[j].end <= f.End {
		j++
	}
	return i, max(j, i+1)
}

// clause returns the lexemes [from, to) of the clause around [i, j): up
// to a full stop, a semicolon, a colon or a dash, either side.
func (x *extraction) clause(i, j int) (int, int) {
	stop := func(l lexeme) bool {
		return l.kind == lexPunct && (l.low == "." || l.low == ";" || l.low == ":" || l.low == "—" || l.low == "–")
	}
	from := i
	for from > 0 && !stop(x.toks[from-1]) {
		from--
	}
	to := j
	for to < len(x.toks) && !stop(x.toks[to]) {
		to++
	}
	return from, to
}

// background returns how a value at [i, j) is qualified as a figure of
// other events than the story's, or "": a year that is not the article's
// ("in 2004"), a total so far ("so far", "to date"), a count of earlier
// events of the kind in its clause ("in its five operations").
func (x *extraction) background(f *Fact, i, j int) string {
	from, to := x.clause(i, j)
	ls := x.toks
	for k := from; k < to; k++ {
		for _, cue := range lang.BackgroundCues() {
			if k+len(cue) > to {
				continue
			}
			match := true
			for m, w := range cue {
				if ls[k+m].low != w {
					match = false
					break
				}
			}
			if match {
				return "earlier events"
			}
		}
		if lang.EventNoun(ls[k].low) && strings.HasSuffix(ls[k].low, "s") && k > from {
			if n, ok := numberAt(ls, k-1); ok && n.val > 1 && n.end == k {
				return "earlier events"
			}
		}
	}
	for g := range x.facts {
		o := &x.facts[g]
		if o == f || o.Kind != KindDate || o.End <= ls[from].start || o.Start >= ls[to-1].end {
			continue
		}
		if d, ok := o.v.(*dateValue); ok && d.yearGiven && !x.published.IsZero() && d.year <= x.published.Year()-backgroundYears {
			return "earlier events"
		}
	}
	return ""
}

// backgroundYears is how many years before its article a year a figure
// is dated by must be for the figure to be of another event: a story of
// 2013 tells of its 2012 shooting, and of the 2004 tsunami for
// background.
const backgroundYears = 2

// personAt returns the name of the person a value at lexemes [i, j) is
// said of, as written and as a key (the folded surname), or "": the name
// before it ("Anthony LaCalamita, 38,"; "LaCalamita, a 38-year-old"), or
// after it ("the 38-year-old Anthony LaCalamita", "a 63-year-old
// receptionist, Madeline Kafoury").
func (x *extraction) personAt(i, j int) (name, key string) {
	ls := x.toks
	var best *Fact
	gap := 1 << 30
	for g := range x.facts {
		n := &x.facts[g]
		if n.Kind != KindName {
			continue
		}
		ni, nj := x.span(n)
		switch {
		case nj <= i && i-nj <= 4 && commaBetween(ls, nj, i):
			// "Anthony LaCalamita, 38"; "Kafoury, a 63-year-old"
			if d := i - nj; d < gap {
				best, gap = n, d
			}
		case ni >= j && ni-j <= 4 && !punctBetween(ls, j, ni, ".;") && !adjectival(ls, n, nj):
			if d := ni - j; d < gap {
				best, gap = n, d
			}
		}
	}
	if best == nil {
		return "", ""
	}
	words := nameWordsOf(best)
	for len(words) > 1 && isNameSuffix(words[len(words)-1].fold) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return "", ""
	}
	return x.text[words[0].start:words[len(words)-1].end], words[len(words)-1].fold
}

// isNameSuffix reports whether w ends a name without being its surname:
// "III", "Jr".
func isNameSuffix(w string) bool {
	switch w {
	case "ii", "iii", "iv", "jr", "sr":
		return true
	}
	return false
}

// commaBetween reports whether lexemes [i, j) open with a comma and hold
// no full stop: "LaCalamita, 38", "LaCalamita, a 38-year-old".
func commaBetween(ls []lexeme, i, j int) bool {
	return i < j && ls[i].low == "," && !punctBetween(ls, i, j, ".;")
}

// punctBetween reports whether lexemes [i, j) hold one of the marks.
func punctBetween(ls []lexeme, i, j int, marks string) bool {
	for k := i; k < j && k < len(ls); k++ {
		if ls[k].kind == lexPunct && strings.Contains(marks, ls[k].low) {
			return true
		}
	}
	return false
}

// nounAfter returns the lower-case noun just after lexeme j ("a
// 63-year-old receptionist"), or "".
func (x *extraction) nounAfter(j int) string {
	ls := x.toks
	for k := j; k < len(ls) && k < j+3; k++ {
		l := ls[k]
		if l.kind != lexWord || l.upper {
			return ""
		}
		if lang.FunctionWord(l.low) || lang.NumberStop(l.low) {
			return "" // "at the age of 22 of an overdose": not said of a noun
		}
		if l.low == "unborn" {
			return "fetus" // "a 12-week-old unborn child"
		}
		if pastTense(l.low) {
			return "" // "the 27-year-old fathered …": a verb, not a noun
		}
		if k+1 < len(ls) && ls[k+1].kind == lexWord && !ls[k+1].upper && !lang.FunctionWord(ls[k+1].low) && !lang.NumberStop(ls[k+1].low) && !lang.SpeechVerb(ls[k+1].low) && !pastTense(ls[k+1].low) {
			continue // "a 63-year-old office receptionist"; not "a 36-year-old man died"
		}
		if l.low == "foetus" {
			return "fetus"
		}
		return l.low
	}
	return ""
}

// plural writes a counted noun in the plural, roughly: "home" → "homes",
// "people" stays.
func plural(n string) string {
	switch {
	case n == "" || n == "people" || n == "police" || n == "personnel" || n == "staff" || n == "crew" || strings.HasSuffix(n, "men") || n == "children":
		return n
	case strings.HasSuffix(n, "man") && lang.PersonNoun(n[:len(n)-3]+"men"):
		return n[:len(n)-3] + "men" // "man", "woman", "fireman"; not "German"
	case strings.HasSuffix(n, "y") && len(n) > 2 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	case strings.HasSuffix(n, "s") || strings.HasSuffix(n, "x") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "sh"):
		return n + "es"
	}
	return n + "s"
}

// adjectival reports whether a one-word name ending at lexeme j qualifies
// the noun after it ("a 36-year-old Australian climber"): a nationality,
// not a person.
func adjectival(ls []lexeme, n *Fact, j int) bool {
	if len(nameWordsOf(n)) != 1 || j >= len(ls) {
		return false
	}
	l := ls[j]
	return l.kind == lexWord && !l.upper && !lang.FunctionWord(l.low) && !lang.SpeechVerb(l.low) &&
		!strings.HasSuffix(l.low, "ed") && !strings.HasSuffix(l.low, "ing") && !strings.HasSuffix(l.low, "s")
}

// pastTense reports whether w reads as a verb in the past tense ("died",
// "fathered"), not a noun.
func pastTense(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}
