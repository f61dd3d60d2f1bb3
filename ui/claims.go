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

// currentClaim returns the claim shown, or nil when there is none.
func (c claimsScreen) currentClaim() *align.Claim {
	if c.cur.pos() < 0 {
		return nil
	}
	return &c.story.Claims[c.cur.claim]
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
