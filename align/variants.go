package align

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"crosscheck/corpus"
)

// capitalised matches capitalised words that may be names.
var capitalised = regexp.MustCompile(`\b\p{Lu}[\p{Ll}\p{M}]{3,}\b`)

// findVariants returns the names written more than one way across the
// story: rare capitalised words, found in different documents, within a
// small edit distance of each other and starting with the same letter
// ("Whitkoff" and "Witkoff").
func findVariants(s *Story) []Variant {
	type occ struct {
		refs []Ref
		docs map[int]bool
	}
	forms := map[string]*occ{}
	var order []string
	for d := range s.Documents {
		for p, ps := range s.Documents[d].Passages {
			for _, w := range capitalised.FindAllString(corpus.Fold(ps.Text), -1) {
				o := forms[w]
				if o == nil {
					o = &occ{docs: map[int]bool{}}
					forms[w] = o
					order = append(order, w)
				}
				if len(o.refs) == 0 || o.refs[len(o.refs)-1] != (Ref{d, p}) {
					o.refs = append(o.refs, Ref{d, p})
				}
				o.docs[d] = true
			}
		}
	}
	slices.Sort(order)
	var out []Variant
	used := map[string]bool{}
	for i, a := range order {
		if used[a] || stopWords[strings.ToLower(a)] {
			continue
		}
		v := Variant{Kind: KindName, Forms: []VariantForm{{Text: a, Refs: forms[a].refs}}}
		for _, b := range order[i+1:] {
			if used[b] || a[0] != b[0] || !spellingVariant(a, b) || sharesDoc(forms[a].docs, forms[b].docs) {
				continue
			}
			used[b] = true
			v.Forms = append(v.Forms, VariantForm{Text: b, Refs: forms[b].refs})
		}
		if len(v.Forms) > 1 {
			used[a] = true
			out = append(out, v)
		}
	}
	return out
}

// sharesDoc reports whether two spellings occur in the same document: one
// writer rarely spells a name two ways, so such words are different names.
func sharesDoc(a, b map[int]bool) bool {
	for d := range a {
		if b[d] {
			return true
		}
	}
	return false
}

// spellingVariant reports whether a and b are close enough to be one name
// spelled two ways: one edit for names of five to seven letters, two for
// longer ones.
func spellingVariant(a, b string) bool {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if min(la, lb) < 5 {
		return false
	}
	limit := 1
	if min(la, lb) >= 8 {
		limit = 2
	}
	return editDistance(strings.ToLower(a), strings.ToLower(b)) <= limit
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
