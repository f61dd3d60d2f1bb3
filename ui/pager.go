package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// A pager shows drawn lines taller than the screen (an article, the
// boilerplate list, the full help) and scrolls them with the reading keys
// and the mouse wheel.
type pager struct {
	shared
	width, height int
	lines         []string
	offset        int
	// outlets is set when h/l switch to another outlet's text.
	outlets bool
	// search is the search of the text (/), if any.
	search pageSearch
}

// SetSize gives the pager its share of the window.
func (p *pager) SetSize(width, height int) {
	p.width, p.height = width, height
	p.clamp()
}

// setLines replaces the text shown, keeping the scroll position where it
// can.
func (p *pager) setLines(lines []string) {
	p.lines = lines
	p.findMatches()
	p.clamp()
}

// show scrolls so that line i sits a third of the way down the screen,
// with the lines before it in view.
func (p *pager) show(i int) {
	p.offset = i - p.height/3
	p.clamp()
}

func (p *pager) clamp() {
	p.offset = max(0, min(p.offset, len(p.lines)-p.height))
}

// Update scrolls on the reading keys and the wheel.
func (p *pager) Update(msg tea.Msg) tea.Cmd {
	k := p.keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.LineDown):
			p.offset++
		case key.Matches(msg, k.LineUp):
			p.offset--
		case key.Matches(msg, k.PageDown):
			p.offset += max(1, p.height-1)
		case key.Matches(msg, k.PageUp):
			p.offset -= max(1, p.height-1)
		case key.Matches(msg, k.Top):
			p.offset = 0
		case key.Matches(msg, k.Bottom):
			p.offset = len(p.lines)
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			p.offset += 3
		case tea.MouseWheelUp:
			p.offset -= 3
		}
	}
	p.clamp()
	return nil
}

// View draws the lines in view, height lines tall.
func (p *pager) View() string {
	end := min(len(p.lines), p.offset+p.height)
	lines := p.lines[min(p.offset, end):end]
	if lit := p.litLine(); lit >= p.offset && lit < end {
		lines = append([]string(nil), lines...)
		lines[lit-p.offset] = p.styles.Match.Render(ansi.Strip(lines[lit-p.offset]))
	}
	return strings.Join(fitLines(lines, p.width, p.height, p.ms), "\n")
}

// position describes how far down the text the view is, for the status
// line: "lines 12–40 of 80".
func (p *pager) position() (first, last, total int) {
	return p.offset + 1, min(len(p.lines), p.offset+p.height), len(p.lines)
}

// ShortHelp returns the keys of the footer.
func (p *pager) ShortHelp() []key.Binding {
	k := p.keys
	keys := []key.Binding{brief(k.LineDown, "j/k", "scroll"), brief(k.PageDown, "space", "page"), brief(k.Search, "/", "search")}
	if p.outlets {
		keys = append(keys, brief(k.NextOutlet, "h/l", "outlet"))
	}
	return append(keys, brief(k.Back, "esc", "back"), brief(k.Help, "?", "help"), k.Quit)
}

// FullHelp returns the reading keys, grouped.
func (p *pager) FullHelp() [][]key.Binding { return groupBindings(p.keys.readingGroups()) }
