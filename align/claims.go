package align

import (
	"cmp"
	"container/heap"
	"slices"
)

type pair struct {
	a, b int
	sim  float64
	// inA and inB are how much of a's and of b's weight the other holds:
	// a short sentence may be wholly contained in a long lead.
	inA, inB float64
}

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
	homes := cluster(ix, pairs)
	extras := addSecondary(ix, pairs, homes)
	scores := make(map[linkKey]float64, len(pairs))
	for _, p := range pairs {
		scores[key(p.a, p.b)] = p.sim
	}
	var groups []claimGroup
	for g := range homes {
		groups = append(groups, claimGroup{home: homes[g], members: sortedUnion(homes[g], extras[g])})
	}
	groups = dropSubsumed(groups)
	groups = storyOrder(ix, groups)
	claims := make([]Claim, len(groups))
	for i, g := range groups {
		for _, m := range g.members {
			claims[i].Members = append(claims[i].Members, ix.refs[m])
		}
		claims[i].Score = meanCrossScore(ix, scores, g.members)
	}
	return claims
}

// A claimGroup is a claim under construction: its passages, and among them
// those whose home it is (the rest state its fact among others and have
// their home in another claim).
type claimGroup struct {
	members, home []int
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

// candidatePairs returns the pairs of passages from different documents
// that share at least one discriminating term and score candidateScore or
// more, in no particular order. Scores accumulate through the inverted index, so passages that
// share no term are never compared; terms found in more than a fifth of
// all passages are too common to propose candidates.
func candidatePairs(ix *index) []pair {
	type candidate struct {
		a, b   int32
		cosine float32
	}
	n := len(ix.refs)
	nDocs := len(ix.docs)
	maxPostings := ix.maxPostings()
	var cands []candidate
	// best[p*nDocs+d] is passage p's best cosine in document d.
	best := make([]float32, n*nDocs)
	seen := make([]int, n)
	for i := range seen {
		seen[i] = -1
	}
	for a := range n {
		da := ix.refs[a].Doc
		for _, tw := range ix.vecs[a] {
			ps := ix.postings[tw.term]
			if len(ps) > maxPostings {
				continue
			}
			for _, b := range ps {
				if b <= a || seen[b] == a || ix.refs[b].Doc == da {
					continue
				}
				seen[b] = a
				c := float32(ix.similarity(a, b))
				if c <= 0 {
					continue
				}
				cands = append(cands, candidate{int32(a), int32(b), c})
				db := ix.refs[b].Doc
				best[a*nDocs+db] = max(best[a*nDocs+db], c)
				best[b*nDocs+da] = max(best[b*nDocs+da], c)
			}
		}
	}
	var pairs []pair
	for _, c := range cands {
		a, b := int(c.a), int(c.b)
		o := ix.overlapOf(a, b)
		f := ix.features(a, b, o, float64(best[a*nDocs+ix.refs[b].Doc]), float64(best[b*nDocs+ix.refs[a].Doc]))
		if ix.onFeatures != nil {
			ix.onFeatures(a, b, f)
		}
		s := modelScore(f)
		if s >= ix.tune.CandidateScore || o.contain*ix.tune.ContainWeight >= ix.tune.AlsoScore {
			pairs = append(pairs, pair{a: a, b: b, sim: s, inA: o.inA, inB: o.inB})
		}
	}
	return pairs
}

// maxPostings is the most passages a term may be found in and still
// propose candidate pairs: a term that most outlets use in several
// passages is the topic of the story, not the mark of one fact.
func (ix *index) maxPostings() int {
	return min(max(12, len(ix.refs)/5), 2*len(ix.docs)+8)
}

// scorePair returns the pair a, b with its score and containments.
func (ix *index) scorePair(a, b int) pair {
	na, nb := ix.norms[a], ix.norms[b]
	if na == 0 || nb == 0 {
		return pair{a: a, b: b}
	}
	dot := ix.dot(a, b)
	return pair{a: a, b: b, sim: min(1, dot/(na*nb)), inA: min(1, dot/(na*na)), inB: min(1, dot/(nb*nb))}
}

// A link sums the scores between the members of two groups.
type link struct {
	sum     float64
	support int // cross pairs scoring supportScore or more
}

type linkKey struct{ a, b int }

func key(a, b int) linkKey {
	if a > b {
		a, b = b, a
	}
	return linkKey{a, b}
}

type mergeItem struct {
	a, b  int
	score float64
	// version pairs the item with the groups' state when it was queued.
	va, vb int
}

type mergeQueue []mergeItem

func (q mergeQueue) Len() int { return len(q) }
func (q mergeQueue) Less(i, j int) bool {
	return cmp.Or(cmp.Compare(q[j].score, q[i].score), cmp.Compare(q[i].a, q[j].a), cmp.Compare(q[i].b, q[j].b)) < 0
}
func (q mergeQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *mergeQueue) Push(x any)   { *q = append(*q, x.(mergeItem)) }
func (q *mergeQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// cluster runs average-linkage clustering over the candidate pairs and
// returns the groups of passage numbers, each in passage order.
func cluster(ix *index, pairs []pair) [][]int {
	n := len(ix.refs)
	members := make([][]int, n)
	words := (len(ix.docs) + 63) / 64
	docs := make([][]uint64, n) // bit set of each group's documents
	version := make([]int, n)
	links := make([]map[int]*link, n)
	for i := range n {
		members[i] = []int{i}
		docs[i] = make([]uint64, words)
		docs[i][ix.refs[i].Doc/64] |= 1 << (ix.refs[i].Doc % 64)
		links[i] = map[int]*link{}
	}
	for _, p := range pairs {
		if p.sim < ix.tune.CandidateScore {
			continue
		}
		l := &link{sum: p.sim}
		if p.sim >= ix.tune.SupportScore {
			l.support = 1
		}
		links[p.a][p.b] = l
		links[p.b][p.a] = l
	}
	q := &mergeQueue{}
	initial := true
	push := func(a, b int) {
		l := links[a][b]
		size := float64(len(members[a]) * len(members[b]))
		score := l.sum / size
		if score < ix.tune.MergeScore || float64(l.support) < ix.tune.SupportShare*size {
			return
		}
		it := mergeItem{a: min(a, b), b: max(a, b), score: score, va: version[min(a, b)], vb: version[max(a, b)]}
		if initial {
			*q = append(*q, it)
		} else {
			heap.Push(q, it)
		}
	}
	for _, p := range pairs {
		if p.sim >= ix.tune.CandidateScore {
			push(p.a, p.b)
		}
	}
	heap.Init(q)
	initial = false
	for q.Len() > 0 {
		it := heap.Pop(q).(mergeItem)
		a, b := it.a, it.b
		if members[a] == nil || members[b] == nil || version[a] != it.va || version[b] != it.vb {
			continue
		}
		if shareDoc(docs[a], docs[b]) {
			continue
		}
		// Merge b into a.
		members[a] = append(members[a], members[b]...)
		for w := range docs[b] {
			docs[a][w] |= docs[b][w]
		}
		members[b], docs[b] = nil, nil
		version[a]++
		delete(links[a], b)
		for c, lb := range links[b] {
			delete(links[c], b)
			if c == a {
				continue
			}
			la, ok := links[a][c]
			if !ok {
				la = &link{}
				links[a][c] = la
				links[c][a] = la
			}
			la.sum += lb.sum
			la.support += lb.support
		}
		links[b] = nil
		for c := range links[a] {
			push(a, c)
		}
	}
	var groups [][]int
	for _, ms := range members {
		if ms != nil {
			slices.Sort(ms)
			groups = append(groups, ms)
		}
	}
	return groups
}

func shareDoc(a, b []uint64) bool {
	for w := range a {
		if a[w]&b[w] != 0 {
			return true
		}
	}
	return false
}

// addSecondary lets a passage join further claims whose members it is
// like on average: a lead sentence that sums up three facts is reached
// from each of their claims. A passage never joins a claim that already
// holds a passage of its own document.
func addSecondary(ix *index, pairs []pair, groups [][]int) (extras [][]int) {
	groupOf := make([]int, len(ix.refs))
	for g, ms := range groups {
		for _, m := range ms {
			groupOf[m] = g
		}
	}
	// Each pair scores each passage against the other's group; adding
	// up runs of the same passage and group gives their total.
	type vote struct {
		p, g   int
		score  float64
		strong bool
	}
	votes := make([]vote, 0, 2*len(pairs))
	for _, pr := range pairs {
		sa, sb := max(pr.sim, ix.tune.ContainWeight*pr.inB), max(pr.sim, ix.tune.ContainWeight*pr.inA)
		votes = append(votes,
			vote{pr.a, groupOf[pr.b], sa, sa >= ix.tune.SupportScore},
			vote{pr.b, groupOf[pr.a], sb, sb >= ix.tune.SupportScore})
	}
	slices.SortFunc(votes, func(x, y vote) int { return cmp.Or(cmp.Compare(x.p, y.p), cmp.Compare(x.g, y.g)) })
	type join struct {
		p, g  int
		score float64
	}
	var joins []join
	for i := 0; i < len(votes); {
		p, g := votes[i].p, votes[i].g
		var sum float64
		strong := 0
		for ; i < len(votes) && votes[i].p == p && votes[i].g == g; i++ {
			sum += votes[i].score
			if votes[i].strong {
				strong++
			}
		}
		if g == groupOf[p] || len(groups[g]) < ix.tune.AlsoSize || !mayJoin(ix, p, groups[g]) {
			continue
		}
		size := float64(len(groups[g]))
		if sum/size >= ix.tune.AlsoScore && float64(strong) >= ix.tune.AlsoShare*size {
			joins = append(joins, join{p, g, sum / size})
		}
	}
	extras = make([][]int, len(groups))
	joined := map[[2]int]bool{}
	for _, j := range joins {
		joined[[2]int{j.p, j.g}] = true
	}
	// Further passes weigh a candidate against the passages that joined
	// too, at SecondaryWeight: a sentence that restates what two others
	// said together belongs where they went.
	index := make(map[linkKey]int, len(pairs))
	partners := make([][]int, len(ix.refs))
	for i, pr := range pairs {
		index[key(pr.a, pr.b)] = i
		partners[pr.a] = append(partners[pr.a], pr.b)
		partners[pr.b] = append(partners[pr.b], pr.a)
	}
	score := func(p, m int) float64 {
		i, ok := index[key(p, m)]
		if !ok {
			return 0
		}
		pr := pairs[i]
		if pr.a == p {
			return max(pr.sim, ix.tune.ContainWeight*pr.inB)
		}
		return max(pr.sim, ix.tune.ContainWeight*pr.inA)
	}
	for pass := 0; pass < 2 && len(joins) > 0; pass++ {
		extras = make([][]int, len(groups))
		for _, j := range joins {
			extras[j.g] = append(extras[j.g], j.p)
		}
		var more []join
		for g, xs := range extras {
			if len(xs) == 0 {
				continue
			}
			// Candidates: passages scored with any joined passage.
			seen := map[int]bool{}
			for _, x := range xs {
				for _, q := range partners[x] {
					if seen[q] || groupOf[q] == g || joined[[2]int{q, g}] || !mayJoin(ix, q, groups[g]) {
						continue
					}
					seen[q] = true
					w := ix.tune.SecondaryWeight
					var sum float64
					for _, m := range groups[g] {
						sum += score(q, m)
					}
					for _, x2 := range xs {
						if ix.refs[x2].Doc != ix.refs[q].Doc {
							sum += w * score(q, x2)
						}
					}
					if mean := sum / (float64(len(groups[g])) + w*float64(len(xs))); mean >= ix.tune.AlsoScore {
						more = append(more, join{q, g, mean})
					}
				}
			}
		}
		if len(more) == 0 {
			break
		}
		for _, j := range more {
			joined[[2]int{j.p, j.g}] = true
		}
		joins = append(joins, more...)
	}
	// Strongest first, each join must keep the claim's passages of one
	// document close together.
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

// meanCrossScore is the mean pair score between members of different
// documents (pairs never scored count as 0), or 1 for a claim that only
// one outlet reports.
func meanCrossScore(ix *index, scores map[linkKey]float64, ms []int) float64 {
	var sum float64
	var n int
	for i, a := range ms {
		for _, b := range ms[i+1:] {
			if ix.refs[a].Doc != ix.refs[b].Doc {
				sum += scores[key(a, b)]
				n++
			}
		}
	}
	if n == 0 {
		return 1
	}
	return sum / float64(n)
}
