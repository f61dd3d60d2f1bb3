package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"crosscheck/align"
	"crosscheck/ui/session"
	"crosscheck/ui/sheet"
)

// The legend under a claim tells its fact sheet: one row per disputed
// fact, each with every reading and who gives it, and its settlement;
// then the facts the outlets agree on or give compatibly, folded into one
// line until = shows them. Rows are wrapped, never cut: what does not fit
// under the claim follows it, for pgdn to reach.

// A run is a stretch of a legend line's text drawn in one style. Runs
// start at word starts, so that wrapping keeps each word in its style.
type run struct {
	text  string
	style *lipgloss.Style
}

// legendKey is what a claim's legend depends on.
type legendKey struct {
	claim, width int
	agreed, why  bool
	settled      uint64
}

// legend returns the claim's legend, one entry per row, each entry the
// row's lines wrapped to the width.
func (v claimView) legend() [][]string {
	k := legendKey{v.claim, v.width, v.agreed, v.why, v.settledGen}
	if l, ok := v.cache.legends[k]; ok {
		return l
	}
	s, st := v.story, v.styles
	c := &s.Claims[v.claim]
	var rows [][]string
	quiet := 0
	for i := range c.Facts {
		r := &c.Facts[i]
		if !r.Status.Disputed() {
			if sheet.Told(r) {
				quiet++
			}
			continue
		}
		runs := v.rowRuns(r)
		if from := sheet.RepeatedFrom(s, v.claim, i); from != "" {
			runs = append(runs, run{"— " + from, &st.Muted})
		}
		lines := v.wrapRuns(runs)
		if k := s.DisputeOf(v.claim, i); k >= 0 {
			if set, ok := v.settlements[k]; ok {
				lines = append(lines, wrapRuns(settledRuns(st, set), v.width, 2, 4, v.ms)...)
			}
		}
		if v.why && r.Why != "" {
			lines = append(lines, wrapRuns(whyRuns(st, r.Why), v.width, 2, 4, v.ms)...)
		}
		rows = append(rows, lines)
	}
	switch {
	case quiet > 0 && v.agreed:
		for i := range c.Facts {
			if r := &c.Facts[i]; !r.Status.Disputed() && sheet.Told(r) {
				rows = append(rows, v.wrapRuns(v.rowRuns(r)))
			}
		}
	case quiet > 0:
		what := plural(quiet, "fact the outlets agree on or give compatibly", "facts the outlets agree on or give compatibly")
		rows = append(rows, v.wrapRuns([]run{{fmt.Sprintf("+ %s (= shows)", what), &st.Muted}}))
	}
	v.cache.put(func() { v.cache.legends[k] = rows })
	return rows
}

// rowRuns writes row r as runs: its mark and slot in its status's style,
// then each reading and, muted, who gives it.
//
//	⚠ date: October 9 (Times of Israel, Outlet B) · October 8 (Outlet C)
func (v claimView) rowRuns(r *align.Row) []run {
	st := v.styles.statusStyle(r.Status)
	runs := []run{{sheet.Mark(r.Status) + " " + r.Slot + ":", st}}
	for i, rd := range sheet.Readings(v.story, r, false) {
		if i > 0 {
			runs = append(runs, run{"·", st})
		}
		runs = append(runs, run{rd.Text, &v.styles.Passage}, run{"(" + strings.Join(rd.By, ", ") + ")", &v.styles.LegendOutlets})
	}
	return runs
}

// settledRuns writes a settlement: "✓ verified: 14 · checked in: the
// police statement", or "? unresolved · …".
func settledRuns(st *Styles, set session.Settlement) []run {
	glyph, style := "✓", &st.Verified
	if set.Unresolved {
		glyph, style = "?", &st.Unsure
	}
	runs := []run{{glyph + " " + set.Verdict(), style}}
	if src := strings.Join(strings.Fields(set.Source), " "); src != "" {
		runs = append(runs, run{"· checked in: " + src, &st.Note})
	}
	return runs
}

// statusStyle is the style of a fact line's mark by the row's status.
func (st *Styles) statusStyle(s align.Status) *lipgloss.Style {
	switch s {
	case align.Conflict:
		return &st.Conflict
	case align.Differ:
		return &st.Differ
	case align.Compatible:
		return &st.Refine
	}
	return &st.Agree
}

// wrapRuns joins runs with spaces and wraps them to the view's width,
// continuation lines indented by two cells.
func (v claimView) wrapRuns(runs []run) []string {
	return wrapRuns(runs, v.width, 0, 2, v.ms)
}

// wrapRuns joins runs with spaces, wraps the text to width, the first
// line indented by first cells and the others by rest, and draws each
// word in the style of its run.
func wrapRuns(runs []run, width, first, rest int, ms measure) []string {
	var text strings.Builder
	var starts []int
	for i, r := range runs {
		if i > 0 {
			text.WriteByte(' ')
		}
		starts = append(starts, text.Len())
		text.WriteString(r.text)
	}
	t := text.String()
	styleAt := func(at int) *lipgloss.Style {
		k := 0
		for k+1 < len(starts) && starts[k+1] <= at {
			k++
		}
		return runs[k].style
	}
	draw := func(base int, part string, line []word, indent int) string {
		var b strings.Builder
		b.WriteString(strings.Repeat(" ", indent))
		for i, w := range line {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(styleAt(base + w.start).Render(part[w.start:w.end]))
		}
		return b.String()
	}
	// The first line is wrapped to its own width; the rest of the text
	// again, to the width beside the continuation indent.
	head := wrapWords(t, max(1, width-first), ms)
	if len(head) == 0 || len(head[0]) == 0 {
		return nil
	}
	lines := []string{draw(0, t, head[0], first)}
	if len(head) > 1 {
		base := head[1][0].start
		part := t[base:]
		for _, l := range wrapWords(part, max(1, width-rest), ms) {
			lines = append(lines, draw(base, part, l, rest))
		}
	}
	return lines
}

// fitLegend shares the legend between the lines kept under the claim and
// those that follow it in its scroll. Under the claim it keeps a quarter
// of the room, or all the room the claim does not need; whole rows only,
// and when some do not fit, a last line saying how many follow.
func (c claimsScreen) fitLegend(room, markLines int) (kept, tail []string) {
	rows := c.view.legend()
	if len(rows) == 0 {
		return nil, nil
	}
	total := 0
	for _, r := range rows {
		total += len(r)
	}
	budget := 0
	if room >= 6 {
		budget = max(1, room/4)
		if free := room - 1 - len(c.view.render().lines) - markLines; free > budget {
			budget = free
		}
	}
	if total <= budget {
		for _, r := range rows {
			kept = append(kept, r...)
		}
		return kept, nil
	}
	n := 0
	for n < len(rows) && len(kept)+len(rows[n]) <= budget-1 {
		kept = append(kept, rows[n]...)
		n++
	}
	if budget > 0 {
		more := fmt.Sprintf("▾ %s below the claim (pgdn)", plural(len(rows)-n, "more fact", "more facts"))
		if c.ms.width(more) > c.width {
			more = fmt.Sprintf("▾ %d more (pgdn)", len(rows)-n)
		}
		kept = append(kept, c.styles.More.Render(more))
	}
	tail = []string{""}
	for _, r := range rows[n:] {
		tail = append(tail, r...)
	}
	return kept, tail
}

// content is what scrolls in the claim body: the drawn claim, then the
// legend rows that did not fit under it.
func (c claimsScreen) content(g geometry) []string {
	b := c.view.render()
	if len(g.tail) == 0 {
		return b.lines
	}
	return append(b.lines[:len(b.lines):len(b.lines)], g.tail...)
}

// whyRuns writes why a fact was judged so, muted: "why: people injured: 14
// injured · 12 injured — different figures for one slot".
func whyRuns(st *Styles, why string) []run {
	return []run{{"why: " + why, &st.Muted}}
}
