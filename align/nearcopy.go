package align

import (
	"cmp"
	"crosscheck/align/fact"
	"slices"
	"strings"
	"sync"
)

// Two outlets that write nearly the same sentence state the same fact,
// however short the sentence and however common its words: "X will host
// the Oscars." and "X will host this year's Oscars." In a story about the
// Oscars every word of both is the story's topic, too common to propose
// candidates through the inverted index, and a sentence of stop words
// only ("So what does he do?") has no terms at all. Near copies are found
// apart and always align.

// nearCopyScore is the score a pair of near copies gets when the pair
// model gives less.
const nearCopyScore = 0.95

// nearCopyScan bounds how many postings of one term are read when looking
// for a passage's near copies, so that a term in every passage of a huge
// corpus does not make the search quadratic.
const nearCopyScan = 1024

// nearCopies returns the pairs of twin groups (see twinGroups) whose
// passages are near copies of each other (see isNearCopy), each once,
// g < h, in order. Passages of one group are copies already.
func nearCopies(ix *index, twin []int32, groups [][]int) [][2]int32 {
	var out [][2]int32
	// Sentences of stop words only: the same words, in order. Each is
	// paired with the first few others, enough to reach every document's.
	byText := map[string][]int32{}
	for g, ps := range groups {
		if len(ix.vecs[ps[0]]) == 0 {
			if k := wordKey(ix, ps[0]); k != "" {
				byText[k] = append(byText[k], int32(g))
			}
		}
	}
	for _, gs := range byText {
		for x, g := range gs {
			for _, h := range gs[max(0, x-maxCandidates):x] {
				out = append(out, [2]int32{h, g})
			}
		}
	}
	// Sentences with terms: look among the passages holding their rarest
	// two terms.
	var found [][2]int32
	inParallelCollect(len(groups), &found, func(from, to int) [][2]int32 {
		var local [][2]int32
		seen := map[int32]bool{}
		for g := from; g < to; g++ {
			v := ix.vecs[groups[g][0]]
			if len(v) < minNearTerms {
				continue
			}
			clear(seen)
			for _, t := range rarestTerms(ix, v, 2) {
				ps := ix.postings[t]
				if len(ps) > nearCopyScan {
					ps = ps[:nearCopyScan]
				}
				for _, p := range ps {
					h := twin[p]
					if h <= int32(g) || seen[h] {
						continue
					}
					seen[h] = true
					if isNearCopy(v, ix.vecs[p]) {
						local = append(local, [2]int32{int32(g), h})
					}
				}
			}
		}
		return local
	})
	out = append(out, found...)
	slices.SortFunc(out, func(x, y [2]int32) int { return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1])) })
	return slices.Compact(out)
}

// minNearTerms is the fewest terms a passage with terms must have to be
// found a near copy: two shared words are a topic, not a sentence.
const minNearTerms = 3

// isNearCopy reports whether two passages' terms are nearly the same: the
// shorter shares at least 80% of its terms with the longer, and they are
// at least 60% of the longer's.
func isNearCopy(a, b []weighted) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minNearTerms || len(a)*10 < len(b)*6 {
		return false
	}
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].term < b[j].term:
			i++
		case a[i].term > b[j].term:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return shared*10 >= len(a)*8 && shared*10 >= len(b)*6
}

// rarestTerms returns the k terms of v found in the fewest passages.
func rarestTerms(ix *index, v []weighted, k int) []int {
	ts := make([]int, len(v))
	for i, w := range v {
		ts[i] = w.term
	}
	slices.SortFunc(ts, func(x, y int) int {
		return cmp.Or(cmp.Compare(len(ix.postings[x]), len(ix.postings[y])), cmp.Compare(x, y))
	})
	return ts[:min(k, len(ts))]
}

// wordKey is passage i's words, folded and lower-cased, when it has at
// least three: the form in which sentences of stop words only are
// compared.
func wordKey(ix *index, i int) string {
	r := ix.refs[i]
	words := scanWords(strings.ToLower(foldText(fact.Analysed(ix.docs[r.Doc].Passages[r.Passage].Text))))
	if len(words) < 3 {
		return ""
	}
	return strings.Join(words, " ")
}

// inParallelCollect runs work over [0, n) as inParallel does and appends
// what each part returns to out.
func inParallelCollect[T any](n int, out *[]T, work func(from, to int) []T) {
	var parts [][]T
	var mu sync.Mutex
	inParallel(n, func(from, to int) {
		got := work(from, to)
		mu.Lock()
		defer mu.Unlock()
		parts = append(parts, got)
	})
	for _, p := range parts {
		*out = append(*out, p...)
	}
}
