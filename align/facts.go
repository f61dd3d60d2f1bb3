package align

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck/corpus"
)

// A Fact is one typed value stated in a passage: a date, a time of day, a
// quantity, a money amount, a name, a place or a quote.
type Fact struct {
	Kind Kind
	// Text is the value exactly as written: Passage.Text[Start:End].
	Text       string
	Start, End int
	// Norm is the value normalised for display and comparison ("10-09",
	// "14:00 UTC", "24 killed", "EUR 2000000").
	Norm string
	// Role says what the value is about, where the sentence tells: the
	// counted thing of a quantity ("killed", "injured", "homes"), the
	// speaker of a quote. Values are compared only within one role.
	Role string
	// group numbers the facts of one passage that state one value twice,
	// as a conversion in the same sentence ("10km (6 miles)", "€2 million
	// ($2.3 million)"); 0 when the fact stands alone.
	group int

	date  *dateValue
	clock *timeValue
	qty   *quantity
	money *moneyValue
	name  *nameValue
	place *placeValue
	quote *quoteValue
}

// factContext is what extraction knows about the article a passage belongs
// to.
type factContext struct {
	// published is the article's date, or zero when unknown; relative
	// dates ("on Tuesday", "last month") are resolved against it.
	published time.Time
}

// ExtractFacts returns the typed facts stated in text, a passage of an
// article published on the given date (zero when unknown), in order of
// position. Facts never overlap, except that quotes may hold other facts.
func ExtractFacts(text string, published time.Time) []Fact {
	return extractFacts(text, factContext{published: published})
}

func extractFacts(text string, ctx factContext) []Fact {
	fs, _ := extractPassage(text, ctx)
	return fs
}

// extractPassage returns the facts of a passage and the name of the person
// it quotes or reports speaking ("Witkoff said …"), or "".
func extractPassage(text string, ctx factContext) ([]Fact, string) {
	toks := lex(text)
	x := &extraction{text: text, toks: toks, ctx: ctx, taken: make([]bool, len(toks))}
	speaker := x.speaker()
	x.quotes(speaker)
	x.dates()
	x.times()
	x.money()
	x.quantities()
	x.places()
	x.names()
	x.groupConversions()
	sortFacts(x.facts)
	return x.facts, speaker
}

// extraction is the state of extracting the facts of one passage: its
// lexemes, which of them a fact already holds, and the facts found.
type extraction struct {
	text  string
	toks  []lexeme
	ctx   factContext
	taken []bool
	facts []Fact
}

// add records a fact spanning lexemes [i, j) and marks them taken. It
// returns false, adding nothing, when a lexeme is already taken.
func (x *extraction) add(i, j int, f Fact) bool {
	if i >= j || j > len(x.toks) {
		return false
	}
	for k := i; k < j; k++ {
		if x.taken[k] {
			return false
		}
	}
	for k := i; k < j; k++ {
		x.taken[k] = true
	}
	f.Start, f.End = x.toks[i].start, x.toks[j-1].end
	f.Text = x.text[f.Start:f.End]
	x.facts = append(x.facts, f)
	return true
}

// free reports whether lexemes [i, j) are all untaken.
func (x *extraction) free(i, j int) bool {
	if i < 0 || j > len(x.toks) {
		return false
	}
	for k := i; k < j; k++ {
		if x.taken[k] {
			return false
		}
	}
	return true
}

func sortFacts(fs []Fact) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Start < fs[j-1].Start; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// A lexKind is the class of a lexeme.
type lexKind uint8

const (
	lexWord lexKind = iota
	lexNum
	lexPunct
)

// A lexeme is a word, a number or a punctuation mark of a passage, with
// its byte offsets.
type lexeme struct {
	kind lexKind
	// text is as written; low is lower-cased with typographic quotes and
	// dashes folded.
	text, low  string
	start, end int
	// space is true when white space precedes the lexeme.
	space bool
	// quoted is true inside a quotation.
	quoted bool
	// upper is true when a word starts with a capital letter.
	upper bool
}

func (l lexeme) is(words ...string) bool {
	for _, w := range words {
		if l.low == w {
			return true
		}
	}
	return false
}

// lex splits text into lexemes: runs of letters (with inner apostrophes,
// but a possessive "’s" on its own), runs of digits (with inner thousands
// separators and decimal points), and single other characters. A letter
// run and a digit run touching each other are two lexemes ("10km", "R26").
func lex(text string) []lexeme {
	out := make([]lexeme, 0, len(text)/5+1)
	space := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00A0' || r == '\u202F' || r == '\u2009':
			space = true
			i += size
			continue
		case isDigit(r):
			j := i + size
			for j < len(text) {
				c := text[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if c == ',' && j+3 < len(text)+1 && digitsAt(text, j+1) == 3 {
					j++
					continue
				}
				if c == '.' && digitsAt(text, j+1) > 0 {
					j++
					continue
				}
				break
			}
			out = append(out, lexeme{kind: lexNum, text: text[i:j], low: text[i:j], start: i, end: j, space: space})
			i = j
		case unicode.IsLetter(r) || unicode.Is(unicode.M, r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.Is(unicode.M, r2) {
					j += s2
					continue
				}
				if r2 == '\'' || r2 == '’' {
					// An inner apostrophe keeps the word whole ("O’Brien",
					// "don’t"), except a possessive "’s" at the end.
					k := j + s2
					r3, s3 := utf8.DecodeRuneInString(text[k:])
					if k < len(text) && unicode.IsLetter(r3) {
						if (r3 == 's' || r3 == 'S') && !isLetterAt(text, k+s3) {
							break
						}
						j = k
						continue
					}
				}
				break
			}
			w := text[i:j]
			low := w
			if !isASCII(w) {
				low = corpus.Fold(w)
			}
			out = append(out, lexeme{kind: lexWord, text: w, low: strings.ToLower(low), start: i, end: j, space: space, upper: unicode.IsUpper(r)})
			i = j
		default:
			// A possessive "’s" is one lexeme.
			if (r == '\'' || r == '’') && i+size < len(text) && (text[i+size] == 's' || text[i+size] == 'S') && !isLetterAt(text, i+size+1) && len(out) > 0 && !space {
				out = append(out, lexeme{kind: lexPunct, text: text[i : i+size+1], low: "'s", start: i, end: i + size + 1})
				i += size + 1
				space = false
				continue
			}
			p := text[i : i+size]
			low := p
			if size > 1 {
				low = corpus.Fold(p)
			}
			out = append(out, lexeme{kind: lexPunct, text: p, low: low, start: i, end: i + size, space: space})
			i += size
		}
		space = false
	}
	markQuoted(out)
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// digitsAt counts the ASCII digits starting at byte i of s.
func digitsAt(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] >= '0' && s[i+n] <= '9' {
		n++
	}
	return n
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// markQuoted marks the lexemes inside quotation marks. Curly quotes open
// and close explicitly; straight double quotes alternate. A quotation left
// open runs to the end of the passage, and a closing mark with no opening
// one closes a quotation that began before the passage.
func markQuoted(ls []lexeme) {
	for _, q := range quoteSpans(ls) {
		for k := q[0]; k < q[1]; k++ {
			ls[k].quoted = true
		}
	}
}

// quoteSpans returns the lexeme ranges [open, close] (inclusive of the
// marks, where present) of the passage's quotations.
func quoteSpans(ls []lexeme) [][2]int {
	var spans [][2]int
	open := -1
	first := true
	for i, l := range ls {
		if l.kind != lexPunct {
			continue
		}
		switch l.text {
		case "“", "«", "„":
			if open < 0 {
				open = i
			}
		case "”", "»":
			if open >= 0 {
				spans = append(spans, [2]int{open, i + 1})
				open = -1
			} else if first {
				spans = append(spans, [2]int{0, i + 1})
			}
		case `"`:
			if open >= 0 {
				spans = append(spans, [2]int{open, i + 1})
				open = -1
			} else {
				open = i
			}
		default:
			continue
		}
		first = false
	}
	if open >= 0 && open < len(ls)-1 {
		spans = append(spans, [2]int{open, len(ls)})
	}
	return spans
}

// sentenceStart reports whether lexeme i begins a sentence: it is first,
// or follows a full stop, a colon or an opening quote.
func sentenceStart(ls []lexeme, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if ls[k].kind != lexPunct {
			return false
		}
		switch ls[k].low {
		case ".", "!", "?", ":", `"`, "(", "-":
			return true
		}
	}
	return true
}

// groupConversions numbers the facts that restate one value in another
// unit, currency or time zone within a few words ("48 metres (157 feet)",
// "1:53 p.m. (1153 GMT)", "€2 million ($2.3 million)").
func (x *extraction) groupConversions() {
	sortFacts(x.facts)
	next := 1
	for i := range x.facts {
		a := &x.facts[i]
		for j := i + 1; j < len(x.facts); j++ {
			b := &x.facts[j]
			if b.Kind != a.Kind || a.Kind == KindQuote || a.Kind == KindName || a.Kind == KindPlace {
				continue
			}
			if !closeBy(x.text[a.End:b.Start]) {
				break
			}
			if !isConversion(a, b) {
				continue
			}
			if a.group == 0 {
				a.group = next
				next++
			}
			b.group = a.group
		}
	}
}

// closeBy reports whether the text between two values is short enough for
// one to restate the other: a bracket, a comma, "or", "about".
func closeBy(between string) bool {
	between = strings.TrimSpace(between)
	// "eight million gallons of water (30 million litres)"
	if strings.HasSuffix(between, "(") && len(between) <= 24 && !strings.ContainsAny(between, ".;") {
		return true
	}
	if len(between) > 12 {
		return false
	}
	w := strings.Trim(strings.ToLower(between), " ,(")
	switch w {
	case "", "or", "or about", "about", "or some", "or roughly", "roughly", "some", "or nearly", "nearly", "or around", "around", "equivalent to", "or more than":
		return true
	}
	return false
}

// isConversion reports whether b restates a's value in another unit,
// currency or zone.
func isConversion(a, b *Fact) bool {
	switch {
	case a.qty != nil && b.qty != nil:
		return a.qty.unit != nil && b.qty.unit != nil && a.qty.unit.Dim == b.qty.unit.Dim &&
			a.qty.unit.Symbol != b.qty.unit.Symbol && closeValues(a.qty.base(), b.qty.base(), max(a.qty.precision(), b.qty.precision())+0.02)
	case a.money != nil && b.money != nil:
		return a.money.currency != b.money.currency && plausibleRate(a.money, b.money)
	case a.clock != nil && b.clock != nil:
		return a.clock.zone != b.clock.zone
	}
	return false
}
