package ui

import (
	"fmt"
	"strings"

	"crosscheck/align"
	"crosscheck/ui/session"
	"crosscheck/ui/sheet"
)

// minColumnWidth is the narrowest outlet column, borders included, that
// still reads comfortably. Outlets that do not fit at this width are
// paged; when not even two fit, the passages are stacked instead.
const minColumnWidth = 28

// A claimView draws one claim with every outlet's wording: side by side
// in bordered columns, or stacked on a narrow terminal. It is a pure
// function of its fields, and memoises what it draws in the shared
// cache, so stepping back to a claim costs no wrapping and no diffing.
type claimView struct {
	shared
	claim, focus int
	// first is the first outlet column shown when the outlets are paged.
	first int
	width int
	query string
	// agreed unfolds the facts the outlets agree on in the legend.
	agreed bool
	// why shows under each disputed row why it was judged so.
	why bool
	// settlements are the session's settlements by dispute, a snapshot;
	// settledGen counts the snapshots, for the legend's cache.
	settlements map[int]session.Settlement
	settledGen  uint64
}

// columns returns how many outlet columns fit the width side by side, or
// 0 when the passages must be stacked.
func (v claimView) columns() int {
	n := len(v.story.Documents)
	fit := v.width / minColumnWidth
	if fit < 2 && n > 1 {
		return 0
	}
	return max(1, min(n, fit))
}

// keepFocusVisible pages the columns so that the focused outlet shows.
func (v *claimView) keepFocusVisible() {
	count := v.columns()
	if count == 0 {
		v.first = 0
		return
	}
	n := len(v.story.Documents)
	if v.focus < v.first {
		v.first = v.focus
	}
	if v.focus >= v.first+count {
		v.first = v.focus - count + 1
	}
	v.first = max(0, min(v.first, n-count))
}

// A body is the drawn claim: its lines, and for each line the outlet it
// belongs to (-1 for none), so that a click can be traced to an outlet.
type body struct {
	lines  []string
	owners []int
	// pager is the index of the "◂ 2 more · 3 more ▸" line, or -1.
	pager int
}

type bodyKey struct {
	claim, focus, first, width int
	query                      string
}

// render draws the claim, from the cache when it can.
func (v claimView) render() body {
	k := bodyKey{v.claim, v.focus, v.first, v.width, v.query}
	if b, ok := v.cache.bodies[k]; ok {
		return b
	}
	var b body
	if v.columns() == 0 {
		b = v.stacked()
	} else {
		b = v.sideBySide()
	}
	v.cache.put(func() { v.cache.bodies[k] = b })
	return b
}

// sideBySide draws the visible outlets in bordered columns of equal
// height, with a pager line above them when some outlets are off screen.
func (v claimView) sideBySide() body {
	n := len(v.story.Documents)
	count := v.columns()
	first := max(0, min(v.first, n-count))
	var b body
	b.pager = -1
	if count < n {
		b.pager = 0
		b.lines = append(b.lines, v.pagerLine(first, count))
		b.owners = append(b.owners, -1)
	}
	widths := splitWidth(v.width, count)
	cols := make([][]string, count)
	height := 0
	for i := range count {
		cols[i] = v.column(first+i, widths[i]-4)
		height = max(height, len(cols[i]))
	}
	rows := make([]strings.Builder, height+2)
	owners := make([]int, height+2)
	for i := range count {
		d := first + i
		inner := widths[i] - 4
		border, bs := roundedBox, v.styles.Border
		if d == v.focus {
			border, bs = thickBox, v.styles.FocusBorder
		}
		rows[0].WriteString(bs.Render(border.tl + strings.Repeat(border.h, widths[i]-2) + border.tr))
		left, right := bs.Render(border.v+" "), bs.Render(" "+border.v)
		for r := range height {
			line := ""
			if r < len(cols[i]) {
				line = cols[i][r]
			}
			rows[r+1].WriteString(left)
			rows[r+1].WriteString(v.ms.pad(line, inner))
			rows[r+1].WriteString(right)
		}
		rows[height+1].WriteString(bs.Render(border.bl + strings.Repeat(border.h, widths[i]-2) + border.br))
	}
	for r := range rows {
		b.lines = append(b.lines, rows[r].String())
		owners[r] = -2 // a row of columns: the owner depends on x
	}
	b.owners = append(b.owners, owners...)
	return b
}

// outletAt returns the outlet whose column spans cell x, in side-by-side
// layout.
func (v claimView) outletAt(x int) (int, bool) {
	count := v.columns()
	if count == 0 || x < 0 {
		return 0, false
	}
	n := len(v.story.Documents)
	first := max(0, min(v.first, n-count))
	at := 0
	for i, w := range splitWidth(v.width, count) {
		if x < at+w {
			return first + i, true
		}
		at += w
	}
	return 0, false
}

// pagerLine tells how many outlets are off screen on either side.
func (v claimView) pagerLine(first, count int) string {
	n := len(v.story.Documents)
	left, right := "", ""
	if first > 0 {
		left = fmt.Sprintf("◂ %d more (h)", first)
	}
	if after := n - first - count; after > 0 {
		right = fmt.Sprintf("(l) %d more ▸", after)
	}
	gap := max(1, v.width-v.ms.width(left)-v.ms.width(right))
	return v.styles.More.Render(left) + strings.Repeat(" ", gap) + v.styles.More.Render(right)
}

// splitWidth shares width among count columns, the first ones taking the
// cells left over.
func splitWidth(width, count int) []int {
	ws := make([]int, count)
	for i := range ws {
		ws[i] = width / count
		if i < width%count {
			ws[i]++
		}
	}
	return ws
}

type box struct{ tl, tr, bl, br, h, v string }

var (
	roundedBox = box{"╭", "╮", "╰", "╯", "─", "│"}
	// The focused column has a heavy border, so focus shows without
	// colour.
	thickBox = box{"┏", "┓", "┗", "┛", "━", "┃"}
)

type columnKey struct {
	claim, doc, focus, width int
	query                    string
}

// column draws the inside of outlet d's column, inner cells wide: name,
// date, a blank line, then its passages or "— not reported —".
func (v claimView) column(d, inner int) []string {
	k := columnKey{v.claim, d, v.focus, inner, v.query}
	if c, ok := v.cache.columns[k]; ok {
		return c
	}
	inner = max(1, inner)
	doc := &v.story.Documents[d]
	name := v.styles.Outlet
	if d == v.focus {
		name = v.styles.FocusedOutlet
	}
	date := doc.PublishedDate()
	if date == "" {
		date = "undated"
	}
	if note := copiesNote(v.story, d); note != "" {
		date += " · " + note
	}
	lines := []string{
		name.Render(v.ms.truncate(outletName(doc.Outlet), inner, "…")),
		v.styles.Date.Render(v.ms.truncate(date, inner, "…")),
		"",
	}
	lines = append(lines, v.passages(d, inner)...)
	v.cache.put(func() { v.cache.columns[k] = lines })
	return lines
}

// passages draws outlet d's passages in the claim, wrapped to width, or a
// muted "— not reported —".
func (v claimView) passages(d, width int) []string {
	c := &v.story.Claims[v.claim]
	var lines []string
	for _, m := range c.Members {
		if m.Doc != d {
			continue
		}
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		text := v.story.Passage(m).Text
		if v.story.IsHeadline(m) {
			lines = append(lines, v.styles.ArticleHeader.Render(v.ms.truncate(headlineLabel, width, "…")))
		}
		lines = append(lines, renderMarked(text, v.marks(c, m, text), width, v.styles, v.ms)...)
	}
	if len(lines) == 0 {
		for _, l := range wrapWords(notReported, width, v.ms) {
			lines = append(lines, v.styles.Absent.Render(joinWords(notReported, l)))
		}
	}
	return lines
}

const notReported = "— not reported —"

// headlineLabel is written over a column's passage that is its article's
// headline.
const headlineLabel = "headline:"

// marks returns the highlights of member m of claim c: those of
// sheet.Passage against the focused outlet's wording (the words that
// differ, where the two are worded closely; the typed values by their
// row's status), and the search matches.
func (v claimView) marks(c *align.Claim, m align.Ref, text string) []mark {
	var ms []mark
	for _, sp := range sheet.Passage(v.story, c, m, v.focus) {
		ms = append(ms, mark{sp.Start, sp.End, sp.Tone})
	}
	if v.query != "" {
		ms = append(ms, matchMarks(text, v.query)...)
	}
	return ms
}

// stacked draws the outlets one under another for a narrow terminal: a
// heading line per outlet with its passages indented under it, and one
// muted line for each outlet that does not report the claim.
func (v claimView) stacked() body {
	b := body{pager: -1}
	c := &v.story.Claims[v.claim]
	add := func(line string, owner int) {
		b.lines = append(b.lines, line)
		b.owners = append(b.owners, owner)
	}
	wasBlock := false
	for d := range v.story.Documents {
		doc := &v.story.Documents[d]
		marker, name := "  ", v.styles.Outlet
		if d == v.focus {
			marker, name = "▸ ", v.styles.FocusedOutlet
		}
		reports := c.Reports(d)
		if d > 0 && (reports || wasBlock) {
			add("", -1)
		}
		wasBlock = reports
		if !reports {
			room := max(1, v.width-2-v.ms.width(notReported)-1)
			head := v.ms.truncate(outletName(doc.Outlet), room, "…")
			add(v.styles.More.Render(marker)+name.Render(head)+" "+v.styles.Absent.Render(notReported), d)
			continue
		}
		head := outletName(doc.Outlet)
		if date := doc.PublishedDate(); date != "" {
			head += " · " + date
		}
		if note := copiesNote(v.story, d); note != "" {
			head += " · " + note
		}
		add(v.styles.More.Render(marker)+name.Render(v.ms.truncate(head, max(1, v.width-2), "…")), d)
		for _, l := range v.column(d, max(1, v.width-2))[3:] {
			add("  "+l, d)
		}
	}
	return b
}

// outletName is the name shown for an outlet.
func outletName(s string) string {
	if s == "" {
		return "Unknown outlet"
	}
	return s
}

// copiesNote says how many other sites carried document d's text word
// for word ("and 299 copies"), or "".
func copiesNote(s *align.Story, d int) string {
	switch n := len(s.CopiesOf(d)); n {
	case 0:
		return ""
	case 1:
		return "and 1 copy"
	default:
		return fmt.Sprintf("and %d copies", n)
	}
}

// joinWords joins the words of one wrapped line with single spaces.
func joinWords(text string, line []word) string {
	var b strings.Builder
	for i, w := range line {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[w.start:w.end])
	}
	return b.String()
}
