package align

import "slices"

// A link sums the scores between the members of two groups.
type link struct {
	sum     float64
	support int // cross pairs scoring supportScore or more
}

// A mergeItem is a pair of groups queued to merge: 16 bytes, since the
// queue of a large story holds hundreds of thousands.
type mergeItem struct {
	a, b  int32
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
		it := mergeItem{a: int32(min(a, b)), b: int32(max(a, b)), score: score}
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
		a, b := int(it.a), int(it.b)
		// Most items popped are of a group merged since: no pair with
		// it is queued again, so its entry in queued is never read.
		if members[a] == nil || members[b] == nil {
			continue
		}
		k := uint64(a)<<32 | uint64(b)
		if queued[k] == it.score {
			delete(queued, k)
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
