package fact

import (
	"fmt"
	"slices"
	"strings"
)

// slotRow makes the row of one fact from its values (nodes[grp]): the
// distinct readings, the status of the readings taken together and the
// rule that decided it. strong says that the values' sentences say what
// they are about, so that figures far apart are still one fact's (two
// values are judged so when both their sentences say). A group
// of one outlet's values (not a conversion, nor a headline against its
// body) makes no row.
func (a *Analysis) slotRow(nodes []node, grp []int, strong bool) (Row, []Difference, bool) {
	if len(grp) < 2 {
		return Row{}, nil, false
	}
	source := func(n *node) [2]int { return [2]int{n.ref.Doc, boolInt(n.head)} }
	conversion := func(x, y *node) bool {
		return x.ref == y.ref && x.fact.group > 0 && x.fact.group == y.fact.group
	}
	meet := func(x, y *node) bool { return source(x) != source(y) || conversion(x, y) }
	ok := false
	for _, i := range grp[1:] {
		if meet(&nodes[grp[0]], &nodes[i]) {
			ok = true
		}
	}
	if !ok {
		for i, x := range grp {
			for _, y := range grp[i+1:] {
				ok = ok || meet(&nodes[x], &nodes[y])
			}
		}
	}
	if !ok {
		return Row{}, nil, false
	}
	ref := func(i int) factRef { return factRef{nodes[i].ref, nodes[i].fact} }
	// Readings: values equal once normalised, or judged the same.
	type rated struct {
		st   Status
		rule string
		ok   bool
	}
	rates := map[[2]int]rated{}
	rate := func(i, j int) rated {
		if r, ok := rates[[2]int{i, j}]; ok {
			return r
		}
		placed := strong && nodes[i].fact.slotKey != "" && nodes[j].fact.slotKey != ""
		st, rule, ok := a.rate(ref(i), ref(j), placed)
		r := rated{st, rule, ok}
		rates[[2]int{i, j}] = r
		return r
	}
	u := newUnionFind()
	for k, i := range grp {
		for _, j := range grp[k+1:] {
			if nodes[i].fact.Norm == nodes[j].fact.Norm && nodes[i].fact.Norm != "" {
				u.union(i, j)
			} else if r := rate(i, j); r.ok && (r.st == Same || r.st == Compatible && conversion(&nodes[i], &nodes[j])) {
				// The same reading; or one sentence's conversion that holds
				// ("€2.4 million ($2.8 million)"), one reading written twice.
				u.union(i, j)
			}
		}
	}
	var readings [][]int
	idx := map[int]int{}
	for _, i := range grp {
		r := u.find(i)
		k, ok := idx[r]
		if !ok {
			k = len(readings)
			idx[r] = k
			readings = append(readings, nil)
		}
		readings[k] = append(readings[k], i)
	}
	kind := nodes[grp[0]].fact.Kind
	row := Row{Kind: kind, Slot: slotLabel(nodes, grp), Status: Same, key: groupKey(nodes, grp)}
	rule := "the readings are equal once normalised"
	// convertedAlike reports whether two values are each a conversion, in
	// its sentence, of one figure: "€110 billion ($143 billion)" and
	// "€110 billion ($158 billion)" convert one sum at two rates.
	convertedAlike := func(i, j int) bool {
		for _, p := range grp {
			if p == i || !conversion(&nodes[p], &nodes[i]) {
				continue
			}
			for _, q := range grp {
				if q == j || !conversion(&nodes[q], &nodes[j]) {
					continue
				}
				if nodes[p].fact.Norm == nodes[q].fact.Norm || rate(p, q).ok && rate(p, q).st == Same {
					return true
				}
			}
		}
		return false
	}
	readingOf := map[int]int{}
	for k, rd := range readings {
		for _, i := range rd {
			readingOf[i] = k
		}
	}
	// Every two values that meet: the same reading, or their verdict; the
	// row takes the strongest.
	var diffs []Difference
	compared := false
	for k, i := range grp {
		for _, j := range grp[k+1:] {
			x, y := &nodes[i], &nodes[j]
			if !meet(x, y) {
				continue
			}
			d := Difference{Kind: kind, Role: x.fact.Role, Conversion: conversion(x, y), Values: []Value{valueOf(ref(i)), valueOf(ref(j))}}
			if readingOf[i] == readingOf[j] {
				d.Status = Same
				if r := rate(i, j); d.Conversion && r.ok {
					d.Status = r.st // a conversion that holds is compatible
				}
				diffs = append(diffs, d)
				continue
			}
			r := rate(i, j)
			if r.ok && r.st >= Differ && convertedAlike(i, j) {
				r = rated{Compatible, "one figure converted at two rates", true}
			}
			if !r.ok {
				continue
			}
			compared = true
			d.Status = r.st
			if kind == KindQuote && r.st != Same {
				d.Diff = DiffWords(x.fact.Text, y.fact.Text)
			}
			diffs = append(diffs, d)
			if r.st > row.Status || r.st == row.Status && row.Status == Same {
				row.Status, rule = r.st, r.rule
			}
		}
	}
	if len(readings) > 1 && !compared {
		row.Status, rule = Compatible, "joined by pairing, but the readings cannot be compared"
	}
	for _, rd := range readings {
		// A reading is written as the first body sentence writes it; a
		// headline's capitals are its own.
		first := rd[0]
		for _, i := range rd {
			if !nodes[i].head {
				first = i
				break
			}
		}
		r := Reading{Text: nodes[first].fact.Text, Norm: nodes[first].fact.Norm}
		for _, i := range rd {
			r.Values = append(r.Values, valueOf(ref(i)))
			if !slices.Contains(r.Docs, nodes[i].ref.Doc) {
				r.Docs = append(r.Docs, nodes[i].ref.Doc)
			}
		}
		row.Readings = append(row.Readings, r)
	}
	finishRow(&row)
	row.Why = why(&row, rule)
	return row, diffs, true
}

// slotLabel chooses a fact's slot among its values': the one most of
// those whose sentences say what they are about give, else the one most
// values give.
func slotLabel(nodes []node, grp []int) string {
	count := map[string]int{}
	best, bestN := "", -1
	for pass := 0; pass < 2 && best == ""; pass++ {
		for _, i := range grp {
			f := nodes[i].fact
			if pass == 0 && f.slotKey == "" {
				continue
			}
			count[f.Slot]++
			if n := count[f.Slot]; n > bestN || n == bestN && len(f.Slot) > len(best) {
				best, bestN = f.Slot, n
			}
		}
	}
	return best
}

// why says why a row has its status: what it is about, its readings
// normalised, and the rule that decided: "people injured: 14 injured ·
// ≥12 injured · 12 injured — different figures for one slot".
func why(r *Row, rule string) string {
	var norms []string
	for _, rd := range r.Readings {
		n := rd.Norm
		if n == "" {
			n = rd.Text
		}
		if !slices.Contains(norms, n) {
			norms = append(norms, n)
		}
	}
	return fmt.Sprintf("%s: %s — %s", r.Slot, strings.Join(norms, " · "), rule)
}

// groupKey returns the narrowest slot key of a fact's values, or "".
func groupKey(nodes []node, grp []int) string {
	k := ""
	for _, i := range grp {
		if sk := nodes[i].fact.slotKey; len(sk) > len(k) {
			k = sk
		}
	}
	return k
}
