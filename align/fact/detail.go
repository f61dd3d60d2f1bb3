package fact

import (
	"strconv"
	"strings"

	"crosscheck/align/lang"
)

// Details: words of a closed class that cannot both be true of one thing
// (a rifle and a shotgun for one attack's weapon; a frigate and a patrol
// vessel for one named ship; suffocated and burnt to death; well
// equipped and ill-equipped; rescued and captured; an Australian and a
// New Zealander for one person). The classes and their words are data
// (lang's detail_classes.tsv, details.tsv, demonyms.tsv). Two values are
// compared only when they are surely about one thing: the same named
// person or ship (across the story, as an age is), the same counted
// group, or, for a value said of no one in particular, two passages of
// one claim that share a figure, a date or a name.

// KindDetail is the kind of a value of a closed class of details.
const KindDetail Kind = "detail"

// A detailValue is a value of a closed class of details.
type detailValue struct {
	// class and value name the class and the value ("weapon",
	// "shotgun"); value "*" is the class's general word ("gun").
	class, value string
	// parent is the country holding a nationality's ("united kingdom"
	// for England), or "".
	parent string
	// general is the general word as written, lower case ("warship"),
	// for value "*".
	general string
}

func (v *detailValue) norm() string {
	if v.value == "*" {
		return v.general
	}
	return v.value
}
func (v *detailValue) role() string { return "" }

// details records the passage's details. They take no words: "captured
// 26 pirates" is a count too, "INS Sukanya" a name.
func (x *extraction) details() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if ls[i].kind != lexWord {
			continue
		}
		if v, end := x.detailAt(i); v != nil {
			x.record(KindDetail, ls[i].start, ls[end-1].end, v)
			i = end - 1
			continue
		}
		if v, end := x.nationalityAt(i); v != nil {
			x.record(KindDetail, ls[i].start, ls[end-1].end, v)
			i = end - 1
		}
	}
}

// detailAt reads a phrase of a class at lexeme i ("choked on smoke",
// "ill-equipped"), passing over hyphens and quotation marks between its
// words; it returns the value and the index after it, or nil. A class's
// general word is read only of a named thing ("the warship INS
// Sukanya").
func (x *extraction) detailAt(i int) (*detailValue, int) {
	ls := x.toks
	for _, p := range lang.DetailPhrases(ls[i].low) {
		k := i
		ok := true
		for n, w := range p.Words {
			for n > 0 && k < len(ls) && ls[k].kind == lexPunct && (ls[k].low == "-" || ls[k].low == `"`) {
				k++
			}
			if k >= len(ls) || ls[k].low != w {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		// A general word of a named thing's class, and a value of a
		// counted group's, are read only of a named thing or a group.
		switch about := lang.DetailClassOf(p.Class).About; {
		case p.Value == "*" && about != "named":
			return nil, i
		case about == "named" && p.Value == "*":
			if _, key := x.thingNamed(i, k); key == "" {
				return nil, i
			}
		case about == "count" && x.countBeside(i, k) == "":
			return nil, i
		}
		v := &detailValue{class: p.Class, value: p.Value}
		if p.Value == "*" {
			v.general = strings.Join(p.Words, " ")
		}
		return v, k
	}
	return nil, i
}

// nationalityAt reads a nationality said of a person at lexeme i: a noun
// ("New Zealander", "Briton"), an adjective before a word for a person
// ("an Australian climber", "English and Australian climbers") or after
// "a", "one" or "the" ("one Australian and …"), or a country's name
// before a word for a person ("a New Zealand climber"; not "New
// Zealand-born"). It returns the value and the index after the words,
// or nil.
func (x *extraction) nationalityAt(i int) (*detailValue, int) {
	ls := x.toks
	if !ls[i].upper {
		return nil, i
	}
	for n := 2; n >= 1; n-- {
		end := i + n
		if end > len(ls) || !allWords(ls[i:end]) {
			continue
		}
		key := lowWords(ls[i:end])
		if d, ok := lang.DemonymOf(key); ok && (d.Noun || x.personAfter(end) || x.personAlone(i, end)) {
			return nationality(d), end
		}
		if d, ok := lang.NationOf(key); ok && x.personAfter(end) {
			return nationality(d), end
		}
	}
	return nil, i
}

// nationality makes a detail value of a nationality.
func nationality(d lang.Demonym) *detailValue {
	return &detailValue{class: "nationality", value: strings.ToLower(d.Country), parent: strings.ToLower(d.Parent)}
}

// personAfter reports whether a word for a person follows lexeme j, past
// one word that qualifies it and an "and" with another nationality
// ("a British ski mountaineer", "English and Australian climbers"); not
// "-born".
func (x *extraction) personAfter(j int) bool {
	ls := x.toks
	for k, n := j, 0; k < len(ls) && n < 4; k, n = k+1, n+1 {
		l := ls[k]
		switch {
		case l.kind != lexWord:
			return false
		case lang.NationalityNoun(l.low):
			return true
		case l.low == "and" || l.upper && n > 0:
		case !l.upper && !lang.FunctionWord(l.low) && n < 2:
		default:
			return false
		}
	}
	return false
}

// personAlone reports whether an adjective of nationality at [i, j) is a
// noun by its place: after "a", "an", "one" or "the", before no word it
// qualifies ("one Australian and one English climber").
func (x *extraction) personAlone(i, j int) bool {
	ls := x.toks
	if i == 0 || !ls[i-1].is("a", "an", "one", "the") {
		return false
	}
	return j >= len(ls) || ls[j].kind == lexPunct || lang.FunctionWord(ls[j].low)
}

func allWords(ls []lexeme) bool {
	for _, l := range ls {
		if l.kind != lexWord || !l.upper {
			return false
		}
	}
	return true
}

func lowWords(ls []lexeme) string {
	ws := make([]string, len(ls))
	for k, l := range ls {
		ws[k] = l.low
	}
	return strings.Join(ws, " ")
}

// detailSlot reads what a detail is about (see detail_classes.tsv): the
// named person or thing beside it, the group counted beside it, or none;
// a value its class says of a count that counts nothing beside it is
// about nothing that can be compared.
func detailSlot(x *extraction, f *Fact) (key, label string) {
	v := f.v.(*detailValue)
	c := lang.DetailClassOf(v.class)
	i, j := x.span(f)
	switch c.About {
	case "person":
		if name, k := x.personNear(i, j); k != "" {
			return "detail/" + v.class + "/" + k, c.Label + " of " + name
		}
	case "named":
		if name, k := x.thingNamed(i, j); k != "" {
			return "detail/" + v.class + "/" + k, c.Label + " of " + name
		}
		return "", c.Label
	case "count":
		if n := x.countBeside(i, j); n != "" {
			return "detail/" + v.class + "#" + n, c.Label + " (" + n + ")"
		}
		return "", c.Label
	}
	if x.twoValues(f) {
		return "", c.Label // "one Australian and one English climber": two people
	}
	return "detail/" + v.class, c.Label
}

// twoValues reports whether the passage gives another value of f's class
// than f's: the passage is about two things of the class.
func (x *extraction) twoValues(f *Fact) bool {
	v := f.v.(*detailValue)
	for g := range x.facts {
		o, ok := x.facts[g].v.(*detailValue)
		if ok && o.class == v.class && o.value != v.value && o.value != "*" && v.value != "*" {
			return true
		}
	}
	return false
}

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
		case ni >= j && ni-j <= personAfterReach && !punctBetween(ls, j, ni, ".;:\"”“()") && commaAgeBefore(ls, j, ni) && !verbBetween(ls, j, ni):
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

// subjectRun reports whether the lexemes between a name and a detail make
// the name the detail's subject: "'s group appeared to be", "was".
func subjectRun(ls []lexeme) bool {
	for _, l := range ls {
		if !l.is("was", "is", "were", "are", "appeared", "appears", "seemed", "seems", "to", "be", "been", "not", "'s", "group", "party", "team", `"`) {
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

// rateDetails judges two details of one thing: the same value agrees, a
// class's general word agrees with any ("warship", "frigate"), a nation
// and one it holds agree ("English", "British"); two values conflict.
func rateDetails(_ *Analysis, x, y factRef, _ bool) (Status, string, bool) {
	a, b := x.fact.v.(*detailValue), y.fact.v.(*detailValue)
	switch {
	case a.class != b.class:
		return 0, "", false
	case a.value == b.value:
		return Same, "the same " + lang.DetailClassOf(a.class).Label, true
	case a.value == "*" || b.value == "*":
		return Compatible, "a general word and a particular one", true
	case a.parent == b.value || b.parent == a.value:
		return Compatible, "one nation holds the other", true
	}
	return Conflict, "words of one class that cannot both be true of one " + subjectOf(a.class), true
}

// judgeDetails is rateDetails for the checks that need a verdict.
func judgeDetails(a *Analysis, x, y factRef) (Status, int, bool) {
	st, _, ok := rateDetails(a, x, y, true)
	return st, 2, ok
}

// subjectOf names what a class's values are about, for a rule:
// "person", "thing", "group", "event".
func subjectOf(class string) string {
	switch lang.DetailClassOf(class).About {
	case "named":
		return "thing"
	case "count":
		return "group"
	}
	return lang.DetailClassOf(class).About
}
