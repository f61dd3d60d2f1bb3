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
	inParallel(len(alike), func(from, to int) {
		for g := from; g < to; g++ {
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
	})
	// Each passage's partners: the passages of the groups alike to its
	// own, most alike first, maxCandidates at most.
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
	cands := uniqueCandidates(partners)
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
