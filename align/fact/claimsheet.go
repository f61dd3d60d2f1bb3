package fact

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// A claim's fact sheet, built by slot. Each value of the claim's passages
// is about something (its slot, read from its sentence) or, where the
// sentence does not say, is paired with the other outlets' values by its
// kind as before. Values whose slots are one are one fact, and so are
// values joined by pairing, unless that would join two slots; each fact
// is one row, and its readings are judged together into one status.

// A node is one value of a claim's passages.
type node struct {
	ref  Ref
	fact *Fact
	// head is true for a value of a headline.
	head bool
}

// Sheet returns the fact sheet of a claim whose members are ordered by
// document: one row per fact its passages state that two of them give
// (or one restates in another unit), disputed rows first, and the
// differences between the rows' readings, for the readers of pairs.
func (a *Analysis) Sheet(members []Ref) ([]Row, []Difference) {
	var nodes []node
	type place struct {
		doc, passage, offset int
		kind                 Kind
	}
	at := map[place]int{} // where a value is written, and its kind → node
	for _, m := range members {
		fs := a.factsOf(m)
		for i := range fs {
			if fs[i].Kind == KindName {
				continue // names are rows of the story's spellings (nameRows)
			}
			at[place{m.Doc, m.Passage, fs[i].Start, fs[i].Kind}] = len(nodes)
			nodes = append(nodes, node{ref: m, fact: &fs[i], head: a.headRefs[m.Doc] == m})
		}
	}
	nodeOf := func(v Value, k Kind) (int, bool) {
		n, ok := at[place{v.Ref.Doc, v.Ref.Passage, v.Offset, k}]
		return n, ok
	}
	g := newSlotGroups(nodes)
	// Conversions in one sentence are one fact; values of one slot are
	// one fact.
	for i := range nodes {
		for j := i + 1; j < len(nodes); j++ {
			x, y := &nodes[i], &nodes[j]
			if x.fact.Kind != y.fact.Kind {
				continue
			}
			if x.ref == y.ref && x.fact.group > 0 && x.fact.group == y.fact.group {
				g.join(i, j)
			}
		}
	}
	for i := range nodes {
		for j := i + 1; j < len(nodes); j++ {
			x, y := &nodes[i], &nodes[j]
			if x.fact.Kind == y.fact.Kind && x.fact.slotKey != "" && sameSlot(x.fact.slotKey, y.fact.slotKey) && a.mayMeet(members, x, y) {
				g.join(i, j)
			}
		}
	}
	// Values the sentences do not place are paired, outlet with outlet
	// (and a headline with its own body), by their kind.
	for _, d := range a.pairedValues(members) {
		x, xok := nodeOf(d.Values[0], d.Kind)
		y, yok := nodeOf(d.Values[1], d.Kind)
		if xok && yok && (unplacedAge(nodes[x].fact) || unplacedAge(nodes[y].fact)) {
			continue // an age is the age of someone: of no one, it meets none
		}
		if xok && yok && (nodes[x].fact.slotKey == "") != (nodes[y].fact.slotKey == "") && d.Status > Compatible && isLength(nodes[x].fact) {
			// A length whose sentence does not say what it measures joins
			// a distance from a place only when it reads alike: "chased
			// for about 30 miles" is not "50 miles north of Detroit".
			continue
		}
		if xok && yok && nodes[x].fact.Kind == nodes[y].fact.Kind && a.mayMeet(members, &nodes[x], &nodes[y]) {
			g.join(x, y)
		}
	}
	var rows []Row
	var diffs []Difference
	for _, grp := range g.groups() {
		if r, ds, ok := a.slotRow(nodes, grp, g.key(grp[0]) != ""); ok {
			rows = append(rows, r)
			diffs = append(diffs, ds...)
		}
	}
	nr, nd := a.nameRows(members)
	rows = append(rows, nr...)
	diffs = append(diffs, nd...)
	distinctSlots(rows)
	slices.SortStableFunc(rows, func(a, b Row) int { return cmp.Compare(b.Status, a.Status) })
	return rows, diffs
}

// mayMeet reports whether two values may be one fact: from two outlets,
// from a headline and its own body, or restating each other in one
// sentence; and, for the kinds that date events, not two dates another
// member states together ("on Tuesday … since May 2").
func (a *Analysis) mayMeet(members []Ref, x, y *node) bool {
	if x.ref.Doc == y.ref.Doc && x.head == y.head && !(x.ref == y.ref && x.fact.group > 0 && x.fact.group == y.fact.group) {
		return false
	}
	if x.fact.Kind == KindDetail && !a.detailsMeet(members, x, y) {
		return false
	}
	if !specOf(x.fact.Kind).events || x.fact.Norm == y.fact.Norm {
		return true
	}
	if a.ordersClash(x.ref, y.ref) {
		return false // "the last four … on Tuesday", "the first four … on Sunday"
	}
	d := Difference{Kind: x.fact.Kind, Values: []Value{valueOf(factRef{x.ref, x.fact}), valueOf(factRef{y.ref, y.fact})}}
	return !a.TwoEvents(members, d)
}

// pairedValues pairs the values of every two outlets of a claim, and of
// each headline with its own body, by their kinds' pairing (names
// aside), with the links a kind draws through a third outlet.
func (a *Analysis) pairedValues(members []Ref) []Difference {
	var docs []int
	byDoc := map[int]*kindValues{}
	heads := map[int]*kindValues{}
	for _, m := range members {
		if len(docs) == 0 || docs[len(docs)-1] != m.Doc {
			docs = append(docs, m.Doc)
		}
		into := byDoc
		if a.headRefs[m.Doc] == m {
			into = heads
		}
		fs := into[m.Doc]
		if fs == nil {
			fs = &kindValues{}
			into[m.Doc] = fs
		}
		facts := a.factsOf(m)
		for i := range facts {
			f := &facts[i]
			k := kindIndex(f.Kind)
			fs[k] = append(fs[k], factRef{m, f})
		}
	}
	// all[d] holds document d's values, headline and body.
	all := map[int]*kindValues{}
	for _, d := range docs {
		v := &kindValues{}
		for k := range kinds {
			if h := heads[d]; h != nil {
				v[k] = append(v[k], h[k]...)
			}
			if b := byDoc[d]; b != nil {
				v[k] = append(v[k], b[k]...)
			}
		}
		all[d] = v
	}
	var out []Difference
	for i, da := range docs {
		for j, db := range docs[i+1:] {
			if i >= maxCompared && i+1+j >= maxCompared {
				break
			}
			for k := range kinds {
				if kinds[k].pair == nil || kinds[k].kind == KindName {
					continue
				}
				out = append(out, kinds[k].pair(a, &kinds[k], all[da][k], all[db][k])...)
			}
		}
		if h, b := heads[da], byDoc[da]; h != nil && b != nil {
			for k := range kinds {
				if kinds[k].pair == nil || kinds[k].kind == KindName {
					continue
				}
				out = append(out, kinds[k].pair(a, &kinds[k], h[k], b[k])...)
			}
		}
	}
	for k := range kinds {
		if kinds[k].link == nil {
			continue
		}
		byOutlet := make([][]factRef, len(docs))
		for i, d := range docs {
			byOutlet[i] = all[d][k]
		}
		out = append(out, kinds[k].link(byOutlet, out)...)
	}
	return slices.DeleteFunc(out, func(d Difference) bool { return len(d.Values) != 2 })
}

// slotGroups joins values into facts: a union-find that never joins two
// values of different slots.
type slotGroups struct {
	nodes  []node
	parent []int
	// keys holds each root's slot key, "" for a group of values whose
	// sentences do not say.
	keys []string
}

func newSlotGroups(nodes []node) *slotGroups {
	g := &slotGroups{nodes: nodes, parent: make([]int, len(nodes)), keys: make([]string, len(nodes))}
	for i := range nodes {
		g.parent[i] = i
		g.keys[i] = nodes[i].fact.slotKey
	}
	return g
}

func (g *slotGroups) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// key returns the slot key of i's group.
func (g *slotGroups) key(i int) string { return g.keys[g.find(i)] }

// join joins the groups of i and j unless they have two slots.
func (g *slotGroups) join(i, j int) {
	ri, rj := g.find(i), g.find(j)
	if ri == rj {
		return
	}
	ki, kj := g.keys[ri], g.keys[rj]
	if ki != "" && kj != "" && !sameSlot(ki, kj) {
		return
	}
	if ri > rj {
		ri, rj = rj, ri
	}
	g.parent[rj] = ri
	if len(kj) > len(ki) {
		ki = kj // the narrower slot
	}
	g.keys[ri] = ki
}

// groups returns the groups, each in node order, in the order of their
// first nodes.
func (g *slotGroups) groups() [][]int {
	index := map[int]int{}
	var out [][]int
	for i := range g.nodes {
		r := g.find(i)
		k, ok := index[r]
		if !ok {
			k = len(out)
			index[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// distinctSlots makes the slots of a claim's rows of one kind distinct:
// two facts about things the sentences do not tell apart are told apart
// by their first readings ("date (Tuesday)").
func distinctSlots(rows []Row) {
	count := map[string]int{}
	for _, r := range rows {
		count[string(r.Kind)+"\x00"+r.Slot]++
	}
	for i := range rows {
		r := &rows[i]
		if count[string(r.Kind)+"\x00"+r.Slot] > 1 && len(r.Readings) > 0 {
			r.Slot += " (" + shortReading(r.Readings[0].Text) + ")"
		}
	}
	// Still two alike ("date (Monday)" twice): numbered.
	seen := map[string]int{}
	for i := range rows {
		k := string(rows[i].Kind) + "\x00" + rows[i].Slot
		if seen[k]++; seen[k] > 1 {
			rows[i].Slot += fmt.Sprintf(" (%d)", seen[k])
		}
	}
}

// shortReading cuts a reading to a few words for a slot's label.
func shortReading(s string) string {
	ws := strings.Fields(s)
	if len(ws) > 4 {
		return strings.Join(ws[:4], " ") + "…"
	}
	return s
}

// sameSlot reports whether two slot keys can be one fact's: equal, or one
// narrowing the other ("distance|detroit" and
// "distance|detroit|building").
func sameSlot(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || strings.HasPrefix(b, a+"|")
}

// ordersClash reports whether two passages count parts of a sequence
// that differ ("the first four boys", "the last four"): their dates and
// times are of two events.
func (a *Analysis) ordersClash(x, y Ref) bool {
	orders := func(r Ref) map[string]bool {
		out := map[string]bool{}
		for _, f := range a.facts[r.Doc][r.Passage] {
			if o := f.Order(); o != "" && o != "other" {
				out[o] = true
			}
		}
		return out
	}
	ox, oy := orders(x), orders(y)
	if len(ox) == 0 || len(oy) == 0 {
		return false
	}
	for o := range ox {
		if oy[o] {
			return false
		}
	}
	return true
}

// unplacedAge reports whether f is an age its sentence says of no one.
func unplacedAge(f *Fact) bool {
	q, ok := f.v.(*quantity)
	return ok && q.class == "age" && f.slotKey == ""
}

// isLength reports whether f is a length.
func isLength(f *Fact) bool {
	q, ok := f.v.(*quantity)
	return ok && q.unit != nil && q.unit.Dim == "length"
}
