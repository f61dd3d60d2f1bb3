package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"crosscheck/ui/session"
)

// coverageBars draw how many outlets report a claim, from one to all.
var coverageBars = []rune("▁▂▃▄▅▆▇█")

// overviewCells returns how many claims each cell of the overview strip
// stands for: cell i holds claims [bounds[i], bounds[i+1]).
func overviewCells(claims, width int) []int {
	cells := min(claims, width)
	bounds := make([]int, cells+1)
	for i := range bounds {
		bounds[i] = i * claims / max(1, cells)
	}
	return bounds
}

// overview draws the claims overview strip: one cell per claim (or per
// run of claims, when there are more claims than cells) in story order.
// A cell is a bar as tall as the share of outlets reporting the claim,
// or ≠ when it holds a disputed fact; a marked claim shows its mark instead
// (✓ verified, ✗ disputed, ? unsure, ✎ a note alone; for a run, the most
// pressing of its marks). A cell is · when the filter hides it; faint
// when a search is kept and it does not match; the current claim is in
// reverse video. It shows at a glance where the disagreements cluster
// and how far the checking has got.
func (c claimsScreen) overview() string {
	s := c.story
	bounds := overviewCells(len(s.Claims), c.width)
	n := max(1, len(s.Documents))
	var b strings.Builder
	var run strings.Builder
	var cur *lipgloss.Style
	flush := func() {
		if run.Len() > 0 {
			b.WriteString(cur.Render(run.String()))
			run.Reset()
		}
	}
	for i := 0; i+1 < len(bounds); i++ {
		glyph, style := '·', &c.styles.CellOut
		coverage, visible, conflict, match, current := 0, false, false, false, false
		mark, marked := session.Verdict(""), false
		for ci := bounds[i]; ci < bounds[i+1]; ci++ {
			cl := &s.Claims[ci]
			current = current || ci == c.cur.claim
			if !c.cur.shows(ci) {
				continue
			}
			visible = true
			coverage = max(coverage, len(cl.Docs()))
			conflict = conflict || cl.Disputes() > 0
			match = match || c.matches(ci)
			if mk, ok := c.marks[ci]; ok && (!marked || markRank(mk.Verdict) > markRank(mark)) {
				mark, marked = mk.Verdict, true
			}
		}
		if visible {
			glyph = coverageBars[min(len(coverageBars)-1, max(0, (coverage*len(coverageBars)+n-1)/n-1))]
			style = &c.styles.Cell
			if conflict {
				glyph, style = '≠', &c.styles.CellConflict
			}
			if marked {
				glyph, style = []rune(verdictGlyph(mark))[0], c.styles.verdictStyle(mark)
			}
			if c.search.query != "" && !match {
				style = &c.styles.CellOut
			}
		}
		if current {
			style = &c.styles.CellCurrent
		}
		if style != cur {
			flush()
			cur = style
		}
		run.WriteRune(glyph)
	}
	flush()
	return b.String()
}

// claimAtCell returns the claim the overview strip shows at cell x: the
// first of its run that the filter keeps.
func (c claimsScreen) claimAtCell(x int) (int, bool) {
	bounds := overviewCells(len(c.story.Claims), c.width)
	if x < 0 || x+1 >= len(bounds) {
		return 0, false
	}
	for ci := bounds[x]; ci < bounds[x+1]; ci++ {
		if c.cur.shows(ci) {
			return ci, true
		}
	}
	return 0, false
}

// stripLine is the overview strip with, where there is room on its
// right, the current claim's identifier, how many outlets report it and
// how sure the alignment is: "c12 · 3 of 5 outlets · alignment 0.52".
func (c claimsScreen) stripLine() string {
	strip := c.overview()
	cl := c.currentClaim()
	if cl == nil {
		return strip
	}
	info := fmt.Sprintf("%s · %d of %d outlets", cl.ID, len(cl.Docs()), len(c.story.Documents))
	if len(cl.Docs()) > 1 {
		info += fmt.Sprintf(" · alignment %.2f", cl.Score)
	}
	used := min(len(c.story.Claims), c.width)
	if gap := c.width - used - c.ms.width(info); gap >= 3 {
		return strip + strings.Repeat(" ", gap) + c.styles.Muted.Render(info)
	}
	return strip
}
