package fact

import (
	"slices"
	"strings"
	"unicode/utf8"

	"crosscheck/align/lang"
)

// A Variant is a name written more than one way across the corpus
// ("Whitkoff" and "Witkoff").
type Variant struct {
	Kind  Kind
	Forms []VariantForm
	// Accents is true when the forms differ only in diacritics ("Pütürge"
	// and "Puturge"): one name written the same way, not a misspelling.
	Accents bool
}

// A VariantForm is one spelling of a variant name and where it occurs.
type VariantForm struct {
	Text string
	Refs []Ref
}

// FindVariants returns the names written more than one way across the
// story, whose claims are given by their members, and records the
// families of spellings, which the claims' fact sheets, comparing
// speakers and the story's disputes then know:
//
//   - spellings of one name (nameVariant: "Whitkoff" and "Witkoff",
//     "Wolff" and "Wolfe", "Rait" and "Raite", "Calamita" and
//     "LaCalamita", "Carolos" and "Karolos"): capitalised words, never
//     both in one article, that share context: the same word beside them
//     in a name somewhere in the story ("Ilene Wolff", "Ilene Wolfe"), or
//     passages of one claim; whether or not the two spellings share a
//     claim;
//   - the same name with and without diacritics ("Pütürge" and
//     "Puturge"), marked Accents: not a conflict, but worth knowing when
//     searching.
func (a *Analysis) FindVariants(claims [][]Ref) []Variant {
	type group struct {
		fold string
		// forms maps each written spelling to the passages holding it.
		forms map[string][]Ref
		order []string
		docs  map[int]bool
		// neighbours are the folded words written next to it in a name;
		// docNeighbours the same by document.
		neighbours    map[string]bool
		docNeighbours map[int]map[string]bool
		claims        map[int]bool
		count         int
	}
	claimOf := map[Ref][]int{}
	for i, members := range claims {
		for _, m := range members {
			claimOf[m] = append(claimOf[m], i)
		}
	}
	a.variantPairs = map[[2]string]bool{}
	a.family = map[string]int{}
	groups := map[string]*group{}
	var folds []string
	for d := range a.facts {
		for p, fs := range a.facts[d] {
			r := Ref{d, p}
			for fi := range fs {
				words := nameWordsOf(&fs[fi])
				for i, w := range words {
					if utf8.RuneCountInString(w.fold) < 4 && !strings.Contains(w.fold, "&") || a.lowerWords[w.fold] {
						continue
					}
					g := groups[w.fold]
					if g == nil {
						g = &group{fold: w.fold, forms: map[string][]Ref{}, docs: map[int]bool{}, neighbours: map[string]bool{}, docNeighbours: map[int]map[string]bool{}, claims: map[int]bool{}}
						groups[w.fold] = g
						folds = append(folds, w.fold)
					}
					if _, ok := g.forms[w.text]; !ok {
						g.order = append(g.order, w.text)
					}
					if refs := g.forms[w.text]; len(refs) == 0 || refs[len(refs)-1] != r {
						g.forms[w.text] = append(refs, r)
					}
					g.docs[d] = true
					g.count++
					if g.docNeighbours[d] == nil {
						g.docNeighbours[d] = map[string]bool{}
					}
					if i > 0 {
						g.neighbours["<"+words[i-1].fold] = true
						g.docNeighbours[d]["<"+words[i-1].fold] = true
					}
					if i+1 < len(words) {
						g.neighbours[">"+words[i+1].fold] = true
						g.docNeighbours[d][">"+words[i+1].fold] = true
					}
					for _, c := range claimOf[r] {
						g.claims[c] = true
					}
				}
			}
		}
	}
	slices.Sort(folds)
	shares := func(a, b map[string]bool) bool {
		for k := range a {
			if b[k] {
				return true
			}
		}
		return false
	}
	sharesInt := func(a, b map[int]bool) bool {
		for k := range a {
			if b[k] {
				return true
			}
		}
		return false
	}
	// Join spellings of one name.
	uf := newUnionFind()
	idx := map[string]int{}
	for i, f := range folds {
		idx[f] = i
	}
	for _, pr := range spellingCandidates(folds) {
		fa, fb := folds[pr[0]], folds[pr[1]]
		ga, gb := groups[fa], groups[fb]
		neighbour, claim := shares(ga.neighbours, gb.neighbours), sharesInt(ga.claims, gb.claims)
		if !nameVariant(fa, fb) && !(neighbour && misspeltPlace(fa, fb)) {
			continue
		}
		if !neighbour && !claim {
			continue
		}
		// Two spellings in one article are two people unless the same
		// word stands beside both ("Duncan Rait", "Duncan Raite"), or one
		// letter of a long word tells them apart and a claim holds both
		// ("Somani", "Somali").
		if sharesInt(ga.docs, gb.docs) && (!neighbour && !(claim && EditDistance(fa, fb) == 1 && min(len(fa), len(fb)) >= 6) || twoPeopleIn(ga.docNeighbours, gb.docNeighbours)) {
			continue
		}
		uf.union(pr[0], idx[fb])
		a.variantPairs[foldPair(fa, fb)] = true
	}
	byRoot := map[int][]string{}
	for i, f := range folds {
		root := uf.find(i)
		byRoot[root] = append(byRoot[root], f)
	}
	var out []Variant
	done := map[int]bool{}
	for i, fa := range folds {
		root := uf.find(i)
		if done[root] {
			continue
		}
		members := byRoot[root]
		var v Variant
		v.Kind = KindName
		for _, m := range members {
			g := groups[m]
			for _, text := range g.order {
				v.Forms = append(v.Forms, VariantForm{Text: text, Refs: g.forms[text]})
			}
		}
		if len(members) == 1 {
			if len(v.Forms) < 2 || !accentsOnly(v.Forms) {
				continue
			}
			v.Accents = true
		}
		if theGazetteer().byKey[fa] != nil {
			v.Kind = KindPlace
		}
		done[root] = true
		for _, m := range members {
			a.family[m] = len(out)
		}
		out = append(out, v)
	}
	out = append(out, a.titleVariants()...)
	a.variants = out
	return out
}

// nameVariant reports whether two folded, lower-case words are spellings
// of one name: initials joined by "&" in another order ("c&g", "g&c"); one with a particle the other leaves off ("lacalamita",
// "calamita"); first letters that transliterations write differently and
// the same rest ("carolos", "karolos"; "giannis", "yiannis"; "ilias",
// "elias"); a final e ("rait", "raite"); or a letter or two apart
// (spellingVariant). Different names that merely look alike are not:
// "hamdan" and "hamad" are two letters apart for six, "gage" and "gaskin"
// more.
func nameVariant(a, b string) bool {
	if a == b || a == "" || b == "" {
		return false
	}
	if strings.Contains(a, "&") || strings.Contains(b, "&") {
		return initialsReordered(a, b)
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if pre, ok := strings.CutSuffix(long, short); ok && utf8.RuneCountInString(short) >= 5 && lang.SurnameParticle(pre) {
		return true
	}
	if a[0] != b[0] {
		return lang.SameInitial(a[0], b[0]) && a[1:] == b[1:] && utf8.RuneCountInString(a) >= 5
	}
	if utf8.RuneCountInString(short) == 4 {
		return long == short+"e"
	}
	return spellingVariant(a, b)
}

// misspeltPlace reports whether one of two folded words is a place the
// gazetteer knows and the other, which it does not know, is one letter
// from it, the first letter too ("aden", "eden": the Gulf of Eden is
// the Gulf of Aden misspelt). FindVariants asks, besides, that the same
// word stand beside both ("Gulf").
func misspeltPlace(a, b string) bool {
	g := theGazetteer()
	ka, kb := g.byKey[a] != nil, g.byKey[b] != nil
	return ka != kb && min(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) >= 4 && EditDistance(a, b) == 1 &&
		!strings.HasPrefix(a, b) && !strings.HasPrefix(b, a)
}

// initialsReordered reports whether two firm names of initials joined by
// "&" hold the same initials in another order ("c&g", "g&c").
func initialsReordered(a, b string) bool {
	return strings.Contains(a, "&") && strings.Contains(b, "&") && a != b && sortedLetters(a) == sortedLetters(b)
}

// sortedLetters returns the letters of w in order: the key of its
// anagrams.
func sortedLetters(w string) string {
	rs := []rune(strings.ReplaceAll(w, "&", ""))
	slices.Sort(rs)
	return string(rs)
}

// accentsOnly reports whether the forms differ by more than letter case:
// "Pütürge" and "Puturge", not "AFAD" and "Afad".
func accentsOnly(forms []VariantForm) bool {
	for _, f := range forms[1:] {
		if !strings.EqualFold(f.Text, forms[0].Text) {
			return true
		}
	}
	return false
}

// twoPeopleIn reports whether an article writes two spellings beside
// different words on one side ("Karin Smith" and "Karen Jones"): two
// people, not one name spelled twice.
func twoPeopleIn(a, b map[int]map[string]bool) bool {
	for d, na := range a {
		nb := b[d]
		for _, side := range []string{"<", ">"} {
			var wa, wb []string
			for k := range na {
				if strings.HasPrefix(k, side) {
					wa = append(wa, k)
				}
			}
			for k := range nb {
				if strings.HasPrefix(k, side) {
					wb = append(wb, k)
				}
			}
			if len(wa) > 0 && len(wb) > 0 && !slices.ContainsFunc(wa, func(k string) bool { return slices.Contains(wb, k) }) {
				return true
			}
		}
	}
	return false
}

// spellingCandidates returns the pairs of sorted folds (by index, i < j)
// that may be spellings of one name (see nameVariant): those that begin
// alike and, once up to two letters after the first are deleted from
// each, or one from each's skeleton, read the same; those that read the
// same past their first letters; and a surname with a particle and
// without. Comparing only
// these, not every pair, keeps a corpus of thousands of names from costing
// the square of them; spellingVariant still decides.
func spellingCandidates(folds []string) [][2]int {
	byKey := map[string][]int{}
	for i, f := range folds {
		rs := []rune(f)
		keys := map[string]bool{}
		for _, k := range deletions(rs, 2) {
			keys["e"+k] = true
		}
		for _, k := range deletions([]rune(NameSkeleton(f)), 1) {
			keys["s"+string(rs[0])+"|"+k] = true
		}
		// Transliterated initials ("Carolos", "Karolos") read the same
		// past the first letter; a surname with a particle ("LaCalamita")
		// reads as the surname without it.
		if len(rs) >= 4 {
			keys["i"+string(rs[1:])] = true
		}
		keys["p"+f] = true
		if strings.Contains(f, "&") {
			keys["&"+sortedLetters(f)] = true // "C&G", "G&C"
		}
		for n := 1; n < len(rs)-4; n++ {
			if lang.SurnameParticle(string(rs[:n])) {
				keys["p"+string(rs[n:])] = true
			}
		}
		for k := range keys {
			byKey[k] = append(byKey[k], i)
		}
	}
	seen := map[[2]int]bool{}
	var out [][2]int
	for _, is := range byKey {
		for x, i := range is {
			for _, j := range is[x+1:] {
				p := [2]int{min(i, j), max(i, j)}
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return out
}

// deletions returns w with up to n of its runes after the first deleted,
// each way, w itself among them.
func deletions(w []rune, n int) []string {
	out := []string{string(w)}
	if n == 0 || len(w) < 2 {
		return out
	}
	for i := 1; i < len(w); i++ {
		shorter := slices.Concat(w[:i:i], w[i+1:])
		out = append(out, deletions(shorter, n-1)...)
	}
	return out
}
