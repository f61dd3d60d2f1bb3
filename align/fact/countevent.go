package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// What happened to a count where its words are not plain: past an aside
// between commas or dashes ("Three workers, one of them a guard, were
// killed"; "the four climbers-three men and a woman-were injured") or a
// second count joined by "and" ("two women and one man died"), in a
// headline's capitals ("THREE PEOPLE HAVE DIED", "3 People Die In
// Fire"), and how people shot fared ("shot dead").

// asideSpan is how many lexemes an aside after a count may hold.
const asideSpan = 12

// eventPastAside returns what happened to a count whose clause stops at
// the comma or dash at lexeme k: the event of the verb just after it
// ("a man and two women, were killed"), or, when open is true (the mark
// follows the count), of the verb after the aside the mark opens; or "".
func (x *extraction) eventPastAside(k int, open bool) string {
	ls := x.toks
	if !ls[k].is(",", "-", "—", "–") {
		return ""
	}
	if e := x.auxEvent(k + 1); e != "" {
		return e
	}
	if !open {
		return ""
	}
	for c := k + 1; c < len(ls) && c <= k+asideSpan; c++ {
		l := ls[c]
		if l.quoted != ls[k].quoted || l.kind == lexPunct && !l.is(",", "-", "—", "–") {
			return ""
		}
		if l.kind == lexWord && eventOf(l.low) != "" {
			return "" // "killed 3, injured 5": a list of clauses, no aside
		}
		if l.low == ls[k].low {
			return x.auxEvent(c + 1)
		}
	}
	return ""
}

// auxEvent returns the event of a passive or perfect verb starting at
// lexeme k ("were killed", "have died", "had been injured", "died"), or
// "". A participle in "-ing" tells what the subject did, not what befell
// the count: "shot three people, killing one".
func (x *extraction) auxEvent(k int) string {
	ls := x.toks
	for n := 0; k < len(ls) && n < 3; k, n = k+1, n+1 {
		l := ls[k]
		if l.kind != lexWord {
			return ""
		}
		if e := eventOf(l.low); e != "" && !isPopulationWord(l.low) {
			if n == 0 && strings.HasSuffix(l.low, "ing") {
				return ""
			}
			return e
		}
		if !l.is("were", "was", "have", "has", "had", "been", "are", "is", "later") {
			return ""
		}
	}
	return ""
}

// peopleList returns the index after the counts of people from lexeme
// k that a count's verb is said of too: another joined by "and" ("[and
// one man] died"), or the people it counts, named one by one ("three
// workers [a man and two women] died"); or k.
func (x *extraction) peopleList(k int) int {
	ls := x.toks
	c := k
	for {
		e := c
		if e < len(ls) && ls[e].low == "and" {
			e++
		}
		if e+1 >= len(ls) || ls[e+1].kind != lexWord || !lang.PersonNoun(ls[e+1].low) || !(ls[e].is("a", "an") || isNumberWord(ls[e])) {
			return c
		}
		c = e + 2
	}
}

// shotHow returns what befell people shot when the words after the
// event e at lexeme k tell: "shot dead", "shot to death" and "shot and
// killed" are killed, "shot and wounded" injured; else e.
func (x *extraction) shotHow(e string, k int) string {
	ls := x.toks
	switch {
	case e != "shot":
	case k+1 < len(ls) && ls[k+1].low == "dead", k+2 < len(ls) && ls[k+1].low == "to" && ls[k+2].low == "death":
		return "killed"
	case k+2 < len(ls) && ls[k+1].low == "and" && eventOf(ls[k+2].low) != "" && eventOf(ls[k+2].low) != "population":
		return eventOf(ls[k+2].low)
	}
	return e
}

// capitalEvent reports whether a capitalised word l says what happened
// to a count: an event word in capitals ("THREE PEOPLE HAVE DIED") or in
// a headline's title case ("3 People Die In Fire"). Elsewhere a
// capitalised word is a name's ("the Dead Sea").
func (x *extraction) capitalEvent(l lexeme) bool {
	if eventOf(l.low) == "" {
		return false
	}
	return len(l.text) > 1 && l.text == strings.ToUpper(l.text) || x.titleCase()
}
