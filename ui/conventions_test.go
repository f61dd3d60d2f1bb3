package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"crosscheck/ui/session"
)

// The reader's conventions, as users of less, man and glow expect them.

// z clears a verdict, says what it did and how to undo it, and z again
// puts the verdict back.
func TestClearVerdictCanBeUndone(t *testing.T) {
	m, s := marking(t)
	m = pressSave(t, m, "x")
	m = pressSave(t, m, "z")
	if mk, ok := savedMark(t, s, 0); ok && mk.Verdict != "" {
		t.Fatalf("after z: %+v", mk)
	}
	if st := screen(m); !strings.Contains(st, `c1: verdict "disputed" cleared · z again puts it back`) {
		t.Errorf("status does not say what z did:\n%s", st)
	}
	m = pressSave(t, m, "z")
	if mk, ok := savedMark(t, s, 0); !ok || mk.Verdict != session.Disputed {
		t.Errorf("z again: %+v %v, want disputed back", mk, ok)
	}
	if st := screen(m); !strings.Contains(st, "c1 disputed again: the clearing undone") {
		t.Errorf("status:\n%s", st)
	}
	// Once restored, z clears again; on another claim it does not bring
	// back the first claim's verdict.
	m = pressSave(t, m, "z")
	m = pressSave(t, m, "j", "z")
	if mk, ok := savedMark(t, s, 1); ok && mk.Verdict != "" {
		t.Errorf("z on an unmarked claim gave it %+v", mk)
	}
	// Space no longer clears a verdict.
	m = pressSave(t, press(t, m, "k"), "v")
	m = press(t, m, "space")
	if mk, _ := savedMark(t, s, 0); mk.Verdict != session.Verified || m.claims.marks[0].Verdict != session.Verified {
		t.Errorf("space changed the verdict: %+v", mk)
	}
}

// space pages down in the scrolling views, as pgdn does.
func TestSpacePagesDown(t *testing.T) {
	m := press(t, open(t, storyLoad(longStory()), 120, 20), "enter", "g")
	first, _, _ := m.page.position()
	m = press(t, m, "space")
	after, _, _ := m.page.position()
	if after <= first+10 {
		t.Errorf("space scrolled from line %d to %d", first, after)
	}
	help := press(t, m, "?", "space")
	if first, _, _ := help.page.position(); first == 1 {
		t.Errorf("space did not page the help")
	}
}

// / searches the article's text: typing finds and lights the line, enter
// keeps the search, n/N step through the matches, esc clears it before
// it goes back.
func TestSearchInArticle(t *testing.T) {
	m := press(t, open(t, storyLoad(longStory()), 120, 20), "enter", "g")
	m = typeText(t, press(t, m, "/"), "number 4")
	if !m.pageTyping || !strings.Contains(screen(m), "/number 4") {
		t.Fatalf("not typing a search:\n%s", screen(m))
	}
	// "Filler paragraph number 4." and 40–49: eleven lines.
	if got := m.page.searchInfo(); got != "1 of 11 lines" {
		t.Errorf("search info %q", got)
	}
	lit := m.page.litLine()
	if !strings.Contains(m.page.lines[lit], "number 4.") || !strings.Contains(screen(m), "Filler paragraph number 4.") {
		t.Errorf("lit line %d: %q\n%s", lit, m.page.lines[lit], screen(m))
	}
	m = press(t, m, "enter", "n", "n")
	if m.pageTyping || m.page.searchInfo() != "3 of 11 lines" || !strings.Contains(screen(m), "number 41.") {
		t.Errorf("after enter n n: %q\n%s", m.page.searchInfo(), screen(m))
	}
	if !strings.Contains(screen(m), "/number 4  3 of 11 lines · n/N next/previous · esc clears") {
		t.Errorf("status:\n%s", screen(m))
	}
	m = press(t, m, "N", "N", "N")
	if m.page.searchInfo() != "11 of 11 lines" {
		t.Errorf("N wraps: %q", m.page.searchInfo())
	}
	m = press(t, m, "esc")
	if m.mode != modeArticle || m.page.search.query != "" {
		t.Errorf("esc: mode %s, query %q", m.mode, m.page.search.query)
	}
	if m = press(t, m, "esc"); m.mode != modeClaims {
		t.Errorf("esc without a search: mode %s", m.mode)
	}
	// A search with no match says so; esc while typing cancels it.
	m = typeText(t, press(t, m, "enter", "/"), "zebra")
	if !strings.Contains(screen(m), `no line holds "zebra"`) {
		t.Errorf("no match:\n%s", screen(m))
	}
	if m = press(t, m, "esc"); m.pageTyping || m.page.search.query != "" || m.mode != modeArticle {
		t.Errorf("esc while typing: typing %v query %q mode %s", m.pageTyping, m.page.search.query, m.mode)
	}
}

// At 80×24 and narrower, the footer keeps "? help" and "q quit" and
// leaves out what does not fit.
func TestFooterKeepsHelpAndQuit(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}, {40, 12}} {
		m, _ := marking(t)
		m = send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, view := range []Model{m, press(t, m, "enter"), press(t, m, "r")} {
			ls := lines(view)
			footer := ls[len(ls)-1]
			if !strings.Contains(footer, "? help") || !strings.Contains(footer, "q quit") || strings.Contains(footer, "…") {
				t.Errorf("%dx%d %s: footer %q", size[0], size[1], view.mode, footer)
			}
		}
	}
}
