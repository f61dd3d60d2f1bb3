package ui

import (
	"fmt"
	"strings"
)

// The claims screen on the page: how its height is shared, how the claim
// scrolls, what the wheel and a click do, and how it is drawn.

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
