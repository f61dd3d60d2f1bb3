package align

import (
	"cmp"
	"math/bits"
	"slices"
)

// Claims as cliques. Average linkage lets a claim hold two passages that
// are not alike at all, when each is like a third: a lead that states two
// facts draws the sentence of each into one claim, though the two
// sentences share no fact. A claim is one fact, so every two of its
// members of different outlets must be linked: alike enough to be
// candidates, giving one of the values that mark a fact or values of one
// slot, near copies, or like the same words of a third member (see
// sameFactThrough). A group that is not so is split into its largest such
// sets (its maximal cliques), and the passage that linked them belongs to
// each.

// maxCliqueMembers is the largest group split into cliques; a larger one
// is left whole. Each passage keeps maxPartners partners at most, so in a
// larger group two members may lack a link for want of room, not of
// likeness; and no fact of a real story has that many outlets.
const maxCliqueMembers = maxPartners

// maxCliques is the most cliques one group is split into; past it the
// group is left whole.
const maxCliques = 16

// splitCliques returns the groups split into their maximal cliques of
// linked members, each clique with the home members it holds.
func splitCliques(ix *index, scores *pairScores, groups []claimGroup) []claimGroup {
	var out []claimGroup
	for _, g := range groups {
		n := len(g.members)
		if n < 3 && !(n == 2 && ix.otherPeopleApart(g.members[0], g.members[1])) || n > maxCliqueMembers {
			out = append(out, g)
			continue
		}
		adj := make([]uint64, n)
		linked := make([]uint64, n) // the candidate pairs
		scores.within(g.members, func(i, j int, sim float64) {
			if sim >= ix.tune.CandidateScore {
				linked[i] |= 1 << j
				linked[j] |= 1 << i
			}
		})
		var apart [][2]int
		for i, a := range g.members {
			for j := i + 1; j < n; j++ {
				b := g.members[j]
				if ix.refs[a].Doc == ix.refs[b].Doc {
					// A headline and a sentence of one article may be
					// in one claim; a sentence that joined for a value
					// its article's other member does not give states
					// another fact than that member.
					if ix.headline(a) || ix.headline(b) || !slices.Contains(g.byValue, a) && !slices.Contains(g.byValue, b) {
						adj[i] |= 1 << j
						adj[j] |= 1 << i
					}
					continue
				}
				if ix.otherPeopleApart(a, b) {
					continue // never linked, not even through a third
				}
				if byCount(ix, g, a) || byCount(ix, g, b) || linked[i]&(1<<j) != 0 || shareSorted(ix.values[a], ix.values[b]) || shareSorted(ix.slots[a], ix.slots[b]) || isNearCopy(ix.vecs[a], ix.vecs[b]) {
					adj[i] |= 1 << j
					adj[j] |= 1 << i
				} else {
					apart = append(apart, [2]int{i, j})
				}
			}
		}
		// Two members not linked may still state one fact: each is like
		// the same part of a third member, as two short sentences are
		// like the same clause of a lead. Two that are like other parts
		// of it state two of its facts.
		for _, ij := range apart {
			if sameFactThrough(ix, g.members, linked, ij[0], ij[1]) {
				adj[ij[0]] |= 1 << ij[1]
				adj[ij[1]] |= 1 << ij[0]
			}
		}
		whole := true
		for i := range adj {
			if bits.OnesCount64(adj[i]) != n-1 {
				whole = false
			}
		}
		if whole {
			out = append(out, g)
			continue
		}
		cs := maximalCliques(adj, maxCliques)
		if cs == nil {
			out = append(out, g)
			continue
		}
		cs = withoutOddHeadlines(ix, g.members, cs)
		for _, c := range cs {
			var sub claimGroup
			for c != 0 {
				i := bits.TrailingZeros64(c)
				c &^= 1 << i
				m := g.members[i]
				sub.members = append(sub.members, m)
				if slices.Contains(g.home, m) {
					sub.home = append(sub.home, m)
				}
				if slices.Contains(g.own, m) {
					sub.own = append(sub.own, m)
				}
				if slices.Contains(g.byValue, m) {
					sub.byValue = append(sub.byValue, m)
				}
			}
			if len(sub.home) == 0 {
				// Every member joined from another claim: the first
				// stands for the clique where claims are ordered.
				sub.home = sub.members[:1]
			}
			out = append(out, sub)
		}
	}
	return out
}

// byCount reports whether m is a headline that joined g for the count
// its outlets give (see headlinesByCount): it states the fact of every
// member, though it may share no word or value with a lead that gives
// the count in other words, and the claim is not split around it.
func byCount(ix *index, g claimGroup, m int) bool {
	return ix.headline(m) && slices.Contains(g.byValue, m)
}

// shareSorted reports whether the sorted lists va and vb share an
// element.
func shareSorted(va, vb []int32) bool {
	for i, j := 0, 0; i < len(va) && j < len(vb); {
		switch {
		case va[i] < vb[j]:
			i++
		case va[i] > vb[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// maximalCliques lists the maximal cliques of the graph adj (a bit set of
// neighbours per vertex) by Bron–Kerbosch with pivoting, in a fixed
// order; nil when there are more than limit.
func maximalCliques(adj []uint64, limit int) []uint64 {
	var out []uint64
	var all uint64
	for i := range adj {
		all |= 1 << i
	}
	var bk func(r, p, x uint64) bool
	bk = func(r, p, x uint64) bool {
		if p == 0 && x == 0 {
			if len(out) == limit {
				return false
			}
			out = append(out, r)
			return true
		}
		// The pivot: the vertex of p or x with most neighbours in p.
		pivot, most := -1, -1
		for u := p | x; u != 0; u &= u - 1 {
			v := bits.TrailingZeros64(u)
			if c := bits.OnesCount64(adj[v] & p); c > most {
				pivot, most = v, c
			}
		}
		for u := p &^ adj[pivot]; u != 0; u &= u - 1 {
			v := bits.TrailingZeros64(u)
			if !bk(r|1<<v, p&adj[v], x&adj[v]) {
				return false
			}
			p &^= 1 << v
			x |= 1 << v
		}
		return true
	}
	if !bk(0, all, 0) {
		return nil
	}
	return out
}

// sameFactThrough reports whether members i and j of ms, not linked, are
// both linked to a third member by the same words of it: the terms each
// shares with it overlap by at least BridgeShare of the lighter's weight.
func sameFactThrough(ix *index, ms []int, linked []uint64, i, j int) bool {
	a, b := ms[i], ms[j]
	for k := linked[i] & linked[j]; k != 0; k &= k - 1 {
		c := ms[bits.TrailingZeros64(k)]
		var wa, wb, both float64
		va, vb := ix.vecs[a], ix.vecs[b]
		for _, t := range ix.vecs[c] {
			inA := hasTerm(va, t.term)
			inB := hasTerm(vb, t.term)
			if inA {
				wa += t.w
			}
			if inB {
				wb += t.w
			}
			if inA && inB {
				both += t.w
			}
		}
		if lighter := min(wa, wb); lighter > 0 && both >= ix.tune.BridgeShare*lighter {
			return true
		}
	}
	return false
}

// hasTerm reports whether the sorted vector v holds term t.
func hasTerm(v []weighted, t int) bool {
	_, ok := slices.BinarySearchFunc(v, t, func(x weighted, t int) int { return cmp.Compare(x.term, t) })
	return ok
}
