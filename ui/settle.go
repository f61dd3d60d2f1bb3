package ui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"crosscheck/ui/session"
	"crosscheck/ui/sheet"
)

// A settleEditor is where a fact-checker settles a disputed fact, under
// the list of disputed facts: they pick the reading they verified (or
// that it is unresolved; or, when it was settled, that it is not) with
// ↑/↓, type where they checked it, and press enter to save or esc to
// cancel. Every other key types into where they checked.
type settleEditor struct {
	shared
	// dispute is the index of the disputed fact in story.Disputes.
	dispute int
	// choices are the readings, then "unresolved", then, when the fact
	// was settled, "not settled"; choice is the one picked.
	choices []string
	choice  int
	// readings is how many choices are readings.
	readings int
	settled  bool
	source   textinput.Model
	width    int
	height   int
}

var _ component = (*settleEditor)(nil)

// settleHeight is how many lines the editor takes: a title, its choices
// and the line for where it was checked.
func (e *settleEditor) settleHeight() int { return 2 + len(e.choices) }

func newSettleEditor(sh shared, dispute int, was *session.Settlement, isDark bool) *settleEditor {
	s := sh.story
	d := &s.Disputes[dispute]
	e := &settleEditor{shared: sh, dispute: dispute}
	for _, rd := range sheet.Readings(s, &d.Row, d.InArticle()) {
		e.choices = append(e.choices, rd.Text+" ("+strings.Join(rd.By, ", ")+")")
	}
	e.readings = len(e.choices)
	e.choices = append(e.choices, "unresolved: I could not settle it")
	e.source = textinput.New()
	e.source.Prompt = "Checked in: "
	e.source.Placeholder = "where you checked: a document, a call, a link"
	e.source.SetStyles(textinput.DefaultStyles(isDark))
	if was != nil {
		e.settled = true
		e.choices = append(e.choices, "not settled: remove the settlement")
		e.source.SetValue(was.Source)
		e.choice = e.readings
		for i, rd := range d.Readings {
			if !was.Unresolved && rd.Text == was.Reading {
				e.choice = i
			}
		}
	}
	return e
}

// SetSize gives the editor its lines at the bottom of the disputes view.
func (e *settleEditor) SetSize(width, height int) {
	e.width, e.height = width, height
	e.source.SetWidth(max(4, width-len(e.source.Prompt)-1))
}

// Update types into where the fact was checked.
func (e *settleEditor) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	e.source, cmd = e.source.Update(msg)
	return cmd
}

// View draws the title, the choices (the one picked marked ▸) and the
// line for where it was checked.
func (e *settleEditor) View() string {
	st := e.styles
	d := &e.story.Disputes[e.dispute]
	title := st.Prompt.Render("Settle "+sheet.Subject(e.story, d)+" ("+sheet.Where(e.story, d)+")") + st.Muted.Render(" · which reading did you verify?")
	lines := []string{title}
	for i, c := range e.choices {
		marker, style := "  ", st.Passage
		if i == e.choice {
			marker, style = "▸ ", st.Selected
		}
		lines = append(lines, st.Selected.Render(marker)+style.Render(c))
	}
	lines = append(lines, e.source.View())
	return strings.Join(fitLines(lines, e.width, e.height, e.ms), "\n")
}

// ShortHelp returns the keys of the footer.
func (e *settleEditor) ShortHelp() []key.Binding {
	k := e.keys
	return []key.Binding{brief(k.SettleNext, "↑/↓", "pick"), k.SettleSave, k.SettleCancel, brief(k.ForceQuit, "ctrl+c", "quit")}
}

// FullHelp returns the settling keys, grouped.
func (e *settleEditor) FullHelp() [][]key.Binding { return groupBindings(e.keys.settleGroups()) }

// openSettle opens the settle editor on the chosen disputed fact.
func (m Model) openSettle() (tea.Model, tea.Cmd) {
	d := &m.disputes
	switch {
	case d.chosen() == nil:
		return m, nil
	case m.sess == nil:
		d.note = "settling is off: this reader has no session"
		return m, nil
	case m.sess.ReadOnly():
		d.note = "not settled: the session is read-only, so it would not be saved (quit and run crosscheck --new-session to start one; ? tells why)"
		return m, nil
	}
	var was *session.Settlement
	if st, ok := d.settlements[d.sel]; ok {
		was = &st
	}
	m.settle = newSettleEditor(m.sh, d.sel, was, m.isDark)
	m.mode = modeSettle
	m.layout()
	cmd := m.settle.source.Focus()
	return m, cmd
}

// settleKey handles a key while a fact is settled: ↑/↓ pick, enter
// saves, esc cancels, every other key types where it was checked.
func (m Model) settleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	e := m.settle
	switch {
	case key.Matches(msg, k.SettleNext):
		e.choice = (e.choice + 1) % len(e.choices)
	case key.Matches(msg, k.SettlePrev):
		e.choice = (e.choice + len(e.choices) - 1) % len(e.choices)
	case key.Matches(msg, k.SettleSave):
		return m.closeSettle(true)
	case key.Matches(msg, k.SettleCancel):
		return m.closeSettle(false)
	default:
		cmd := e.Update(msg)
		return m, cmd
	}
	return m, nil
}

// closeSettle closes the settle editor, saving what it holds when save
// is set.
func (m Model) closeSettle(save bool) (tea.Model, tea.Cmd) {
	e := m.settle
	e.source.Blur()
	m.mode, m.settle = modeDisputes, nil
	m.layout()
	d := &m.sh.story.Disputes[e.dispute]
	what := sheet.Subject(m.sh.story, d)
	if !save {
		m.disputes.note = what + ": not changed"
		return m, nil
	}
	var err error
	var did string
	switch {
	case e.choice < e.readings:
		err = m.sess.Settle(e.dispute, e.choice, e.source.Value(), sheet.DisputeLine(m.sh.story, d))
		did = fmt.Sprintf("%s: verified %s", what, d.Readings[e.choice].Text)
	case e.choice == e.readings:
		err = m.sess.Settle(e.dispute, -1, e.source.Value(), sheet.DisputeLine(m.sh.story, d))
		did = what + ": unresolved"
	default:
		err = m.sess.Unsettle(e.dispute)
		did = what + ": not settled"
	}
	switch {
	case errors.Is(err, session.ErrReadOnly):
		m.disputes.note = "not settled: the session is read-only"
		return m, nil
	case err != nil:
		m.disputes.note = "not settled: " + err.Error()
		return m, nil
	}
	m.refreshSettlements()
	m.disputes.note = did
	return m, saveSession(m.sess, false)
}

// refreshSettlements takes a new snapshot of the session's settlements
// for the disputes view and the legends.
func (m *Model) refreshSettlements() {
	set := m.sess.Settlements()
	m.disputes.settlements = set
	m.claims.view.settlements = set
	m.claims.view.settledGen++
	m.disputes.keepInView()
	m.claims.sync()
}
