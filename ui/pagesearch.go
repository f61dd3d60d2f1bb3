package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// Searching the text of a scrolling view (an article, the boilerplate
// list, the help) with /: the lines holding the query are found as it is
// typed, the first at or below the top of the view is brought into view
// and lit, and n/N step through them once enter keeps the query.

// pageSearch is a pager's search.
type pageSearch struct {
	query string
	// matches are the lines holding the query; at is the lit one, an
	// index into matches.
	matches []int
	at      int
}

// setQuery searches the lines for q and shows the first match at or
// after the top of the view.
func (p *pager) setQuery(q string) {
	p.search = pageSearch{query: strings.TrimSpace(q)}
	p.findMatches()
	for i, l := range p.search.matches {
		if l >= p.offset {
			p.search.at = i
			break
		}
	}
	p.showMatch()
}

// findMatches lists the lines holding the query, as the text reads
// (colours stripped, case and accents folded).
func (p *pager) findMatches() {
	p.search.matches = p.search.matches[:0]
	if p.search.query == "" {
		return
	}
	q := foldForSearch(p.search.query)
	for i, l := range p.lines {
		if strings.Contains(foldForSearch(ansi.Strip(l)), q) {
			p.search.matches = append(p.search.matches, i)
		}
	}
	p.search.at = min(p.search.at, max(0, len(p.search.matches)-1))
}

// seekMatch lights the next (1) or previous (-1) match, wrapping around.
func (p *pager) seekMatch(dir int) {
	if n := len(p.search.matches); n > 0 {
		p.search.at = (p.search.at + dir + n) % n
		p.showMatch()
	}
}

// showMatch scrolls the lit match into view, a third of the way down.
func (p *pager) showMatch() {
	if len(p.search.matches) > 0 {
		p.show(p.search.matches[p.search.at])
	}
}

// litLine returns the line of the lit match, or -1.
func (p *pager) litLine() int {
	if len(p.search.matches) == 0 {
		return -1
	}
	return p.search.matches[p.search.at]
}

// searchInfo describes the search for the status line: "2 of 5 lines".
func (p *pager) searchInfo() string {
	n := len(p.search.matches)
	if n == 0 {
		return fmt.Sprintf("no line holds %q", p.search.query)
	}
	return fmt.Sprintf("%d of %s", p.search.at+1, plural(n, "line", "lines"))
}

// beginPageSearch starts typing a search of the current scrolling view.
func (m *Model) beginPageSearch() tea.Cmd {
	m.pageTyping = true
	m.input.Reset()
	m.input.Placeholder = "search the text"
	return m.input.Focus()
}

// pageSearchKey handles a key while a search of the text is typed: enter
// keeps it, esc drops it, every other key types into the query.
func (m Model) pageSearchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.SearchAccept):
	case key.Matches(msg, k.SearchCancel):
		m.page.setQuery("")
	case key.Matches(msg, k.SearchNext):
		m.page.seekMatch(1)
		return m, nil
	case key.Matches(msg, k.SearchPrev):
		m.page.seekMatch(-1)
		return m, nil
	default:
		q, changed, cmd := m.typeQuery(msg)
		if changed {
			m.page.setQuery(q)
		}
		return m, cmd
	}
	m.input.Blur()
	m.pageTyping = false
	return m, nil
}

// pageSearchStatus is the status line of a scrolling view while its text
// is searched, or "" when it is not.
func (m Model) pageSearchStatus() string {
	st := m.sh.styles
	switch {
	case m.pageTyping:
		line := m.input.View()
		if m.page.search.query != "" {
			line += st.Status.Render("  " + m.page.searchInfo())
		}
		return line
	case m.page.search.query != "":
		return st.Prompt.Render("/"+m.page.search.query) + st.Status.Render("  "+m.page.searchInfo()+" · n/N next/previous · esc clears")
	}
	return ""
}
