package align

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
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

// candidatePairs returns the pairs of passages from different documents
// that share at least one discriminating term and score candidateScore or
// more, in no particular order. Scores accumulate through the inverted
// index, so passages that share no term are never compared; terms found
// in more than maxPostings passages are too common to propose
// candidates. Passages with the same terms (a sentence copied into many
// documents) are compared once, and each passage keeps its maxCandidates
// most alike partners, so that neither copies nor a crowd of outlets make
// the work quadratic.
func candidatePairs(ix *index) []pair {
	n := len(ix.refs)
	twin, groups := twinGroups(ix)
	maxPostings := ix.maxPostings()
	type near struct {
		g   int32
		cos float32
		// copy marks a near copy (see nearCopies).
		copy bool
	}
	// alike[g] are the groups alike to group g (g itself when its passages
	// are in several documents), most alike first.
	alike := make([][]near, len(groups))
	inParallel(len(groups), func(from, to int) {
		seen := make([]int32, len(groups))
		for i := range seen {
			seen[i] = -1
		}
		var terms []int
		for g := from; g < to; g++ {
			r := groups[g][0]
			// The rarest terms first: the passages that share them are
			// the likeliest to state the same fact, and once enough are
			// found the commoner terms need not be read.
			terms = terms[:0]
			for _, tw := range ix.vecs[r] {
				if ix.inBody[tw.term] <= maxPostings {
					terms = append(terms, tw.term)
				}
			}
			slices.SortFunc(terms, func(x, y int) int {
				return cmp.Or(cmp.Compare(len(ix.postings[x]), len(ix.postings[y])), cmp.Compare(x, y))
			})
			for _, t := range terms {
				if len(alike[g]) >= maxAlike {
					break
				}
				for _, p := range ix.postings[t] {
					if len(alike[g]) >= maxAlike {
						break
					}
					h := twin[p]
					if seen[h] == int32(g) {
						continue
					}
					seen[h] = int32(g)
					if h == int32(g) {
						if spansDocs(ix, groups[g]) {
							alike[g] = append(alike[g], near{h, 1, false})
						}
						continue
					}
					if c := float32(ix.similarity(r, groups[h][0])); c > 0 {
						alike[g] = append(alike[g], near{h, c, false})
					}
				}
			}
		}
	})
	copies := nearCopies(ix, twin, groups)
	for _, c := range copies {
		cos := float32(ix.similarity(groups[c[0]][0], groups[c[1]][0]))
		alike[c[0]] = append(alike[c[0]], near{c[1], cos, true})
		alike[c[1]] = append(alike[c[1]], near{c[0], cos, true})
	}
	for g := range alike {
		if len(copies) > 0 {
			// A near copy the index found too is listed once.
			slices.SortFunc(alike[g], func(x, y near) int { return cmp.Or(cmp.Compare(x.g, y.g), cmp.Compare(b2i(y.copy), b2i(x.copy))) })
			alike[g] = slices.CompactFunc(alike[g], func(x, y near) bool { return x.g == y.g })
		}
		// Near copies come first, then the most alike.
		slices.SortFunc(alike[g], func(x, y near) int {
			return cmp.Or(cmp.Compare(b2i(y.copy), b2i(x.copy)), cmp.Compare(y.cos, x.cos), cmp.Compare(x.g, y.g))
		})
	}
	// Each passage's partners: the passages of the groups alike to its
	// own, most alike first, maxCandidates at most.
	type candidate struct {
		a, b   int32
		cosine float32
	}
	partners := make([][]candidate, n)
	// best[a] holds a's best cosine with the passages of each document it
	// has partners in, by document.
	type docBest struct {
		doc int
		cos float32
	}
	best := make([][]docBest, n)
	inParallel(n, func(from, to int) {
		// mark[d] is the last passage that found a partner in document d.
		mark := make([]int32, len(ix.docs))
		for d := range mark {
			mark[d] = -1
		}
		for a := from; a < to; a++ {
			da := ix.refs[a].Doc
			var bs []docBest
			var cs []candidate
			heads := 0 // headline partners, which take no body partner's place
		walk:
			for _, nr := range alike[twin[a]] {
				for _, b := range groups[nr.g] {
					db := ix.refs[b].Doc
					if b == a || db == da {
						continue
					}
					if len(cs)-heads == maxCandidates {
						break walk
					}
					cs = append(cs, candidate{int32(min(a, b)), int32(max(a, b)), nr.cos})
					if ix.headline(b) {
						heads++
					}
					// Partners come most alike first: the first of a
					// document is the best. A headline is no rival of the
					// body's sentences.
					if mark[db] != int32(a) && !ix.headline(b) {
						mark[db] = int32(a)
						bs = append(bs, docBest{db, nr.cos})
					}
				}
			}
			slices.SortFunc(bs, func(x, y docBest) int { return cmp.Compare(x.doc, y.doc) })
			partners[a], best[a] = cs, bs
		}
	})
	var cands []candidate
	for _, cs := range partners {
		cands = append(cands, cs...)
	}
	slices.SortFunc(cands, func(x, y candidate) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	cands = slices.CompactFunc(cands, func(x, y candidate) bool { return x.a == y.a && x.b == y.b })
	for _, p := range ix.embeddingCandidates() {
		cands = append(cands, candidate{p[0], p[1], float32(ix.similarity(int(p[0]), int(p[1])))})
	}
	if ix.emb != nil {
		slices.SortFunc(cands, func(x, y candidate) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
		cands = slices.CompactFunc(cands, func(x, y candidate) bool { return x.a == y.a && x.b == y.b })
	}
	var centre float64
	if ix.emb != nil {
		pairs := make([][2]int32, len(cands))
		for i, c := range cands {
			pairs[i] = [2]int32{c.a, c.b}
		}
		centre = ix.embeddingCentre(pairs)
	}
	bestIn := func(a, d int) float64 {
		i, ok := slices.BinarySearchFunc(best[a], d, func(x docBest, d int) int { return cmp.Compare(x.doc, d) })
		if !ok {
			return 0
		}
		return float64(best[a][i].cos)
	}
	score := func(from, to int) []pair {
		var pairs []pair
		for _, c := range cands[from:to] {
			a, b := int(c.a), int(c.b)
			if ix.orderClash(a, b) {
				continue
			}
			o := ix.overlapOf(a, b)
			f := ix.features(a, b, o, bestIn(a, ix.refs[b].Doc), bestIn(b, ix.refs[a].Doc))
			if ix.emb != nil {
				f[fEmbedding] = ix.embeddingFeature(a, b, centre)
			}
			if ix.onFeatures != nil {
				ix.onFeatures(a, b, f)
			}
			s := modelScore(f)
			switch {
			case isNear(copies, twin[a], twin[b]):
				s = max(s, nearCopyScore)
			case s < ix.tune.OverwhelmScore && ix.eventsClash(a, b):
				// Another time, or other people on other days: another
				// event, unless the rest of the evidence is overwhelming.
				continue
			}
			if s >= ix.tune.CandidateScore || o.contain*ix.tune.ContainWeight >= ix.tune.AlsoScore {
				pairs = append(pairs, pair{a: a, b: b, sim: s, inA: o.inA, inB: o.inB})
			}
		}
		return pairs
	}
	if ix.onFeatures != nil {
		return score(0, len(cands))
	}
	var parts [][]pair
	inParallelCollect(len(cands), &parts, func(from, to int) [][]pair { return [][]pair{score(from, to)} })
	// Parts arrive in any order; the pairs' order does not matter to
	// what follows, which breaks every tie by passage number.
	return keepBestPartners(slices.Concat(parts...), n, maxPartners)
}

// isNear reports whether twin groups g and h are among the sorted near
// copies.
func isNear(near [][2]int32, g, h int32) bool {
	_, ok := slices.BinarySearchFunc(near, [2]int32{min(g, h), max(g, h)}, func(x, y [2]int32) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	return ok
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// maxAlike is how many groups of like passages a passage's search for
// candidates collects before it stops reading commoner terms: the work per
// passage is bounded however many outlets tell the story.
const maxAlike = 4 * maxCandidates

// maxCandidates is how many passages, the most alike by cosine, each
// passage is scored against.
const maxCandidates = 2 * maxPartners

// twinGroups groups the passages whose terms and weights are the same (a
// sentence copied into several documents): twin maps each passage to its
// group, and each group lists its passages in order.
func twinGroups(ix *index) (twin []int32, groups [][]int) {
	twin = make([]int32, len(ix.refs))
	byVec := map[string]int32{}
	var b strings.Builder
	for p, v := range ix.vecs {
		b.Reset()
		for _, tw := range v {
			b.WriteString(strconv.Itoa(tw.term))
			b.WriteByte(':')
			b.WriteString(strconv.FormatFloat(tw.w, 'g', -1, 64))
			b.WriteByte(' ')
		}
		k := b.String()
		g, ok := byVec[k]
		if !ok || len(v) == 0 {
			g = int32(len(groups))
			byVec[k] = g
			groups = append(groups, nil)
		}
		twin[p] = g
		groups[g] = append(groups[g], p)
	}
	return twin, groups
}

// spansDocs reports whether the passages ps are in more than one document.
func spansDocs(ix *index, ps []int) bool {
	for _, p := range ps[1:] {
		if ix.refs[p].Doc != ix.refs[ps[0]].Doc {
			return true
		}
	}
	return false
}

// maxPartners is how many candidate partners each passage keeps, its
// best-scoring: a pair stays when it is among the best of either passage.
// No fact of a real story has that many outlets; the cap keeps a corpus
// with a passage copied into hundreds of documents, or a story told by a
// hundred outlets, from costing the square of its size.
const maxPartners = 40

// keepBestPartners drops the pairs that are among the best k of neither
// of their passages.
func keepBestPartners(pairs []pair, n, k int) []pair {
	count := make([]int, n)
	for _, p := range pairs {
		count[p.a]++
		count[p.b]++
	}
	crowded := false
	for _, c := range count {
		if c > k {
			crowded = true
			break
		}
	}
	if !crowded {
		return pairs
	}
	// floor[p] is the k-th best score of passage p, or 0 when p has k
	// partners or fewer.
	floor := make([]float64, n)
	scores := make([][]float64, n)
	for _, p := range pairs {
		if count[p.a] > k {
			scores[p.a] = append(scores[p.a], p.sim)
		}
		if count[p.b] > k {
			scores[p.b] = append(scores[p.b], p.sim)
		}
	}
	for i, ss := range scores {
		if len(ss) > k {
			slices.Sort(ss)
			floor[i] = ss[len(ss)-k]
		}
	}
	out := pairs[:0]
	for _, p := range pairs {
		if p.sim >= floor[p.a] || p.sim >= floor[p.b] {
			out = append(out, p)
		}
	}
	return out
}

// maxPostings is the most passages a term may be found in and still
// propose candidate pairs: a term that most outlets use in several
// passages is the topic of the story, not the mark of one fact.
func (ix *index) maxPostings() int {
	return min(max(12, len(ix.refs)/5), 2*len(ix.docs)+8, maxTermPostings)
}

// maxTermPostings is the most passages any term may be found in and still
// propose candidates, however large the corpus: a corpus of thousands of
// one-line articles would otherwise let a word in a fifth of them do so.
const maxTermPostings = 1024

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

type mergeItem struct {
	a, b  int
	score float64
}

// A mergeQueue is a max-heap of merge candidates: best score first, ties
// broken by group numbers so that results do not depend on map order.
type mergeQueue []mergeItem

func (q mergeQueue) less(i, j int) bool {
	if q[i].score != q[j].score {
		return q[i].score > q[j].score
	}
	return q[i].a < q[j].a || q[i].a == q[j].a && q[i].b < q[j].b
}

func (q mergeQueue) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(q) {
			return
		}
		j := l
		if r := l + 1; r < len(q) && q.less(r, l) {
			j = r
		}
		if !q.less(j, i) {
			return
		}
		q[i], q[j] = q[j], q[i]
		i = j
	}
}

func (q *mergeQueue) push(it mergeItem) {
	*q = append(*q, it)
	h := *q
	for i := len(h) - 1; i > 0; {
		parent := (i - 1) / 2
		if !h.less(i, parent) {
			break
		}
		h[i], h[parent] = h[parent], h[i]
		i = parent
	}
}

func (q *mergeQueue) pop() mergeItem {
	h := *q
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	*q = h[:last]
	q.down(0)
	return top
}

func (q mergeQueue) init() {
	for i := len(q)/2 - 1; i >= 0; i-- {
		q.down(i)
	}
}

// cluster runs average-linkage clustering over the candidate pairs and
// returns the groups of passage numbers, each in passage order.
func cluster(ix *index, pairs []pair) [][]int {
	n := len(ix.refs)
	members := make([][]int, n)
	docs := make([][]int32, n) // each group's documents, sorted
	links := make([]map[int32]link, n)
	degree := make([]int, n)
	for _, p := range pairs {
		if p.sim >= ix.tune.CandidateScore {
			degree[p.a]++
			degree[p.b]++
		}
	}
	for i := range n {
		members[i] = []int{i}
		docs[i] = []int32{int32(ix.refs[i].Doc)}
		links[i] = make(map[int32]link, degree[i])
	}
	for _, p := range pairs {
		if p.sim < ix.tune.CandidateScore {
			continue
		}
		l := link{sum: p.sim}
		if p.sim >= ix.tune.SupportScore {
			l.support = 1
		}
		links[p.a][int32(p.b)] = l
		links[p.b][int32(p.a)] = l
	}
	// The queue holds each linked pair of groups with its score when
	// queued. A merge only lowers the scores of the merged group's other
	// links (their sums stay, their sizes grow) and raises those it adds
	// to, which are queued anew: so a queued score is never below the
	// pair's current one, and a popped pair whose score has fallen is
	// queued again with its current score instead of being merged. Each
	// merge costs the links of the group merged in, not those of the
	// growing claim.
	q := &mergeQueue{}
	initial := true
	current := func(a, b int) (float64, bool) {
		l, ok := links[a][int32(b)]
		if !ok {
			return 0, false
		}
		size := float64(len(members[a]) * len(members[b]))
		score := l.sum / size
		return score, score >= ix.tune.MergeScore && float64(l.support) >= ix.tune.SupportShare*size
	}
	// queued holds, for each pair of groups in the queue, the highest
	// score it is queued with: a pair queued at a score no lower than its
	// current one need not be queued again, since popping it finds the
	// current score and queues that.
	queued := make(map[uint64]float64, len(pairs)/4)
	push := func(a, b int) {
		score, ok := current(a, b)
		if !ok {
			return
		}
		it := mergeItem{a: min(a, b), b: max(a, b), score: score}
		k := uint64(it.a)<<32 | uint64(it.b)
		if old, ok := queued[k]; ok && old >= score {
			return
		}
		queued[k] = score
		if initial {
			*q = append(*q, it)
		} else {
			q.push(it)
		}
	}
	for _, p := range pairs {
		if p.sim >= ix.tune.CandidateScore {
			push(p.a, p.b)
		}
	}
	q.init()
	initial = false
	for len(*q) > 0 {
		it := q.pop()
		a, b := it.a, it.b
		k := uint64(a)<<32 | uint64(b)
		if queued[k] == it.score {
			delete(queued, k)
		}
		if members[a] == nil || members[b] == nil {
			continue
		}
		score, ok := current(a, b)
		if !ok {
			continue
		}
		if score < it.score {
			push(a, b)
			continue
		}
		if shareDoc(docs[a], docs[b]) {
			continue
		}
		// Merge b into a, the group with fewer links into the one with
		// more, so that a link is carried over O(log n) times at most.
		if len(links[b]) > len(links[a]) {
			a, b = b, a
		}
		members[a] = append(members[a], members[b]...)
		docs[a] = mergeSorted(docs[a], docs[b])
		members[b], docs[b] = nil, nil
		// Links to b left in other groups' maps go stale: b is dead, and
		// dead groups are skipped.
		delete(links[a], int32(b))
		for c, lb := range links[b] {
			if int(c) == a || members[c] == nil {
				continue
			}
			la := links[a][c]
			la.sum += lb.sum
			la.support += lb.support
			links[a][c] = la
			links[c][int32(a)] = la
			push(a, int(c))
		}
		links[b] = nil
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

// shareDoc reports whether the sorted document lists a and b share one.
func shareDoc(a, b []int32) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			return true
		}
	}
	return false
}

// mergeSorted returns the union of sorted lists a and b, which share no
// element, in a.
func mergeSorted(a, b []int32) []int32 {
	out := slices.Grow(a, len(b))
	out = append(out, b...)
	slices.Sort(out)
	return out
}

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
