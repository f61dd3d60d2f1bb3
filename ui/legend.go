package ui

import (
	"fmt"
	"slices"
	"strings"

	"crosscheck/align"
)

// statusMarker is the mark that starts a legend line; with the sign
// between values it carries the status without colour.
func statusMarker(s align.Status) string {
	switch s {
	case align.Conflict:
		return "⚠"
	case align.Compatible:
		return "◇"
	}
	return "="
}

// statusSign is written between the values of a legend line. A
// refinement's values are compatible, one more specific than the other,
// whichever way round they come.
func statusSign(s align.Status) string {
	switch s {
	case align.Conflict:
		return " ≠ "
	case align.Compatible:
		return " ~ "
	}
	return " = "
}

// A valueGroup is one value of a fact and the outlets that give it.
type valueGroup struct {
	text string
	docs []int
}

// A legendEntry is one fact of a claim compared across outlets: its kind,
// status and the distinct values given.
type legendEntry struct {
	kind   align.Kind
	status align.Status
	groups []valueGroup
}

// legendEntries merges the differences of claim c into one entry per fact:
// differences of one kind and status that share a value ("October 9" ≠
// "October 8" from one pair of outlets, and again from another pair) are
// one fact, and outlets giving the same value are grouped. Conflicts come
// first, then refinements, then agreements; within an entry the value
// given by most outlets comes first.
func legendEntries(c *align.Claim) []legendEntry {
	var out []legendEntry
	for _, status := range []align.Status{align.Conflict, align.Compatible, align.Same} {
		var kinds []align.Kind
		for _, d := range c.Differences {
			if d.Status == status && !slices.Contains(kinds, d.Kind) {
				kinds = append(kinds, d.Kind)
			}
		}
		for _, kind := range kinds {
			out = append(out, mergeDifferences(c, kind, status)...)
		}
	}
	return out
}

func normOf(v align.Value) string {
	if v.Norm != "" {
		return v.Norm
	}
	return strings.ToLower(foldForSearch(v.Text))
}

// mergeDifferences joins the differences of one kind and status that
// share a value, by union-find over the values' normal forms.
func mergeDifferences(c *align.Claim, kind align.Kind, status align.Status) []legendEntry {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if parent[x] == x {
			return x
		}
		parent[x] = find(parent[x])
		return parent[x]
	}
	add := func(x string) {
		if _, ok := parent[x]; !ok {
			parent[x] = x
		}
	}
	// Values are grouped by normal form, except in an agreement, where
	// every value has the same normal form and the point is the ways it
	// is written.
	groupOf := normOf
	if status == align.Same {
		groupOf = func(v align.Value) string { return v.Text }
	}
	var groups []string
	rootOf := map[string]string{}
	first := map[string]string{}
	docs := map[string][]int{}
	for _, d := range c.Differences {
		if d.Kind != kind || d.Status != status || len(d.Values) == 0 {
			continue
		}
		root := normOf(d.Values[0])
		add(root)
		for _, v := range d.Values {
			n, g := normOf(v), groupOf(v)
			add(n)
			parent[find(n)] = find(root)
			if _, ok := first[g]; !ok {
				first[g] = v.Text
				rootOf[g] = n
				groups = append(groups, g)
			}
			if !slices.Contains(docs[g], v.Ref.Doc) {
				docs[g] = append(docs[g], v.Ref.Doc)
			}
		}
	}
	var entries []legendEntry
	index := map[string]int{}
	for _, g := range groups {
		r := find(rootOf[g])
		i, ok := index[r]
		if !ok {
			i = len(entries)
			index[r] = i
			entries = append(entries, legendEntry{kind: kind, status: status})
		}
		vg := valueGroup{text: first[g], docs: docs[g]}
		slices.Sort(vg.docs)
		entries[i].groups = append(entries[i].groups, vg)
	}
	out := entries[:0]
	for _, e := range entries {
		// An agreement written the same way everywhere says nothing.
		if status == align.Same && len(e.groups) < 2 {
			continue
		}
		slices.SortStableFunc(e.groups, func(a, b valueGroup) int { return len(b.docs) - len(a.docs) })
		out = append(out, e)
	}
	return out
}

type legendKey struct{ claim, width int }

// legend draws one line per fact compared in the claim, each cut to
// width:
//
//	⚠ date: October 9 (Times of Israel, +2) ≠ October 8 (Outlet C)
func (v claimView) legend() []string {
	k := legendKey{v.claim, v.width}
	if l, ok := v.cache.legends[k]; ok {
		return l
	}
	var lines []string
	for _, e := range legendEntries(&v.story.Claims[v.claim]) {
		lines = append(lines, v.legendLine(e))
	}
	v.cache.put(func() { v.cache.legends[k] = lines })
	return lines
}

func (v claimView) legendLine(e legendEntry) string {
	st := v.styles.Agree
	switch e.status {
	case align.Conflict:
		st = v.styles.Conflict
	case align.Compatible:
		st = v.styles.Refine
	}
	var b strings.Builder
	b.WriteString(st.Render(fmt.Sprintf("%s %s: ", statusMarker(e.status), e.kind)))
	for i, g := range e.groups {
		if i > 0 {
			b.WriteString(st.Render(statusSign(e.status)))
		}
		b.WriteString(v.styles.Passage.Render(g.text))
		b.WriteString(v.styles.LegendOutlets.Render(" (" + v.outletList(g.docs) + ")"))
	}
	return v.ms.truncate(b.String(), v.width, "…")
}

// outletList names the first outlet of docs and counts the others:
// "Times of Israel, +2".
func (v claimView) outletList(docs []int) string {
	if len(docs) == 0 {
		return ""
	}
	s := outletName(v.story.Documents[docs[0]].Outlet)
	if len(docs) > 1 {
		s += fmt.Sprintf(", +%d", len(docs)-1)
	}
	return s
}
