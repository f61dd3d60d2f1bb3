package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"crosscheck/corpus"
)

// Routing input: each key goes first to the bindings that work in every
// mode, then to the current mode's handler; the mouse goes to the
// component shown.

// handleKey acts on one key press: the keys that work everywhere first,
// then the current mode's.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.ForceQuit):
		return m.quit()
	case key.Matches(msg, k.Suspend):
		return m, tea.Suspend
	case m.mode == modeSearch:
		return m.searchKey(msg)
	case m.mode == modeNote:
		return m.noteKey(msg)
	case m.pageTyping:
		return m.pageSearchKey(msg)
	case m.mode == modeSettle:
		return m.settleKey(msg)
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help) && m.mode == modeHelp:
		m.mode = m.back
		return m, nil
	case key.Matches(msg, k.Help) && m.mode != modeFailed:
		m.openHelp()
		return m, nil
	}
	switch m.mode {
	case modeClaims:
		return m.claimsKey(msg)
	case modeDisputes:
		return m.disputesKey(msg)
	case modeArticle, modeRemoved, modeHelp:
		return m.pageKey(msg)
	case modeFailed:
		if key.Matches(msg, k.Back) {
			return m.quit()
		}
	}
	return m, nil
}

// claimsKey handles a key in the claim view: the views it opens, the
// search, and the rest for the claims screen.
func (m Model) claimsKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.Article) && m.claims.ready():
		m.openArticle()
	case key.Matches(msg, k.Removed) && len(m.sh.story.Documents) > 0:
		m.openPage(modeRemoved, m.claims.view.focus)
	case key.Matches(msg, k.Search) && len(m.sh.story.Claims) > 0:
		m.mode = modeSearch
		m.claims.beginSearch()
		m.input.Reset()
		m.input.Placeholder = "search claims"
		cmd := m.input.Focus()
		return m, cmd
	case key.Matches(msg, k.Open) && m.claims.ready():
		return m.openArticleTarget(m.claims.view.focus)
	case key.Matches(msg, k.Copy) && m.claims.ready():
		return m.copyClaim()
	case key.Matches(msg, k.CopyURL) && m.claims.ready():
		return m.copyTarget(m.claims.view.focus)
	case key.Matches(msg, k.Verify, k.Dispute, k.Unsure, k.ClearVerdict, k.EditNote):
		m.claims.note = ""
		m.dismissNotice()
		return m.markKey(msg)
	case key.Matches(msg, k.Disputes):
		m.dismissNotice()
		m.openDisputes()
	case key.Matches(msg, k.ShowAgreed):
		m.dismissNotice()
		m.claims.toggleAgreed()
	case key.Matches(msg, k.ShowWhy):
		m.dismissNotice()
		m.toggleWhy()
	default:
		m.dismissNotice()
		cmd := m.claims.Update(msg)
		return m, cmd
	}
	return m, nil
}

// searchKey handles a key while a search is typed: every key that is not
// a search binding types into the query, and the claims follow it.
func (m Model) searchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.SearchAccept):
		m.claims.acceptSearch()
	case key.Matches(msg, k.SearchCancel):
		m.claims.cancelSearch()
	case key.Matches(msg, k.SearchNext):
		m.claims.seekMatch(1)
		return m, nil
	case key.Matches(msg, k.SearchPrev):
		m.claims.seekMatch(-1)
		return m, nil
	default:
		q, changed, cmd := m.typeQuery(msg)
		if changed {
			m.claims.setQuery(q)
		}
		return m, cmd
	}
	m.input.Blur()
	m.mode = modeClaims
	return m, nil
}

// typeQuery types a key into the search input and returns the query, and
// whether the key changed it. Typed or pasted text is shown as the
// search: nothing in it may drive the terminal or hide characters.
func (m *Model) typeQuery(msg tea.KeyPressMsg) (query string, changed bool, cmd tea.Cmd) {
	before := m.input.Value()
	m.input, cmd = m.input.Update(msg)
	if v := corpus.Sanitize(m.input.Value()); v != m.input.Value() {
		m.input.SetValue(v)
	}
	query = m.input.Value()
	return query, query != before, cmd
}

// pageKey handles a key in the article, boilerplate and help views.
func (m Model) pageKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	n := len(m.sh.story.Documents)
	m.flash = ""
	switch {
	case key.Matches(msg, k.Search):
		cmd := m.beginPageSearch()
		return m, cmd
	case m.page.search.query != "" && key.Matches(msg, k.NextMatch):
		m.page.seekMatch(1)
	case m.page.search.query != "" && key.Matches(msg, k.PrevMatch):
		m.page.seekMatch(-1)
	case m.page.search.query != "" && key.Matches(msg, k.ClearMatch):
		m.page.setQuery("")
		m.flash = "search cleared"
	case m.mode != modeHelp && key.Matches(msg, k.Open):
		return m.openArticleTarget(m.pageDoc)
	case m.mode != modeHelp && key.Matches(msg, k.Copy, k.CopyURL):
		return m.copyTarget(m.pageDoc)
	case key.Matches(msg, k.Back):
		if m.mode == modeHelp {
			m.mode = m.back
		} else {
			m.mode, m.pageClaim = m.pageFrom, nil
		}
	case m.mode != modeHelp && n > 0 && key.Matches(msg, k.NextOutlet, k.PrevOutlet):
		d := (m.pageDoc + 1) % n
		if key.Matches(msg, k.PrevOutlet) {
			d = (m.pageDoc + n - 1) % n
		}
		m.claims.setFocus(d)
		m.claims.sync()
		m.openPage(m.mode, d)
	default:
		m.page.Update(msg)
	}
	return m, nil
}

// handleMouse sends wheel and click events to the current view, with y
// made relative to it.
func (m *Model) handleMouse(msg tea.Msg) {
	if c, ok := msg.(tea.MouseClickMsg); ok {
		c.Y -= headerHeight
		msg = c
	}
	if c := m.active(); c != nil && m.mode != modeSearch && m.mode != modeNote && m.mode != modeSettle {
		c.Update(msg)
	}
}
