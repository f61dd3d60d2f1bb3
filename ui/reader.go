package ui

import (
	"context"
	"fmt"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui/session"
)

// Smallest terminal the reader draws in; below it says so plainly.
const (
	minWidth  = 20
	minHeight = 6
)

// Model is the reader: the root Bubble Tea model. It owns the window size,
// the theme and the key map, routes each message to the component of the
// current mode, and lays out the header, that component, the status line
// and the footer.
type Model struct {
	load   LoadFunc
	ctx    context.Context
	cancel context.CancelFunc

	mode mode
	// back is the mode the help returns to.
	back          mode
	sh            shared
	isDark        bool
	width, height int

	// ready is set once the story has arrived.
	ready    bool
	warnings []string
	err      error
	progress float64
	// doing is what loading is doing, as the loader last said.
	doing   string
	spinner spinner.Model

	claims   claimsScreen
	disputes disputesScreen
	// settle is the settle editor while a fact is settled, else nil: a
	// pointer, since its text input is large and a Model is copied on
	// every message.
	settle *settleEditor
	// page shows an article, a boilerplate list or the help; pageDoc is
	// the outlet whose article or boilerplate it shows. pageClaim, when
	// set, is what the article lights instead of the current claim (the
	// body of a headline set against it), and pageFrom the mode the page
	// returns to.
	page      pager
	pageDoc   int
	pageClaim *align.Claim
	pageFrom  mode
	// pageNote is the status line of the article or boilerplate view.
	pageNote string
	input    textinput.Model
	help     help.Model
	editor   noteEditor
	// pageTyping is set while a search of the article, boilerplate or
	// help text is typed; flash is a message about the last key there.
	pageTyping bool
	flash      string
	// opener opens web pages and files (o); clipboard writes the system
	// clipboard (y, Y). Both are nil unless given (see WithOpener).
	opener, clipboard func(string) error

	// sess keeps the marks (nil without a session); counts counts them.
	sess   *session.Session
	counts session.Counts
	// notice is news about the session for the status line: why it is
	// read-only, where an old file went, marks that lost their claim.
	notice string
	// saveErr is the error of the last save, until one succeeds.
	saveErr error
	// quitting is set while the session is saved to quit; quitFailed
	// once that save failed, so that quitting again quits unsaved.
	quitting, quitFailed bool
}

// New returns a reader that shows the story load returns, configured by
// opts (see WithSession). Load runs in a command, off the update loop,
// once the program starts.
func New(load LoadFunc, opts ...Option) Model {
	ctx, cancel := context.WithCancel(context.Background())
	keys := DefaultKeyMap()
	m := Model{
		load: load, ctx: ctx, cancel: cancel,
		sh:      shared{story: &align.Story{}, keys: &keys},
		spinner: spinner.New(spinner.WithSpinner(spinner.MiniDot)),
		help:    help.New(),
		input:   textinput.New(),
	}
	m.input.Prompt = "/"
	m.input.Placeholder = "search claims"
	m.setDark(true)
	for _, opt := range opts {
		opt(&m)
	}
	return m
}

// Init asks the terminal for its background colour and starts loading.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, loadStory(m.ctx, m.load), m.spinner.Tick)
}

// Err returns the error loading failed with, or nil.
func (m Model) Err() error { return m.err }

// Update handles one message and returns the updated reader. After a key
// or the mouse, where the reader stands is recorded in the session (only
// then, so that a session is not written for a reader merely opened).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	switch msg.(type) {
	case tea.KeyPressMsg, tea.MouseClickMsg, tea.MouseWheelMsg:
		if r, ok := next.(Model); ok {
			r.track()
			next = r
		}
	}
	return next, cmd
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
	case tea.BackgroundColorMsg:
		m.setDark(msg.IsDark())
	case tea.ModeReportMsg:
		if msg.Mode == ansi.ModeUnicodeCore && (msg.Value == ansi.ModeSet || msg.Value == ansi.ModeReset || msg.Value == ansi.ModePermanentlySet) {
			m.setMeasure(measure{graphemes: true})
		}
	case loadProgressMsg:
		m.progress = msg.done
		if msg.doing != "" {
			m.doing = msg.doing
		}
		return m, waitForLoad(msg.from)
	case storyLoadedMsg:
		m.loaded(msg.story, msg.warnings)
	case loadFailedMsg:
		m.err, m.mode = msg.err, modeFailed
	case spinner.TickMsg:
		if m.mode == modeLoading || (m.mode == modeHelp && m.back == modeLoading) {
			var cmd tea.Cmd
			m.spinner, cmd = m.spinner.Update(msg)
			return m, cmd
		}
	case sessionSavedMsg:
		return m.saved(msg)
	case openedMsg:
		return m.opened(msg)
	case copiedMsg:
		return m.copied(msg)
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseWheelMsg, tea.MouseClickMsg:
		m.handleMouse(msg)
	default:
		// The note editor's cursor blinks and pastes.
		if m.mode == modeNote {
			cmd := m.editor.Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

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

// quit ends the reader once the session is saved: a note being written
// is kept as typed, and a session with unsaved changes is saved first,
// in a command whose result quits (see saved). Asked again while that
// save runs or after it failed, it quits at once; crosscheck saves once
// more after the program ends, and says so if that fails.
func (m Model) quit() (tea.Model, tea.Cmd) {
	if m.mode == modeNote {
		next, _ := m.closeNote(true)
		m = next.(Model)
	}
	if m.sess != nil && m.sess.Dirty() && !m.quitting && !m.quitFailed {
		m.quitting = true
		m.claims.note = "saving the session…"
		return m, saveSession(m.sess, true)
	}
	m.cancel()
	return m, tea.Quit
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
		before := m.input.Value()
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		if v := corpus.Sanitize(m.input.Value()); v != m.input.Value() {
			// Typed or pasted text is shown as the search: nothing in it
			// may drive the terminal or hide characters.
			m.input.SetValue(v)
		}
		if v := m.input.Value(); v != before {
			m.claims.setQuery(v)
		}
		return m, cmd
	}
	m.input.Blur()
	m.mode = modeClaims
	return m, nil
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

// active returns the component the current mode shows, or nil while
// loading or after a failure.
func (m *Model) active() component {
	switch m.mode {
	case modeClaims, modeSearch:
		return &m.claims
	case modeArticle, modeRemoved, modeHelp:
		return &m.page
	case modeNote:
		return &m.editor
	case modeDisputes:
		return &m.disputes
	case modeSettle:
		if m.settle != nil {
			return m.settle
		}
	}
	return nil
}

// loaded shows the story the loader returned.
func (m *Model) loaded(s *align.Story, warnings []string) {
	m.sh.story, m.warnings, m.ready = s, warnings, true
	m.claims = newClaimsScreen(m.sh)
	m.disputes = disputesScreen{shared: m.sh}
	// The reader opens on the disputed facts; on the claims when there
	// are none, saying so.
	first := modeDisputes
	if len(s.Disputes) == 0 {
		first = modeClaims
		if len(s.Documents) > 1 && len(s.Claims) > 0 {
			m.claims.note = "no disputed facts: the outlets' figures, dates, names and quotations agree or are compatible"
		}
	}
	if m.mode == modeHelp {
		m.back = first
	} else {
		m.mode = first
	}
	m.layout()
	m.attach()
	if m.sess != nil {
		m.disputes.choose(m.claims.cur.claim)
		m.disputes.note = m.claims.note
	}
}

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
