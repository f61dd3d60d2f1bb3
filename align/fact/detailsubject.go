package fact

import (
	"strconv"
	"strings"

	"crosscheck/align/lang"
)

// What a detail is about: the person named beside it, the thing named
// beside it, the group counted beside it (see detailSlot).

// minGroup is the least figure a counted group needs for two outlets'
// details of it to be one group's: "26 pirates" is one group, "two men"
// any two.
const minGroup = 5

// countBeside returns the figure of an exact count of at least minGroup
// just after lexeme j ("rescued 26 crewmen") or just before lexeme i
// ("26 pirates arrested", "26 pirates were arrested"), or "".
func (x *extraction) countBeside(i, j int) string {
	ls := x.toks
	for g := range x.facts {
		q, ok := x.facts[g].v.(*quantity)
		if !ok || !q.exact || q.unit != nil || q.class == "age" || q.val < minGroup {
			continue
		}
		fi, fj := x.span(&x.facts[g])
		before := fj <= i && i-fj <= 2
		for k := fj; before && k < i; k++ {
			before = ls[k].is("were", "was", "been", "had", "have")
		}
		if fi == j || fi == j+1 && ls[j].is("all", "the") || before {
			return strconv.FormatFloat(q.val, 'f', -1, 64)
		}
	}
	return ""
}

// deadCounted returns the figure of the exact count of dead that the
// clause of a detail at [i, j) gives ("the 3 bank employees were burnt to
// death", "three people have suffocated", "four workers suffocated"), or
// "": the detail is then said
// of those dead, and the story's other sentences that give that many
// dead and say how they died tell of the same people, though no claim
// holds both. A clause that tells of earlier events tells of other dead.
func (x *extraction) deadCounted(f *Fact, i, j int) string {
	from, to := x.clause(i, j)
	if x.background(f, i, j) != "" {
		return ""
	}
	out := ""
	for g := range x.facts {
		q, ok := x.facts[g].v.(*quantity)
		if !ok || !q.exact || q.skip || q.unit != nil || q.val < 1 {
			continue
		}
		qi, qj := x.span(&x.facts[g])
		if qi < from || qj > to {
			continue
		}
		// A count of dead anywhere in the clause; a count of people
		// whose sentence does not say what befell them only as the
		// detail's subject ("four workers suffocated").
		if q.event != "killed" && !(q.event == "" && q.class == "person" && qj <= i && subjectRun(x.toks[qj:i])) {
			continue
		}
		n := strconv.FormatFloat(q.val, 'f', -1, 64)
		if out != "" && out != n {
			return "" // two counts of dead: which died how is not said
		}
		out = n
	}
	return out
}

// personNear returns the name of the person a detail at [i, j) is said
// of, as written and as a key (its folded surname), or "": a person's
// name just after, past a word for a person ("Australian Duncan Rait",
// "the Australian climber Duncan Rait"); just before, past a comma and an
// age ("Rait, 36, a New Zealander"); the subject of "was" or "appeared
// to be" ("Mr Buckley was well equipped", "Mr Buckley's group appeared
// to be insufficiently equipped"); or the name a noun phrase runs on to
// past a comma ("an ill-equipped climber with rented gear, 31-year-old
// Robert Buckley"). A person's name has two words, or a title before it.
func (x *extraction) personNear(i, j int) (name, key string) {
	ls := x.toks
	for g := range x.facts {
		n := &x.facts[g]
		if n.Kind != KindName || !x.personName(n) {
			continue
		}
		ni, nj := x.span(n)
		ok := false
		switch {
		case ni >= j && ni-j <= 2 && !punctBetween(ls, j, ni, ".,;:\"”“()"):
			ok = true // "Australian Duncan Rait", "Australian climber Duncan Rait"
		case nj <= i && i-nj <= 5 && ls[nj].low == "," && !punctBetween(ls, nj+1, i, ".;:\"”“()"):
			ok = true // "Rait, 36, a New Zealander"
		case nj <= i && i-nj <= 6 && subjectRun(ls[nj:i]):
			ok = true // "Mr Buckley was well equipped"
		case ni >= j && ni-j <= personAfterReach && nounAfter(ls, j) && !punctBetween(ls, j, ni, ".;:\"”“()") && commaAgeBefore(ls, j, ni) && !verbBetween(ls, j, ni) && !andBetween(ls, j, ni):
			ok = true // "… climber with rented gear, 31-year-old Robert Buckley"
		}
		if !ok {
			continue
		}
		words := nameWordsOf(n)
		for len(words) > 1 && isNameSuffix(words[len(words)-1].fold) {
			words = words[:len(words)-1]
		}
		return x.text[words[0].start:words[len(words)-1].end], words[len(words)-1].fold
	}
	return "", ""
}

// personAfterReach is how many lexemes after a detail a noun phrase may
// run on to the name of the person it is said of.
const personAfterReach = 14

// personName reports whether a name fact names a person: two words or
// more, or one after a title ("Mr Buckley"); not a place, nor a
// nationality, nor a name ending with a word for a site or a kind of
// place ("Marfin Bank", "Aoraki Mount Cook National Park").
func (x *extraction) personName(n *Fact) bool {
	words := nameWordsOf(n)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1].fold
	if lang.SiteWord(last) || lang.PlaceWord(last) || theGazetteer().byKey[foldKey(n.Text)] != nil {
		return false
	}
	if _, ok := lang.DemonymOf(strings.ToLower(n.Text)); ok {
		return false
	}
	i, _ := x.span(n)
	return len(words) >= 2 || i > 0 && lang.Title(x.toks[i-1].low) || i > 1 && x.toks[i-1].low == "." && lang.Title(x.toks[i-2].low)
}

// nounAfter reports whether the detail ending before lexeme j qualifies
// a noun after it ("ill-equipped climber"), not a verb's ("shot dead
// and …").
func nounAfter(ls []lexeme, j int) bool {
	return j < len(ls) && ls[j].kind == lexWord && !ls[j].upper && !lang.FunctionWord(ls[j].low)
}

// andBetween reports whether lexemes [i, j) hold "and": a name after it
// is another's ("shot dead and two managers, Paul Riva …").
func andBetween(ls []lexeme, i, j int) bool {
	for k := i; k < j; k++ {
		if ls[k].low == "and" {
			return true
		}
	}
	return false
}

// subjectRun reports whether the lexemes between a name and a detail make
// the name the detail's subject: "'s group appeared to be", "was".
func subjectRun(ls []lexeme) bool {
	for _, l := range ls {
		if !l.is("was", "is", "were", "are", "appeared", "appears", "seemed", "seems", "to", "be", "been", "not", "'s", "group", "party", "team", `"`, "-", "—") {
			return false
		}
	}
	return true
}

// commaAgeBefore reports whether the lexemes [i, j) before a name end
// with a comma, and perhaps an age: ", 31-year-old".
func commaAgeBefore(ls []lexeme, i, j int) bool {
	for k := j - 1; k >= i; k-- {
		switch {
		case ls[k].low == ",":
			return true
		case ls[k].kind == lexNum || ls[k].is("-", "year", "old", "years"):
		default:
			return false
		}
	}
	return false
}

// verbBetween reports whether lexemes [i, j) hold a verb of speech or a
// past tense: a name after it is another clause's.
func verbBetween(ls []lexeme, i, j int) bool {
	for k := i; k < j; k++ {
		if ls[k].kind == lexWord && !ls[k].upper && (lang.SpeechVerb(ls[k].low) || pastTense(ls[k].low) && ls[k].low != "equipped") {
			return true
		}
	}
	return false
}

// thingNamed returns the name of the thing a general or particular word
// is said of, as written and as a key: a name right after ("the frigate
// INS Sukanya") or right before, past a comma ("INS Sukanya, a frigate").
func (x *extraction) thingNamed(i, j int) (name, key string) {
	ls := x.toks
	for g := range x.facts {
		n := &x.facts[g]
		if n.Kind != KindName {
			continue
		}
		ni, nj := x.span(n)
		after := ni == j
		before := nj < i && i-nj <= 3 && ls[nj].low == "," && !punctBetween(ls, nj+1, i, ".;")
		if after || before {
			words := nameWordsOf(n)
			return n.Text, words[len(words)-1].fold
		}
	}
	return "", ""
}
