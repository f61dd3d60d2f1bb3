package fact

import (
	"regexp"
	"strings"
	"sync"
	"time"

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

// wordToken matches words (with inner apostrophes, hyphens and periods:
// "don't", "cease-fire", "U.S") and single other non-space characters, so
// that a diff never cuts a word.
var wordToken = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]`)
})

// tokens splits text into its word tokens, each carrying the white space
// before it, and returns the white space after the last one. Joining the
// tokens and the tail gives back text exactly.
func tokens(text string) (toks []string, tail string) {
	at := 0
	for _, loc := range wordToken().FindAllStringIndex(text, -1) {
		toks = append(toks, text[at:loc[1]])
		at = loc[1]
	}
	return toks, text[at:]
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
