package align

import (
	"cmp"
	"slices"
)

// storyOrder puts groups in the order the outlets tell the story, so that
// reading claim after claim reads like one article.
//
// Claims that several outlets report are ordered by where their home
// passages stand in their articles (mean relative position), then
// adjacent claims are swapped wherever more outlets tell them the other
// way round. A claim only one outlet reports follows the claim holding
// that outlet's passage just before it, so an outlet's own paragraphs
// stay where that outlet has them.
func storyOrder(ix *index, groups []claimGroup) []claimGroup {
	// first[g][d] is the first home passage of g in document d.
	first := make([]map[int]int, len(groups))
	shared := make([]bool, len(groups))
	homeOf := map[int]int{} // passage → its home group
	pos := make([]float64, len(groups))
	for g, gr := range groups {
		first[g] = map[int]int{}
		for _, m := range gr.home {
			d := ix.refs[m].Doc
			if p, ok := first[g][d]; !ok || m < p {
				first[g][d] = m
			}
			homeOf[m] = g
			pos[g] += ix.pos[m]
		}
		pos[g] /= float64(len(gr.home))
		shared[g] = len(first[g]) > 1
	}
	// A passage whose home group was dropped (subsumed) lives in the
	// first group holding it.
	for g, gr := range groups {
		for _, m := range gr.members {
			if _, ok := homeOf[m]; !ok {
				homeOf[m] = g
			}
		}
	}

	var main []int
	for g := range groups {
		if shared[g] {
			main = append(main, g)
		}
	}
	slices.SortStableFunc(main, func(a, b int) int {
		return cmp.Or(cmp.Compare(pos[a], pos[b]), cmp.Compare(groups[a].home[0], groups[b].home[0]))
	})
	// Local repair: move each claim, within a window, to where the most
	// outlets agree with the order around it. before(x, y) counts the
	// outlets that tell x before y, less those that tell y first.
	before := func(x, y int) int {
		v := 0
		for d, px := range first[x] {
			if py, ok := first[y][d]; ok {
				if px < py {
					v++
				} else if py < px {
					v--
				}
			}
		}
		return v
	}
	const window = 12
	for pass := 0; pass < 4; pass++ {
		moved := false
		for i := 0; i < len(main); i++ {
			x := main[i]
			// gain of moving x from i to j, one step at a time.
			bestJ, bestGain, gain := i, 0, 0
			for j := i - 1; j >= max(0, i-window); j-- {
				gain += before(x, main[j])
				if gain > bestGain {
					bestJ, bestGain = j, gain
				}
			}
			gain = 0
			for j := i + 1; j <= min(len(main)-1, i+window); j++ {
				gain += before(main[j], x)
				if gain > bestGain {
					bestJ, bestGain = j, gain
				}
			}
			if bestJ != i {
				main = slices.Delete(main, i, i+1)
				main = slices.Insert(main, bestJ, x)
				moved = true
			}
		}
		if !moved {
			break
		}
	}

	// Place the one-outlet groups. Those a document tells between the
	// same two shared claims form a run, kept together and put where the
	// document puts it: its middle is placed between the two claims in
	// proportion to where it falls between them in the document.
	at := make([]int, len(groups)) // shared group → index in main
	for i, g := range main {
		at[g] = i
	}
	type run struct {
		doc, prev int // prev: shared group before, -1 for none
		gs        []int
	}
	near := sharedNeighbours(ix, homeOf, shared)
	runs := map[[2]int]*run{}
	var runOrder []*run
	for g := range groups {
		if shared[g] {
			continue
		}
		m := groups[g].home[0]
		d := ix.refs[m].Doc
		prev := -1
		if p := near.prev[m]; p >= 0 {
			prev = homeOf[p]
		}
		k := [2]int{d, prev}
		if runs[k] == nil {
			runs[k] = &run{doc: d, prev: prev}
			runOrder = append(runOrder, runs[k])
		}
		runs[k].gs = append(runs[k].gs, g)
	}
	slot := map[int][]*run{} // index in main after which runs go; -1 first
	for _, r := range runOrder {
		slices.SortFunc(r.gs, func(a, b int) int { return cmp.Compare(groups[a].home[0], groups[b].home[0]) })
		firstP, lastP := groups[r.gs[0]].home[0], groups[r.gs[len(r.gs)-1]].home[0]
		mid := float64(firstP+lastP) / 2
		// The shared claims around the run, as passage numbers and
		// indexes in main.
		pa, ia := float64(firstP-1), -1.0
		if r.prev >= 0 {
			pa, ia = float64(first[r.prev][r.doc]), float64(at[r.prev])
		}
		pb, ib := float64(near.end[lastP]), float64(len(main))
		if p := near.next[lastP]; p >= 0 {
			pb, ib = float64(p), float64(at[homeOf[p]])
		}
		f := ia
		if ib > ia && pb > pa {
			f = ia + (mid-pa)/(pb-pa)*(ib-ia)
		}
		k := int(f)
		if f < 0 {
			k = -1
		}
		slot[k] = append(slot[k], r)
	}
	out := make([]claimGroup, 0, len(groups))
	emit := func(k int) {
		rs := slot[k]
		slices.SortFunc(rs, func(a, b *run) int { return cmp.Compare(a.doc, b.doc) })
		for _, r := range rs {
			for _, g := range r.gs {
				out = append(out, groups[g])
			}
		}
	}
	emit(-1)
	for i, g := range main {
		out = append(out, groups[g])
		emit(i)
	}
	return out
}

// neighbours are, for each passage, the nearest passages of its document
// before and after it whose home is a shared claim (-1 for none), and
// where its document ends (the number of the passage after its last).
type neighbours struct {
	prev, next, end []int
}

// sharedNeighbours finds every passage's neighbours in two passes over
// the passages, which are numbered document by document: placing each
// one-outlet claim then costs nothing, where scanning its document for
// the nearest shared claim would cost time as the square of the article's
// length.
func sharedNeighbours(ix *index, homeOf map[int]int, shared []bool) neighbours {
	n := len(ix.refs)
	nb := neighbours{prev: make([]int, n), next: make([]int, n), end: make([]int, n)}
	isShared := func(p int) bool {
		h, ok := homeOf[p]
		return ok && shared[h]
	}
	last := -1
	for p := 0; p < n; p++ {
		if p > 0 && ix.refs[p].Doc != ix.refs[p-1].Doc {
			last = -1
		}
		nb.prev[p] = last
		if isShared(p) {
			last = p
		}
	}
	following, end := -1, n
	for p := n - 1; p >= 0; p-- {
		if p < n-1 && ix.refs[p].Doc != ix.refs[p+1].Doc {
			following, end = -1, p+1
		}
		nb.next[p], nb.end[p] = following, end
		if isShared(p) {
			following = p
		}
	}
	return nb
}
