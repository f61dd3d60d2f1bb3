package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// Nationalities, a class of details: a word for a person's nationality
// (lang's demonyms.tsv), said of a person.

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
