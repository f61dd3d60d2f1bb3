package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// What happened to a count told past the words set beside it: an aside
// between commas or dashes ("Three workers, one of them a guard, were
// killed"; "the four climbers-three men and a woman-were injured"), or
// a second count joined by "and" ("two women and one man died").

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

// coordinatedCount returns the index after a count of people joined to
// another by "and" from lexeme k ("one man", "a man", "three children"),
// or k.
func (x *extraction) coordinatedCount(k int) int {
	ls := x.toks
	if k+1 >= len(ls) || ls[k+1].kind != lexWord || !lang.PersonNoun(ls[k+1].low) {
		return k
	}
	if ls[k].is("a", "an") || isNumberWord(ls[k]) {
		return k + 2
	}
	return k
}
