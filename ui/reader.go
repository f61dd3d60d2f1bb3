package ui

import (
	"context"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
	"crosscheck/ui/session"
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
	// Back where the session left off, the disputed fact of that claim is
	// chosen; a new session starts at the first.
	if m.attach() {
		m.disputes.choose(m.claims.cur.claim)
	}
	if m.sess != nil {
		m.disputes.note = m.claims.note
	}
}
