package align

import (
	"cmp"
	"slices"
)

// A candidate is a pair of passages, a < b, to be scored, with their
// cosine.
type candidate struct {
	a, b   int32
	cosine float32
}

// uniqueCandidates returns the candidates of every passage's partners
// (partners[p] lists p's, each with the lower passage first), ordered by
// first passage, then second, each pair once. They are bucketed by first
// passage and each bucket sorted on its own, in parallel: one sort of
// every pair would cost more than linear time, and the most as outlets
// multiply.
func uniqueCandidates(partners [][]candidate) []candidate {
	n := len(partners)
	// start[a] is where the candidates whose first passage is a begin.
	start := make([]int, n+1)
	for _, cs := range partners {
		for _, c := range cs {
			start[c.a+1]++
		}
	}
	for a := range n {
		start[a+1] += start[a]
	}
	flat := make([]candidate, start[n])
	next := slices.Clone(start[:n])
	for _, cs := range partners {
		for _, c := range cs {
			flat[next[c.a]] = c
			next[c.a]++
		}
	}
	// kept[a] is how many of a's candidates are left once each pair is
	// listed once.
	kept := make([]int, n)
	inParallel(n, func(from, to int) {
		for a := from; a < to; a++ {
			bucket := flat[start[a]:start[a+1]]
			slices.SortFunc(bucket, func(x, y candidate) int { return cmp.Compare(x.b, y.b) })
			kept[a] = len(slices.CompactFunc(bucket, func(x, y candidate) bool { return x.b == y.b }))
		}
	})
	total := 0
	for _, k := range kept {
		total += k
	}
	cands := make([]candidate, 0, total)
	for a := range n {
		cands = append(cands, flat[start[a]:start[a]+kept[a]]...)
	}
	return cands
}
