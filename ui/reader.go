package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
)

// Smallest terminal the reader draws in; below it says so plainly.
const (
	minWidth  = 20
	minHeight = 6
)

// Model is the reader: the root Bubble Tea model. It owns the window size,
// the styles and the key map, and hands them to its parts.
type Model struct {
	load     LoadFunc
	mode     mode
	story    *align.Story
	warnings []string
	err      error

	claim, focus  int
	width, height int
	isDark        bool

	styles Styles
	keys   KeyMap
	help   help.Model
	claims claimView
}

// New returns a reader that shows the story load returns.
func New(load LoadFunc) Model {
	m := Model{load: load, isDark: true, keys: DefaultKeyMap(), help: help.New()}
	m.setDark(true)
	return m
}

// Init asks the terminal for its background colour and starts loading.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, loadStory(m.load))
}

// Update handles one message and returns the updated reader.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
	case tea.BackgroundColorMsg:
		m.setDark(msg.IsDark())
	case storyLoadedMsg:
		m.story, m.warnings, m.mode = msg.story, msg.warnings, modeClaims
		m.claims = newClaimView(m.story, m.styles)
		m.layout()
	case loadFailedMsg:
		m.err, m.mode = msg.err, modeFailed
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// handleKey acts on one key press.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		if m.mode == modeHelp {
			m.mode = modeClaims
		} else if m.mode == modeClaims {
			m.mode = modeHelp
		}
		return m, nil
	}
	if m.mode == modeHelp && msg.String() == "esc" {
		m.mode = modeClaims
		return m, nil
	}
	if m.mode != modeClaims {
		return m, nil
	}
	last := len(m.story.Claims) - 1
	switch {
	case key.Matches(msg, k.NextClaim):
		m.claim = min(m.claim+1, last)
	case key.Matches(msg, k.PrevClaim):
		m.claim = max(m.claim-1, 0)
	case key.Matches(msg, k.FirstClaim):
		m.claim = 0
	case key.Matches(msg, k.LastClaim):
		m.claim = last
	case key.Matches(msg, k.NextOutlet):
		m.focus = (m.focus + 1) % len(m.story.Documents)
	case key.Matches(msg, k.PrevOutlet):
		m.focus = (m.focus + len(m.story.Documents) - 1) % len(m.story.Documents)
	}
	return m, nil
}

// setDark rebuilds styles for a dark or light background.
func (m *Model) setDark(dark bool) {
	m.isDark = dark
	m.styles = DefaultStyles(dark)
	m.help.Styles = help.DefaultStyles(dark)
	if m.story != nil {
		m.claims.SetStyles(m.styles)
	}
}

// layout passes the window size to the parts.
func (m *Model) layout() {
	m.help.SetWidth(m.width)
	m.claims.SetSize(m.width)
}

// View renders the reader.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "crosscheck"
	return v
}

func (m Model) render() string {
	if m.width == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return ansi.Wordwrap("terminal too small", m.width, "")
	}
	var body string
	switch m.mode {
	case modeLoading:
		body = m.styles.Status.Render("Reading and aligning articles…")
	case modeFailed:
		body = m.styles.Error.Render(ansi.Wordwrap("crosscheck: "+m.err.Error(), m.width-2, ""))
	case modeHelp:
		m.help.ShowAll = true
		body = lipgloss.JoinVertical(lipgloss.Left, m.header(), "", m.help.View(m.keys))
	default:
		body = m.claimScreen()
	}
	return fitHeight(body, m.width, m.height)
}

// claimScreen renders the header, the current claim's columns, its legend
// and the footer help.
func (m Model) claimScreen() string {
	footer := m.help.View(m.keys)
	if len(m.story.Claims) == 0 {
		return lipgloss.JoinVertical(lipgloss.Left, m.header(), "", m.styles.Status.Render("No passages to compare."), footer)
	}
	c := &m.story.Claims[m.claim]
	parts := []string{m.header(), m.claims.View(m.claim, m.focus)}
	if l := legend(m.story, c, m.styles, m.width); l != "" {
		parts = append(parts, l)
	}
	main := lipgloss.JoinVertical(lipgloss.Left, parts...)
	room := m.height - lipgloss.Height(footer)
	return fitHeight(main, m.width, room) + "\n" + footer
}

// header renders the story title and where the reader stands.
func (m Model) header() string {
	title := m.story.Title
	if title == "" {
		title = "Untitled story"
	}
	n := len(m.story.Claims)
	info := fmt.Sprintf(" %d outlets · claim %d/%d · %d with conflicts", len(m.story.Documents), min(m.claim+1, n), n, m.story.ConflictCount())
	room := max(0, m.width-ansi.StringWidth(info)-1)
	return m.styles.Title.Render(ansi.Truncate(title, room, "…")) + m.styles.Counter.Render(info)
}

// fitHeight pads or cuts s to exactly h lines, each cut to width w.
func fitHeight(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(0, h)]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
