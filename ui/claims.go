package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
	"crosscheck/ui/session"
)

// claimsScreen is the reader's main screen: the overview strip, the
// current claim across outlets, and the legend of its typed differences.
type claimsScreen struct {
	shared
	width, height int

	cur    cursor
	view   claimView
	search searchState
	// scroll is how many lines of the drawn claim are scrolled off the
	// top, when it is taller than the screen.
	scroll int
	// note is a one-line message about the last key, for the status line.
	note string
	// marks are the session's marks by claim, a snapshot the reader
	// replaces after each change; nil when the reader has no session.
	marks map[int]session.Mark
	// editing is set while the current claim's note is written below.
	editing bool
	// cleared is the verdict z last cleared, for z to put back.
	cleared clearedVerdict
}

func newClaimsScreen(sh shared) claimsScreen {
	c := claimsScreen{shared: sh, cur: newCursor(sh.story), cleared: clearedVerdict{claim: -1}}
	c.view = claimView{shared: sh}
	c.search.texts = make([]string, len(sh.story.Claims))
	for i := range sh.story.Claims {
		var b strings.Builder
		for _, m := range sh.story.Claims[i].Members {
			b.WriteString(foldForSearch(sh.story.Passage(m).Text))
			b.WriteByte('\n')
		}
		c.search.texts[i] = b.String()
	}
	return c
}

// SetSize gives the screen its share of the window.
func (c *claimsScreen) SetSize(width, height int) {
	c.width, c.height = width, height
	c.view.width = width
	c.sync()
}

// setShared gives the screen new styles or a new way of measuring text.
func (c *claimsScreen) setShared(sh shared) {
	c.shared, c.view.shared = sh, sh
	c.sync()
}

// ShortHelp returns the keys of the footer.
func (c *claimsScreen) ShortHelp() []key.Binding {
	k := c.keys
	next := brief(k.NextConflict, "n/N", "disputed")
	if c.search.kept {
		next = brief(k.NextMatch, "n/N", "match")
	}
	keys := []key.Binding{
		brief(k.NextClaim, "j/k", "claim"), next, brief(k.NextOutlet, "h/l", "outlet"),
		brief(k.Article, "enter", "article"), brief(k.Search, "/", "search"), brief(k.Filter, "f", "filter"),
	}
	// The mark keys, when marks are kept and the footer has room for them.
	if c.marks != nil && c.width >= 120 {
		keys = append(keys, brief(k.Verify, "v/x/u", "verdict"), brief(k.EditNote, "a", "note"))
	}
	return append(keys, brief(k.Help, "?", "help"), k.Quit)
}

// FullHelp returns every key of the claim view, grouped.
func (c *claimsScreen) FullHelp() [][]key.Binding { return groupBindings(c.groups()) }

func (c *claimsScreen) groups() []keyGroup {
	if c.search.kept {
		return c.keys.matchGroups()
	}
	return c.keys.claimGroups()
}

// Update handles the keys and mouse events of the claim view.
func (c *claimsScreen) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		c.note = ""
		c.handleKey(msg)
	case tea.MouseWheelMsg:
		c.wheel(msg.Button == tea.MouseWheelDown)
	case tea.MouseClickMsg:
		c.click(msg.X, msg.Y)
	}
	c.sync()
	return nil
}

func (c *claimsScreen) handleKey(msg tea.KeyPressMsg) {
	k := c.keys
	n := len(c.story.Documents)
	switch {
	case key.Matches(msg, k.NextClaim):
		c.step(1)
	case key.Matches(msg, k.PrevClaim):
		c.step(-1)
	case c.search.kept && key.Matches(msg, k.NextMatch):
		c.seekMatch(1)
	case c.search.kept && key.Matches(msg, k.PrevMatch):
		c.seekMatch(-1)
	case c.search.kept && key.Matches(msg, k.ClearMatch):
		c.search.query, c.search.kept = "", false
		c.note = "search cleared"
	case key.Matches(msg, k.NextConflict):
		c.seekConflict(1)
	case key.Matches(msg, k.PrevConflict):
		c.seekConflict(-1)
	case key.Matches(msg, k.FirstClaim):
		c.cur.jump(false)
		c.scroll = 0
	case key.Matches(msg, k.LastClaim):
		c.cur.jump(true)
		c.scroll = 0
	case key.Matches(msg, k.PageDown):
		c.scrollBy(max(1, c.geometry().body-2))
	case key.Matches(msg, k.PageUp):
		c.scrollBy(-max(1, c.geometry().body-2))
	case key.Matches(msg, k.NextOutlet) && n > 0:
		c.setFocus((c.view.focus + 1) % n)
	case key.Matches(msg, k.PrevOutlet) && n > 0:
		c.setFocus((c.view.focus + n - 1) % n)
	case key.Matches(msg, k.Filter):
		c.cur.setFilter(c.story, c.cur.filter.next(c.marks != nil), c.marked)
		c.scroll = 0
		if len(c.cur.visible) == 0 {
			c.note = "no claims: " + c.cur.filter.label()
		} else {
			c.note = fmt.Sprintf("filter: %s, %d claims", c.cur.filter.label(), len(c.cur.visible))
		}
	}
}

// marked reports whether claim i carries a verdict or a note.
func (c *claimsScreen) marked(i int) bool {
	_, ok := c.marks[i]
	return ok
}

// setMarks replaces the marks shown. Under the marked or unmarked filter
// the claims kept change, but the current claim stays.
func (c *claimsScreen) setMarks(marks map[int]session.Mark) {
	c.marks = marks
	c.cur.refilter(c.story, c.marked)
	c.sync()
}

// resume shows claim i under filter f, where a session left the reader.
func (c *claimsScreen) resume(i int, f filter) {
	c.cur.resume(c.story, i, f, c.marked)
	c.scroll = 0
	c.sync()
}

// step moves to the next (1) or previous (-1) claim the filter keeps.
func (c *claimsScreen) step(delta int) {
	if c.cur.step(delta) {
		c.scroll = 0
	}
}

// seekConflict moves to the next (1) or previous (-1) claim holding a
// disputed fact.
func (c *claimsScreen) seekConflict(dir int) {
	found, wrapped := c.cur.seek(dir, func(i int) bool { return c.story.Claims[i].Disputes() > 0 })
	switch {
	case !found:
		c.note = "no claim with a disputed fact"
		if c.cur.filter != filterAll && len(c.story.Disputes) > 0 {
			c.note += " among " + c.cur.filter.label()
		}
	case wrapped:
		c.note = "wrapped around to the " + map[bool]string{true: "first", false: "last"}[dir > 0] + " claim with a disputed fact"
	}
	c.scroll = 0
}

// setFocus makes outlet d the one the others are compared against.
func (c *claimsScreen) setFocus(d int) {
	c.view.focus = d
	c.view.keepFocusVisible()
	if c.view.columns() == 0 {
		// Stacked: bring the focused outlet's passage into view.
		b := c.view.render()
		g := c.geometry()
		for i, o := range b.owners {
			if o == d {
				if i < c.scroll || i >= c.scroll+g.body-1 {
					c.scroll = i
				}
				break
			}
		}
	}
}

// geometry is how the screen's height is shared: the overview strip, the
// claim body, the legend lines kept under it and the lines of the claim's
// mark. The legend's rows that do not fit under the claim follow it in
// its scroll (tail), so that pgdn reaches every one.
type geometry struct {
	strip, body int
	// gap is the blank line between the claim and its legend, kept when
	// the screen has room for it.
	gap    int
	legend []string
	tail   []string
	mark   []string
}

func (c claimsScreen) geometry() geometry {
	var g geometry
	h := c.height
	if h >= 8 {
		g.strip = 1
	}
	mark := c.markLines()
	if c.cur.pos() >= 0 {
		g.legend, g.tail = c.fitLegend(h-g.strip, len(mark))
	}
	if len(mark) > 0 && h-g.strip-len(g.legend) >= 4 {
		g.mark = c.fitMarkLines(mark, max(1, min(3, (h-g.strip)/6)))
	}
	if len(g.legend)+len(g.mark) > 0 && h >= 16 {
		g.gap = 1
	}
	g.body = max(1, h-g.strip-g.gap-len(g.legend)-len(g.mark))
	return g
}

// sync moves the claim view to the cursor and draws what it will show,
// so that View finds every wrapped, diffed line in the cache.
func (c *claimsScreen) sync() {
	c.cur.settle()
	c.view.claim = c.cur.claim
	c.view.query = c.search.query
	c.view.keepFocusVisible()
	if c.ready() {
		c.view.render()
		c.view.legend()
		c.scroll = min(c.scroll, c.maxScroll())
	}
}

// ready reports whether there is a claim to draw.
func (c claimsScreen) ready() bool {
	return c.width > 0 && c.cur.pos() >= 0 && len(c.story.Documents) > 0
}

// maxScroll is the furthest the claim body scrolls: the last line shows
// just above the "more lines" indicator.
func (c claimsScreen) maxScroll() int {
	g := c.geometry()
	lines := len(c.content(g))
	room := g.body
	if lines <= room {
		return 0
	}
	return lines - (room - 1)
}

func (c *claimsScreen) scrollBy(n int) {
	c.scroll = max(0, min(c.scroll+n, c.maxScroll()))
}

// wheel scrolls the claim body; past its end it moves on to the next
// claim, so the wheel reads through the story.
func (c *claimsScreen) wheel(down bool) {
	if !c.ready() {
		return
	}
	switch {
	case down && c.scroll < c.maxScroll():
		c.scrollBy(3)
	case down:
		c.step(1)
	case c.scroll > 0:
		c.scrollBy(-3)
	default:
		c.step(-1)
	}
}

// click focuses the outlet clicked, pages the columns from the pager
// line, or jumps to the claim clicked in the overview strip. x and y are
// relative to the screen.
func (c *claimsScreen) click(x, y int) {
	if !c.ready() {
		return
	}
	g := c.geometry()
	if y < g.strip {
		if ci, ok := c.claimAtCell(x); ok {
			c.cur.claim, c.scroll = ci, 0
		}
		return
	}
	y -= g.strip
	if y >= g.body {
		return
	}
	b := c.view.render()
	i := c.scroll + y
	if i >= len(b.lines) || (len(c.content(g)) > g.body && y == g.body-1) {
		return
	}
	n := len(c.story.Documents)
	switch o := b.owners[i]; {
	case i == b.pager:
		count := c.view.columns()
		if x < c.width/2 && c.view.first > 0 {
			c.setFocus(c.view.first - 1)
		} else if x >= c.width/2 && c.view.first+count < n {
			c.setFocus(c.view.first + count)
		}
	case o == -2:
		if d, ok := c.view.outletAt(x); ok {
			c.setFocus(d)
		}
	case o >= 0:
		c.setFocus(o)
	}
}

// View draws the strip, the claim and its legend, height lines tall.
func (c *claimsScreen) View() string {
	var lines []string
	switch {
	case len(c.story.Documents) == 0:
		lines = []string{c.styles.Status.Render("No articles could be read, so there is nothing to show.")}
	case len(c.story.Claims) == 0:
		lines = []string{c.styles.Status.Render("The articles hold no passages to compare.")}
	case c.cur.pos() < 0:
		lines = []string{c.styles.Status.Render(fmt.Sprintf("No claims: %s. Press f for the next filter.", c.cur.filter.label()))}
	default:
		lines = c.claimLines()
	}
	return strings.Join(fitLines(lines, c.width, c.height, c.ms), "\n")
}

func (c claimsScreen) claimLines() []string {
	g := c.geometry()
	var lines []string
	if g.strip > 0 {
		lines = append(lines, c.stripLine())
	}
	all := c.content(g)
	shown := all[min(c.scroll, len(all)):]
	if len(all) > g.body {
		shown = shown[:min(len(shown), g.body-1)]
		below := len(all) - c.scroll - len(shown)
		ind, short := fmt.Sprintf("▾ %d more lines (pgdn)", below), fmt.Sprintf("▾ %d more", below)
		if below <= 0 {
			ind, short = "▴ end of claim (pgup)", "▴ end"
		}
		if c.ms.width(ind) > c.width {
			ind = short
		}
		shown = append(shown[:len(shown):len(shown)], c.styles.More.Render(ind))
	}
	lines = append(lines, shown...)
	// The legend follows the columns closely, for the eye to go from a
	// lit value to its line; it drops to the bottom only when the claim
	// fills the screen.
	if g.gap > 0 {
		lines = append(lines, "")
	}
	lines = append(lines, g.legend...)
	lines = append(lines, g.mark...)
	return lines
}

// currentClaim returns the claim shown, or nil when there is none.
func (c claimsScreen) currentClaim() *align.Claim {
	if c.cur.pos() < 0 {
		return nil
	}
	return &c.story.Claims[c.cur.claim]
}

// fitLines cuts or pads lines to exactly h lines, each cut to w cells.
func fitLines(lines []string, w, h int, ms measure) []string {
	if len(lines) > h {
		lines = lines[:max(0, h)]
	}
	out := make([]string, 0, h)
	for _, l := range lines {
		if ms.width(l) > w {
			l = ms.truncate(l, w, "")
		}
		out = append(out, l)
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out
}

// show makes claim i current, keeping the filter (the claim stays in view
// even if the filter does not keep it, until the cursor leaves it).
func (c *claimsScreen) show(i int) {
	c.cur.resume(c.story, i, c.cur.filter, c.marked)
	c.scroll = 0
	c.sync()
}

// toggleAgreed shows or folds the facts the outlets agree on or give
// compatibly in the legend.
func (c *claimsScreen) toggleAgreed() {
	c.view.agreed = !c.view.agreed
	c.note = "the facts the outlets agree on are folded (= shows them)"
	if c.view.agreed {
		c.note = "the facts the outlets agree on are shown (= folds them)"
	}
	c.sync()
}
