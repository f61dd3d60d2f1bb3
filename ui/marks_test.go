package ui

import (
	"path/filepath"
	"testing"

	"crosscheck/ui/session"
)

// newSession returns an empty session kept in a temporary folder.
func newSession(t testing.TB) *session.Session {
	t.Helper()
	s, err := session.Open(filepath.Join(t.TempDir(), "session.json"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// marking returns a reader of envoyStory at 120×30 keeping its marks in
// a new session.
func marking(t testing.TB) (Model, *session.Session) {
	t.Helper()
	s := newSession(t)
	return openWith(t, storyLoad(envoyStory()), 120, 30, WithSession(s, "")), s
}

// pressSave presses keys; the last must save the session: its command is
// run and the result delivered to the reader, as the program would.
func pressSave(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	m = press(t, m, keys[:len(keys)-1]...)
	last := keys[len(keys)-1]
	next, cmd := m.Update(keyPress(last))
	if cmd == nil {
		t.Fatalf("%q: no command, want a save", last)
	}
	msg, ok := cmd().(sessionSavedMsg)
	if !ok {
		t.Fatalf("%q: the command does not save the session", last)
	}
	return send(next.(Model), msg)
}

// savedMark reads s's file afresh and returns the mark on claim i of
// envoyStory, as the next run would see it.
func savedMark(t testing.TB, s *session.Session, i int) (session.Mark, bool) {
	t.Helper()
	again, err := session.Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	again.Attach(envoyStory())
	return again.Mark(i)
}
