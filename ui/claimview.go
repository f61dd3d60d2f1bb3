package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
)

// minColumnWidth is the narrowest column, borders included, that still
// reads comfortably; outlets that do not fit are paged.
const minColumnWidth = 28

// claimView renders one claim with each outlet in its own column. Rendered
// columns are cached by claim, outlet, focus and width, so stepping
// through claims re-renders only what changed.
type claimView struct {
	story  *align.Story
	styles Styles
	width  int
	cache  map[columnKey]string
}

type columnKey struct {
	claim, doc, focus, width int
}

func newClaimView(s *align.Story, st Styles) claimView {
	return claimView{story: s, styles: st, cache: map[columnKey]string{}}
}

// SetSize sets the width columns share. The cache holds entries per
// width, so resizing back and forth stays fast.
func (v *claimView) SetSize(width int) { v.width = width }

// SetStyles changes the styles and drops cached renderings made with the
// old ones.
func (v *claimView) SetStyles(st Styles) {
	v.styles = st
	v.cache = map[columnKey]string{}
}

// visibleOutlets returns the first outlet shown and how many fit, keeping
// focus in view.
func (v *claimView) visibleOutlets(focus int) (first, count int) {
	n := len(v.story.Documents)
	count = max(1, min(n, v.width/minColumnWidth))
	first = min(max(0, focus-count/2), n-count)
	return first, count
}

// View renders claim ci with outlet focus highlighted.
func (v *claimView) View(ci, focus int) string {
	first, count := v.visibleOutlets(focus)
	n := len(v.story.Documents)
	markerW := 0
	if count < n {
		markerW = 2
	}
	colW := (v.width - 2*markerW) / count
	cols := make([]string, 0, count)
	height := 0
	for d := first; d < first+count; d++ {
		body := v.column(ci, d, focus, colW)
		height = max(height, lipgloss.Height(body))
		cols = append(cols, body)
	}
	for i, d := 0, first; i < len(cols); i, d = i+1, d+1 {
		st := v.styles.Column
		if d == focus {
			st = v.styles.FocusedColumn
		}
		cols[i] = st.Width(colW).Height(height + 2).Render(cols[i])
	}
	row := lipgloss.JoinHorizontal(lipgloss.Top, cols...)
	if count < n {
		left, right := "  ", "  "
		if first > 0 {
			left = v.styles.More.Render("◂ ")
		}
		if first+count < n {
			right = v.styles.More.Render(" ▸")
		}
		row = lipgloss.JoinHorizontal(lipgloss.Center, left, row, right)
		hidden := fmt.Sprintf("◂ %d more", first)
		if first == 0 {
			hidden = ""
		}
		more := ""
		if after := n - first - count; after > 0 {
			more = fmt.Sprintf("%d more ▸", after)
		}
		line := v.styles.More.Render(hidden) + strings.Repeat(" ", max(1, v.width-ansi.StringWidth(hidden)-ansi.StringWidth(more))) + v.styles.More.Render(more)
		row = lipgloss.JoinVertical(lipgloss.Left, row, line)
	}
	return row
}

// column renders the inside of one outlet's column, cached.
func (v *claimView) column(ci, d, focus, colW int) string {
	k := columnKey{ci, d, focus, colW}
	if s, ok := v.cache[k]; ok {
		return s
	}
	inner := max(1, colW-v.styles.Column.GetHorizontalFrameSize())
	doc := &v.story.Documents[d]
	name := v.styles.Outlet
	if d == focus {
		name = v.styles.FocusedOutlet
	}
	lines := []string{name.Render(ansi.Truncate(doc.Outlet, inner, "…"))}
	date := doc.PublishedDate()
	if date == "" {
		date = "undated"
	}
	lines = append(lines, v.styles.Date.Render(ansi.Truncate(date, inner, "…")), "")
	c := &v.story.Claims[ci]
	var texts []string
	for _, m := range c.Members {
		if m.Doc == d {
			texts = append(texts, v.passage(c, m, focus, inner))
		}
	}
	if len(texts) == 0 {
		lines = append(lines, v.styles.Absent.Render(ansi.Wordwrap("— not reported —", inner, "")))
	} else {
		lines = append(lines, strings.Join(texts, "\n\n"))
	}
	s := strings.Join(lines, "\n")
	v.cache[k] = s
	return s
}

// passage renders member m wrapped to width, with the words that differ
// from the focused outlet's wording highlighted.
func (v *claimView) passage(c *align.Claim, m align.Ref, focus, width int) string {
	text := v.story.Passage(m).Text
	var against string
	if m.Doc != focus {
		for _, f := range c.Members {
			if f.Doc == focus {
				against += v.story.Passage(f).Text + " "
			}
		}
	}
	if against == "" {
		return v.styles.Passage.Render(ansi.Wordwrap(text, width, ""))
	}
	var words []string
	for _, sp := range align.DiffWords(against, text) {
		if sp.Op == align.OnlyA {
			continue
		}
		for _, w := range strings.Fields(sp.Text) {
			if sp.Op == align.OnlyB {
				w = v.styles.Changed.Render(w)
			} else {
				w = v.styles.Passage.Render(w)
			}
			words = append(words, w)
		}
	}
	return ansi.Wrap(strings.Join(words, " "), width, "")
}
