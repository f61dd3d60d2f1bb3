package align

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"crosscheck/align/lang"
	"crosscheck/corpus"
)

// A token is one matching term of a passage.
type token struct {
	// term is the folded, stemmed, synonym-mapped form compared across
	// passages: "ship" for "freighter", "#12" for "a dozen".
	term string
	// number marks numeric terms, whose disagreement must not keep two
	// otherwise agreeing passages apart.
	number bool
	// capital marks words written with a capital letter where they are
	// not the first word of the passage: candidate names.
	capital bool
	// surface is the folded word as written, for name spelling variants.
	surface string
	// attribution marks words of a clause that says who reported the
	// fact ("according to the New York Times", ", officials said"): the
	// source is worth less than the fact in telling facts apart.
	attribution bool
}

// Phrase-level rewrites applied before words are split: spelling families
// ("U.S."/"US"/"United States"), multi-word forms of one term ("air
// strike", "per cent", "called off"), times of day and amounts written
// with a unit glued on ("$2.6m", "58km"). They are compiled on first use.
var canonicalForms = sync.OnceValue(func() []canonicalForm {
	return []canonicalForm{
		{regexp.MustCompile(`\bU\.\s?S\.(?:\s?A\.)?|\bUSA?\b|\b[Uu]nited [Ss]tates(?: of America)?\b`), " unitedstates ", []string{"u.", "us", "united"}},
		{regexp.MustCompile(`\bU\.\s?N\.|\bUN\b|\b[Uu]nited [Nn]ations\b`), " unitednations ", []string{"u.", "un", "united"}},
		{regexp.MustCompile(`\bU\.\s?K\.|\bUK\b|\b[Uu]nited [Kk]ingdom\b|\b[Bb]ritain\b|\bBritish\b`), " unitedkingdom ", []string{"u.", "uk", "united", "brit"}},
		{regexp.MustCompile(`\bE\.\s?U\.|\bEU\b|\b[Ee]uropean [Uu]nion\b`), " europeanunion ", []string{"e.", "eu", "union"}},
		{regexp.MustCompile(`\b[Ss]outh [Aa]frica\b`), " southafrica ", []string{"south"}},
		{regexp.MustCompile(`\bWhite House\b`), " Whitehouse ", []string{"white"}},
		{regexp.MustCompile(`(?i)\bair[\s-]strikes?\b|\bairstrikes\b`), " airstrike ", []string{"strike"}},
		{regexp.MustCompile(`(?i)\bcease\s+fire\b`), " ceasefire ", []string{"cease"}},
		{regexp.MustCompile(`(?i)\bper\s?cent\b|%`), " percent ", []string{"cent", "%"}},
		{regexp.MustCompile(`(?i)\b(?:call|calls|called|calling)\s+off\b`), " cancelled ", []string{"off"}},
		{regexp.MustCompile(`(?i)\b(?:took|take|takes|taking)\s+part\b`), " participated ", []string{"part"}},
		{regexp.MustCompile(`(?i)\b(?:is|was|are|were|remains|remained)\s+(?:still\s+)?(?:not|n't)\s+(?:yet\s+)?(?:clear|certain|known)\b`), " unclear ", []string{"clear", "certain", "known"}},
		{regexp.MustCompile(`(?i)\bdeath\s+toll\b`), " dead ", []string{"toll"}},
		{regexp.MustCompile(`(?i)\bpass(?:ed|es)?\s+away\b`), " died ", []string{"away"}},
		{regexp.MustCompile(`(?i)\bclose\s+to\b`), " nearly ", []string{"close"}},
		{regexp.MustCompile(`(?i)\b(?:step|steps|stepped|stepping)\s+down\b`), " resigned ", []string{"down"}},
		{regexp.MustCompile(`(?i)\b(\d+(?:[.,]\d+)?)\s?(?:m|mn|mln)\b`), " $1 million ", []string{"m"}},
		{regexp.MustCompile(`(?i)\b(\d+(?:[.,]\d+)?)\s?(?:bn|b)\b`), " $1 billion ", []string{"b"}},
		{regexp.MustCompile(`(?i)\b(\d+(?:[.,]\d+)?)\s?(km|kg|mph|kph|cm|mm|ft|mi)\b`), " $1 $2 ", []string{"km", "kg", "mph", "kph", "cm", "mm", "ft", "mi"}},
	}
})

// A canonicalForm rewrites the phrases re matches as rep.
type canonicalForm struct {
	re  *regexp.Regexp
	rep string
	// hints are lower-case substrings one of which a text must hold for
	// re to match it: a cheap test that spares most texts the regexp.
	hints []string
}

// timeOfDay matches "1:53 p.m.", "1.53pm", "13:53" and "10:37 a.m.".
var timeOfDay = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(\d{1,2})[:.](\d{2})\s?(?:([ap])\.?\s?m\b\.?)?`)
})

// attributionSpans returns the byte ranges of t that attribute the
// sentence to a source: "according to …" up to the next comma or stop, and
// short clauses set off by commas that hold a speech verb (", the Lebanese
// channel Al-Mayadeen reported", ", he said,").
func attributionSpans(t string) [][2]int {
	var spans [][2]int
	lower := strings.ToLower(t)
	for from := 0; ; {
		i := strings.Index(lower[from:], "according to")
		if i < 0 {
			break
		}
		i += from
		end := len(t)
		if j := strings.IndexAny(t[i:], ",.;:"); j >= 0 {
			end = i + j
		}
		spans = append(spans, [2]int{i, end})
		from = end
	}
	// Clauses between commas (or a comma and the end).
	start := 0
	for start < len(t) {
		end := strings.IndexAny(t[start:], ",;")
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		clause := t[start:end]
		words := strings.Fields(clause)
		if start > 0 && len(words) > 0 && len(words) <= 8 {
			for _, w := range words {
				w = strings.ToLower(strings.Trim(w, `."'!?`))
				if lang.SpeechVerb(w) {
					spans = append(spans, [2]int{start, end})
					break
				}
			}
		}
		start = end + 1
	}
	return spans
}

// scanWords returns the words of t, with inner apostrophes or hyphens
// ("al-Hayya", "don't"), the numbers, with inner separators ("20,000",
// "6.1"), and the time terms ("#t1353") left by replaceTime.
func scanWords(t string) []string {
	var out []string
	for _, wa := range scanWordsAt(t) {
		out = append(out, wa.w)
	}
	return out
}

// A wordAt is a word and its byte offset.
type wordAt struct {
	w  string
	at int
}

// scanWordsAt is scanWords with each word's offset.
func scanWordsAt(t string) []wordAt {
	isLetter := func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
	isDigit := func(b byte) bool { return b >= '0' && b <= '9' }
	var out []wordAt
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == '#' && i+6 <= len(t) && t[i+1] == 't' && isDigit(t[i+2]) && isDigit(t[i+3]) && isDigit(t[i+4]) && isDigit(t[i+5]):
			out = append(out, wordAt{t[i : i+6], i})
			i += 6
		case isLetter(r):
			j := i + size
			for j < len(t) {
				r2, s2 := utf8.DecodeRuneInString(t[j:])
				if isLetter(r2) {
					j += s2
					continue
				}
				if (r2 == '\'' || r2 == '-') && j+s2 < len(t) {
					if r3, _ := utf8.DecodeRuneInString(t[j+s2:]); isLetter(r3) {
						j += s2
						continue
					}
				}
				break
			}
			out = append(out, wordAt{t[i:j], i})
			i = j
		case r < utf8.RuneSelf && isDigit(t[i]):
			j := i + 1
			for j < len(t) {
				if isDigit(t[j]) {
					j++
				} else if (t[j] == '.' || t[j] == ',') && j+1 < len(t) && isDigit(t[j+1]) {
					j++
				} else {
					break
				}
			}
			out = append(out, wordAt{t[i:j], i})
			i = j
		default:
			i += size
		}
	}
	return out
}

// mayHoldTime reports whether t has a digit, a colon or a full stop, and
// a digit in a row: the sign of a time of day.
func mayHoldTime(t string) bool {
	for i := 1; i+1 < len(t); i++ {
		if (t[i] == ':' || t[i] == '.') && t[i-1] >= '0' && t[i-1] <= '9' && t[i+1] >= '0' && t[i+1] <= '9' {
			return true
		}
	}
	return false
}

// countWords maps the counts written as words to their digits: the
// cardinals from "two" ("one" is far more often a pronoun, "one of the
// sources", than a count), "hundred", and the collectives ("dozen",
// "pair", "couple", "single").
var countWords = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(w string, v float64) { m[w] = strconv.FormatFloat(v, 'f', -1, 64) }
	for _, w := range lang.NumberWords() {
		if v, ok := lang.Cardinal(w); ok && v >= 2 {
			add(w, v)
		} else if v, ok := lang.Collective(w); ok {
			add(w, v)
		}
	}
	v, _ := lang.Scale("hundred")
	add("hundred", v)
	return m
})

// tokenize returns the matching terms of a passage: folded, accent-free,
// lower-cased, stemmed words without stop words, with spelling families
// and synonyms made one term, and numbers (digits or words) written
// without separators. Terms repeat as often as they occur.
func tokenize(text string) []token {
	t := foldText(text)
	lower := strings.ToLower(t)
	for _, c := range canonicalForms() {
		if slices.ContainsFunc(c.hints, func(h string) bool { return strings.Contains(lower, h) }) {
			t = c.re.ReplaceAllString(t, c.rep)
		}
	}
	if mayHoldTime(t) {
		t = timeOfDay().ReplaceAllStringFunc(t, replaceTime)
	}

	var out []token
	first := true
	spans := attributionSpans(t)
	counts := countWords()
	for _, wa := range scanWordsAt(t) {
		w := wa.w
		attrib := slices.ContainsFunc(spans, func(sp [2]int) bool { return wa.at >= sp[0] && wa.at < sp[1] })
		if strings.HasPrefix(w, "#t") {
			out = append(out, token{term: w, number: true, surface: w})
			first = false
			continue
		}
		if w[0] >= '0' && w[0] <= '9' {
			n := strings.ReplaceAll(w, ",", "")
			if strings.Contains(n, ".") {
				n = strings.TrimSuffix(strings.TrimRight(n, "0"), ".") // "6.10" is "6.1"
			}
			out = append(out, token{term: "#" + n, number: true, surface: w})
			first = false
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
			capital := !first && p != "" && unicode.IsUpper([]rune(p)[0]) && !isAllCaps(p)
			first = false
			lower := strings.ToLower(strings.ReplaceAll(p, "'", ""))
			if full, ok := lang.MonthAbbrev(lower); ok {
				lower = full
			}
			if lower == "" || lang.StopWord(lower) {
				continue
			}
			if n, ok := counts[lower]; ok {
				out = append(out, token{term: "#" + n, number: true, surface: p})
				continue
			}
			out = append(out, token{term: termOf(lower), capital: capital, surface: p, attribution: attrib})
		}
	}
	return withCountries(out)
}

// withCountries adds, after each place the gazetteer knows, its
// country's terms.
func withCountries(ts []token) []token {
	var out []token
	for i := 0; i < len(ts); i++ {
		out = append(out, ts[i])
		if ts[i].number {
			continue
		}
		w := strings.ToLower(ts[i].surface)
		if i+1 < len(ts) {
			if c, ok := lang.CountryOf(w + " " + strings.ToLower(ts[i+1].surface)); ok {
				out = append(out, ts[i+1])
				i++
				out = append(out, token{term: termOf(c), surface: c})
				continue
			}
		}
		if c, ok := lang.CountryOf(w); ok {
			out = append(out, token{term: termOf(c), surface: c})
		}
	}
	return out
}

// termOf maps a lower-cased word to its matching term: the canonical word
// of its synonym group, or its stem.
func termOf(word string) string {
	syn := synonyms()
	if c, ok := syn.ofWord[word]; ok {
		return c
	}
	stem := english.Stem(word, false)
	if c, ok := syn.ofStem[stem]; ok {
		return c
	}
	return stem
}

// replaceTime rewrites a time of day matched by timeOfDay as one term,
// "#t1353", on a 24-hour clock.
func replaceTime(m string) string {
	s := timeOfDay().FindStringSubmatch(m)
	h, _ := strconv.Atoi(s[1])
	if h > 24 {
		return m
	}
	switch strings.ToLower(s[3]) {
	case "p":
		if h < 12 {
			h += 12
		}
	case "a":
		if h == 12 {
			h = 0
		}
	case "":
		if !strings.Contains(m, ":") {
			return m // "6.10" is a number, not a time
		}
	}
	return " #t" + twoDigits(h) + s[2] + " "
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// foldText folds typography (corpus.Fold), then strips accents and maps
// the letters that do not decompose, so that "Pütürge" matches "Puturge"
// and "Karagaçlı" matches "Karagacli".
func foldText(s string) string {
	return lang.StripMarks(corpus.Fold(s))
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 1
}
