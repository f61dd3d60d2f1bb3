package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

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

// header is the first line of m's screen.
func header(m Model) string { return lines(m)[0] }

// status is the status line of m's screen, above the footer.
func status(m Model) string {
	l := lines(m)
	return l[len(l)-2]
}

func TestMarksShowInHeaderStripAndUnderTheLegend(t *testing.T) {
	m, _ := marking(t)
	m = press(t, m, "v", "j", "x", "j", "u", "j", "a")
	m = typeText(t, m, "Two officials, two numbers.")
	m = press(t, m, "esc")
	if h := header(m); !strings.HasSuffix(h, "· ✓1 ✗1 ?1 ✎1") {
		t.Errorf("header %q, want the counts ✓1 ✗1 ?1 ✎1", h)
	}
	// Claims 0 and 3 hold conflicts (≠): a mark shows instead.
	if got := string([]rune(lines(m)[1])[:5]); got != "✓✗?✎▂" {
		t.Errorf("strip %q, want ✓✗?✎▂", got)
	}
	if !strings.Contains(m.View().Content, m.sh.styles.CellCurrent.Render("✎")) {
		t.Errorf("the current claim's mark should be drawn as current")
	}
	// Under the legend: the verdict and the note of the current claim.
	last := func(m Model, want ...string) {
		t.Helper()
		s := screen(m)
		for _, w := range want {
			if !strings.Contains(s, w) {
				t.Errorf("no %q on the screen:\n%s", w, s)
			}
		}
	}
	last(m, "✎ Two officials, two numbers.")
	last(press(t, m, "k"), " ? unsure ", "a adds a note")
	if s := screen(press(t, m, "k", "k", "k")); !strings.Contains(s, " ✓ verified ") || strings.Index(s, "✓ verified") < strings.Index(s, "⚠ date") {
		t.Errorf("the verdict should show under the legend:\n%s", s)
	}
	// The header keeps the counts in its short form too.
	narrow := send(m, tea.WindowSizeMsg{Width: 40, Height: 12})
	if h := header(narrow); !strings.Contains(h, "✓1 ✗1 ?1 ✎1") || !strings.Contains(h, "4/5") {
		t.Errorf("narrow header %q", h)
	}
	checkFits(t, narrow, 40, 12)
	if s := screen(narrow); !strings.Contains(s, "✎ Two officials") {
		t.Errorf("the note should show at 40×12 too:\n%s", s)
	}
}

func TestALongNoteIsCutAndSaysSo(t *testing.T) {
	m, _ := marking(t)
	m = send(press(t, m, "a"), tea.PasteMsg{Content: strings.Repeat("The mayor's office gave a third figure. ", 20)})
	m = press(t, m, "enter")
	m = typeText(t, m, "Second paragraph.")
	m = press(t, m, "esc")
	s := screen(m)
	if !strings.Contains(s, "… (a shows it all)") {
		t.Errorf("a long note should be cut with a pointer to a:\n%s", s)
	}
	checkFits(t, m, 120, 30)
	// Opening it again shows all of it, line breaks included.
	e := press(t, m, "a")
	if v := e.editor.value(); !strings.HasSuffix(v, "\nSecond paragraph.") || !strings.HasPrefix(v, "The mayor's office") {
		t.Errorf("editor holds %q", v)
	}
}

func TestNoteEditor(t *testing.T) {
	m, s := marking(t)
	m = press(t, m, "j", "j", "a")
	if m.mode != modeNote {
		t.Fatalf("a opens %s", m.mode)
	}
	// q, ?, v, j and f type into the note; they do not act.
	m = typeText(t, m, "q? vjf")
	if m.mode != modeNote || m.claims.cur.claim != 2 || m.editor.value() != "q? vjf" {
		t.Fatalf("typing: mode %s claim %d value %q", m.mode, m.claims.cur.claim, m.editor.value())
	}
	// The claim stays in view above the editor, and everything fits.
	checkFits(t, m, 120, 30)
	sc := screen(m)
	if !strings.Contains(sc, "Officials expect a hearing") || !strings.Contains(sc, "✎ Note on c3") || !strings.Contains(sc, "esc save") {
		t.Errorf("note editor screen:\n%s", sc)
	}
	// The editor follows the window, down to the smallest size drawn.
	for _, size := range [][2]int{{40, 12}, {20, 6}, {200, 50}} {
		r := send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		checkFits(t, r, size[0], size[1])
		if size[1] > 6 && !strings.Contains(screen(r), "q? vjf") {
			t.Errorf("%v: the note is not on screen:\n%s", size, screen(r))
		}
	}
	// esc saves, on the claim the editor was opened on.
	saved := pressSave(t, m, "esc")
	if mk, ok := savedMark(t, s, 2); !ok || mk.Note != "q? vjf" || mk.Verdict != "" {
		t.Errorf("saved %+v %v", mk, ok)
	}
	if !strings.Contains(status(saved), "note on c3 saved") || saved.counts.NoteOnly != 1 {
		t.Errorf("status %q counts %+v", status(saved), saved.counts)
	}
	// ctrl+x discards the changes: the saved note stays as it was.
	discarded := press(t, typeText(t, press(t, saved, "a"), " more"), "ctrl+x")
	if mk, _ := s.Mark(2); mk.Note != "q? vjf" || discarded.mode != modeClaims {
		t.Errorf("after ctrl+x the note is %q, mode %s", mk.Note, discarded.mode)
	}
	if !strings.Contains(status(discarded), "discarded") {
		t.Errorf("status %q", status(discarded))
	}
	// Emptying the note removes it, and the mark with it.
	e := press(t, discarded, "a")
	for range len("q? vjf") {
		e = press(t, e, "backspace")
	}
	removed := pressSave(t, e, "esc")
	if _, ok := savedMark(t, s, 2); ok || !strings.Contains(status(removed), "removed") || removed.counts.Marked() != 0 {
		t.Errorf("an emptied note should remove the mark; status %q", status(removed))
	}
}

func TestPastingIntoANote(t *testing.T) {
	m, _ := marking(t)
	m = typeText(t, press(t, m, "a"), "see")
	if p := send(m, tea.PasteMsg{Content: " https://example.org/notice"}); p.editor.value() != "see https://example.org/notice" {
		t.Errorf("after a paste: %q", p.editor.value())
	}
}

func TestQuittingWhileWritingANoteKeepsIt(t *testing.T) {
	m, s := marking(t)
	m = typeText(t, press(t, m, "a"), "half a thought")
	next, cmd := m.Update(keyPress("ctrl+c"))
	if cmd == nil {
		t.Fatal("ctrl+c: no command")
	}
	msg, ok := cmd().(sessionSavedMsg)
	if !ok || !msg.quit {
		t.Fatalf("ctrl+c while writing should save, then quit: %#v", msg)
	}
	_, cmd = next.Update(msg)
	if cmd == nil {
		t.Fatal("no quit after the save")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("the reader did not quit once saved")
	}
	if mk, ok := savedMark(t, s, 0); !ok || mk.Note != "half a thought" {
		t.Errorf("saved %+v %v", mk, ok)
	}
}

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

func TestFilterMarkedAndUnmarked(t *testing.T) {
	m, _ := marking(t)
	m = press(t, m, "j", "v", "j", "j", "a")
	m = typeText(t, m, "note only")
	m = press(t, m, "esc") // claims 1 and 3 marked
	want := []struct {
		f       filter
		visible []int
	}{
		{filterConflicts, []int{0, 3}},
		{filterShared, []int{0, 2, 3}},
		{filterSingle, []int{1, 4}},
		{filterMarked, []int{1, 3}},
		{filterUnmarked, []int{0, 2, 4}},
		{filterAll, []int{0, 1, 2, 3, 4}},
	}
	for _, w := range want {
		m = press(t, m, "f")
		if m.claims.cur.filter != w.f || !slices.Equal(m.claims.cur.visible, w.visible) {
			t.Errorf("f: filter %s visible %v, want %s %v", m.claims.cur.filter, m.claims.cur.visible, w.f, w.visible)
		}
	}
	m = press(t, m, "g")
	marked := press(t, m, "f", "f", "f", "f")
	if !strings.Contains(header(marked), "marked claims") || !strings.Contains(header(marked), "claim 1/2") {
		t.Errorf("header %q", header(marked))
	}
	if got := string([]rune(lines(marked)[1])[:5]); got != "·✓·✎·" {
		t.Errorf("strip under the marked filter %q", got)
	}
	// Marking a claim under the unmarked filter keeps it on screen until
	// the cursor leaves it, so that a note typed next goes on it.
	unmarked := press(t, m, "f", "f", "f", "f", "f") // claim 2
	x := press(t, unmarked, "x")
	if x.claims.cur.claim != 2 || x.claims.cur.pos() < 0 || !strings.Contains(status(x), "hides it once you move on") {
		t.Fatalf("x under unmarked: claim %d pos %d status %q", x.claims.cur.claim, x.claims.cur.pos(), status(x))
	}
	noted := press(t, typeText(t, press(t, x, "a"), "why"), "esc")
	if mk := noted.claims.marks[2]; mk.Note != "why" || mk.Verdict != "disputed" {
		t.Errorf("the note went elsewhere: %+v", noted.claims.marks)
	}
	if gone := press(t, noted, "j"); gone.claims.cur.claim != 4 || !slices.Equal(gone.claims.cur.visible, []int{0, 4}) {
		t.Errorf("after j: claim %d visible %v, want 4 and [0 4]", gone.claims.cur.claim, gone.claims.cur.visible)
	}
	if back := press(t, noted, "k"); back.claims.cur.claim != 0 || !slices.Equal(back.claims.cur.visible, []int{0, 4}) {
		t.Errorf("after k: claim %d visible %v", back.claims.cur.claim, back.claims.cur.visible)
	}
	// Clearing the last mark under the marked filter: the claim stays
	// until left, then the filter keeps none.
	fresh, _ := marking(t)
	one := press(t, fresh, "v", "f", "f", "f", "f")
	cleared := press(t, one, "z")
	if cleared.claims.cur.pos() < 0 || cleared.claims.cur.claim != 0 {
		t.Errorf("cleared claim left the screen at once")
	}
	if s := screen(press(t, cleared, "j")); !strings.Contains(s, "1/1") {
		t.Errorf("j on the last pinned claim stays on it:\n%s", s)
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

func TestReadOnlySessionRefusesMarks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "session.json")
	junk := []byte("{not a session")
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := session.Open(path); err == nil {
		t.Fatal("the junk opened")
	}
	notice := "read-only session, marks will not be saved: session file " + path + " is not usable\nThe file was left untouched. Run with --new-session to start a new session."
	m := openWith(t, storyLoad(envoyStory()), 160, 30, WithSession(session.ReadOnly(path), notice))
	if st := status(m); !strings.HasPrefix(st, "⚠ read-only session, marks will not be saved: session file") || !strings.HasSuffix(st, "(? shows all)") {
		t.Errorf("status %q, want the notice", st)
	}
	if h := header(m); !strings.HasSuffix(h, "· read-only") {
		t.Errorf("header %q", h)
	}
	for _, k := range []string{"v", "x", "u", "z", "a"} {
		got := press(t, m, k)
		if got.mode != modeClaims || len(got.claims.marks) != 0 || !strings.Contains(status(got), "the session is read-only") {
			t.Errorf("%q on a read-only session: mode %s, marks %v, status %q", k, got.mode, got.claims.marks, status(got))
		}
	}
	// The notice stays: moving on does not make the session writable.
	if st := status(press(t, m, "j", "j")); !strings.Contains(st, "read-only") {
		t.Errorf("status after moving %q", st)
	}
	// The help tells it all.
	if h := screen(press(t, m, "?")); !strings.Contains(h, "Run with --new-session") || strings.Contains(h, "Writing a note") {
		t.Errorf("help:\n%s", h)
	}
	// Quitting quits at once and never writes the file.
	_, cmd := press(t, m, "j").Update(keyPress("q"))
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q should quit at once")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, junk) {
		t.Errorf("the session file was changed: %q", got)
	}
}

func TestSessionNoticeShowsUntilTheFirstKey(t *testing.T) {
	s := newSession(t)
	notice := "started a new session; the previous session file was moved to " + s.Path() + ".old-20260101T000000Z"
	m := openWith(t, storyLoad(envoyStory()), 200, 30, WithSession(s, notice))
	if st := status(m); st != "⚠ "+notice {
		t.Errorf("status %q", st)
	}
	if st := status(press(t, m, "j")); strings.Contains(st, "started a new session") {
		t.Errorf("the notice should go with the first key: %q", st)
	}
	if h := screen(press(t, m, "?")); !strings.Contains(h, "Marks and the reading position are saved in") {
		t.Errorf("help:\n%s", h)
	}
}

func TestOrphanedMarksAreMentioned(t *testing.T) {
	// A mark on a claim of another story has no claim here.
	s := newSession(t)
	other := envoyStory()
	other.Documents[1].Passages[2].Text = "Nothing of the kind was said."
	s.Attach(other)
	if err := s.SetVerdict(1, session.Disputed); err != nil {
		t.Fatal(err)
	}
	m := openWith(t, storyLoad(envoyStory()), 200, 30, WithSession(s, ""))
	if st := status(m); !strings.Contains(st, "1 mark of this session match no claim") || !strings.Contains(st, "crosscheck report") {
		t.Errorf("status %q", st)
	}
	if m.counts.Orphans != 1 || len(m.claims.marks) != 0 {
		t.Errorf("counts %+v marks %v", m.counts, m.claims.marks)
	}
}
