package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/corpus"
)

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
				// "2, 000ft": round thousands whose separator the text
				// spaced, as detokenised text does.
				if c == ',' && strings.HasPrefix(text[j:], ", 000") && digitsAt(text, j+2) == 3 && j-i <= 3 {
					j += 2
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
			// Two apostrophes, or two backticks, mark a quotation as a
			// double quote does ('' … '', `` … '').
			if (r == '\'' || r == '`') && i+1 < len(text) && (text[i+1] == '\'' || text[i+1] == '`') {
				mark := `"`
				if r == '`' {
					mark = "“"
				}
				out = append(out, lexeme{kind: lexPunct, text: text[i : i+2], low: mark, start: i, end: i + 2, space: space})
				i += 2
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
	markQuoted(out, false)
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
// and close explicitly; straight double quotes (and two apostrophes)
// alternate. A quotation left open runs to the end of the passage; open
// says the passage begins inside a quotation the passage before left
// open, and a closing mark with no opening one closes a quotation that
// began before the passage.
func markQuoted(ls []lexeme, open bool) {
	for k := range ls {
		ls[k].quoted = false
	}
	for _, q := range quoteSpans(ls, open) {
		for k := q[0]; k < q[1]; k++ {
			ls[k].quoted = true
		}
	}
}

// quoteSpans returns the lexeme ranges [open, close] (inclusive of the
// marks, where present) of the passage's quotations; startOpen says it
// begins inside one.
func quoteSpans(ls []lexeme, startOpen bool) [][2]int {
	var spans [][2]int
	open := -1
	if startOpen && len(ls) > 0 {
		open = 0
	}
	first := true
	for i, l := range ls {
		if l.kind != lexPunct {
			continue
		}
		switch l.text {
		case "“", "«", "„", "``":
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
		case `"`, "''":
			switch {
			case open >= 0:
				spans = append(spans, [2]int{open, i + 1})
				open = -1
			case first && closingMark(ls, i):
				// `… boarding-and-search action," said Captain …`: the
				// quotation opened in an earlier passage, or its mark was
				// lost.
				spans = append(spans, [2]int{0, i + 1})
			default:
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

// closingMark reports whether the straight quotation mark at i closes a
// quotation by its shape: after a comma or a full stop with no space
// between, before a space or the passage's end, and not the passage's
// first mark of a quotation that opens after it (`action," said`).
func closingMark(ls []lexeme, i int) bool {
	if i == 0 || ls[i].space || !strings.Contains(",.!?", ls[i-1].low) || ls[i-1].kind != lexPunct {
		return false
	}
	return i+1 >= len(ls) || ls[i+1].space
}

// endsOpen reports whether a passage leaves a quotation open at its end:
// the next passage of its paragraph goes on with it.
func endsOpen(ls []lexeme, startOpen bool) bool {
	spans := quoteSpans(ls, startOpen)
	if len(spans) == 0 {
		return false
	}
	last := spans[len(spans)-1]
	if last[1] != len(ls) {
		return false
	}
	// Open to the end with no closing mark of its own.
	m := ls[len(ls)-1]
	return !(m.kind == lexPunct && (m.text == "”" || m.text == `"` || m.text == "''" || m.text == "»"))
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
