package fact

import "crosscheck/align/lang"

// Counts of none: "no deaths", "no one was killed", "nobody was hurt",
// "none of the crew was injured", "no residents were injured", and as
// news writes them, "no reports of injuries or major damage", "no
// immediate reports of damage", "passed without damage", "did not hurt
// anyone", "did not do any damage". A none counts only what happened to it ("no one who lost her
// savings" counts nothing); it is a figure of the slot it counts (people
// killed, people injured, damage), so that "no one was hurt" and "two
// people were injured" conflict, and "no deaths" and "no injuries" are
// two facts.

// zeroCounts records the passage's counts of none.
func (x *extraction) zeroCounts() {
	for i := 0; i < len(x.toks); i++ {
		if x.toks[i].quoted || x.taken[i] {
			continue
		}
		if end := x.zeroCount(i); end > i {
			i = end - 1
		}
	}
}

// zeroEvent returns the event a noun names that "no" counts as none
// ("no deaths"), or "".
func zeroEvent(w string) string {
	e, _ := lang.ZeroEvent(w)
	return e
}

// zeroCount reads a count of none at lexeme i: "no deaths", "no one was
// killed", "nobody was hurt", "none of the crew was injured", "no
// residents were injured", "did not hurt anyone", and the lists of
// zeroList. A none counts only what happened to it; it
// returns the index after it, or i.
func (x *extraction) zeroCount(i int) int {
	ls := x.toks
	l := ls[i]
	if l.kind != lexWord || !x.free(i, i+1) {
		return i
	}
	if end := x.zeroList(i); end > i {
		return end
	}
	q := quantity{exact: true, step: 1}
	switch {
	case l.low == "anyone" || l.low == "anybody":
		// "did not hurt anyone", "didn't kill anybody"
		// (not "did not seriously hurt anyone": minor hurts may be)
		if i < 2 || lang.ZeroFrame(ls[i-2].low) != "negation" || othersAfter(ls, i+1) {
			return i
		}
		if q.event = eventOf(ls[i-1].low); q.event == "" || !personEvent(q.event) {
			return i
		}
		x.addQuantity(i, i+1, q)
		return i + 1
	case l.low == "nobody" || l.low == "none" || l.low == "no" && i+1 < len(ls) && ls[i+1].low == "one":
		end := i + 1
		if l.low == "no" {
			end = i + 2
		}
		if othersAfter(ls, end) {
			// "no one else was hurt": the others are none, and "one" no
			// count of one.
			x.markTaken(i, end+1)
			return end + 1
		}
		nounEnd := end
		if l.low == "none" && end+1 < len(ls) && ls[end].low == "of" {
			// "none of the crew", "none of those on board"
			for k := end + 1; k < len(ls) && k <= end+3; k++ {
				if ls[k].kind == lexNum {
					return i // "none of its 19 crew": the group is counted
				}
				if lang.PersonNoun(ls[k].low) || countNoun(ls[k].low) {
					q.noun, nounEnd = singular(ls[k].low), k+1
					if lang.PersonNoun(ls[k].low) {
						q.class = "person"
					}
					break
				}
			}
		}
		x.countContext(&q, i, nounEnd)
		if q.event == "" || q.event == "population" {
			return i
		}
		x.addQuantity(i, nounEnd, q)
		return nounEnd
	case l.low == "no" && i+1 < len(ls) && lang.PersonNoun(ls[i+1].low):
		q.noun, q.class = singular(ls[i+1].low), "person"
		x.countContext(&q, i, i+2)
		if q.event == "" || q.event == "population" {
			return i
		}
		x.addQuantity(i, i+2, q)
		return i + 2
	}
	return i
}

// zeroList reads at lexeme i the nouns of what happened that a frame of
// none denies: "no deaths or injuries", "no reports of damage or
// injuries", "no immediate word of injuries", "without damage", "not
// … any local damage". Each noun is a count of none of its own slot; the
// first holds the frame. It returns the index after the last, or i.
func (x *extraction) zeroList(i int) int {
	ls := x.toks
	start := i + 1
	switch l := ls[i]; {
	case l.low == "no":
		k := i + 1
		for n := 0; n < 2 && k < len(ls) && ls[k].kind == lexWord && lang.ZeroFrame(ls[k].low) == "hedge"; n++ {
			k++
		}
		if k+1 < len(ls) && lang.ZeroFrame(ls[k].low) == "report" && ls[k+1].is("of", "about") {
			start = k + 2
		}
	case l.low == "without":
	case l.low == "any" && x.negatedBefore(i):
	default:
		return i
	}
	from, end := i, i
	for k := start; k < len(ls); {
		noun := x.zeroNoun(k)
		if noun < 0 {
			break
		}
		// "Without" tells of its subject ("the crew escaped without
		// injury"), not of everyone; damage to or at one thing ("no damage
		// to the runway") is that thing's, injuries among a group ("no
		// injuries among the crew") the group's.
		e := zeroEvent(ls[noun].low)
		own := ls[i].low == "without" && personEvent(e) || noun+1 < len(ls) && ls[noun+1].is("to", "at", "among")
		if !own && x.free(from, noun+1) {
			x.addQuantity(from, noun+1, quantity{exact: true, step: 1, event: e})
			end = noun + 1
		}
		// "damage or injuries", "deaths, injuries or damage"
		k = noun + 1
		if k < len(ls) && ls[k].is(",") {
			k++
		}
		if k >= len(ls) || !ls[k].is("or", "and", "nor") && !ls[k-1].is(",") {
			break
		}
		if ls[k].is("or", "and", "nor") {
			k++
		}
		from = k
	}
	return end
}

// zeroNoun returns the index of the noun of what happened at lexeme k, past
// at most two words that qualify it ("any injuries", "major damage", "any
// local damage"), or -1. Only "any" qualifies what happens to people: "no
// serious injuries" leaves room for minor ones.
func (x *extraction) zeroNoun(k int) int {
	ls := x.toks
	for n := 0; n <= 2 && k+n < len(ls); n++ {
		w := ls[k+n]
		if w.kind != lexWord || w.quoted != ls[k].quoted {
			return -1
		}
		if e := zeroEvent(w.low); e != "" {
			for _, m := range ls[k : k+n] {
				if personEvent(e) && m.low != "any" {
					return -1
				}
			}
			return k + n
		}
		if w.upper || w.is("or", "and", "nor", "of", "the", "a", "an") {
			return -1
		}
	}
	return -1
}

// negatedBefore reports whether a negation stands a few words before "any"
// at lexeme i in its clause ("did not do any damage", "didn't report any
// injuries"), and no question it opens ("not clear whether any").
func (x *extraction) negatedBefore(i int) bool {
	ls := x.toks
	for k, n := i-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		l := ls[k]
		if l.kind != lexWord || l.is("whether", "if") || lang.WhWord(l.low) {
			return false
		}
		if lang.ZeroFrame(l.low) == "negation" {
			return true
		}
	}
	return false
}

// othersAfter reports whether lexeme k says the none counts the others
// than those already told of ("no one else was hurt", "did not kill
// anyone else"): one hurt and no one else is one, not none.
func othersAfter(ls []lexeme, k int) bool {
	return k < len(ls) && ls[k].is("else")
}
