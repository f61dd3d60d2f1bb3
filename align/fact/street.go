package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// Streets: a street's name and the kind of road it is ("Stadiou Street",
// "Stadiou Avenue"). A street is a place; two outlets that name one
// street as a street and as an avenue disagree, whatever else they
// share.

// streets records the passage's streets: one to three capitalised words
// and a kind of road (lang's street_types.txt), capitalised or not
// ("Stadiou street"), not part of a longer name ("the Wall Street
// Journal").
func (x *extraction) streets() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		kind := ""
		if ls[i].kind == lexWord {
			kind = lang.StreetType(ls[i].low)
		}
		if kind == "" || x.taken[i] || i == 0 {
			continue
		}
		if i+1 < len(ls) && ls[i+1].kind == lexWord && ls[i+1].upper {
			continue // "Wall Street Journal"
		}
		j := i
		for j > 0 && i-j < 3 && ls[j-1].kind == lexWord && ls[j-1].upper && !x.taken[j-1] && !lang.Title(ls[j-1].low) && !lang.NameStopWord(ls[j-1].low) {
			j--
		}
		if j == i {
			continue
		}
		name := x.nameOf(j, i)
		var folds []string
		for _, w := range name.words {
			folds = append(folds, w.fold)
		}
		v := &placeValue{key: strings.Join(folds, " ") + " " + kind, name: name, street: strings.Join(folds, " ")}
		x.add(KindPlace, j, i+1, v)
	}
}

// streetSlot names what a street is about: the street of its name, one
// fact across a claim whatever kind of road each outlet calls it.
func streetSlot(p *placeValue) (key, label string) {
	return "street/" + p.street, "the street " + titleWords(p.name.words)
}

// streetKind returns the kind of road a street value is ("avenue").
func streetKind(p *placeValue) string { return strings.TrimPrefix(p.key, p.street+" ") }

// titleWords writes name words as they were written, spaced.
func titleWords(ws []nameWord) string {
	var out []string
	for _, w := range ws {
		out = append(out, w.text)
	}
	return strings.Join(out, " ")
}

// article writes a noun with its indefinite article: "an avenue", "a
// street".
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}
