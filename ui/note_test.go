package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

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
