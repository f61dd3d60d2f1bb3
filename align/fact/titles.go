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
	// Titles one word apart share a key: their words with that word left
	// out. Each title is read once per word, never against every other.
	byKey := map[string][]int{}
	var keys []string
	for i, t := range ts {
		for k := range t.words {
			key := strings.Join(t.words[:k], " ") + "\x00" + strings.Join(t.words[k+1:], " ")
			if _, ok := byKey[key]; !ok {
				keys = append(keys, key)
			}
			byKey[key] = append(byKey[key], i)
		}
	}
	var out []Variant
	done := map[int]bool{}
	for _, key := range keys {
		first := -1
		var v Variant
		for _, i := range byKey[key] {
			switch {
			case done[i]:
			case first < 0:
				first = i
				v = Variant{Kind: KindName, Forms: []VariantForm{{Text: ts[i].text, Refs: []Ref{ts[i].ref}}}}
			case ts[i].ref.Doc != ts[first].ref.Doc && oneWordApart(ts[i].words, ts[first].words):
				done[i] = true
				v.Forms = append(v.Forms, VariantForm{Text: ts[i].text, Refs: []Ref{ts[i].ref}})
			}
		}
		if len(v.Forms) > 1 {
			done[first] = true
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
