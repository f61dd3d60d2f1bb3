package lang

import (
	"strings"
)

var stopWords = wordSet("stopwords.txt")

// StopWord reports whether w is too common to say which fact a sentence
// states: function words, the hedges around numbers ("about", "nearly"),
// the commonest titles and name particles.
func StopWord(w string) bool { return stopWords.get()[w] }

var synonymGroups = newLazy(func() [][]string {
	var out [][]string
	for _, line := range lines("synonyms.txt") {
		if ws := strings.Fields(line); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
})

// SynonymGroups returns the groups of words news reports use
// interchangeably for one thing or event, in the list's order; a group's
// first word names it. The slices are shared and must not be changed.
func SynonymGroups() [][]string { return synonymGroups.get() }

var generalWords = newLazy(func() []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range lines("general_words.txt") {
		for _, w := range strings.Fields(line) {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
})

// GeneralWords returns the common words that are not stop words but say
// little about which fact a sentence states ("ahead", "recently",
// "statement"), each once. The slice is shared and must not be changed.
func GeneralWords() []string { return generalWords.get() }

var clauseOpeners = wordSet("clause_openers.txt")

// ClauseOpener reports whether w opens a clause within a sentence: a
// conjunction or a relative word ("and", "while", "which").
func ClauseOpener(w string) bool { return clauseOpeners.get()[w] }

var listedStems = wordTable("stems.tsv")

// ListedStem returns the stem of a word of the synonym groups or the
// general words, as stems.tsv lists it (the Porter2 stem, which align
// would otherwise work out for every one of them each time it starts),
// and false for any other word.
func ListedStem(w string) (string, bool) {
	s, ok := listedStems.get()[w]
	return s, ok
}
