package align

import (
	"cmp"
	"slices"
)

// addSecondary lets a passage join further claims whose members it is
// like on average: a lead sentence that sums up three facts is reached
// from each of their claims. It returns, for each group, the passages that
// join it.
//
// A passage joins a group when its mean score with the group's home
// members is AlsoScore or more and it scores SupportScore with AlsoShare
// of them. Later passes also count the passages that joined the group, at
// SecondaryWeight: a sentence that restates what two others said together
// belongs where they went. Strongest first, each join must keep the
// group's passages of one document close together.
func addSecondary(ix *index, pairs []pair, groups [][]int) (extras [][]int) {
	groupOf := make([]int, len(ix.refs))
	for g, ms := range groups {
		for _, m := range ms {
			groupOf[m] = g
		}
	}
	// A tally sums the scores of passage p with the members of group g.
	type tally struct {
		p, g   int32
		sum    float32
		strong int32 // home members scoring SupportScore or more
	}
	scoreFor := func(pr pair, p int) float64 { // p's score with the other
		if p == pr.a {
			return max(pr.sim, ix.tune.ContainWeight*pr.inB)
		}
		return max(pr.sim, ix.tune.ContainWeight*pr.inA)
	}
	// tallyUp sorts votes by passage and group and adds up each run.
	tallyUp := func(votes []tally) []tally {
		slices.SortFunc(votes, func(x, y tally) int { return cmp.Or(cmp.Compare(x.p, y.p), cmp.Compare(x.g, y.g)) })
		out := votes[:0]
		for _, v := range votes {
			if n := len(out); n > 0 && out[n-1].p == v.p && out[n-1].g == v.g {
				out[n-1].sum += v.sum
				out[n-1].strong += v.strong
				continue
			}
			out = append(out, v)
		}
		return out
	}
	strongVote := func(s float64) int32 {
		if s >= ix.tune.SupportScore {
			return 1
		}
		return 0
	}
	homeTally := make([]tally, 0, 2*len(pairs))
	for _, pr := range pairs {
		sa, sb := scoreFor(pr, pr.a), scoreFor(pr, pr.b)
		homeTally = append(homeTally,
			tally{int32(pr.a), int32(groupOf[pr.b]), float32(sa), strongVote(sa)},
			tally{int32(pr.b), int32(groupOf[pr.a]), float32(sb), strongVote(sb)})
	}
	homeTally = tallyUp(homeTally)
	homeOf := func(p, g int32) tally {
		i, ok := slices.BinarySearchFunc(homeTally, tally{p: p, g: g}, func(x, y tally) int {
			return cmp.Or(cmp.Compare(x.p, y.p), cmp.Compare(x.g, y.g))
		})
		if !ok {
			return tally{p: p, g: g}
		}
		return homeTally[i]
	}
	type join struct {
		p, g  int
		score float64
	}
	var joins []join
	joined := map[[2]int]bool{}
	joinedTo := make([][]int, len(ix.refs)) // passage → groups it joined
	size := make([]int, len(groups))        // passages that joined each group
	w := ix.tune.SecondaryWeight
	consider := func(p, g int, sum float64, strong int32) (join, bool) {
		home := len(groups[g])
		if g == groupOf[p] || home < ix.tune.AlsoSize {
			return join{}, false
		}
		mean := sum / (float64(home) + w*float64(size[g]))
		if mean < ix.tune.AlsoScore || float64(strong) < ix.tune.AlsoShare*float64(home) ||
			joined[[2]int{p, g}] || !mayJoin(ix, p, groups[g]) {
			return join{}, false
		}
		return join{p, g, mean}, true
	}
	for pass := 0; pass < 3; pass++ {
		var more []join
		if pass == 0 {
			for _, t := range homeTally {
				if j, ok := consider(int(t.p), int(t.g), float64(t.sum), t.strong); ok {
					more = append(more, j)
				}
			}
		} else {
			// Only a passage that scores with a passage that joined can
			// newly join.
			var extra []tally
			for _, pr := range pairs {
				for _, g := range joinedTo[pr.b] {
					extra = append(extra, tally{int32(pr.a), int32(g), float32(w * scoreFor(pr, pr.a)), 0})
				}
				for _, g := range joinedTo[pr.a] {
					extra = append(extra, tally{int32(pr.b), int32(g), float32(w * scoreFor(pr, pr.b)), 0})
				}
			}
			for _, t := range tallyUp(extra) {
				h := homeOf(t.p, t.g)
				if j, ok := consider(int(t.p), int(t.g), float64(h.sum+t.sum), h.strong); ok {
					more = append(more, j)
				}
			}
		}
		// A sentence states a few facts, not dozens: each passage joins
		// its maxJoins best groups at most, which also bounds the work of
		// the passes after.
		slices.SortFunc(more, func(x, y join) int {
			return cmp.Or(cmp.Compare(x.p, y.p), cmp.Compare(y.score, x.score), cmp.Compare(x.g, y.g))
		})
		kept := more[:0]
		for _, j := range more {
			if len(joinedTo[j.p]) < maxJoins {
				kept = append(kept, j)
				joinedTo[j.p] = append(joinedTo[j.p], j.g)
			}
		}
		more = kept
		if len(more) == 0 {
			break
		}
		for _, j := range more {
			joined[[2]int{j.p, j.g}] = true
			size[j.g]++
		}
		joins = append(joins, more...)
	}
	slices.SortFunc(joins, func(x, y join) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.g, y.g), cmp.Compare(x.p, y.p))
	})
	extras = make([][]int, len(groups))
	for _, j := range joins {
		if mayJoin(ix, j.p, groups[j.g]) && mayJoin(ix, j.p, extras[j.g]) {
			extras[j.g] = append(extras[j.g], j.p)
		}
	}
	return extras
}

// maxJoins is the most claims a passage joins besides its own.
const maxJoins = 8

// mayJoin reports whether passage p may join group g as a further
// member: when g already holds a passage of p's document, only a
// neighbour of it may join (a quote split across two sentences, a fact
// told in two).
func mayJoin(ix *index, p int, g []int) bool {
	for _, m := range g {
		if ix.refs[m].Doc == ix.refs[p].Doc && (m-p > ix.tune.SameDocReach || p-m > ix.tune.SameDocReach) {
			return false
		}
	}
	return true
}
