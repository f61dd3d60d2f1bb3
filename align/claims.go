package align

import "slices"

// buildClaims groups the passages of ix into claims.
//
// Claims are built by agglomerative clustering with average linkage over
// the sparse graph of candidate pairs: the two groups whose members are
// most alike on average merge first, as long as no outlet would appear
// twice and most of their cross pairs are themselves alike (so that no
// claim chains unrelated sentences through a middle one). Then passages
// that state a claim's fact among others join that claim as well. Every
// passage ends in at least one claim; claims come in story order.
func buildClaims(ix *index) []Claim {
	pairs := candidatePairs(ix)
	body, heads := withoutHeadlines(ix, pairs)
	homes := cluster(ix, body)
	extras := joinHeadlines(ix, heads, homes, addSecondary(ix, body, homes))
	scores := newPairScores(len(ix.refs), pairs)
	var groups []claimGroup
	for g := range homes {
		groups = append(groups, claimGroup{home: homes[g], members: sortedUnion(homes[g], extras[g])})
	}
	for i := range groups {
		groups[i] = pruneWithHeadlines(ix, scores, groups[i])
		groups[i].own = slices.Clone(groups[i].home)
	}
	joinByValues(ix, scores, groups)
	groups = splitCliques(ix, scores, groups)
	groups = dropWeakPairs(ix, scores, groups)
	covered := make([]bool, len(ix.refs))
	for _, g := range groups {
		for _, m := range g.members {
			covered[m] = true
		}
	}
	// A passage pruned from its only claim is a claim of its own.
	for p, ok := range covered {
		if !ok {
			groups = append(groups, claimGroup{home: []int{p}, members: []int{p}})
		}
	}
	groups = dropSubsumed(groups)
	groups = dropNearDuplicates(ix, groups)
	groups = mergeOneOutletTwice(ix, groups)
	groups = storyOrder(ix, groups)
	// A passage whose own group was subsumed by the claims it joined has the
	// first of them for its home.
	homed := map[int]bool{}
	for _, g := range groups {
		for _, m := range g.home {
			homed[m] = true
		}
	}
	for i, g := range groups {
		for _, m := range g.members {
			if !homed[m] {
				groups[i].home = append(groups[i].home, m)
				homed[m] = true
			}
		}
	}
	// The passages read in part are those that joined a claim: read
	// their clauses together.
	var joined []int
	for _, g := range groups {
		for _, m := range g.members {
			if !slices.Contains(g.own, m) {
				joined = append(joined, m)
			}
		}
	}
	slices.Sort(joined)
	ix.readClausesOf(slices.Compact(joined))
	claims := make([]Claim, len(groups))
	for i, g := range groups {
		for _, m := range g.members {
			claims[i].Members = append(claims[i].Members, ix.refs[m])
		}
		claims[i].Score = meanCrossScore(ix, scores, g.members)
		claims[i].focus, claims[i].judged = membersFocus(ix, g)
	}
	return claims
}

// membersFocus returns, for each member of g, the part of its passage g is
// about (see focusOf) and the parts whose facts g compares (see
// judgedSpans); both nil when g is about every member's whole passage. A
// member whose own claim g is is read whole.
func membersFocus(ix *index, g claimGroup) (focus [][2]int, judged [][][2]int) {
	for i, m := range g.members {
		if slices.Contains(g.own, m) {
			continue
		}
		if sp, ok := focusOf(ix, g, m); ok {
			if focus == nil {
				focus = make([][2]int, len(g.members))
				judged = make([][][2]int, len(g.members))
			}
			focus[i] = sp
			judged[i] = judgedSpans(ix, g, m, sp)
		}
	}
	return focus, judged
}

// pruneWeakMembers takes out of g, weakest first, each member whose mean
// score with the passages of the group's other outlets is under
// MemberScore. A group left empty keeps its first home member.
func pruneWeakMembers(ix *index, scores *pairScores, g claimGroup) claimGroup {
	if len(g.members) <= 2 {
		return g
	}
	// sum[i] and n[i] add up member i's scores with the other outlets'
	// members still in the group; pairs never scored count as 0.
	m := len(g.members)
	sum := make([]float64, m)
	n := make([]int, m)
	pairScore := make([]float64, m*m)
	for i, a := range g.members {
		for j := i + 1; j < m; j++ {
			b := g.members[j]
			if ix.refs[a].Doc == ix.refs[b].Doc {
				pairScore[i*m+j], pairScore[j*m+i] = -1, -1
				continue
			}
			n[i]++
			n[j]++
		}
	}
	scores.within(g.members, func(i, j int, sc float64) {
		if pairScore[i*m+j] < 0 {
			return
		}
		pairScore[i*m+j], pairScore[j*m+i] = sc, sc
		sum[i] += sc
		sum[j] += sc
	})
	gone := make([]bool, m)
	for left := m; left > 2; left-- {
		worst, worstMean := -1, ix.tune.MemberScore
		for i := range m {
			if !gone[i] && n[i] > 0 && sum[i]/float64(n[i]) < worstMean {
				worst, worstMean = i, sum[i]/float64(n[i])
			}
		}
		if worst < 0 {
			break
		}
		gone[worst] = true
		for j := range m {
			if !gone[j] && pairScore[worst*m+j] >= 0 && j != worst {
				sum[j] -= pairScore[worst*m+j]
				n[j]--
			}
		}
	}
	var members, home []int
	for i, p := range g.members {
		if !gone[i] {
			members = append(members, p)
			if slices.Contains(g.home, p) {
				home = append(home, p)
			}
		}
	}
	if len(home) == 0 {
		home = []int{members[0]}
	}
	return claimGroup{members: members, home: home}
}

// A claimGroup is a claim under construction: its passages, and among them
// those whose home it is (the rest state its fact among others and have
// their home in another claim). own are the members whose home it was
// made as; a passage whose own claim was dropped, or split, is later
// given a home among the claims that hold it, for ordering them, but is
// still read in each for the fact it shares (see membersFocus).
type claimGroup struct {
	members, home, own []int
	// byValue are the members that joined for a value they give (see
	// joinByValues): each is about that value's clause.
	byValue []int
}

func sortedUnion(a, b []int) []int {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

// dropSubsumed removes groups whose passages all belong to one other
// group: a passage that joined a larger claim needs no claim of its own.
func dropSubsumed(groups []claimGroup) []claimGroup {
	in := map[int][]int{} // passage → groups holding it
	for g, gr := range groups {
		for _, m := range gr.members {
			in[m] = append(in[m], g)
		}
	}
	dropped := make([]bool, len(groups))
	for g, gr := range groups {
		// Candidates: the other groups holding the first member.
		for _, h := range in[gr.members[0]] {
			if h == g || dropped[h] || len(groups[h].members) < len(gr.members) {
				continue
			}
			if len(groups[h].members) == len(gr.members) && h > g {
				continue // of two equal groups, keep the first
			}
			if isSubset(gr.members, groups[h].members) {
				dropped[g] = true
				break
			}
		}
	}
	var out []claimGroup
	for g, gr := range groups {
		if !dropped[g] {
			out = append(out, gr)
		}
	}
	return out
}

// dropWeakPairs drops the groups that only two outlets report, whose
// cross pairs score under PairScore on average and give no value of one
// slot: a sentence that only one outlet has is information ("reported
// only by X"), not a member to be placed beside the nearest sentence of
// one other outlet; two outlets alone make a claim only when their
// sentences are surely one fact. A passage left in no claim stands alone.
func dropWeakPairs(ix *index, scores *pairScores, groups []claimGroup) []claimGroup {
	return slices.DeleteFunc(groups, func(g claimGroup) bool {
		var docs []int
		for _, m := range g.members {
			if d := ix.refs[m].Doc; !slices.Contains(docs, d) {
				docs = append(docs, d)
			}
		}
		if len(docs) != 2 || meanCrossScore(ix, scores, g.members) >= ix.tune.PairScore {
			return false
		}
		// Two sentences that give a value of one slot ("14 injured", "12
		// injured"; a quotation of one speaker) tell one fact, however
		// their figures or words pull them apart.
		for _, a := range g.members {
			for _, b := range g.members {
				if ix.refs[a].Doc < ix.refs[b].Doc && (shareSorted(ix.values[a], ix.values[b]) || shareFactSlot(ix, a, b)) {
					return false
				}
			}
		}
		return true
	})
}

// isSubset reports whether sorted a is a subset of sorted b.
func isSubset(a, b []int) bool {
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			return false
		}
	}
	return true
}

// meanCrossScore is the mean pair score between members of different
// documents (pairs never scored count as 0), or 1 for a claim that only
// one outlet reports.
func meanCrossScore(ix *index, scores *pairScores, ms []int) float64 {
	var sum float64
	// Members are in document order: count the pairs of other documents
	// by runs of one document.
	n := len(ms) * (len(ms) - 1) / 2
	for i := 0; i < len(ms); {
		j := i
		for j < len(ms) && ix.refs[ms[j]].Doc == ix.refs[ms[i]].Doc {
			j++
		}
		n -= (j - i) * (j - i - 1) / 2
		i = j
	}
	scores.within(ms, func(i, j int, sim float64) {
		if ix.refs[ms[i]].Doc != ix.refs[ms[j]].Doc {
			sum += sim
		}
	})
	if n == 0 {
		return 1
	}
	return sum / float64(n)
}
