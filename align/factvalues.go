package align

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"crosscheck/align/fact"
)

// Fact-level membership by value. A lead that gives the time of a quake,
// its magnitude and its depth states three facts, each of which other
// outlets may tell in a sentence of its own; its words are shared with
// each of them too thinly for the pair model to place it in all three
// claims. A figure with what it counts ("4.6 magnitude", "3 people
// killed"), a time of day or an amount of money is the mark of one fact:
// a passage that states the value most of a claim's outlets give belongs
// to that claim, whatever else it says.

// A valueKey is a typed value as compared across passages: its kind, what
// it is about and its normal form.
type valueKey struct {
	kind       fact.Kind
	role, norm string
}

// markingKinds are the kinds whose values mark one fact. Dates do not:
// one day holds every fact of a story; nor do names, places and quotes,
// which recur through an article.
var markingKinds = []fact.Kind{fact.KindNumber, fact.KindDuration, fact.KindTime, fact.KindMoney}

// A statedValue is a value of a kind that marks facts, where a passage
// states it, and what it is about when its sentence tells ("" when not).
type statedValue struct {
	key        valueKey
	slot       string
	start, end int
}

// A valueSpan is where a passage states a value of a kind that marks
// facts: the value's id when it marks one (-1 otherwise), and the id of
// its slot when its role is known (-1 otherwise).
type valueSpan struct {
	value, slot int32
	start, end  int
}

// valueKeys returns the values among fs of the kinds that mark a fact.
func valueKeys(fs []Fact) []statedValue {
	var out []statedValue
	for i := range fs {
		f := &fs[i]
		if !slices.Contains(markingKinds, f.Kind) || f.Norm == "" {
			continue
		}
		// A part of the day ("in the morning") is no clock time: it holds
		// every fact of that morning.
		if f.Kind == fact.KindTime && !strings.ContainsAny(f.Text, "0123456789") {
			continue
		}
		// A count whose sentence does not say what it counts marks no
		// fact: "42" may be anything two facts of a story number.
		if bareCount(f) {
			continue
		}
		for _, norm := range markNorms(f) {
			out = append(out, statedValue{key: valueKey{f.Kind, f.Role, norm}, slot: f.Slot, start: f.Start, end: f.End})
		}
	}
	return out
}

// markNorms returns the forms under which f marks a fact. Outlets that
// state one value hedge it and write it differently: "about 14 miles"
// and "14 miles", "shortly after 2:09 am PST" and "2:09 a.m.", "about
// 10 a.m." and "10 a.m." tell one fact. A figure is marked without
// "about" (a bound such as "at least 3" stays a bound: "at least three
// dead" is an early count, not the three victims of a later quotation);
// a time without its zone, and a short span of time ("about", "shortly
// after": half an hour at most) by its start and its middle. Whether the
// two values agree is judged later, in the claim.
func markNorms(f *Fact) []string {
	norm := strings.TrimPrefix(f.Norm, "~")
	if f.Kind != fact.KindTime {
		return []string{norm}
	}
	norm, _, _ = strings.Cut(norm, " ")
	from, to, ok := strings.Cut(norm, "–")
	if !ok {
		return []string{norm}
	}
	a, okA := clockMinutes(from)
	b, okB := clockMinutes(to)
	if !okA || !okB || b < a || b-a > maxMarkSpan {
		return []string{norm}
	}
	mid := (a + b) / 2
	if mid == a {
		return []string{from}
	}
	return []string{from, fmt.Sprintf("%02d:%02d", mid/60, mid%60)}
}

// maxMarkSpan is the longest span of time, in minutes, marked by its
// start and its middle: a wider one ("between 10 a.m. and 2 p.m.") is
// marked as written.
const maxMarkSpan = 30

// clockMinutes reads "HH:MM" as minutes after midnight.
func clockMinutes(s string) (int, bool) {
	var h, m int
	if n, err := fmt.Sscanf(s, "%d:%d", &h, &m); n != 2 || err != nil || len(s) != 5 {
		return 0, false
	}
	return h*60 + m, true
}

// bareCount reports whether f is a count whose sentence does not say
// what it counts: neither its slot nor its unit is known.
func bareCount(f *Fact) bool {
	return f.Kind == fact.KindNumber && !f.SlotKnown() && (f.Role == "" || f.Role == "count")
}

// internValues numbers the passages' values, lists the passages stating
// each, finds those that mark a fact, and keeps in each passage's values
// only those, with where it states them and the slots they are about.
func (ix *index) internValues(stated [][]statedValue) {
	ids := map[valueKey]int32{}
	var byID []valueKey
	all := make([][]int32, len(stated))
	for p, svs := range stated {
		for _, sv := range svs {
			id, ok := ids[sv.key]
			if !ok {
				id = int32(len(byID))
				ids[sv.key] = id
				byID = append(byID, sv.key)
				ix.valuePostings = append(ix.valuePostings, nil)
			}
			if !ok {
				ix.valueCount = append(ix.valueCount, countKey(sv))
			}
			if ck := ix.valueCount[id]; ck != "" && ix.headline(p) && !slices.Contains(ix.headsByCount[ck], p) {
				if ix.headsByCount == nil {
					ix.headsByCount = map[string][]int{}
				}
				ix.headsByCount[ck] = append(ix.headsByCount[ck], p)
				if lo, ok := lowerBound(sv); ok {
					ix.bounds.add(sv.slot, p, lo)
				}
			}
			if slices.Contains(all[p], id) {
				continue
			}
			all[p] = append(all[p], id)
			ix.valuePostings[id] = append(ix.valuePostings[id], p)
		}
	}
	ix.bounds.figuresOf(stated)
	// A value that the articles repeat from passage to passage is the
	// story's topic ("the 13 cavers"), not the mark of one fact: a value
	// marks a fact when the documents that give it state it in at most
	// MarkSpread passages each on average.
	marking := make([]bool, len(byID))
	ix.valueDocs = make([]int, len(byID))
	for v, ps := range ix.valuePostings {
		docs, body := map[int]bool{}, 0
		for _, p := range ps {
			if !ix.headline(p) {
				docs[ix.refs[p].Doc] = true
				body++
			}
		}
		marking[v] = float64(body) <= ix.tune.MarkSpread*float64(max(1, len(docs)))
		ix.valueDocs[v] = len(docs)
	}
	slotIDs := map[valueKey]int32{}
	slotOf := func(sv statedValue) int32 {
		if sv.slot == "" {
			return -1
		}
		sk := valueKey{kind: sv.key.kind, role: sv.slot}
		id, ok := slotIDs[sk]
		if !ok {
			id = int32(len(slotIDs))
			slotIDs[sk] = id
		}
		return id
	}
	ix.values = make([][]int32, len(stated))
	ix.slots = make([][]int32, len(stated))
	ix.valueSpans = make([][]valueSpan, len(stated))
	for p, svs := range stated {
		for _, sv := range svs {
			id := ids[sv.key]
			vs := valueSpan{value: -1, slot: slotOf(sv), start: sv.start, end: sv.end}
			if marking[id] {
				vs.value = id
				if !slices.Contains(ix.values[p], id) {
					ix.values[p] = append(ix.values[p], id)
				}
			}
			if vs.slot >= 0 && !slices.Contains(ix.slots[p], vs.slot) {
				ix.slots[p] = append(ix.slots[p], vs.slot)
			}
			ix.valueSpans[p] = append(ix.valueSpans[p], vs)
		}
		slices.Sort(ix.values[p])
		slices.Sort(ix.slots[p])
	}
}

// countKey is what sv counts and its figure ("people killed 3"), or ""
// when it is no count of a known slot. A headline counts tersely: "3
// dead" counts the people killed that a lead's "three people died" does.
func countKey(sv statedValue) string {
	num, role, ok := strings.Cut(sv.key.norm, " ")
	if sv.key.kind != fact.KindNumber || sv.slot == "" || !ok || role != sv.key.role {
		return ""
	}
	return sv.slot + " " + strings.TrimLeft(num, "≥")
}

// joinByValues adds to each group, from each document it lacks or holds
// only by passages that state no value or slot, the passage that states
// most of the values the group's outlets share (its best-scoring with the
// members on a tie): the values given by at least two of its documents
// and by ValueShare of them, and by at most ValueReach times as many
// documents as it holds. A value found in more passages than a term may
// be and still propose candidates is the topic of the story, not the mark
// of a fact. A headline joins beside its article's body the group its
// count is most given in (see headlinesByCount).
func joinByValues(ix *index, scores *pairScores, groups []claimGroup) {
	maxPostings := ix.maxPostings()
	byCount := headlinesByCount(ix, groups)
	count := map[int32]int{}
	for gi := range groups {
		g := &groups[gi]
		docs := map[int]bool{}
		clear(count)
		// seen marks a value once per document.
		seen := map[[2]int32]bool{}
		for _, m := range g.members {
			d := ix.refs[m].Doc
			docs[d] = true
			for _, v := range ix.values[m] {
				if !seen[[2]int32{int32(d), v}] {
					seen[[2]int32{int32(d), v}] = true
					count[v]++
				}
			}
		}
		if len(docs) < 2 {
			continue
		}
		need := max(2, int(ix.tune.ValueShare*float64(len(docs))+0.999))
		// best holds, for each document the group lacks, its passage
		// that states most of the shared values, the best-scoring with
		// the members on a tie.
		type cand struct {
			p, shared int
			score     float64
		}
		best := map[int]cand{}
		// A document whose members state no value of these kinds and
		// no slot ("the quake had a shallow depth", in the claim of
		// the quake's time on loose likeness) does not hold its place:
		// its passage that gives the shared values joins too, and the
		// cliques keep the two apart (see splitCliques).
		giving := map[int]bool{}
		for _, m := range g.members {
			if len(ix.values[m]) > 0 || len(ix.slots[m]) > 0 {
				giving[ix.refs[m].Doc] = true
			}
		}
		for v, n := range count {
			// A value many more outlets give than the claim holds is
			// common to several facts, or several stories.
			if n < need || len(ix.valuePostings[v]) > maxPostings || ix.valueDocs[v] > ix.tune.ValueReach*len(docs) {
				continue
			}
			for _, p := range ix.valuePostings[v] {
				d := ix.refs[p].Doc
				if giving[d] {
					continue
				}
				if best[d].p == p && best[d].shared > 0 {
					continue
				}
				c := cand{p: p, shared: sharedCount(ix.values[p], count, need), score: bestScore(scores, p, g.members)}
				if b, ok := best[d]; !ok || cmp.Or(cmp.Compare(c.shared, b.shared), cmp.Compare(c.score, b.score), cmp.Compare(b.p, c.p)) > 0 {
					best[d] = c
				}
			}
		}
		for _, h := range byCount[gi] {
			if d := -1 - ix.refs[h].Doc; !slices.Contains(g.members, h) && best[d].shared == 0 {
				best[d] = cand{p: h, shared: 1}
			}
		}
		if len(best) == 0 {
			continue
		}
		for _, c := range best {
			g.members = append(g.members, c.p)
			g.byValue = append(g.byValue, c.p)
		}
		slices.Sort(g.members)
	}
}

// headlinesByCount returns, for each group, the headlines that join it
// by a count: a headline gives a count ("3 dead") most of the group's
// outlets give by some noun ("three people killed"), and of the groups
// whose outlets give its count, this one's give it most. A headline
// joins one group by its count: the count of a story's topic ("13
// cavers") is in the lead of every outlet, and so in many groups. A
// headline that bounds a count ("4-Plus Earthquake") joins as if it gave
// the figure it covers, when groups give only one figure of that slot it
// covers (see boundedHeadlines).
func headlinesByCount(ix *index, groups []claimGroup) [][]int {
	chosen := map[int]countChoice{}
	covered := map[int][]countChoice{}
	for gi, g := range groups {
		counts := map[string]map[int]bool{}
		all := map[int]bool{}
		for _, m := range g.members {
			d := ix.refs[m].Doc
			all[d] = true
			for _, v := range ix.values[m] {
				if ck := ix.valueCount[v]; ck != "" && len(ix.headsByCount[ck]) > 0 {
					if counts[ck] == nil {
						counts[ck] = map[int]bool{}
					}
					counts[ck][d] = true
				}
			}
		}
		need := max(2, int(ix.tune.ValueShare*float64(len(all))+0.999))
		for _, ck := range slices.Sorted(maps.Keys(counts)) {
			n := len(counts[ck])
			if n < need {
				continue
			}
			for _, h := range ix.headsByCount[ck] {
				if c, ok := chosen[h]; !ok || n > c.docs {
					chosen[h] = countChoice{gi, n, 0}
				}
			}
		}
		ix.bounds.cover(ix, gi, g.members, need, covered)
	}
	boundedHeadlines(chosen, covered)
	out := make([][]int, len(groups))
	for _, h := range slices.Sorted(maps.Keys(chosen)) {
		gi := chosen[h].group
		out[gi] = append(out[gi], h)
	}
	return out
}

// sharedCount counts the values among vs that count holds need times.
func sharedCount(vs []int32, count map[int32]int, need int) int {
	n := 0
	for _, v := range vs {
		if count[v] >= need {
			n++
		}
	}
	return n
}

// bestScore is p's best pair score with the passages ms.
func bestScore(scores *pairScores, p int, ms []int) float64 {
	var best float64
	for _, pt := range scores.adj[p] {
		if pt.sim > float32(best) && slices.Contains(ms, int(pt.p)) {
			best = float64(pt.sim)
		}
	}
	return best
}
