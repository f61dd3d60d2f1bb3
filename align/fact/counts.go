package fact

import (
	"math"
	"strings"

	"crosscheck/align/lang"
)

// What a count counts: the noun after it, what happened to it ("killed",
// "destroyed"), where it stands in a sequence ("the first four"), an age
// ("aged 22"), and a count of none ("no deaths").

// countNoun reports whether w is a word a number can count: a plural or a
// known counted noun.
func countNoun(w string) bool {
	if _, syn := lang.NounSynonym(w); lang.PersonNoun(w) || syn || lang.ChargeNoun(w) {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// singular returns a plural noun in the singular, roughly.
func singular(w string) string {
	switch {
	case w == "people" || w == "men" || w == "women" || w == "children" || w == "personnel" || w == "police" || w == "staff" || w == "crew":
		return w
	case strings.HasSuffix(w, "men") && len(w) > 4 && lang.PersonNoun(w):
		return w[:len(w)-3] + "man" // "crewmen", "gunmen"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// countNounAfter finds the noun a number counts, in the few words after
// it ("24 people", "dozens of houses", "1,250 search and rescue
// personnel", "100 to 200 Hamas fighters"), and returns the index after
// it, or end when there is none.
func (x *extraction) countNounAfter(q *quantity, end int, vague bool) int {
	ls := x.toks
	k := end
	if vague && k < len(ls) && ls[k].low == "of" {
		k++
	}
	// "about 40 of Thériault’s former clients", "40 of his clients": the
	// noun past the owner.
	if !vague && k+2 < len(ls) && ls[k].low == "of" {
		switch {
		case ls[k+1].upper && ls[k+1].kind == lexWord && ls[k+2].low == "'s":
			k += 3
		case ls[k+1].is("his", "her"):
			k += 2
		}
	}
	caps := 0
	for n := 0; k < len(ls) && n < 5; k, n = k+1, n+1 {
		l := ls[k]
		if l.quoted != x.toks[max(0, end-1)].quoted {
			break // a quotation's words are not what a number outside it counts, nor the other way
		}
		if l.kind == lexPunct {
			if l.low == "-" && !l.space {
				continue
			}
			break
		}
		if l.kind == lexNum {
			// A model's number inside the noun: "six AK 47 rifles", "14
			// AK-47 rifles".
			if k > 0 && ls[k-1].kind == lexWord && ls[k-1].upper && len(ls[k-1].text) <= 3 || k > 1 && ls[k-1].low == "-" && ls[k-2].upper {
				continue
			}
			break
		}
		if l.upper && (x.capitalEvent(l) || lang.FunctionWord(l.low) || lang.NumberStop(l.low)) {
			break // "Two Hurt As …", "3 Dead In …": a headline's words after its count
		}
		if l.upper && !lang.PersonNoun(l.low) {
			// "Hamas fighters"; a capitalised word may also be a people
			// ("24 Palestinians").
			if caps++; caps > 2 {
				break
			}
			if strings.HasSuffix(l.low, "s") && (k+1 >= len(ls) || ls[k+1].kind != lexWord || ls[k+1].upper || lang.NumberStop(ls[k+1].low)) {
				q.noun = singular(l.low)
				if demonym(l.low) {
					q.class = "person" // "24 Palestinians"; not "12 Magazines"
				}
				q.mod = x.modifierBefore(k, end)
				return k + 1
			}
			continue
		}
		if k+1 < len(ls) && ls[k+1].low == "-" && !ls[k+1].space && !(countNoun(l.low) && k+2 < len(ls) && isNumberWord(ls[k+2])) {
			continue // "on-street", a modifier; not "workers-two women"
		}
		if l.low == "and" && k+1 < len(ls) && ls[k+1].kind == lexWord && !lang.NumberStop(ls[k+1].low) && n > 0 {
			continue // "search and rescue personnel", "schoolboys and instructors"
		}
		if lang.NumberStop(l.low) || eventOf(l.low) != "" && !lang.PersonNoun(l.low) {
			break
		}
		if countNoun(l.low) || lang.PersonNoun(l.low) {
			w := singular(l.low)
			if s := nounSynonym(w); s != "" {
				w = s
			}
			if s := nounSynonym(l.low); s != "" {
				w = s
			}
			q.noun = w
			if lang.PersonNoun(l.low) {
				q.class = "person"
			}
			q.mod = x.modifierBefore(k, end)
			return k + 1
		}
	}
	// "a group of 13", "a crew of 19": the noun before.
	i := x.startOf(q, end)
	if i >= 2 && ls[i-1].low == "of" && ls[i-2].kind == lexWord && lang.PersonNoun(ls[i-2].low) {
		q.noun, q.class = singular(ls[i-2].low), "person"
	}
	return end
}

// startOf returns the first lexeme of the number ending at end (before its
// hedge), for looking at what precedes it.
func (x *extraction) startOf(q *quantity, end int) int {
	ls := x.toks
	i := end - 1
	for i > 0 && (ls[i-1].kind == lexNum || ls[i-1].low == "-" || isScale(ls[i].low)) && i > end-4 {
		i--
	}
	if h, hs := hedgeBefore(ls, i); h != "" {
		return hs
	}
	return i
}

// countContext reads what happened to the counted thing from the words
// around a quantity at [i, j): the nearest event word before it in its
// clause ("killing 24", "injuring nearly 190") or after it ("186 people
// were injured", "57 homes destroyed"), a death toll ("the death toll has
// risen to 24"), and an order ("the first four boys").
func (x *extraction) countContext(q *quantity, i, j int) {
	ls := x.toks
	if i > 0 && ls[i-1].is("first", "next", "last", "final", "remaining") {
		q.order = ls[i-1].low
		if q.order == "final" {
			q.order = "last"
		}
	} else if i > 2 && ls[i-3].is("first", "next", "last", "final", "remaining") && ls[i-2].is("group", "batch") && ls[i-1].low == "of" {
		// "the final group of four"
		q.order = ls[i-3].low
		if q.order == "final" {
			q.order = "last"
		}
	}
	// Before: up to four words back in the same clause.
	for k, n := i-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		l := ls[k]
		if l.kind == lexPunct && l.low != "-" || l.kind == lexNum || l.quoted != ls[i].quoted {
			break
		}
		if e := eventOf(l.low); e != "" && !isPopulationWord(l.low) {
			q.event = e
			return
		}
		if e, ok := lang.CountVerb(l.low); ok && k == i-1 {
			q.event = e // "wounds 2"
			return
		}
		if isPopulationWord(l.low) && (n == 0 || n == 1 && ls[k+1].is("of", "to")) {
			// "home to 21,500 people", "a town of about 20,000"
			if q.noun == "" || q.class == "person" {
				q.event = "population"
				return
			}
		}
		if l.is("and", "but", "while") {
			break
		}
	}
	// After: the rest of the clause; the words of a name ("residents of
	// Cobb and Loch Lomond are under evacuation orders") do not count.
	for k, n := j, 0; k < len(ls) && n < 6; k++ {
		l := ls[k]
		if l.kind == lexPunct && l.low != "-" || l.kind == lexNum || l.quoted != ls[i].quoted {
			// "Two workers, one of them a guard, were killed": past an
			// aside to the verb.
			if e := x.eventPastAside(k, k == j); e != "" {
				q.event = e
			}
			break
		}
		if l.low == "-" && k == j {
			if e := x.eventPastAside(k, true); e != "" {
				q.event = e // "the three workers-two women and a man-were killed"
				return
			}
		}
		if l.is("for", "in", "over") && k+2 < len(ls) && ls[k+1].is("the", "their", "his", "her") && ls[k+2].is("death", "deaths") {
			break // "two murder charges for the deaths of …": a cause, not what befell the count
		}
		if l.upper && k > j && !x.capitalEvent(l) {
			continue
		}
		n++
		if l.low == "and" && k > j && ls[k-1].upper && k+1 < len(ls) && ls[k+1].upper {
			continue
		}
		if k == j {
			if c := x.peopleList(k); c > k {
				// "two women and one man died", "the three bank
				// workers a man and two women died"
				k = c - 1
				continue
			}
		}
		if l.is("and", "but", "while", "as", "after", "when", "will", "would", "could", "can", "may", "might", "should", "must") {
			break
		}
		// "forced 1,200 people from their homes"
		if l.low == "from" && k+2 < len(ls) && ls[k+1].is("their", "the") && ls[k+2].is("homes", "houses") {
			q.event = "evacuated"
			return
		}
		if e := eventOf(l.low); e != "" && !isPopulationWord(l.low) {
			q.event = x.shotHow(e, k)
			return
		}
		// "108 votes in favour"
		if l.is("favour", "favor") && k > 0 && ls[k-1].low == "in" {
			q.event = "for"
			return
		}
	}
	// "The death toll … has risen to 24": a bare number after "to"/"at" in
	// a sentence about a toll.
	if q.noun == "" && q.unit == nil && i > 0 && ls[i-1].is("to", "at", "reached", "hit") {
		for k := i - 2; k >= 0; k-- {
			if ls[k].low == "toll" {
				q.event = "killed"
				return
			}
		}
	}
}

// isPopulationWord reports whether w names a population or the place it
// lives in ("inhabitants", "town"): a number just after it is the
// population ("a town of 20,000"). The verb "live" says so only after the
// number ("where 2,800 people live").
func isPopulationWord(w string) bool {
	return eventOf(w) == "population" && w != "live"
}

// eventOf returns what happened to counted things that w says, or "".
func eventOf(w string) string {
	e, _ := lang.Event(w)
	return e
}

// nounSynonym returns the noun w is counted as, or "".
func nounSynonym(w string) string {
	s, _ := lang.NounSynonym(w)
	return s
}

// age reads an age: "aged 22", "at age 22", "at the age of 22", "aged 14
// to 17", "ages 47 and 48", "Mehmet Aslan, 41," (or ending the sentence).
// It sets q's class and returns true.
func (x *extraction) age(q *quantity, i, end int) bool {
	ls := x.toks
	isAge := false
	switch {
	case i >= 1 && ls[i-1].is("aged", "age", "ages"):
		isAge = true
	case i >= 3 && ls[i-1].low == "and" && isNumberWord(ls[i-2]) && ls[i-3].is("aged", "ages"):
		isAge = true // the second of "ages 47 and 48"
	case i >= 2 && ls[i-1].low == "between" && ls[i-2].is("aged", "age"):
		isAge = true
	case i >= 2 && ls[i-2].low == "age" && ls[i-1].low == "of":
		isAge = true
	case i >= 2 && ls[i-1].low == "," && ls[i-2].upper && ls[i-2].kind == lexWord && (end < len(ls) && ls[end].is(",", ";") || end+1 == len(ls) && ls[end].low == ".") && q.val < 120 && q.val >= 1 && q.val == math.Trunc(q.val):
		isAge = true
	}
	if isAge {
		q.class, q.noun, q.unit = "age", "", nil
	}
	return isAge
}

// isNumberWord reports whether l is a number, in digits or in words.
func isNumberWord(l lexeme) bool {
	if l.kind == lexNum {
		return true
	}
	_, ok := lang.Cardinal(l.low)
	return ok
}

// modifierBefore returns the word that narrows the counted noun at k, in
// the words after the number (which end at end): "merchant" in "five
// merchant vessels", "pirate" in "Three Pirate Vessels", folded; or "".
// What happened to the thing ("injured") and "other" are not modifiers.
func (x *extraction) modifierBefore(k, end int) string {
	if k-1 < end {
		return ""
	}
	l := x.toks[k-1]
	if l.kind != lexWord || l.quoted != x.toks[end-1].quoted || lang.FunctionWord(l.low) || lang.NumberStop(l.low) || eventOf(l.low) != "" || hedgeWord(l.low) || l.is("other", "more", "of", "and") {
		return ""
	}
	if _, ok := lang.Cardinal(l.low); ok {
		return ""
	}
	return plainFold(l.low)
}

// demonym reports whether a capitalised plural names a people: "Palestinians",
// "Israelis", "Somalis", "Chinese".
func demonym(w string) bool {
	for _, suf := range []string{"ans", "ese", "is", "ites", "ers"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ageAfter makes a length of time ending at lexeme end an age when the
// words after say so, and returns the index after them: "22 years old",
// "34-year-old", or a span before a child not yet born or newly born ("a
// 12 week unborn child", "a six-month baby"). Else it returns end.
func (x *extraction) ageAfter(q *quantity, end int) int {
	ls := x.toks
	if q.unit == nil || q.unit.Dim != "duration" {
		return end
	}
	switch {
	case end < len(ls) && ls[end].low == "old":
		end++
	case end+1 < len(ls) && ls[end].low == "-" && ls[end+1].low == "old":
		end += 2
	case end < len(ls) && ls[end].is("unborn", "fetus", "foetus", "baby", "infant", "newborn") && !x.taken[end]:
	default:
		return end
	}
	q.unit, q.class, q.noun = nil, "age", ""
	return end
}

// namesWithin returns the capitalised words of lexemes [i, j) that are
// names: not a sentence's first word, a title or a word names never are
// ("26 Somali pirates" holds "Somali").
func (x *extraction) namesWithin(i, j int) []nameWord {
	var out []nameWord
	for k := i; k < j; k++ {
		l := x.toks[k]
		if l.kind != lexWord || !l.upper || sentenceStart(x.toks, k) || lang.Title(l.low) || lang.NameStopWord(l.low) || isMonth(l.low) || isWeekday(l.low) {
			continue
		}
		out = append(out, nameWord{text: l.text, fold: plainFold(l.low), start: l.start, end: l.end})
	}
	return out
}
