package align

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"

	"crosscheck/corpus"
)

// Spelling families folded to one token before words are split, so that
// "U.S.", "US" and "United States" match, as do "U.N." and "UN".
var canonicalForms = []struct {
	re  *regexp.Regexp
	tok string
}{
	{regexp.MustCompile(`\bU\.\s?S\.(?:\s?A\.)?|\bUSA?\b|\b[Uu]nited [Ss]tates(?: of America)?\b`), " unitedstates "},
	{regexp.MustCompile(`\bU\.\s?N\.|\bUN\b|\b[Uu]nited [Nn]ations\b`), " unitednations "},
	{regexp.MustCompile(`\bU\.\s?K\.|\bUK\b|\b[Uu]nited [Kk]ingdom\b`), " unitedkingdom "},
	{regexp.MustCompile(`\bE\.\s?U\.|\bEU\b|\b[Ee]uropean [Uu]nion\b`), " europeanunion "},
}

// wordPattern matches words with inner apostrophes or hyphens, and numbers
// with inner separators ("20,000", "6.1").
var wordPattern = regexp.MustCompile(`[\p{L}\p{M}]+(?:['\-][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*`)

var monthAbbrev = map[string]string{
	"jan": "january", "feb": "february", "mar": "march", "apr": "april",
	"jun": "june", "jul": "july", "aug": "august", "sep": "september",
	"sept": "september", "oct": "october", "nov": "november", "dec": "december",
}

// tokenize returns the matching terms of a passage: folded, lower-cased,
// stemmed words without stop words, with spelling families ("U.S."/"US",
// "cease-fire"/"ceasefire", "Oct."/"October") made one term, and numbers
// written without separators. Terms repeat as often as they occur.
func tokenize(text string) []string {
	t := corpus.Fold(text)
	for _, c := range canonicalForms {
		t = c.re.ReplaceAllString(t, c.tok)
	}
	var out []string
	for _, w := range wordPattern.FindAllString(t, -1) {
		if w[0] >= '0' && w[0] <= '9' {
			out = append(out, "#"+strings.ReplaceAll(w, ",", ""))
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'S")
		parts := []string{w}
		if strings.Contains(w, "-") {
			// "cease-fire" is one word; "al-Hayya" and "Hayya-led" are two.
			if hasUpper(w) {
				parts = strings.Split(w, "-")
			} else {
				parts = []string{strings.ReplaceAll(w, "-", "")}
			}
		}
		for _, p := range parts {
			p = strings.ToLower(strings.ReplaceAll(p, "'", ""))
			if full, ok := monthAbbrev[p]; ok {
				p = full
			}
			if p == "" || stopWords[p] {
				continue
			}
			out = append(out, english.Stem(p, false))
		}
	}
	return out
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// stopWords are words too common to say which fact a sentence states.
var stopWords = toSet(`a about above after again against al all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each el few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves mr mrs ms dr said says say told according also however would could may might
one two its it's into upon via per well yet still even ever among amid`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
