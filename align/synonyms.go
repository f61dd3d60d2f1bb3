package align

import (
	"sync"

	"github.com/kljensen/snowball/english"

	"crosscheck/align/lang"
)

// synonyms maps the words of lang's synonym groups, and their stems, to
// the stem of their group's first word, so that "A freighter crashed into
// the bridge" meets "A cargo ship drifted into the bridge" on "ship".
// Inflections the groups do not list still match through their stems; a
// stem two groups share belongs to the first.
var synonyms = sync.OnceValue(func() (t struct{ ofWord, ofStem map[string]string }) {
	n := 0
	for _, words := range lang.SynonymGroups() {
		n += len(words)
	}
	t.ofWord, t.ofStem = make(map[string]string, n), map[string]string{}
	for _, words := range lang.SynonymGroups() {
		canon := listedStem(words[0])
		for _, w := range words {
			t.ofWord[w] = canon
			if s := listedStem(w); s != canon {
				if _, taken := t.ofStem[s]; !taken {
					t.ofStem[s] = canon
				}
			}
		}
	}
	return t
})

// generalTerms are the terms of lang's general words, whose weight is
// damped. They are the words' stems, not their terms as termOf makes
// them, so a general word of a synonym group ("home", "last") is not
// damped; the weights were tuned that way.
var generalTerms = sync.OnceValue(func() map[string]bool {
	set := make(map[string]bool, len(lang.GeneralWords()))
	for _, w := range lang.GeneralWords() {
		set[listedStem(w)] = true
	}
	return set
})

// listedStem returns the stem of a word of lang's synonym groups or
// general words: the one lang lists, or the stemmer's should the list
// lack it (TestStemTableIsCurrent sees that it does not).
func listedStem(w string) string {
	if s, ok := lang.ListedStem(w); ok {
		return s
	}
	return english.Stem(w, false)
}
