package ui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"

	"crosscheck/corpus"
)

// Leaving the reader with something: the focused article opened in the
// browser (o), the claim's wording or the article's address copied (y,
// Y). The opener and the system clipboard are given by the program, so
// that tests never start a browser or touch a real clipboard.

// WithOpener makes open show web addresses and files for the o key: a
// browser (SystemOpener). Without it, o says that nothing can open them.
func WithOpener(open func(target string) error) Option {
	return func(m *Model) { m.opener = open }
}

// WithClipboard makes the copy keys write to the system clipboard too,
// with write (the clipboard library), after asking the terminal to copy
// with OSC 52, which works over SSH but not in every terminal.
func WithClipboard(write func(text string) error) Option {
	return func(m *Model) { m.clipboard = write }
}

// SystemOpener opens target, a web address or a file, with the desktop's
// opener: xdg-open, open on macOS, start on Windows. It returns once the
// opener has started.
func SystemOpener(target string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", target)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", target)
	default:
		cmd = exec.Command("xdg-open", target)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("no opener (%s): %w", cmd.Path, err)
	}
	go cmd.Wait() //nolint:errcheck // the opener's own exit is of no interest
	return nil
}

// openedMsg reports that target was handed to the opener, or why not.
type openedMsg struct {
	target string
	err    error
}

// copiedMsg reports the system clipboard's answer to a copy.
type copiedMsg struct {
	what string
	err  error
}

// articleTarget returns what o opens and Y copies for document d: its web
// address, else its file's absolute path. why says why there is none.
func (m Model) articleTarget(d int) (target, why string) {
	if d < 0 || d >= len(m.sh.story.Documents) {
		return "", "no article"
	}
	doc := &m.sh.story.Documents[d]
	switch {
	case corpus.IsURL(doc.URL):
		return doc.URL, ""
	case doc.Path == "-":
		return "", "this article came from standard input: it has no address or file"
	case strings.HasPrefix(doc.Path, "sample/"):
		return "", "the sample story's articles are built into crosscheck: they have no address or file"
	}
	path := strings.TrimSuffix(doc.Path, entrySuffix(doc.Path))
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err.Error()
	}
	if _, err := os.Stat(abs); err != nil {
		return "", outletName(doc.Outlet) + "'s file is no longer there: " + abs
	}
	return abs, ""
}

// entrySuffix returns the line or item number naming one entry of a feed
// ("feed.jsonl:3", "feed.json#2"), or "".
func entrySuffix(path string) string {
	i := strings.LastIndexAny(path, ":#")
	if i < 0 || i == len(path)-1 || strings.Contains(path[i:], "/") {
		return ""
	}
	for _, r := range path[i+1:] {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return path[i:]
}

// say puts a message about the last key in the status line of the
// current view.
func (m *Model) say(s string) {
	if m.mode == modeClaims {
		m.claims.note = s
	} else {
		m.flash = s
	}
}

// openArticleTarget opens document d's address or file in the browser,
// off the update loop.
func (m Model) openArticleTarget(d int) (tea.Model, tea.Cmd) {
	target, why := m.articleTarget(d)
	switch {
	case target == "":
		m.say("nothing to open: " + why)
		return m, nil
	case m.opener == nil:
		m.say("cannot open " + target + ": no browser opener in this reader")
		return m, nil
	}
	m.say("opening " + target + " …")
	open := m.opener
	return m, func() tea.Msg { return openedMsg{target, open(target)} }
}

// opened reports the opener's answer.
func (m Model) opened(msg openedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.say("could not open " + msg.target + ": " + msg.err.Error())
	} else {
		m.say("opened " + msg.target + " in the browser")
	}
	return m, nil
}

// copyText copies text, described by what, with OSC 52 and, when the
// reader has one, the system clipboard.
func (m Model) copyText(text, what string) (tea.Model, tea.Cmd) {
	m.say("copied " + what)
	cmds := []tea.Cmd{tea.SetClipboard(text)}
	if write := m.clipboard; write != nil {
		cmds = append(cmds, func() tea.Msg { return copiedMsg{what, write(text)} })
	}
	return m, tea.Batch(cmds...)
}

// copied reports a system clipboard that failed: the terminal may still
// have copied the text with OSC 52.
func (m Model) copied(msg copiedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.say(fmt.Sprintf("copied %s to the terminal's clipboard (OSC 52) only; the system clipboard failed: %v", msg.what, msg.err))
	}
	return m, nil
}

// copyClaim copies the focused outlet's wording of the current claim, or,
// when it does not report the claim, the first outlet's that does.
func (m Model) copyClaim() (tea.Model, tea.Cmd) {
	c := m.claims.currentClaim()
	if c == nil {
		m.say("no claim to copy")
		return m, nil
	}
	d := m.claims.view.focus
	if !c.Reports(d) {
		d = c.Members[0].Doc
	}
	var parts []string
	for _, r := range c.Members {
		if r.Doc == d {
			parts = append(parts, m.sh.story.Passage(r).Text)
		}
	}
	return m.copyText(strings.Join(parts, " "), fmt.Sprintf("%s's wording of %s", outletName(m.sh.story.Documents[d].Outlet), c.ID))
}

// copyTarget copies document d's address or file path.
func (m Model) copyTarget(d int) (tea.Model, tea.Cmd) {
	target, why := m.articleTarget(d)
	if target == "" {
		m.say("nothing to copy: " + why)
		return m, nil
	}
	return m.copyText(target, target)
}
