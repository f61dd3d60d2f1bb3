package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
)

// What the components are given when the terminal changes: the theme for
// its background, its way of measuring text, and its size.

// setDark builds styles for a dark or light background.
func (m *Model) setDark(dark bool) {
	m.isDark = dark
	st := DefaultStyles(dark)
	m.sh.styles = &st
	m.help.Styles = help.DefaultStyles(dark)
	m.spinner.Style = st.Prompt
	m.input.SetStyles(textinput.DefaultStyles(dark))
	if m.mode == modeNote {
		m.editor.area.SetStyles(textarea.DefaultStyles(dark))
	}
	m.spread()
}

// setMeasure switches how text width is counted, as the terminal counts.
func (m *Model) setMeasure(ms measure) {
	if m.sh.ms == ms {
		return
	}
	m.sh.ms = ms
	m.spread()
}

// spread gives every component the changed shared context, with a fresh
// render cache: what was drawn with the old one is stale.
func (m *Model) spread() {
	m.sh.cache = newRenderCache()
	m.claims.setShared(m.sh)
	m.page.shared = m.sh
	m.editor.shared = m.sh
	m.disputes.shared = m.sh
	if m.settle != nil {
		m.settle.shared = m.sh
	}
	m.fillPage(false)
}

// layout gives the window size to the parts.
func (m *Model) layout() {
	m.help.SetWidth(m.width)
	m.input.SetWidth(max(8, min(40, m.width/3)))
	h := m.contentHeight()
	if m.mode == modeNote {
		n := min(noteHeight(h), h-1)
		m.editor.SetSize(m.width, n)
		h -= n
	}
	m.claims.SetSize(m.width, h)
	d := m.contentHeight()
	if m.mode == modeSettle && m.settle != nil {
		n := min(m.settle.settleHeight(), d-1)
		m.settle.SetSize(m.width, n)
		d -= n
	}
	m.disputes.SetSize(m.width, d)
	m.page.SetSize(m.width, m.contentHeight())
	m.fillPage(false)
}
