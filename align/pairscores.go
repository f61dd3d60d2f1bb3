package align

import (
	"cmp"
	"slices"
)

// pairScores holds the scores of the candidate pairs by passage: each
// passage's partners in passage order. A claim's members are read against
// each other through their partners, not pair by pair: a claim of a
// hundred outlets has ten thousand pairs of members, of which each
// member's few dozen partners are the only ones with a score.
type pairScores struct {
	adj [][]partner
	// at holds each passage's index in the members being read (see
	// within), -1 for the others.
	at []int32
}

// A partner is a passage's candidate partner and the pair's score.
type partner struct {
	p   int32
	sim float32
}

// newPairScores indexes the scores of pairs among n passages.
func newPairScores(n int, pairs []pair) *pairScores {
	ps := &pairScores{adj: make([][]partner, n), at: make([]int32, n)}
	deg := make([]int, n)
	for _, p := range pairs {
		deg[p.a]++
		deg[p.b]++
	}
	for i := range ps.adj {
		ps.adj[i] = make([]partner, 0, deg[i])
		ps.at[i] = -1
	}
	for _, p := range pairs {
		ps.adj[p.a] = append(ps.adj[p.a], partner{int32(p.b), float32(p.sim)})
		ps.adj[p.b] = append(ps.adj[p.b], partner{int32(p.a), float32(p.sim)})
	}
	for i := range ps.adj {
		slices.SortFunc(ps.adj[i], func(x, y partner) int { return cmp.Compare(x.p, y.p) })
	}
	return ps
}

// of returns the score of the pair a, b, or 0 when it is no candidate.
func (ps *pairScores) of(a, b int) float64 {
	i, ok := slices.BinarySearchFunc(ps.adj[a], int32(b), func(x partner, t int32) int { return cmp.Compare(x.p, t) })
	if !ok {
		return 0
	}
	return float64(ps.adj[a][i].sim)
}

// within calls f(i, j, score) for each candidate pair of ms, by their
// indexes in ms, i < j: the pairs of a claim's members that have a score.
func (ps *pairScores) within(ms []int, f func(i, j int, sim float64)) {
	for i, m := range ms {
		ps.at[m] = int32(i)
	}
	for i, m := range ms {
		for _, pt := range ps.adj[m] {
			if j := ps.at[pt.p]; j > int32(i) {
				f(i, int(j), float64(pt.sim))
			}
		}
	}
	for _, m := range ms {
		ps.at[m] = -1
	}
}
