package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The frame around the current view: the header above it, the status
// line and the footer help below it.

// headerHeight is the lines above the current view; footerHeight the
// lines below it, with the status line when the terminal is tall enough
// to keep one.
const headerHeight = 1

// Smallest terminal the reader draws in; below it says so plainly.
const (
	minWidth  = 20
	minHeight = 6
)

func (m Model) footerHeight() int {
	if m.height >= 10 {
		return 2
	}
	return 1
}

func (m Model) contentHeight() int {
	return max(1, m.height-headerHeight-m.footerHeight())
}

// View renders the reader.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "crosscheck"
	if t := m.sh.story.Title; t != "" {
		v.WindowTitle += " — " + t
	}
	return v
}

func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return strings.Join(fitLines(strings.Split(ansi.Wordwrap("terminal too small", m.width, ""), "\n"), m.width, m.height, m.sh.ms), "\n")
	}
	// A component's View is already its size; the frame fits the rest,
	// measuring only what it has not measured before.
	var content []string
	switch m.mode {
	case modeLoading:
		content = fitLines(strings.Split(m.loadingView(), "\n"), m.width, m.contentHeight(), m.sh.ms)
	case modeFailed:
		content = fitLines(strings.Split(m.failedView(), "\n"), m.width, m.contentHeight(), m.sh.ms)
	case modeNote:
		// The claim stays in view above the note.
		content = append(strings.Split(m.claims.View(), "\n"), strings.Split(m.editor.View(), "\n")...)
	case modeSettle:
		// The disputed facts stay in view above the settling.
		content = append(strings.Split(m.disputes.View(), "\n"), strings.Split(m.settle.View(), "\n")...)
	default:
		content = strings.Split(m.active().View(), "\n")
	}
	status := m.statusLine()
	var below []string
	switch {
	case m.footerHeight() == 2:
		below = []string{status, m.footer()}
	case status != "" && m.mode != modeClaims:
		below = []string{status}
	default:
		below = []string{m.footer()}
	}
	top := fitLines([]string{m.header()}, m.width, headerHeight, m.sh.ms)
	below = fitLines(below, m.width, m.footerHeight(), m.sh.ms)
	return strings.Join(append(append(top, content...), below...), "\n")
}

// header renders the story title and where the reader stands: how many
// outlets, which claim of how many the filter keeps, how many facts are
// disputed, the filter, and the marks made (or that the session is
// read-only).
func (m Model) header() string {
	st := m.sh.styles
	if !m.ready {
		return st.Title.Render("crosscheck")
	}
	s := m.sh.story
	c := m.claims
	pos, total := c.cur.pos()+1, len(c.cur.visible)
	if m.mode == modeDisputes || m.mode == modeSettle || (m.mode == modeHelp && m.back == modeDisputes) {
		return m.disputesHeader()
	}
	full := fmt.Sprintf("%s · claim %d/%d · %s · %s", plural(len(s.Documents), "outlet", "outlets"),
		pos, total, plural(len(s.Disputes), "disputed fact", "disputed facts"), c.cur.filter.label())
	short := fmt.Sprintf("%d/%d · %d≠ · %s", pos, total, len(s.Disputes), c.cur.filter)
	if marks := m.markCounts(); marks != "" {
		full += " · " + marks
		short += " · " + marks
	}
	return m.titleLine(full, short)
}

// disputesHeader renders the story title and where the reader stands in
// the disputed facts: which of how many, how many are settled, and the
// marks made.
func (m Model) disputesHeader() string {
	s := m.sh.story
	n := len(s.Disputes)
	full := fmt.Sprintf("%s · %s", plural(len(s.Documents), "outlet", "outlets"), plural(n, "disputed fact", "disputed facts"))
	short := fmt.Sprintf("%d≠", n)
	if n > 0 {
		full = fmt.Sprintf("%s · disputed fact %d/%d", plural(len(s.Documents), "outlet", "outlets"), m.disputes.sel+1, n)
		short = fmt.Sprintf("%d/%d≠", m.disputes.sel+1, n)
	}
	if k := len(m.disputes.settlements); k > 0 {
		full += fmt.Sprintf(" · %d settled", k)
		short += fmt.Sprintf(" · %d settled", k)
	}
	if marks := m.markCounts(); marks != "" {
		full += " · " + marks
		short += " · " + marks
	}
	return m.titleLine(full, short)
}

// titleLine lays out the header: the story's title on the left, cut to
// fit, and full (or short, when full leaves the title too little room)
// on the right.
func (m Model) titleLine(full, short string) string {
	st := m.sh.styles
	title := m.sh.story.Title
	if title == "" {
		title = "Untitled story"
	}
	info := full
	if m.width-m.sh.ms.width(full)-2 < 12 {
		info = short
	}
	room := m.width - m.sh.ms.width(info) - 2
	if room < 4 {
		return st.Info.Render(m.sh.ms.truncate(info, m.width, "…"))
	}
	title = m.sh.ms.truncate(title, room, "…")
	gap := m.width - m.sh.ms.width(title) - m.sh.ms.width(info)
	return st.Title.Render(title) + strings.Repeat(" ", gap) + st.Info.Render(info)
}

// statusLine tells what just happened or what needs saying: the search
// being typed, a note about the last key, a kept search, the one usable
// article, warnings from loading.
func (m Model) statusLine() string {
	st := m.sh.styles
	s := m.sh.story
	c := m.claims
	switch m.mode {
	case modeSearch:
		line := m.input.View()
		if c.search.query != "" {
			at, total := c.matchPosition()
			info := fmt.Sprintf("  %d of %s", at, plural(total, "match", "matches"))
			if c.note != "" {
				info = "  " + c.note
			}
			line += st.Status.Render(info)
		}
		return line
	case modeArticle, modeRemoved, modeHelp:
		if m.flash != "" && !m.pageTyping {
			return st.Status.Render(m.flash)
		}
		if s := m.pageSearchStatus(); s != "" {
			return s
		}
		if m.mode == modeHelp {
			return st.Status.Render("esc or ? closes the help")
		}
		first, last, total := m.page.position()
		return st.Status.Render(fmt.Sprintf("%s · lines %d–%d of %d", m.pageNote, first, last, total))
	case modeLoading, modeFailed:
		return ""
	case modeNote, modeSettle:
		if m.saveErr != nil {
			return st.Error.Render("⚠ marks not saved: " + m.saveErr.Error())
		}
		return ""
	}
	note := c.note
	if m.mode == modeDisputes {
		note = m.disputes.note
	}
	switch {
	case m.saveErr != nil && m.quitFailed:
		return st.Error.Render("⚠ marks not saved, q again quits without saving them: " + m.saveErr.Error())
	case m.saveErr != nil:
		return st.Error.Render("⚠ marks not saved, the next change tries again: " + m.saveErr.Error())
	case note != "":
		return st.Status.Render(note)
	case c.search.kept && m.mode == modeClaims:
		at, total := c.matchPosition()
		return st.Prompt.Render("/"+c.search.query) + st.Status.Render(fmt.Sprintf("  %d of %s · n/N next/previous · esc clears", at, plural(total, "match", "matches")))
	case m.notice != "":
		first, _, more := strings.Cut(m.notice, "\n")
		first = "⚠ " + first
		if hint := " (? shows all)"; more || m.sh.ms.width(first) > m.width {
			first = m.sh.ms.truncate(first, max(0, m.width-m.sh.ms.width(hint)), "…") + hint
		}
		return st.Warning.Render(first)
	case len(s.Documents) == 1:
		return st.Warning.Render(fmt.Sprintf("Only one usable article (%s): nothing to compare. Give crosscheck two or more articles about the story.", outletName(s.Documents[0].Outlet)))
	case len(s.Documents) == 0 && len(m.warnings) > 0:
		return st.Warning.Render(fmt.Sprintf("No usable article. %s (? lists all)", m.warnings[0]))
	case len(s.Documents) == 0:
		return st.Warning.Render("No usable article: give crosscheck two or more articles about the story.")
	case len(m.warnings) > 0:
		return st.Warning.Render(fmt.Sprintf("⚠ %s skipped while loading: %s (? lists all)", plural(len(m.warnings), "input", "inputs"), m.warnings[0]))
	}
	if cl := c.currentClaim(); cl != nil && len(cl.Docs()) > 1 && !cl.Reports(c.view.focus) {
		return st.Status.Render(fmt.Sprintf("%s does not report this claim; h/l picks the outlet the others are compared with", outletName(s.Documents[c.view.focus].Outlet)))
	}
	return ""
}

// footer is the short help of the current view.
func (m Model) footer() string {
	k := m.sh.keys
	bindings := []key.Binding{k.Help, k.Quit}
	switch c := m.active(); {
	case m.mode == modeSearch:
		bindings = []key.Binding{brief(k.SearchNext, "↓/↑", "next/previous match"), k.SearchAccept, k.SearchCancel}
	case c != nil:
		bindings = c.ShortHelp()
	case m.mode == modeFailed:
		bindings = []key.Binding{k.Quit}
	}
	return m.fitFooter(bindings)
}

// fitFooter draws the footer's keys, leaving out those before the last
// two (help and quit, which must always show) from the right until the
// rest fits the width.
func (m Model) fitFooter(bs []key.Binding) string {
	h := m.help
	h.SetWidth(0)
	for len(bs) > 2 {
		if v := h.ShortHelpView(bs); m.sh.ms.width(v) <= m.width {
			return v
		}
		bs = append(bs[:len(bs)-3:len(bs)-3], bs[len(bs)-2:]...)
	}
	return m.help.ShortHelpView(bs)
}

// loadingView shows a spinner and a progress bar while the story loads.
func (m Model) loadingView() string {
	st := m.sh.styles
	w := max(4, min(m.width-4, 60))
	bar := progress.New(progress.WithWidth(w), progress.WithColors(st.Prompt.GetForeground()))
	doing := m.doing
	if doing == "" {
		doing = "Reading and aligning articles…"
	}
	return "\n  " + m.spinner.View() + " " + st.Status.Render(doing) + "\n\n  " + bar.ViewAs(m.progress)
}

// failedView shows why loading failed.
func (m Model) failedView() string {
	st := m.sh.styles
	msg := "crosscheck: " + m.err.Error()
	var lines []string
	for _, l := range wrapWords(msg, max(1, m.width-4), m.sh.ms) {
		lines = append(lines, "  "+st.Error.Render(joinWords(msg, l)))
	}
	return "\n" + strings.Join(lines, "\n") + "\n\n  " + st.Status.Render("Press q to quit.")
}
