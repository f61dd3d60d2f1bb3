package ui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"crosscheck/corpus"
	"crosscheck/ui/session"
)

// The fact-checker's marks: a verdict and a note per claim, kept in a
// session that the reader changes in Update and saves in a command.

// An Option configures a reader made by New.
type Option func(*Model)

// WithSession keeps the fact-checker's marks in s: the reader attaches s
// to the story once it has loaded, opens where s says the reader was,
// records every move with SetPosition, and saves s in a command after
// each change and before quitting. notice, when not empty, is shown in
// the status line (its first line) and in the full help (all of it): why
// the session is read-only, or where an old session file was moved.
func WithSession(s *session.Session, notice string) Option {
	return func(m *Model) {
		m.sess = s
		m.notice = strings.TrimSpace(notice)
	}
}

// sessionSavedMsg reports the end of a save; quit is set when the reader
// saved in order to quit.
type sessionSavedMsg struct {
	err  error
	quit bool
}

// saveSession saves s off the update loop. Saves may overlap: the
// session writes them one at a time and never an older state over a
// newer one.
func saveSession(s *session.Session, quit bool) tea.Cmd {
	return func() tea.Msg { return sessionSavedMsg{err: s.Save(), quit: quit} }
}

// verdictGlyph is the character that stands for a mark in the overview
// strip and the header: ✓ verified, ✗ disputed, ? unsure, ✎ a note alone.
func verdictGlyph(v session.Verdict) string {
	switch v {
	case session.Verified:
		return "✓"
	case session.Disputed:
		return "✗"
	case session.Unsure:
		return "?"
	}
	return "✎"
}

// verdictStyle is the style of a mark's glyph.
func (st *Styles) verdictStyle(v session.Verdict) *lipgloss.Style {
	switch v {
	case session.Verified:
		return &st.Verified
	case session.Disputed:
		return &st.Disputed
	case session.Unsure:
		return &st.Unsure
	}
	return &st.Muted
}

// badgeStyle is the style of a verdict's badge on the current claim.
func (st *Styles) badgeStyle(v session.Verdict) lipgloss.Style {
	switch v {
	case session.Verified:
		return st.VerifiedBadge
	case session.Disputed:
		return st.DisputedBadge
	}
	return st.UnsureBadge
}

// markRank orders marks for a strip cell that stands for several claims:
// the one most worth seeing wins.
func markRank(v session.Verdict) int {
	switch v {
	case session.Disputed:
		return 4
	case session.Unsure:
		return 3
	case session.Verified:
		return 2
	}
	return 1
}

// markCounts is the header's summary of the marks: "✓2 ✗1 ?1 ✎1", the
// kinds there are, or "read-only" when marks cannot be saved.
func (m Model) markCounts() string {
	if m.sess == nil {
		return ""
	}
	if m.sess.ReadOnly() {
		return "read-only"
	}
	c := m.counts
	var parts []string
	for _, p := range []struct {
		v session.Verdict
		n int
	}{{session.Verified, c.Verified}, {session.Disputed, c.Disputed}, {session.Unsure, c.Unsure}, {"", c.NoteOnly}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%s%d", verdictGlyph(p.v), p.n))
		}
	}
	return strings.Join(parts, " ")
}

// markLines draws the current claim's mark for under its legend: the
// verdict as a badge, then the note, wrapped to the width.
func (c claimsScreen) markLines() []string {
	mk, ok := c.marks[c.cur.claim]
	if !ok || c.width <= 0 {
		return nil
	}
	st := c.styles
	var lead string
	if mk.Verdict != "" {
		lead = st.badgeStyle(mk.Verdict).Render(" "+verdictGlyph(mk.Verdict)+" "+string(mk.Verdict)+" ") + " "
	}
	switch {
	case mk.Note == "" && c.editing:
		return []string{lead}
	case mk.Note == "":
		return []string{lead + st.Muted.Render("a adds a note")}
	}
	// The note's lines are run together, each break shown as ⏎.
	var paras []string
	for _, l := range strings.Split(mk.Note, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			paras = append(paras, l)
		}
	}
	text := strings.Join(paras, " ⏎ ")
	indent := c.ms.width(lead) + 2
	room := max(1, c.width-indent)
	var lines []string
	for i, l := range wrapWords(text, room, c.ms) {
		prefix := strings.Repeat(" ", indent)
		if i == 0 {
			prefix = lead + st.Muted.Render("✎ ")
		}
		lines = append(lines, prefix+st.Note.Render(joinWords(text, l)))
	}
	return lines
}

// fitMarkLines cuts the mark lines to n, saying that there is more.
func (c claimsScreen) fitMarkLines(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	more := c.styles.Muted.Render(" … (a shows it all)")
	last := c.ms.truncate(lines[n-1], max(0, c.width-c.ms.width(more)), "")
	return append(lines[:n-1:n-1], last+more)
}

// clearedVerdict is the verdict z last cleared, and from which claim, so
// that z again on that claim puts it back; claim is -1 when there is none.
type clearedVerdict struct {
	claim   int
	verdict session.Verdict
}

// markKey acts on a mark binding in the claim view: it changes the
// current claim's verdict, or opens the note editor, and saves.
func (m Model) markKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	c := &m.claims
	if !c.ready() {
		return m, nil
	}
	if m.sess == nil {
		c.note = "marks are off: this reader has no session"
		return m, nil
	}
	i := c.cur.claim
	id := m.sh.story.Claims[i].ID
	before := c.marks[i]
	var err error
	var did string
	switch {
	case key.Matches(msg, k.Verify):
		err, did = m.sess.SetVerdict(i, session.Verified), id+" verified"
	case key.Matches(msg, k.Dispute):
		err, did = m.sess.SetVerdict(i, session.Disputed), id+" disputed"
	case key.Matches(msg, k.Unsure):
		err, did = m.sess.SetVerdict(i, session.Unsure), id+" unsure"
	case key.Matches(msg, k.ClearVerdict) && before.Verdict == "" && c.cleared.claim == i && c.cleared.verdict != "":
		// z again, on a claim it just cleared: the verdict comes back.
		err, did = m.sess.SetVerdict(i, c.cleared.verdict), fmt.Sprintf("%s %s again: the clearing undone", id, c.cleared.verdict)
		c.cleared = clearedVerdict{claim: -1}
	case key.Matches(msg, k.ClearVerdict):
		err, did = m.sess.ClearVerdict(i), id+": verdict cleared"
		if before.Verdict != "" {
			did = fmt.Sprintf("%s: verdict %q cleared", id, before.Verdict)
			c.cleared = clearedVerdict{claim: i, verdict: before.Verdict}
		}
		if before.Note != "" {
			did += ", the note kept"
		}
		if before.Verdict != "" {
			did += " · z again puts it back"
		}
	case key.Matches(msg, k.EditNote):
		if m.sess.ReadOnly() {
			err = session.ErrReadOnly
			break
		}
		return m.openNote()
	}
	if err == nil {
		after, _ := m.sess.Mark(i)
		if after.Verdict == before.Verdict && after.Note == before.Note {
			switch after.Verdict {
			case "":
				did = id + " has no verdict"
			default:
				did = fmt.Sprintf("%s is already %s", id, after.Verdict)
			}
		}
	}
	return m.changed(err, did)
}

// changed reports a change to the marks (or why it was refused) in the
// status line, shows the new marks and saves them.
func (m Model) changed(err error, did string) (tea.Model, tea.Cmd) {
	c := &m.claims
	switch {
	case errors.Is(err, session.ErrReadOnly):
		c.note = "not marked: the session is read-only, so marks would not be saved (quit and run crosscheck --new-session to start one; ? tells why)"
		return m, nil
	case err != nil:
		c.note = "not marked: " + err.Error()
		return m, nil
	}
	m.refreshMarks()
	if (c.cur.filter == filterMarked || c.cur.filter == filterUnmarked) && c.cur.pinned == c.cur.claim {
		did += "; the " + c.cur.filter.String() + " filter hides it once you move on"
	}
	c.note = did
	return m, saveSession(m.sess, false)
}

// refreshMarks takes a new snapshot of the session's marks.
func (m *Model) refreshMarks() {
	m.claims.setMarks(m.sess.Marks())
	m.counts = m.sess.Counts()
}

// attach gives the loaded story to the session and opens where the
// session says the reader was, saying so unless there is a notice to
// show. It reports whether the session said where.
func (m *Model) attach() (resumed bool) {
	if m.sess == nil {
		return false
	}
	m.sess.Attach(m.sh.story)
	m.refreshMarks()
	m.refreshSettlements()
	if i, name, ok := m.sess.Position(); ok {
		f, known := parseFilter(name)
		if !known {
			f = filterAll
		}
		m.claims.resume(i, f)
		resumed = true
		m.claims.note = fmt.Sprintf("back at %s, %s, where you left off · %s", m.sh.story.Claims[m.claims.cur.claim].ID,
			m.claims.cur.filter.label(), plural(m.counts.Marked(), "claim marked", "claims marked"))
	}
	if n := m.counts.Orphans; n > 0 {
		orphans := fmt.Sprintf("%s of this session match no claim of these articles now: kept, and listed by crosscheck report", plural(n, "mark", "marks"))
		if m.notice != "" {
			orphans = m.notice + "\n" + orphans
		}
		m.notice = orphans
	}
	if m.notice != "" {
		m.claims.note = ""
	}
	return resumed
}

// dismissNotice drops the session notice once the user has seen it and
// pressed a key, unless it says that the session is read-only, which
// stays true.
func (m *Model) dismissNotice() {
	if m.sess == nil || !m.sess.ReadOnly() {
		m.notice = ""
	}
}

// track records where the reader stands in the session, to be saved with
// the next change or on quitting.
func (m *Model) track() {
	if m.sess == nil || !m.ready || m.claims.cur.pos() < 0 {
		return
	}
	// A reader that has not left the first claim of all is merely
	// opened (perhaps read the disputed facts): nothing to record.
	if _, _, ok := m.sess.Position(); !ok && m.claims.cur.claim == 0 && m.claims.cur.filter == filterAll {
		return
	}
	m.sess.SetPosition(m.claims.cur.claim, m.claims.cur.filter.String())
}

// saved handles the end of a save: an error stays in the status line
// until a later save succeeds; a save made to quit quits, unless it
// failed, when the reader stays open and says how to quit anyway.
func (m Model) saved(msg sessionSavedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil && m.sess.Dirty() {
		m.saveErr = msg.err
	} else {
		m.saveErr = nil
	}
	m.otherReader(m.sess.News())
	if !msg.quit {
		return m, nil
	}
	if m.saveErr != nil {
		m.quitting, m.quitFailed = false, true
		return m, nil
	}
	m.cancel()
	return m, tea.Quit
}

// otherReader shows what a save merged from another reader of the
// session: its marks, and a word in the status line.
func (m *Model) otherReader(n session.News) {
	if n.Merged > 0 && m.ready {
		m.refreshMarks()
		m.claims.note = plural(n.Merged, "mark", "marks") + " from another reader merged"
	}
	if n.MovedAside != "" {
		m.claims.note = "the session file had been made invalid by another program: moved to " + n.MovedAside + ", and this session saved"
	}
}

// sessionHelp describes the session for the full help: where marks are
// saved, and the notice in full.
func (m Model) sessionHelp() []string {
	if m.sess == nil {
		return nil
	}
	var lines []string
	switch {
	case m.sess.ReadOnly() && m.notice == "":
		lines = append(lines, "Read-only: marks are not saved.")
	case m.sess.ReadOnly():
	case m.sess.Path() != "":
		lines = append(lines, "Marks and the reading position are saved in "+corpus.EscapeName(m.sess.Path()))
	}
	if m.saveErr != nil {
		lines = append(lines, "The last save failed: "+m.saveErr.Error())
	}
	if m.notice != "" {
		lines = append(lines, strings.Split(m.notice, "\n")...)
	}
	return lines
}
