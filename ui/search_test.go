package ui

import (
	"slices"
	"strings"
	"testing"
)

func TestIncrementalSearch(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 120, 30)
	m = press(t, m, "/")
	if m.mode != modeSearch {
		t.Fatalf("/: mode %s", m.mode)
	}
	m = typeText(t, m, "boe")
	if m.claims.cur.claim != 4 {
		t.Errorf("typing \"boe\": claim %d, want 4 (Boehler)", m.claims.cur.claim)
	}
	if s := lines(m)[28]; !strings.Contains(s, "/boe") || !strings.Contains(s, "1 of 1 match") {
		t.Errorf("status line while searching: %q", s)
	}
	none := typeText(t, m, "q")
	if none.mode != modeSearch || !strings.Contains(screen(none), `no claim mentions "boeq"`) {
		t.Errorf("q while typing should type, and nothing matches \"boeq\":\n%s", screen(none))
	}
	if back := press(t, none, "backspace"); back.claims.cur.claim != 4 {
		t.Errorf("backspace to \"boe\": claim %d", back.claims.cur.claim)
	}
	if cancel := press(t, m, "esc"); cancel.mode != modeClaims || cancel.claims.cur.claim != 0 || cancel.claims.search.query != "" {
		t.Errorf("esc while typing should return to where the search began: mode %s claim %d", cancel.mode, cancel.claims.cur.claim)
	}

	// Several matches: down/ctrl+n and up/ctrl+p step through them while
	// typing; after enter, n and N do.
	m = typeText(t, press(t, open(t, storyLoad(envoyStory()), 120, 30), "/"), "officials")
	if m.claims.cur.claim != 0 {
		t.Fatalf("\"officials\" is in claim 1: claim %d", m.claims.cur.claim)
	}
	steps := []struct {
		key   string
		claim int
	}{{"down", 2}, {"up", 0}, {"ctrl+n", 2}, {"ctrl+p", 0}}
	for _, st := range steps {
		if m = press(t, m, st.key); m.claims.cur.claim != st.claim {
			t.Errorf("%s while typing: claim %d, want %d", st.key, m.claims.cur.claim, st.claim)
		}
	}
	m = press(t, m, "enter")
	if m.mode != modeClaims || !m.claims.search.kept {
		t.Fatalf("enter should keep the search: mode %s", m.mode)
	}
	if n := press(t, m, "n"); n.claims.cur.claim != 2 {
		t.Errorf("n with a kept search: claim %d, want the next match 2", n.claims.cur.claim)
	}
	if n := press(t, m, "N"); n.claims.cur.claim != 2 {
		t.Errorf("N from the first match wraps to the last: claim %d", n.claims.cur.claim)
	}
	if !strings.Contains(lines(m)[28], "1 of 2 matches") {
		t.Errorf("status line with a kept search: %q", lines(m)[28])
	}
	cleared := press(t, m, "esc")
	if cleared.claims.search.query != "" || cleared.claims.search.kept {
		t.Errorf("esc should clear the kept search")
	}
	if n := press(t, cleared, "n"); n.claims.cur.claim != 3 {
		t.Errorf("n after clearing the search is next conflict again: claim %d, want 3", n.claims.cur.claim)
	}
}

func TestSearchMatchesIgnoreCaseAndTypography(t *testing.T) {
	text := "Hamas’s envoy met HAMAS officials — twice."
	var got []string
	for _, mk := range matchMarks(text, "hamas's") {
		got = append(got, text[mk.start:mk.end])
	}
	if !slices.Equal(got, []string{"Hamas’s"}) {
		t.Errorf("matches of \"hamas's\": %q", got)
	}
	got = got[:0]
	for _, mk := range matchMarks(text, "hamas") {
		got = append(got, text[mk.start:mk.end])
	}
	if !slices.Equal(got, []string{"Hamas", "HAMAS"}) {
		t.Errorf("matches of \"hamas\": %q", got)
	}
	if mk := matchMarks(text, "- twice"); len(mk) != 1 {
		t.Errorf("a plain dash should match an em dash: %v", mk)
	}
}

func TestSearchHonoursTheFilter(t *testing.T) {
	m := press(t, open(t, storyLoad(envoyStory()), 160, 30), "f", "/")
	m = typeText(t, m, "boehler")
	if !strings.Contains(screen(m), "1 in all claims") {
		t.Errorf("a match hidden by the filter should be pointed out:\n%s", screen(m))
	}
}

// filterStep is what a press of f should show: the filter, and the
// claims it keeps.
type filterStep struct {
	f       filter
	visible []int
}

// pressFilters presses f once for each step and checks the filter, the
// claims it keeps, and that the current claim is among them.
func pressFilters(t *testing.T, m Model, steps []filterStep) Model {
	t.Helper()
	for _, w := range steps {
		m = press(t, m, "f")
		if m.claims.cur.filter != w.f || !slices.Equal(m.claims.cur.visible, w.visible) {
			t.Errorf("f: filter %s visible %v, want %s %v", m.claims.cur.filter, m.claims.cur.visible, w.f, w.visible)
		}
		if m.claims.cur.pos() < 0 {
			t.Errorf("filter %s: the current claim %d is hidden", w.f, m.claims.cur.claim)
		}
	}
	return m
}

func TestFilterCycles(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 120, 30)
	m = pressFilters(t, m, []filterStep{
		{filterConflicts, []int{0, 3}},
		{filterShared, []int{0, 2, 3}},
		{filterSingle, []int{1, 4}},
		{filterAll, []int{0, 1, 2, 3, 4}},
	})
	// The current claim stays when the new filter keeps it, and moves to
	// the next kept one otherwise.
	m = press(t, m, "j", "j", "j") // claim 3, a conflict
	if c := press(t, m, "f").claims.cur.claim; c != 3 {
		t.Errorf("conflicts filter from claim 3: claim %d", c)
	}
	if c := press(t, m, "f", "f", "f").claims.cur.claim; c != 4 {
		t.Errorf("single filter from claim 3: claim %d, want 4", c)
	}
	if j := press(t, m, "f", "j"); j.claims.cur.claim != 3 {
		t.Errorf("j under the conflicts filter stops at the last conflict: %d", j.claims.cur.claim)
	}
	if k := press(t, m, "f", "k"); k.claims.cur.claim != 0 {
		t.Errorf("k under the conflicts filter skips to the previous conflict: %d", k.claims.cur.claim)
	}
}

func TestNextConflictWraps(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 120, 30)
	if c := press(t, m, "n").claims.cur.claim; c != 3 {
		t.Errorf("n from claim 0: %d, want 3", c)
	}
	wrapped := press(t, m, "n", "n")
	if wrapped.claims.cur.claim != 0 || !strings.Contains(screen(wrapped), "wrapped around") {
		t.Errorf("n past the last conflict should wrap and say so: claim %d\n%s", wrapped.claims.cur.claim, screen(wrapped))
	}
	if c := press(t, m, "N").claims.cur.claim; c != 3 {
		t.Errorf("N from claim 0 wraps to the last conflict: %d", c)
	}
	s := envoyStory()
	for i := range s.Claims {
		s.Claims[i].Differences = nil
	}
	s.FillSheet()
	none := press(t, open(t, storyLoad(s), 120, 30), "n")
	if none.claims.cur.claim != 0 || !strings.Contains(screen(none), "no claim with a disputed fact") {
		t.Errorf("n without conflicts should stay and say so:\n%s", screen(none))
	}
}
