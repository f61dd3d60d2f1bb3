package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"crosscheck/ui/session"
)

// Saving the session from the reader: before quitting, when saving fails,
// and where the reader stands, resumed by the next run.

func TestQuitSavesThePositionFirst(t *testing.T) {
	m, s := marking(t)
	m = press(t, m, "f", "j")
	next, cmd := m.Update(keyPress("q"))
	msg, ok := cmd().(sessionSavedMsg)
	if !ok || msg.err != nil {
		t.Fatalf("q with a moved position should save first: %#v", msg)
	}
	if _, cmd = next.Update(msg); cmd == nil {
		t.Fatal("no quit after the save")
	}
	again, err := session.Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	again.Attach(envoyStory())
	if i, f, ok := again.Position(); !ok || i != 3 || f != "conflicts" {
		t.Errorf("saved position %d %q %v, want claim 3 under conflicts", i, f, ok)
	}
	// Nothing to save: q quits at once.
	if _, cmd := next.(Model).Update(keyPress("q")); cmd == nil {
		t.Fatal("no command")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("q with nothing to save should quit at once")
	}
}

// brokenSession returns a session whose folder was replaced by a file
// after it was opened, so that every save fails.
func brokenSession(t *testing.T) *session.Session {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "state")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := session.Open(filepath.Join(dir, "session.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSaveErrorsAreShownAndQuittingAsks(t *testing.T) {
	s := brokenSession(t)
	m := openWith(t, storyLoad(envoyStory()), 120, 30, WithSession(s, ""))
	m = pressSave(t, m, "v")
	if st := status(m); !strings.HasPrefix(st, "⚠ marks not saved, the next change tries again: cannot save session file") {
		t.Errorf("status %q, want the save error", st)
	}
	// The error stays while keys are pressed.
	if st := status(press(t, m, "j")); !strings.Contains(st, "cannot save") {
		t.Errorf("status after j %q", st)
	}
	// q tries to save; when that fails the reader stays and says so.
	next, cmd := m.Update(keyPress("q"))
	stay, cmd2 := next.Update(cmd())
	if cmd2 != nil {
		if _, ok := cmd2().(tea.QuitMsg); ok {
			t.Fatal("the reader quit although its marks could not be saved")
		}
	}
	if st := status(stay.(Model)); !strings.HasPrefix(st, "⚠ marks not saved, q again quits without saving them: cannot save") {
		t.Errorf("status %q", st)
	}
	_, cmd = stay.Update(keyPress("q"))
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q again should quit")
	}
}

func TestTheReaderRecordsWhereItIs(t *testing.T) {
	m, s := marking(t)
	if _, _, ok := s.Position(); ok {
		t.Fatal("a new session has a position before any move")
	}
	m = press(t, m, "j", "j")
	if i, f, ok := s.Position(); !ok || i != 2 || f != "all" {
		t.Errorf("after j j: %d %q %v", i, f, ok)
	}
	press(t, m, "f")
	if i, f, _ := s.Position(); i != 3 || f != "conflicts" {
		t.Errorf("after f: %d %q, want 3 conflicts", i, f)
	}
	send(m, tea.MouseClickMsg{X: 4, Y: 1, Button: tea.MouseLeft})
	if i, _, _ := s.Position(); i != 4 {
		t.Errorf("after a click on the strip: %d", i)
	}
}

func TestResumeWhereTheSessionLeftOff(t *testing.T) {
	path := filepath.Join(t.TempDir(), "session.json")
	first, err := session.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m := openWith(t, storyLoad(envoyStory()), 120, 30, WithSession(first, ""))
	m = typeText(t, press(t, m, "v", "G", "x", "a"), "The court record says otherwise.")
	m = pressSave(t, m, "esc")
	m = press(t, m, "f", "f", "f", "f", "f") // unmarked: claims 1, 2, 3; on claim 3
	m = press(t, m, "k")                     // claim 2
	if _, cmd := m.Update(keyPress("q")); cmd == nil {
		t.Fatal("q: no save")
	} else {
		cmd()
	}

	again, err := session.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	r := openWith(t, storyLoad(envoyStory()), 120, 30, WithSession(again, ""))
	if r.claims.cur.claim != 2 || r.claims.cur.filter != filterUnmarked {
		t.Fatalf("resumed on claim %d under %s, want 2 under unmarked", r.claims.cur.claim, r.claims.cur.filter)
	}
	if h := header(r); !strings.Contains(h, "claim 2/3") || !strings.Contains(h, "unmarked claims") || !strings.HasSuffix(h, "✓1 ✗1") {
		t.Errorf("header %q", h)
	}
	if st := status(r); !strings.Contains(st, "back at c3, unmarked claims, where you left off · 2 claims marked") {
		t.Errorf("status %q", st)
	}
	r = press(t, r, "f") // all
	if got := string([]rune(lines(r)[1])[:5]); got != "✓▂▄≠✗" {
		t.Errorf("strip %q, want ✓▂▄≠✗", got)
	}
	if s := screen(press(t, r, "G")); !strings.Contains(s, " ✗ disputed  ✎ The court record says otherwise.") {
		t.Errorf("the last claim's mark:\n%s", s)
	}
}

func TestResumeOnAClaimTheFilterNoLongerKeeps(t *testing.T) {
	// The session was left on claim 1 under the unmarked filter, just
	// after marking it: the reader opens there all the same.
	s := newSession(t)
	s.Attach(envoyStory())
	if err := s.SetVerdict(1, session.Verified); err != nil {
		t.Fatal(err)
	}
	s.SetPosition(1, "unmarked")
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	again, err := session.Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	m := openWith(t, storyLoad(envoyStory()), 120, 30, WithSession(again, ""))
	if m.claims.cur.claim != 1 || m.claims.cur.filter != filterUnmarked || m.claims.cur.pos() < 0 {
		t.Errorf("claim %d filter %s pos %d", m.claims.cur.claim, m.claims.cur.filter, m.claims.cur.pos())
	}
	if j := press(t, m, "j"); j.claims.cur.claim != 2 || j.claims.cur.shows(1) {
		t.Errorf("j: claim %d, visible %v", j.claims.cur.claim, j.claims.cur.visible)
	}
}
