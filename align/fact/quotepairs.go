package fact

import (
	"slices"

	"crosscheck/align/lang"
)

// Pairing the quotations of two outlets: which render one remark, and how
// their wording compares.

// pairQuotes pairs the quotations of two outlets that render the same
// remark (by the same speaker, or an unnamed one) and judges their
// wording: the same words agree, part of the same words refines, other
// words conflict, with the word diff.
func pairQuotes(a *Analysis, _ *kindSpec, fa, fb []factRef) []Difference {
	type pair struct {
		x, y  int
		score int
		// loose is true for a pair that renders one speaker's remark in
		// few common words: it pairs only beside a surer pair of the same
		// two passages.
		loose bool
	}
	var pairs []pair
	for i, x := range fa {
		for j, y := range fb {
			qx, qy := quoteOf(x), quoteOf(y)
			named := qx.speaker != "" && qy.speaker != ""
			if named && !a.sameSpeaker(qx.speaker, qy.speaker) {
				continue
			}
			// The same remark: most of the meaningful words shared; or, for
			// one named speaker, the same opening ("We were lucky", "We
			// were very fortunate") or two meaningful words, or half those of
			// the shorter ("far from over", "this fire is not over"): the
			// passages state one fact, and what one person said about it
			// is one remark however differently two outlets render it.
			score := quoteOverlap(qx, qy)
			shared := sharedContent(qx, qy)
			small := min(len(qx.content), len(qy.content))
			switch {
			case sameRemark(qx, qy), named && sameOpening(qx, qy), named && (shared >= 2 || shared > 0 && 2*shared >= small):
				pairs = append(pairs, pair{i, j, score, false})
			case named && shared > 0:
				pairs = append(pairs, pair{i, j, score, true})
			}
		}
	}
	slices.SortStableFunc(pairs, func(p, q pair) int {
		if p.loose != q.loose {
			if p.loose {
				return 1
			}
			return -1
		}
		return q.score - p.score
	})
	usedA, usedB := map[int]bool{}, map[int]bool{}
	// paired holds the pairs of passages a sure pair of quotes joins: a
	// second remark of the same speaker in both ("greed, pure and
	// simple", "nothing other than greed") is the same second remark.
	paired := map[[2]Ref]bool{}
	var out []Difference
	for _, p := range pairs {
		if usedA[p.x] || usedB[p.y] {
			continue
		}
		x, y := fa[p.x], fb[p.y]
		if p.loose && !paired[[2]Ref{x.ref, y.ref}] {
			continue
		}
		usedA[p.x], usedB[p.y] = true, true
		paired[[2]Ref{x.ref, y.ref}] = true
		out = append(out, quoteDifference(x, y))
	}
	return out
}

// quoteDifference judges two outlets' quotations of one remark; unless
// they agree, it carries their word diff.
func quoteDifference(x, y factRef) Difference {
	st := compareQuotes(quoteOf(x), quoteOf(y))
	d := Difference{Kind: KindQuote, Status: st, Role: x.fact.Role, Values: []Value{valueOf(x), valueOf(y)}}
	if st != Same {
		d.Diff = DiffWords(x.fact.Text, y.fact.Text)
	}
	return d
}

// sameOpening reports whether two quotations open with the same two words.
func sameOpening(a, b *quoteValue) bool {
	return len(a.words) >= 2 && len(b.words) >= 2 && a.words[0] == b.words[0] && a.words[1] == b.words[1]
}

// quoteOverlap scores how much two quotations share: two points for each
// shared content word, one for each shared function word.
func quoteOverlap(a, b *quoteValue) int {
	n := 2 * sharedContent(a, b)
	seen := map[string]bool{}
	for _, w := range a.words {
		if lang.FunctionWord(w) && !seen[w] && slices.Contains(b.words, w) {
			seen[w] = true
			n++
		}
	}
	return n
}

// sameSpeaker reports whether two folded speaker names are one person:
// the same, or spellings of one name.
func (an *Analysis) sameSpeaker(a, b string) bool {
	return a == b || a != "" && b != "" && (spellingVariant(a, b) || an.variantPairs[foldPair(a, b)])
}

func sharedContent(a, b *quoteValue) int {
	n := 0
	for w := range a.content {
		if b.content[w] {
			n++
		}
	}
	return n
}

// quoteOf returns the quotation a fact of kind quote holds.
func quoteOf(f factRef) *quoteValue { return f.fact.v.(*quoteValue) }

// sameRemarks pairs the quotations of a claim that render one remark
// through a third: when outlet A's words were paired with B's, and B's
// with C's, A's and C's are one remark too, however few words they share
// ("You abused the trust of people who handed you their life savings",
// "a betrayal of people who trusted him with everything they owned").
func sameRemarks(byOutlet [][]factRef, found []Difference) []Difference {
	type at struct {
		ref    Ref
		offset int
	}
	index := map[at]int{}
	var quotes []factRef
	var outletOf []int
	for o, fs := range byOutlet {
		for _, f := range fs {
			index[at{f.ref, f.fact.Start}] = len(quotes)
			quotes = append(quotes, f)
			outletOf = append(outletOf, o)
		}
	}
	if len(quotes) < 3 {
		return nil
	}
	remark := newUnionFind()
	paired := map[[2]int]bool{}
	for _, d := range found {
		if d.Kind != KindQuote || len(d.Values) != 2 {
			continue
		}
		i, iok := index[at{d.Values[0].Ref, d.Values[0].Offset}]
		j, jok := index[at{d.Values[1].Ref, d.Values[1].Offset}]
		if !iok || !jok {
			continue
		}
		paired[[2]int{min(i, j), max(i, j)}] = true
		remark.union(i, j)
	}
	var out []Difference
	for i := range quotes {
		for j := i + 1; j < len(quotes); j++ {
			if outletOf[i] == outletOf[j] || paired[[2]int{i, j}] || remark.find(i) != remark.find(j) {
				continue
			}
			out = append(out, quoteDifference(quotes[i], quotes[j]))
		}
	}
	return out
}
