package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"crosscheck/corpus"
)

// A noteEditor is where a note on a claim is written: a text area under
// the claim, which stays in view above it. esc saves the note and closes
// the editor; ctrl+x closes it without saving; every other key but
// ctrl+c and ctrl+z types into the note.
//
// Unlike the other components it is not a snapshot: copies of the text
// area share their text, so a test must not branch two readers from one
// that is writing a note.
type noteEditor struct {
	shared
	// claim is the claim the note is on; id its identifier.
	claim int
	id    string
	// before is the note as it was when the editor opened.
	before        string
	area          textarea.Model
	width, height int
}

// noteHeight is how many lines the editor takes of a screen height
// lines tall: a title line and a few lines to type in.
func noteHeight(height int) int {
	return 1 + max(1, min(6, height/3))
}

func newNoteEditor(sh shared, claim int, id, text string, isDark bool) noteEditor {
	a := textarea.New()
	a.ShowLineNumbers = false
	a.Prompt = "┃ "
	a.Placeholder = "What did you find? Sources, who you called, what is still open."
	a.SetStyles(textarea.DefaultStyles(isDark))
	a.SetValue(text)
	a.MoveToEnd()
	return noteEditor{shared: sh, claim: claim, id: id, before: text, area: a}
}

// SetSize gives the editor its lines at the bottom of the claim view.
func (e *noteEditor) SetSize(width, height int) {
	e.width, e.height = width, height
	e.area.SetWidth(max(4, width))
	e.area.SetHeight(max(1, height-1))
}

// Update types into the note. What is typed is shown at once, so
// anything in it that could drive the terminal or hide text is dropped
// as it is typed, as the session would drop it when saving.
func (e *noteEditor) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	e.area, cmd = e.area.Update(msg)
	if v := e.area.Value(); corpus.Sanitize(v) != v {
		e.area.SetValue(corpus.Sanitize(v))
	}
	return cmd
}

// value is the note as typed.
func (e *noteEditor) value() string { return e.area.Value() }

// View draws a title line and the text area, height lines tall.
func (e *noteEditor) View() string {
	st := e.styles
	title := st.Prompt.Render("✎ Note on "+e.id) + st.Muted.Render(" · esc saves · ctrl+x discards · enter starts a new line")
	lines := append([]string{title}, strings.Split(e.area.View(), "\n")...)
	return strings.Join(fitLines(lines, e.width, e.height, e.ms), "\n")
}

// ShortHelp returns the keys of the footer.
func (e *noteEditor) ShortHelp() []key.Binding {
	k := e.keys
	return []key.Binding{
		brief(k.NoteSave, "esc", "save"), brief(k.NoteDiscard, "ctrl+x", "discard"),
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "new line")),
		brief(k.ForceQuit, "ctrl+c", "save and quit"),
	}
}

// FullHelp returns the note keys, grouped.
func (e *noteEditor) FullHelp() [][]key.Binding { return groupBindings(e.keys.noteGroups()) }

// openNote opens the note editor on the current claim.
func (m Model) openNote() (tea.Model, tea.Cmd) {
	i := m.claims.cur.claim
	mk, _ := m.sess.Mark(i)
	m.editor = newNoteEditor(m.sh, i, m.sh.story.Claims[i].ID, mk.Note, m.isDark)
	m.mode = modeNote
	m.claims.editing = true
	m.layout()
	cmd := m.editor.area.Focus()
	return m, cmd
}

// noteKey handles a key while a note is written: esc saves it, ctrl+x
// discards the changes, every other key types.
func (m Model) noteKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.NoteSave):
		return m.closeNote(true)
	case key.Matches(msg, k.NoteDiscard):
		return m.closeNote(false)
	}
	cmd := m.editor.Update(msg)
	return m, cmd
}

// closeNote closes the note editor, saving the note when save is set.
func (m Model) closeNote(save bool) (tea.Model, tea.Cmd) {
	e := &m.editor
	e.area.Blur()
	m.mode = modeClaims
	m.claims.editing = false
	m.layout()
	if !save {
		m.claims.note = "note on " + e.id + " not changed: the changes were discarded"
		return m, nil
	}
	text := e.value()
	err := m.sess.SetNote(e.claim, text)
	after, _ := m.sess.Mark(e.claim)
	did := "note on " + e.id + " saved"
	switch {
	case after.Note == e.before:
		did = "note on " + e.id + " not changed"
	case after.Note == "":
		did = "note on " + e.id + " removed"
	}
	return m.changed(err, did)
}
