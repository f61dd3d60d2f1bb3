package align

import (
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Headlines that bound a count. A headline writes a figure tersely and
// often as a bound: "4-Plus Earthquake" over a lead that gives magnitude
// 4.6, "More Than 300 Evacuated" over 318. Such a headline states the
// fact whose figure it covers, and joins that fact's claim, when the
// claims give only one figure of its slot that it covers: a bound that
// covers two (the early and the later toll) cannot tell which it states.

// countBounds are the headlines that bound a count from below, by the
// count's slot, and the figures every passage gives of those slots,
// whether or not they mark a fact: the magnitude of a quake is in every
// lead, and a headline's "4-Plus" joins the lead's claim by it.
type countBounds struct {
	heads   map[string][]headBound
	figures map[string]map[int][]float64
}

// A headBound is a headline's lower bound of a count: "4-Plus
// Earthquake" bounds the magnitude at 4.
type headBound struct {
	p  int
	lo float64
}

// add records that headline p bounds the count of slot from below at lo.
func (b *countBounds) add(slot string, p int, lo float64) {
	if b.heads == nil {
		b.heads = map[string][]headBound{}
	}
	b.heads[slot] = append(b.heads[slot], headBound{p, lo})
}

// figuresOf records the figures each passage gives of the slots some
// headline bounds.
func (b *countBounds) figuresOf(stated [][]statedValue) {
	if len(b.heads) == 0 {
		return
	}
	b.figures = map[string]map[int][]float64{}
	for p, svs := range stated {
		for _, sv := range svs {
			if len(b.heads[sv.slot]) == 0 {
				continue
			}
			_, v, ok := countFigure(countKey(sv))
			if !ok || strings.HasPrefix(sv.key.norm, "≥") {
				continue
			}
			if b.figures[sv.slot] == nil {
				b.figures[sv.slot] = map[int][]float64{}
			}
			if !slices.Contains(b.figures[sv.slot][p], v) {
				b.figures[sv.slot][p] = append(b.figures[sv.slot][p], v)
			}
		}
	}
}

// lowerBound returns the figure sv bounds from below ("at least 5",
// "4-plus", "more than 300"), when sv is such a count of a known slot.
func lowerBound(sv statedValue) (float64, bool) {
	num, _, _ := strings.Cut(sv.key.norm, " ")
	if countKey(sv) == "" || !strings.HasPrefix(num, "≥") {
		return 0, false
	}
	lo, err := strconv.ParseFloat(strings.TrimPrefix(num, "≥"), 64)
	return lo, err == nil
}

// countFigure splits a count key into its slot and its figure, when the
// figure is a single number.
func countFigure(ck string) (slot string, v float64, ok bool) {
	i := strings.LastIndexByte(ck, ' ')
	if i < 0 {
		return "", 0, false
	}
	v, err := strconv.ParseFloat(ck[i+1:], 64)
	return ck[:i], v, err == nil
}

// cover adds to covered, for each headline whose bound covers a figure
// that need of group gi's documents give, the group, how many give it and
// the figure.
func (b *countBounds) cover(ix *index, gi int, members []int, need int, covered map[int][]countChoice) {
	if len(b.heads) == 0 {
		return
	}
	// figures holds, by slot and figure, the documents giving it.
	figures := map[string]map[float64]map[int]bool{}
	for _, m := range members {
		for slot, byPassage := range b.figures {
			for _, v := range byPassage[m] {
				if figures[slot] == nil {
					figures[slot] = map[float64]map[int]bool{}
				}
				if figures[slot][v] == nil {
					figures[slot][v] = map[int]bool{}
				}
				figures[slot][v][ix.refs[m].Doc] = true
			}
		}
	}
	for _, slot := range slices.Sorted(maps.Keys(figures)) {
		for _, v := range slices.Sorted(maps.Keys(figures[slot])) {
			n := len(figures[slot][v])
			if n < need {
				continue
			}
			for _, hb := range b.heads[slot] {
				if v >= hb.lo {
					covered[hb.p] = append(covered[hb.p], countChoice{gi, n, v})
				}
			}
		}
	}
}

// A countChoice is a group a headline may join by a count: how many of
// its documents give the count, and the count's figure.
type countChoice struct {
	group, docs int
	figure      float64
}

// boundedHeadlines adds to chosen each headline that bounds a count and
// gives no count a group gives, with the group its bound covers: "4-Plus
// Earthquake" joins the claim of magnitude 4.6. A bound that covers two
// figures of its slot ("more than 10 dead" where groups give 12 and 24
// killed) cannot tell which it states, and joins none; of the groups
// giving the one figure it covers, it joins the one whose outlets give
// it most, as a headline giving the figure would.
func boundedHeadlines(chosen map[int]countChoice, covered map[int][]countChoice) {
	for _, h := range slices.Sorted(maps.Keys(covered)) {
		if _, ok := chosen[h]; ok {
			continue
		}
		cs := covered[h]
		best := cs[0]
		for _, c := range cs[1:] {
			if c.figure != best.figure {
				best.docs = -1
				break
			}
			if c.docs > best.docs {
				best = c
			}
		}
		if best.docs > 0 {
			chosen[h] = best
		}
	}
}
