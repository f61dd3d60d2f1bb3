package fact

import (
	"strings"
)

// Titles: the name of a thing given in quotation marks (the "Did You Feel
// It?" survey). Two outlets that give one title with a word changed ("Do
// You Feel It?") write one name two ways; it is found across the story,
// as a name's spellings are.

// titleVariants returns the titles written two ways across the story:
// quotations that name a thing (quoteValue.title), from two articles, of
// as many words, all but one the same.
func (a *Analysis) titleVariants() []Variant {
	type title struct {
		text  string
		words []string
		ref   Ref
	}
	var ts []title
	for d := range a.facts {
		for p := range a.facts[d] {
			for i := range a.facts[d][p] {
				f := &a.facts[d][p][i]
				if q, ok := f.v.(*quoteValue); ok && q.title && len(q.words) >= minQuoteWords {
					ts = append(ts, title{strings.Trim(f.Text, "\"“”' ,."), q.words, Ref{d, p}})
				}
			}
		}
	}
	var out []Variant
	done := map[int]bool{}
	for i, x := range ts {
		if done[i] {
			continue
		}
		v := Variant{Kind: KindName, Forms: []VariantForm{{Text: x.text, Refs: []Ref{x.ref}}}}
		for j := i + 1; j < len(ts); j++ {
			y := ts[j]
			if done[j] || y.ref.Doc == x.ref.Doc || !oneWordApart(x.words, y.words) {
				continue
			}
			done[j] = true
			v.Forms = append(v.Forms, VariantForm{Text: y.text, Refs: []Ref{y.ref}})
		}
		if len(v.Forms) > 1 {
			out = append(out, v)
		}
	}
	return out
}

// oneWordApart reports whether two titles of as many words differ in one
// word exactly.
func oneWordApart(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := 0
	for k := range a {
		if a[k] != b[k] {
			n++
		}
	}
	return n == 1
}
