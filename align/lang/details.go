package lang

import "strings"

// A DetailPhrase is the words that say one value of a closed class of
// details ("choked on smoke" says "suffocated" of the class "death").
type DetailPhrase struct {
	Class, Value string
	// Words are the phrase's words, lower case, hyphens passed over.
	Words []string
}

// A DetailClass is a closed class of details: what its values are about
// ("person", "named", "count", "event"), its slot's label, and the words
// a value must stand before to be read, when the class says.
type DetailClass struct {
	Name, About, Label string
	Before             map[string]bool
}

var (
	detailClasses = newLazy(func() map[string]DetailClass {
		m := map[string]DetailClass{}
		for _, r := range rows("detail_classes.tsv") {
			c := DetailClass{Name: r[0], About: field(r, 1), Label: field(r, 2)}
			for _, w := range strings.Fields(field(r, 3)) {
				if c.Before == nil {
					c.Before = map[string]bool{}
				}
				c.Before[w] = true
			}
			m[r[0]] = c
		}
		return m
	})
	detailPhrases = newLazy(func() map[string][]DetailPhrase {
		m := map[string][]DetailPhrase{}
		for _, r := range rows("details.tsv") {
			for _, p := range strings.Split(field(r, 2), ";") {
				ws := strings.Fields(strings.ReplaceAll(p, "-", " "))
				if len(ws) > 0 {
					m[ws[0]] = append(m[ws[0]], DetailPhrase{Class: r[0], Value: r[1], Words: ws})
				}
			}
		}
		// Longest first, so that "burned to death in" wins over "burned".
		for k, ps := range m {
			for i := 1; i < len(ps); i++ {
				for j := i; j > 0 && len(ps[j].Words) > len(ps[j-1].Words); j-- {
					ps[j], ps[j-1] = ps[j-1], ps[j]
				}
			}
			m[k] = ps
		}
		return m
	})
	demonyms = newLazy(func() map[string]Demonym {
		m := map[string]Demonym{}
		for _, r := range rows("demonyms.tsv") {
			for _, w := range strings.Split(field(r, 2), ";") {
				if w != "" {
					m[strings.ToLower(w)] = Demonym{Country: r[0], Parent: field(r, 1), Noun: nounOnly(w)}
				}
			}
		}
		return m
	})
	demonymCountries = newLazy(func() map[string]Demonym {
		m := map[string]Demonym{}
		for _, r := range rows("demonyms.tsv") {
			m[strings.ToLower(r[0])] = Demonym{Country: r[0], Parent: field(r, 1)}
		}
		return m
	})
	nationalityNouns = wordSet("nationality_nouns.txt")
)

// DetailPhrases returns the phrases of the detail classes whose first
// word is w, longest first.
func DetailPhrases(w string) []DetailPhrase { return detailPhrases.get()[w] }

// DetailClassOf returns a detail class by its name.
func DetailClassOf(name string) DetailClass { return detailClasses.get()[name] }

// A Demonym is what a word for a person's nationality says: the country,
// the country that holds it ("United Kingdom" for England), and whether
// the word is a noun only ("Briton"), which names a person alone.
type Demonym struct {
	Country, Parent string
	Noun            bool
}

// DemonymOf returns the nationality a word (lower case, its words joined
// by spaces: "new zealander") names, if it names one.
func DemonymOf(w string) (Demonym, bool) {
	d, ok := demonyms.get()[w]
	return d, ok
}

// NationOf returns the nationality a country's name (lower case) names
// before a word for a person ("a New Zealand climber"), if the demonyms
// list it.
func NationOf(country string) (Demonym, bool) {
	d, ok := demonymCountries.get()[country]
	return d, ok
}

// NationalityNoun reports whether w names a person a nationality may be
// said of: a person noun, or "climber", "skier".
func NationalityNoun(w string) bool { return PersonNoun(w) || nationalityNouns.get()[w] }

// nounOnly reports whether a word for a nationality is a noun only: it
// ends as a noun does ("-er", "-man", "-woman", "Briton", "Brit", "Scot",
// "Kiwi", "Aussie", "Turk", …) or is a plural of a noun.
func nounOnly(w string) bool {
	l := strings.ToLower(w)
	for _, suf := range []string{"er", "ers", "man", "men", "woman", "briton", "britons", "brit", "scot", "kiwi", "aussie", "turk", "turks", "pole", "poles", "dane", "danes", "swede", "swedes", "spaniard", "spaniards"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}
