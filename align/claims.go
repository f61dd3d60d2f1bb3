package align

import (
	"cmp"
	"slices"
)

// Alignment thresholds on cosine similarity.
const (
	// linkThreshold is the least similarity for two passages of different
	// outlets to be joined into one claim.
	linkThreshold = 0.28
	// memberThreshold is the least similarity every pair of a claim's
	// members must keep (complete linkage), so that claims do not chain
	// unrelated sentences through a middle one.
	memberThreshold = 0.12
)

type pair struct {
	a, b int
	sim  float64
}

// buildClaims groups the passages of ix into claims by agglomerative
// clustering with complete linkage: pairs of passages from different
// documents are taken from the most similar down, and two groups merge
// only if no document would appear twice and every cross pair stays
// similar. Every passage ends in exactly one claim.
func buildClaims(ix *index) []Claim {
	pairs := candidatePairs(ix)
	n := len(ix.refs)
	group := make([]int, n) // passage → group id
	members := make([][]int, n)
	for i := range n {
		group[i] = i
		members[i] = []int{i}
	}
	for _, p := range pairs {
		ga, gb := group[p.a], group[p.b]
		if ga == gb || !canMerge(ix, members[ga], members[gb]) {
			continue
		}
		for _, m := range members[gb] {
			group[m] = ga
		}
		members[ga] = append(members[ga], members[gb]...)
		members[gb] = nil
	}

	var claims []Claim
	var order []float64
	for _, ms := range members {
		if len(ms) == 0 {
			continue
		}
		slices.Sort(ms) // passage numbers run in document order
		c := Claim{Score: 1}
		var pos float64
		for _, m := range ms {
			c.Members = append(c.Members, ix.refs[m])
			pos += ix.pos[m]
		}
		c.Score = meanCrossSimilarity(ix, ms)
		claims = append(claims, c)
		order = append(order, pos/float64(len(ms)))
	}
	idx := make([]int, len(claims))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(order[a], order[b]), cmp.Compare(claims[a].Members[0].Doc, claims[b].Members[0].Doc))
	})
	out := make([]Claim, len(claims))
	for i, j := range idx {
		out[i] = claims[j]
	}
	return out
}

// candidatePairs returns the pairs of passages from different documents
// that share at least one discriminating term and reach linkThreshold,
// most similar first. Terms found in more than a fifth of all passages are
// too common to propose candidates.
func candidatePairs(ix *index) []pair {
	n := len(ix.refs)
	maxPostings := max(4, n/5)
	var pairs []pair
	seen := make([]int, n)
	for i := range seen {
		seen[i] = -1
	}
	for a := range n {
		for _, tw := range ix.vecs[a] {
			ps := ix.postings[tw.term]
			if len(ps) > maxPostings {
				continue
			}
			for _, b := range ps {
				if b <= a || seen[b] == a || ix.refs[b].Doc == ix.refs[a].Doc {
					continue
				}
				seen[b] = a
				if s := ix.similarity(a, b); s >= linkThreshold {
					pairs = append(pairs, pair{a, b, s})
				}
			}
		}
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		return cmp.Or(cmp.Compare(y.sim, x.sim), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	return pairs
}

// canMerge reports whether groups x and y can form one claim: no document
// twice, and every cross pair at least memberThreshold similar.
func canMerge(ix *index, x, y []int) bool {
	for _, a := range x {
		for _, b := range y {
			if ix.refs[a].Doc == ix.refs[b].Doc || ix.similarity(a, b) < memberThreshold {
				return false
			}
		}
	}
	return true
}

// meanCrossSimilarity is the mean similarity between members of different
// documents, or 1 for a claim of one passage.
func meanCrossSimilarity(ix *index, ms []int) float64 {
	var sum float64
	var n int
	for i, a := range ms {
		for _, b := range ms[i+1:] {
			if ix.refs[a].Doc != ix.refs[b].Doc {
				sum += ix.similarity(a, b)
				n++
			}
		}
	}
	if n == 0 {
		return 1
	}
	return sum / float64(n)
}
