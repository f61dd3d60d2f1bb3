package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
)

// The scrolling views: opening the article, boilerplate list and help in
// the pager, and filling it at the current width.

// openPage opens the article (modeArticle) or boilerplate list
// (modeRemoved) of outlet d.
func (m *Model) openPage(md mode, d int) {
	if m.mode != modeArticle && m.mode != modeRemoved {
		m.pageFrom = m.mode
	}
	m.mode, m.pageDoc, m.flash = md, d, ""
	m.page = pager{shared: m.sh, outlets: true}
	m.page.SetSize(m.width, m.contentHeight())
	m.fillPage(true)
}

// openArticle opens the focused outlet's article at the current claim's
// passage. When the focused outlet does not report the claim, the next
// outlet that does becomes the focus, and the status line says so: the
// point of enter is to see the passage in context.
func (m *Model) openArticle() {
	m.pageClaim = nil
	c := m.claims.currentClaim()
	d := m.claims.view.focus
	n := len(m.sh.story.Documents)
	from := d
	for i := range n {
		if c.Reports((from + i) % n) {
			d = (from + i) % n
			break
		}
	}
	if d != from {
		m.claims.setFocus(d)
		m.claims.sync()
	}
	m.openPage(modeArticle, d)
	if d != from {
		m.pageNote = fmt.Sprintf("%s does not report this claim; %s", outletName(m.sh.story.Documents[from].Outlet), m.pageNote)
	}
}

// openHelp shows every key of the current mode.
func (m *Model) openHelp() {
	m.back, m.mode = m.mode, modeHelp
	m.page = pager{shared: m.sh}
	m.page.SetSize(m.width, m.contentHeight())
	m.fillPage(true)
}

// fillPage draws the page of the current mode at the current width. With
// jump, it scrolls to the claim's passage; otherwise it keeps the
// reader's place as near as it can.
func (m *Model) fillPage(jump bool) {
	oldTotal, oldOffset := len(m.page.lines), m.page.offset
	doc := outletName("")
	if m.pageDoc < len(m.sh.story.Documents) {
		doc = outletName(m.sh.story.Documents[m.pageDoc].Outlet)
	}
	switch m.mode {
	case modeArticle:
		c := m.claims.currentClaim()
		if m.pageClaim != nil {
			c = m.pageClaim
		}
		lines, lit := articleLines(m.sh, m.pageDoc, c, m.width)
		m.page.setLines(lines)
		m.pageNote = doc + " — the claim's passage is marked ▌"
		if lit < 0 {
			m.pageNote = doc + " does not report this claim; its article from the top"
		}
		if jump {
			m.page.show(max(0, lit))
		}
	case modeRemoved:
		m.page.setLines(removedLines(m.sh, m.pageDoc, m.width))
		m.pageNote = "what was set aside from " + doc
		if jump {
			m.page.show(0)
		}
	case modeHelp:
		m.page.setLines(helpLines(m.sh, m.helpGroups(), m.warnings, m.sessionHelp(), m.width))
		if jump {
			m.page.show(0)
		}
	}
	if !jump && oldTotal > 0 {
		m.page.offset = oldOffset * len(m.page.lines) / oldTotal
		m.page.clamp()
	}
}

// helpGroups returns the key groups of the mode the help was opened from.
func (m Model) helpGroups() []keyGroup {
	k := m.sh.keys
	switch m.back {
	case modeClaims:
		g := m.claims.groups()
		if m.sess != nil && !m.sess.ReadOnly() {
			g = append(g[:len(g):len(g)], k.noteGroups()[0])
		}
		return g
	case modeArticle, modeRemoved:
		return k.readingGroups()
	case modeDisputes:
		return k.disputeGroups()
	case modeSettle:
		return k.settleGroups()
	}
	return []keyGroup{{"General", []key.Binding{k.Help, k.Quit, k.ForceQuit, k.Suspend}}}
}
