package fact

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"crosscheck/corpus"
)

// An Op says where a span of a word diff stands.
type Op int

// The places a span can stand.
const (
	// Common: the span is in both texts.
	Common Op = iota
	// OnlyA: the span is in the first text only.
	OnlyA
	// OnlyB: the span is in the second text only.
	OnlyB
)

// A Span is a run of text in a word diff.
type Span struct {
	Op   Op
	Text string
}

// diffTimeout bounds one word diff; passages are short, so it is reached
// only on pathological input.
const diffTimeout = 100 * time.Millisecond

// tokens splits text into its word tokens, each carrying the white space
// before it, and returns the white space after the last one. Joining the
// tokens and the tail gives back text exactly.
//
// A token is a word (letters, marks and digits, with inner apostrophes,
// hyphens and periods: "don't", "cease-fire", "U.S") or one other
// character that is not white space, so that a diff never cuts a word.
// It is the regular expression
//
//	[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]
//
// read by hand: compiling its Unicode classes cost every report a quarter
// of a millisecond. White space is the regular expression's \s (tab,
// newline, form feed, carriage return and space), and a byte that is not
// UTF-8 is a character of its own.
func tokens(text string) (toks []string, tail string) {
	at := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isTokenSpace(r) {
			i += size
			continue
		}
		end := i + size
		if isWordRune(r) {
			end = wordEnd(text, end)
		}
		toks = append(toks, text[at:end])
		at, i = end, end
	}
	return toks, text[at:]
}

// wordEnd returns where the word that runs up to j ends: after its
// letters, marks and digits, and after every apostrophe, hyphen or period
// that a letter, mark or digit follows, with what follows it.
func wordEnd(text string, j int) int {
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r != '\'' && r != '’' && r != '-' && r != '.' {
			break
		}
		if next, _ := utf8.DecodeRuneInString(text[j+size:]); j+size < len(text) && isWordRune(next) {
			j += size
			continue
		}
		break
	}
	return j
}

// isWordRune reports whether r is a letter, a mark or a digit (\p{L},
// \p{M}, \p{N}).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r)
}

// isTokenSpace reports whether r is white space as the regular
// expressions' \s means it: tab, newline, form feed, carriage return and
// space, nothing else.
func isTokenSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// DiffWords compares a and b word by word and returns the spans of both,
// in order. Common spans hold b's wording, so the Common and OnlyB spans
// joined give back b exactly. White space is never compared (only words
// and punctuation are), and words are compared after folding quotes,
// dashes and case, so "cease-fire" against "cease‐fire" or “ against " is
// not a difference.
func DiffWords(a, b string) []Span {
	ta, _ := tokens(a)
	tb, tailB := tokens(b)
	codes := map[string]rune{}
	encode := func(toks []string) []rune {
		rs := make([]rune, len(toks))
		for i, t := range toks {
			k := strings.ToLower(corpus.Fold(strings.TrimSpace(t)))
			r, ok := codes[k]
			if !ok {
				// Private-use runes keep codes clear of surrogates.
				r = rune(0xF0000 + len(codes))
				codes[k] = r
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(ta), encode(tb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = diffTimeout
	diffs := dmp.DiffMainRunes(ra, rb, false)
	var out []Span
	ia, ib := 0, 0
	emit := func(op Op, s string) {
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += s
			return
		}
		out = append(out, Span{op, s})
	}
	for _, d := range diffs {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			emit(Common, strings.Join(tb[ib:ib+n], ""))
			ia += n
			ib += n
		case diffmatchpatch.DiffDelete:
			emit(OnlyA, strings.Join(ta[ia:ia+n], ""))
			ia += n
		case diffmatchpatch.DiffInsert:
			emit(OnlyB, strings.Join(tb[ib:ib+n], ""))
			ib += n
		}
	}
	if tailB != "" {
		emit(Common, tailB)
	}
	return out
}
