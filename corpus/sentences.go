package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/align/lang"
)

// titleAbbreviations precede a name or number and never end a sentence.
var titleAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "prof": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "cpl": true,
	"pvt": true, "adm": true, "cmdr": true, "rev": true, "fr": true,
	"mt": true, "ft": true, "nos": true, "vol": true, "art": true,
	"fig": true, "sec": true, "hon": true, "insp": true,
	"supt": true, "det": true, "atty": true, "amb": true,
	"vs": true, "v": true, "cf": true, "approx": true, "est": true, "dept": true,
	"e.g": true, "i.e": true, "brig": true, "spc": true, "pfc": true, "rt": true,
	"reps": true, "sens": true, "govs": true, "messrs": true, "mme": true, "drs": true,
	"cdr": true, "univ": true, "assn": true, "gens": true, "ph.d": true,
}

// referenceAbbreviations, written in lower case, refer to a numbered part
// of a text ("s. 380", "pp. 12–14", "para. 7") and never end a sentence
// before its number.
var referenceAbbreviations = map[string]bool{
	"s": true, "ss": true, "p": true, "pp": true, "para": true, "paras": true,
	"sec": true, "secs": true, "art": true, "arts": true, "cl": true, "ch": true,
	"chap": true, "vol": true, "vols": true, "fig": true, "figs": true, "nos": true,
	"r": true, "reg": true, "subs": true, "sch": true,
}

// ambiguousAbbreviations may end a sentence ("… in the U.S. The …") or not
// ("the U.S. Senate"); they end one only before a word that usually starts a
// sentence.
var ambiguousAbbreviations = map[string]bool{
	"inc": true, "corp": true, "ltd": true, "co": true, "jr": true, "sr": true,
	"etc": true, "bros": true, "plc": true, "llc": true, "a.m": true, "p.m": true,
	"st": true, "ave": true, "blvd": true, "rd": true, "ste": true,
}

// sentenceStarters are capitalised words that begin sentences far more
// often than they continue a name, used to break after an ambiguous
// abbreviation.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "this": true, "that": true, "these": true,
	"those": true, "there": true, "but": true, "and": true, "in": true, "on": true,
	"at": true, "as": true, "after": true, "before": true, "when": true, "while": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "no": true,
	"one": true, "two": true, "three": true, "officials": true, "police": true,
	"according": true, "however": true, "meanwhile": true, "since": true, "if": true,
	"by": true, "for": true, "from": true, "with": true, "some": true, "many": true,
	"both": true, "earlier": true, "later": true, "last": true, "what": true, "who": true,
}

// SplitSentences splits one paragraph into sentences. A sentence ends at
// ".", "!", "?" or "…" (and any closing quotes or brackets after it) that is
// followed by white space and the start of a new sentence. Titles ("Mr.",
// "Sgt."), initials ("J."), initialisms ("U.S."), month abbreviations
// ("Oct. 19"), decimals ("6.1") and times ("1:53 p.m.") do not end a
// sentence unless a sentence plainly starts after them.
func SplitSentences(paragraph string) []string {
	var out []string
	start := 0
	s := paragraph
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		// Extend over the whole terminator: repeated marks and closers.
		end := i + size
		for end < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[end:])
			if strings.ContainsRune(".!?…\"'”’)]»", r2) {
				end += sz
				continue
			}
			break
		}
		if end >= len(s) || !isSpaceByte(s[end]) {
			i = end
			continue
		}
		next := strings.TrimLeft(s[end:], " \t")
		if isBoundary(s[start:i], r, s[i:end], next) {
			if sent := strings.TrimSpace(s[start:end]); sent != "" {
				out = append(out, sent)
			}
			start = end
		}
		i = end
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' }

// isBoundary decides whether the terminator mark (whose full run is term)
// after before, followed by next, ends a sentence.
func isBoundary(before string, mark rune, term, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	startsSentence := unicode.IsUpper(first) || unicode.IsDigit(first) ||
		strings.ContainsRune("\"'“‘([¿¡«", first) || unicode.Is(unicode.Lo, first) ||
		lowerCamel(next)
	if !startsSentence {
		return false
	}
	if term == "?" && lostCurrency.MatchString(next) && !asksQuestion(before) {
		// "who earns? 900 a month": a currency sign the text's encoding
		// lost, not a question.
		return false
	}
	if mark != '.' || strings.Count(term, ".") > 1 {
		// "!", "?", "…" and "..." end a sentence before a capital.
		return true
	}
	if len(term) > 1 && strings.ContainsAny(term[1:], "\"'”’)]»") {
		// A period inside closing quotes: ‘… club.” He said’ ends here.
		return true
	}
	word := lastWord(before)
	lower := strings.ToLower(word)
	nextWord := strings.ToLower(strings.TrimFunc(firstWord(next), func(r rune) bool { return !unicode.IsLetter(r) }))
	if i := strings.LastIndexByte(lower, '-'); i >= 0 && titleAbbreviations[lower[i+1:]] {
		// "then-Gov. Jerry Brown", "ex-Sen. Smith": a title still.
		return false
	}
	switch {
	case titleAbbreviations[lower]:
		return false
	case referenceAbbreviations[word] && unicode.IsDigit(first):
		// "s. 380(1)(a)", "pp. 12–14", "para. 7", "art. 5": a reference.
		return false
	case word == "No":
		// "No. 10" is a number; "… said No. The …" is not.
		return !unicode.IsDigit(first)
	case isMonthAbbrev(lower):
		// A month's abbreviation ends a sentence only when a sentence
		// clearly follows.
		return !unicode.IsDigit(first) && sentenceStarters[nextWord]
	case ambiguousAbbreviations[lower]:
		return sentenceStarters[nextWord]
	case isInitialism(word):
		// "U.S.", "E.U.", "J." (an initial): a sentence follows only if the
		// next word usually starts one.
		return sentenceStarters[nextWord]
	}
	return true
}

// isMonthAbbrev reports whether w, in lower case, abbreviates a month
// ("sept").
func isMonthAbbrev(w string) bool {
	_, ok := lang.MonthAbbrev(w)
	return ok
}

// lostCurrency matches what follows a question mark that stands for a
// currency sign lost in decoding: an amount, then a word in lower case
// ("? 22.4 billion to Greece").
var lostCurrency = lazyRE(`^\d[\d,.]*\s+\p{Ll}`)

// asksQuestion reports whether the sentence begun by s opens as a direct
// question does.
func asksQuestion(s string) bool {
	w := strings.ToLower(strings.TrimLeft(firstWord(strings.TrimSpace(s)), "\"'“‘(¿"))
	return lang.QuestionOpener(w)
}

// lowerCamel reports whether s opens with a name that starts a sentence
// in lower case: "al-Hayya", "el-Sisi", "iPhone", "eBay". It is the
// pattern ^\p{Ll}{1,3}-?\p{Lu} read by hand, which every sentence
// boundary tried would otherwise compile.
func lowerCamel(s string) bool {
	lower := 0
	for lower < len(s) {
		r, size := utf8.DecodeRuneInString(s[lower:])
		if !unicode.IsLower(r) {
			break
		}
		lower += size
	}
	if n := utf8.RuneCountInString(s[:lower]); n == 0 || n > 3 {
		return false
	}
	rest := strings.TrimPrefix(s[lower:], "-")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// lastWord returns the word before the final period of s, keeping inner
// periods ("U.S", "p.m").
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("(\"'“‘", r) })
	return s[i+1:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// isInitialism reports whether w (without its last period) is one capital
// letter or dotted capitals: "J", "U.S", "U.N", "E.U".
func isInitialism(w string) bool {
	if w == "" {
		return false
	}
	for i, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) && !(i > 0 && unicode.IsLetter(r)) {
			return false
		}
	}
	return true
}

// maxPassageBytes bounds a passage. A real sentence is far shorter; text
// with no sentence ends (a table, a list, a page of code or encoded data)
// would otherwise become one passage of any size, and everything later
// works per passage.
const maxPassageBytes = 1500

// splitLong cuts s into pieces of at most limit bytes, each ending at the
// last space (after a comma or semicolon when there is one) before the
// limit, or at the limit itself, on a rune boundary, when there is none.
func splitLong(s string, limit int) []string {
	var out []string
	for len(s) > limit {
		cut := strings.LastIndexAny(s[:limit], ",;")
		if cut < limit/2 {
			cut = strings.LastIndexByte(s[:limit], ' ')
		}
		if cut < limit/2 {
			cut = limit
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		} else {
			cut++
		}
		if piece := strings.TrimSpace(s[:cut]); piece != "" {
			out = append(out, piece)
		}
		s = strings.TrimSpace(s[cut:])
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}
