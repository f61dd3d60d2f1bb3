package ui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"reflect"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
	"crosscheck/corpus"
)

func TestReaderShowsEveryOutletSideBySide(t *testing.T) {
	m := open(t, sampleLoad, 160, 45)
	s := screen(m)
	for _, d := range m.sh.story.Documents {
		if !strings.Contains(s, d.Outlet) {
			t.Errorf("160×45 screen lacks outlet %q:\n%s", d.Outlet, s)
		}
	}
	if !strings.Contains(s, fmt.Sprintf("claim 1/%d", len(m.sh.story.Claims))) {
		t.Errorf("header lacks the claim counter:\n%s", s)
	}
	checkFits(t, m, 160, 45)
}

// checkFits fails when m's screen is not exactly h lines of at most w
// cells.
func checkFits(t *testing.T, m Model, w, h int) {
	t.Helper()
	ls := lines(m)
	if len(ls) != h {
		t.Errorf("%d×%d, mode %s: %d lines, want %d", w, h, m.mode, len(ls), h)
	}
	for i, l := range ls {
		if m.sh.ms.width(l) > w {
			t.Errorf("%d×%d, mode %s: line %d is %d cells wide: %q", w, h, m.mode, i, m.sh.ms.width(l), l)
		}
	}
}

func TestHeaderTellsWhereTheReaderStands(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 120, 30)
	head := lines(m)[0]
	for _, want := range []string{"Envoys meet negotiators", "4 outlets", "claim 1/5", "2 disputed facts", "all claims"} {
		if !strings.Contains(head, want) {
			t.Errorf("header %q lacks %q", head, want)
		}
	}
	head = lines(press(t, m, "f"))[0]
	if !strings.Contains(head, "claim 1/2") || !strings.Contains(head, "disputed facts only") {
		t.Errorf("header under the disputed filter: %q", head)
	}
	if head := lines(opened(t, storyLoad(envoyStory()), 120, 30))[0]; !strings.Contains(head, "4 outlets · disputed fact 1/2") {
		t.Errorf("header of the disputed facts %q lacks which fact of how many", head)
	}
	narrow := open(t, storyLoad(envoyStory()), 40, 12)
	if head := lines(narrow)[0]; !strings.Contains(head, "1/5 · 2≠ · all") {
		t.Errorf("40-cell header %q lacks the short counter", head)
	}
}

func TestColumnsShowWhoDoesNotReport(t *testing.T) {
	m := press(t, open(t, storyLoad(envoyStory()), 120, 30), "j")
	s := screen(m)
	if n := strings.Count(s, notReported); n != 3 {
		t.Errorf("claim 2 is reported by one of four outlets; %d %q marks:\n%s", n, notReported, s)
	}
	if !strings.Contains(s, "Mediators from Qatar") {
		t.Errorf("claim 2's passage missing:\n%s", s)
	}
	if !strings.Contains(s, "undated") {
		t.Errorf("Outlet D has no date and should say so:\n%s", s)
	}
}

// TestLegendTellsEachFactOnce: the date compared pairwise three times
// is one row with each reading once and who gives it; the compatible
// place is folded into one line until = shows it, and the agreement
// written two ways likewise.
func TestLegendTellsEachFactOnce(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 160, 40)
	s := screen(m)
	conflict := "⚠ date: October 9 (Times of Israel, Outlet B, Outlet D) · October 8 (Outlet C)"
	folded := "+ 1 fact the outlets agree on or give compatibly (= shows)"
	for _, want := range []string{conflict, folded} {
		if !strings.Contains(s, want) {
			t.Errorf("legend lacks %q:\n%s", want, s)
		}
	}
	if n := strings.Count(s, "⚠ date"); n != 1 {
		t.Errorf("three pairwise date differences should make one legend line, got %d", n)
	}
	if strings.Contains(s, "◇ place") {
		t.Error("the compatible place shows before = unfolds it")
	}
	shown := press(t, m, "=")
	refine := "◇ place: Sharm el-Sheikh (Times of Israel) · Egypt (Outlet C)"
	if s := screen(shown); !strings.Contains(s, refine) || strings.Index(s, conflict) > strings.Index(s, refine) {
		t.Errorf("= should show %q after the disputed date:\n%s", refine, s)
	}
	if s := screen(press(t, shown, "j", "j")); !strings.Contains(s, "= date: Oct. 19 = October 19 (Times of Israel, Outlet C)") {
		t.Errorf("legend lacks the agreement written two ways:\n%s", s)
	}
	if s := screen(press(t, shown, "=")); strings.Contains(s, "◇ place") || !strings.Contains(s, folded) {
		t.Errorf("= again should fold the place:\n%s", s)
	}
}

// TestEveryLegendRowCanBeReached: a claim with more disputed facts than
// its legend's share of the screen keeps what fits under the claim, says
// how many follow, and pgdn reaches every one, at 80×24 as on a larger
// screen.
func TestEveryLegendRowCanBeReached(t *testing.T) {
	s := envoyStory()
	c := &s.Claims[0]
	words := []string{"met", "Hamas", "negotiators", "Sharm", "el-Sheikh", "October", "officials", "said", "9"}
	for i, w := range words {
		c.Differences = append(c.Differences, align.Difference{Kind: align.KindNumber, Status: align.Conflict, Role: fmt.Sprintf("slot %d", i),
			Values: []align.Value{value(s, c.Members[0], w, fmt.Sprint(i)), value(s, c.Members[1], w, fmt.Sprint(i+100))}})
	}
	s.FillSheet()
	for _, size := range [][2]int{{80, 24}, {100, 24}, {40, 12}} {
		m := open(t, storyLoad(s), size[0], size[1])
		if !strings.Contains(screen(m), "below the claim (pgdn)") && !strings.Contains(screen(m), "more (pgdn)") {
			t.Errorf("%v: a long legend should say how many rows follow the claim:\n%s", size, screen(m))
		}
		seen := map[string]bool{}
		for range 40 {
			checkFits(t, m, size[0], size[1])
			for i := range words {
				if strings.Contains(screen(m), fmt.Sprintf("slot %d:", i)) {
					seen[fmt.Sprint(i)] = true
				}
			}
			m = press(t, m, "pgdown")
		}
		if len(seen) != len(words) {
			t.Errorf("%v: pgdn reached %d of the %d legend rows", size, len(seen), len(words))
		}
	}
}

func TestWordDiffAgainstTheFocusedOutlet(t *testing.T) {
	s := envoyStory()
	c := &s.Claims[0]
	text := func(d int) string { return s.Passage(c.Members[d]).Text }
	lit := func(v claimView, d int, tn tone) []string {
		var out []string
		for _, mk := range v.marks(c, c.Members[d], text(d)) {
			if mk.tone == tn {
				out = append(out, text(d)[mk.start:mk.end])
			}
		}
		return out
	}
	v := claimView{shared: shared{story: s}, focus: 0}
	// Outlet C against Times of Israel: "Egypt", "October 8" and "according
	// to" differ; "negotiators" does not.
	got := lit(v, 2, toneChanged)
	if !strings.Contains(strings.Join(got, " "), "according") || slices.Contains(got, "negotiators") {
		t.Errorf("changed words of Outlet C against Times of Israel: %q", got)
	}
	if got := lit(v, 2, toneConflict); !slices.Equal(got, []string{"October 8"}) {
		t.Errorf("conflicting value of Outlet C: %q", got)
	}
	if got := lit(v, 2, toneRefine); !slices.Equal(got, []string{"Egypt"}) {
		t.Errorf("refined value of Outlet C: %q", got)
	}
	if got := lit(v, 0, toneChanged); len(got) != 0 {
		t.Errorf("the focused outlet is the reference and has no changed words: %q", got)
	}
	v.focus = 2
	if got := lit(v, 0, toneChanged); !slices.Contains(got, "Sharm el-Sheikh") {
		t.Errorf("with Outlet C focused, Times of Israel's differing words: %q", got)
	}
}

func TestHighlightsUseReverseOrBoldNeverUnderline(t *testing.T) {
	for _, dark := range []bool{true, false} {
		st := DefaultStyles(dark)
		v := reflect.ValueOf(st)
		for i := range v.NumField() {
			s := v.Field(i).Interface().(lipgloss.Style)
			if s.GetUnderline() || s.GetStrikethrough() {
				t.Errorf("style %s uses underline or strikethrough", v.Type().Field(i).Name)
			}
		}
		for name, s := range map[string]lipgloss.Style{"Changed": st.Changed, "Match": st.Match, "ConflictValue": st.ConflictValue, "CellCurrent": st.CellCurrent, "FocusedOutlet": st.FocusedOutlet} {
			if !s.GetReverse() {
				t.Errorf("%s must be reverse video, to show without colour", name)
			}
		}
	}
}

// TestUsableWithColourOff renders the screen as the terminal shows it
// under NO_COLOR: no colour at all, and the meaning still there in marks
// and reverse video.
func TestUsableWithColourOff(t *testing.T) {
	m := press(t, open(t, storyLoad(envoyStory()), 160, 40), "=")
	var b strings.Builder
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ASCII}
	if _, err := w.WriteString(m.View().Content); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, colour := range []string{"[38;", "[48;", ";38;", ";48;"} {
		if strings.Contains(out, colour) {
			t.Fatalf("colour sequence %q left with colour off", colour)
		}
	}
	if !strings.Contains(out, "\x1b[7m") && !strings.Contains(out, ";7m") && !strings.Contains(out, ";7;") && !strings.Contains(out, "[7;") {
		t.Errorf("no reverse video with colour off: highlights would vanish")
	}
	plain := ansi.Strip(out)
	for _, mark := range []string{"⚠ date", "≠", "┏", "◇ place"} {
		if !strings.Contains(plain, mark) {
			t.Errorf("with colour off the screen lacks the mark %q", mark)
		}
	}
}

func TestColoursFollowTheBackground(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 120, 30)
	dark := m.View().Content
	light := send(m, tea.BackgroundColorMsg{Color: color.White})
	if light.isDark {
		t.Fatal("a white background should switch to the light theme")
	}
	if light.View().Content == dark {
		t.Errorf("the light theme draws the same as the dark one")
	}
	if got, want := light.sh.styles.Passage.GetForeground(), DefaultTheme(false).Text; got != want {
		t.Errorf("light passage colour %v, want %v", got, want)
	}
	if ansi.Strip(light.View().Content) != ansi.Strip(dark) {
		t.Errorf("the theme changed the text, not only its colours")
	}
}

func TestPagingOutletsThatDoNotFit(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 80, 30)
	s := screen(m)
	if !strings.Contains(s, "(l) 2 more ▸") || strings.Contains(s, "◂") {
		t.Errorf("80 cells hold two of four outlets; want a right pager only:\n%s", s)
	}
	if !strings.Contains(s, "┃ Times of Israel") || strings.Contains(s, "│ Outlet C") {
		t.Errorf("first page should show the first outlets only:\n%s", s)
	}
	m = press(t, m, "l", "l")
	s = screen(m)
	if !strings.Contains(s, "◂ 1 more (h)") || !strings.Contains(s, "(l) 1 more ▸") || !strings.Contains(s, "┃ Outlet C") {
		t.Errorf("focus on the third outlet should page to it:\n%s", s)
	}
	checkFits(t, m, 80, 30)
}

func TestStackedOnANarrowTerminal(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 40, 30)
	s := screen(m)
	if strings.ContainsAny(s, "╭┏") {
		t.Errorf("40 cells should stack, not draw columns:\n%s", s)
	}
	for _, d := range envoyStory().Documents {
		if !strings.Contains(s, d.Outlet) {
			t.Errorf("stacked view lacks %q:\n%s", d.Outlet, s)
		}
	}
	if !strings.Contains(s, "▸ Times of Israel") {
		t.Errorf("the focused outlet should be marked:\n%s", s)
	}
	checkFits(t, m, 40, 30)
}

func TestScrollingATallClaim(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 40, 12)
	if !strings.Contains(screen(m), "more lines (pgdn)") {
		t.Fatalf("a claim taller than 40×12 should say there is more:\n%s", screen(m))
	}
	down := press(t, m, "pgdown")
	if down.claims.scroll == 0 {
		t.Fatalf("pgdown did not scroll")
	}
	if up := press(t, down, "pgup"); up.claims.scroll != 0 {
		t.Errorf("pgup did not scroll back: %d", up.claims.scroll)
	}
	bottom := press(t, m, "pgdown", "pgdown", "pgdown", "pgdown", "pgdown")
	if !strings.Contains(screen(bottom), "end of claim") {
		t.Errorf("scrolled to the end, the indicator should say so:\n%s", screen(bottom))
	}
	if bottom.claims.cur.claim != 0 {
		t.Errorf("pgdown moved to another claim")
	}
}

func TestArticleViewShowsThePassageInContext(t *testing.T) {
	m := press(t, open(t, storyLoad(envoyStory()), 100, 30), "j", "j", "enter")
	if m.mode != modeArticle {
		t.Fatalf("enter: mode %s, want article", m.mode)
	}
	s := screen(m)
	var lit []string
	for _, l := range lines(m) {
		if strings.HasPrefix(l, gutter) {
			lit = append(lit, strings.TrimPrefix(l, gutter))
		}
	}
	if len(lit) == 0 || !strings.Contains(strings.Join(lit, " "), "A hearing is set for Oct. 19") {
		t.Errorf("the claim's passage should be marked in the gutter; marked lines %q:\n%s", lit, s)
	}
	for _, l := range lit {
		if strings.Contains(l, "At least 14 people") || strings.Contains(l, "Boehler") {
			t.Errorf("a neighbouring passage is marked too: %q", l)
		}
	}
	for _, want := range []string{"The envoys met Hamas negotiators", "At least 14 people", "Times of Israel · 2025-10-09"} {
		if !strings.Contains(s, want) {
			t.Errorf("article view lacks %q:\n%s", want, s)
		}
	}
	if back := press(t, m, "esc"); back.mode != modeClaims || back.claims.cur.claim != 2 {
		t.Errorf("esc: mode %s claim %d, want claims at claim 2", back.mode, back.claims.cur.claim)
	}
	// l opens the next outlet's article at the same claim.
	next := press(t, m, "l")
	if next.pageDoc != 1 || next.claims.view.focus != 1 || !strings.Contains(screen(next), "does not report this claim") {
		t.Errorf("l in the article: outlet %d, focus %d:\n%s", next.pageDoc, next.claims.view.focus, screen(next))
	}
	// enter with the focus on an outlet that does not report the claim
	// opens the next outlet that does.
	other := press(t, open(t, storyLoad(envoyStory()), 100, 30), "j", "j", "l", "enter")
	if other.pageDoc != 2 || other.claims.view.focus != 2 || !strings.Contains(screen(other), "Outlet B does not report this claim; Outlet C") {
		t.Errorf("enter on an outlet without the claim: article of %d, focus %d:\n%s", other.pageDoc, other.claims.view.focus, screen(other))
	}
}

func TestArticleScrollsToThePassage(t *testing.T) {
	s := envoyStory()
	d := &s.Documents[0]
	for i := range 40 {
		d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("d1.%d", 5+i), Paragraph: 10 + i, Text: fmt.Sprintf("Filler paragraph number %d.", i)})
	}
	s.Claims = append(s.Claims, align.Claim{ID: "c6", Members: []align.Ref{{Doc: 0, Passage: 30}}})
	m := press(t, open(t, storyLoad(s), 100, 24), "G", "enter")
	ls := lines(m)
	at := slices.IndexFunc(ls, func(l string) bool { return strings.HasPrefix(l, gutter) })
	if at < 3 || at > 15 {
		t.Errorf("the passage should sit near the top third, with neighbours above it; it is on line %d:\n%s", at, screen(m))
	}
	if !strings.Contains(screen(m), "Filler paragraph number 25.") {
		t.Errorf("the paragraph before the passage should be in view:\n%s", screen(m))
	}
}

func TestRemovedViewGivesReasons(t *testing.T) {
	m := press(t, open(t, storyLoad(envoyStory()), 100, 30), "l", "l", "r")
	if m.mode != modeRemoved {
		t.Fatalf("r: mode %s", m.mode)
	}
	s := screen(m)
	for _, want := range []string{"Outlet C: 3 lines set aside", "▸ newsletter prompt", "Sign up for our daily briefing.", "▸ copyright", "no date line found"} {
		if !strings.Contains(s, want) {
			t.Errorf("boilerplate view lacks %q:\n%s", want, s)
		}
	}
	if s := screen(press(t, m, "h")); !strings.Contains(s, "Outlet B: 0 lines") || !strings.Contains(s, "Nothing was removed") {
		t.Errorf("h should show the previous outlet's boilerplate:\n%s", s)
	}
	if back := press(t, m, "esc"); back.mode != modeClaims {
		t.Errorf("esc: mode %s", back.mode)
	}
}

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

func TestFilterCycles(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 120, 30)
	want := []struct {
		f       filter
		visible []int
	}{
		{filterConflicts, []int{0, 3}},
		{filterShared, []int{0, 2, 3}},
		{filterSingle, []int{1, 4}},
		{filterAll, []int{0, 1, 2, 3, 4}},
	}
	for _, w := range want {
		m = press(t, m, "f")
		if m.claims.cur.filter != w.f || !slices.Equal(m.claims.cur.visible, w.visible) {
			t.Errorf("f: filter %s visible %v, want %s %v", m.claims.cur.filter, m.claims.cur.visible, w.f, w.visible)
		}
		if m.claims.cur.pos() < 0 {
			t.Errorf("filter %s: the current claim %d is hidden", w.f, m.claims.cur.claim)
		}
	}
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

func TestOverviewStrip(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 80, 30)
	if got := string([]rune(lines(m)[1])[:5]); got != "≠▂▄≠▂" {
		t.Errorf("strip %q, want ≠▂▄≠▂ (conflict, one outlet, two outlets, conflict, one outlet)", got)
	}
	if got := string([]rune(lines(press(t, m, "f"))[1])[:5]); got != "≠··≠·" {
		t.Errorf("strip under the conflicts filter %q", got)
	}
	if !strings.Contains(m.View().Content, m.sh.styles.CellCurrent.Render("≠")) {
		t.Errorf("the current claim's cell should be drawn as current")
	}
	click := send(m, tea.MouseClickMsg{X: 3, Y: 1, Button: tea.MouseLeft})
	if click.claims.cur.claim != 3 {
		t.Errorf("click on the fourth cell: claim %d", click.claims.cur.claim)
	}
	// More claims than cells: each cell stands for a run of claims.
	s := envoyStory()
	for range 60 {
		s.Claims = append(s.Claims, s.Claims[1])
	}
	wide := open(t, storyLoad(s), 40, 12)
	if got := lines(wide)[1]; len([]rune(got)) != 40 || strings.Contains(got, " ") {
		t.Errorf("strip of 65 claims at 40 cells: %q", got)
	}
}

func TestMouse(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 120, 30)
	// Claim 1 fits the screen: the wheel moves on to the next claim.
	if c := send(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown}).claims.cur.claim; c != 1 {
		t.Errorf("wheel down: claim %d", c)
	}
	if c := send(press(t, m, "j"), tea.MouseWheelMsg{Button: tea.MouseWheelUp}).claims.cur.claim; c != 0 {
		t.Errorf("wheel up: claim %d", c)
	}
	// Four columns of 30 cells; the third starts at x=60. The columns
	// start on screen line 2, below the header and the strip.
	if f := send(m, tea.MouseClickMsg{X: 65, Y: 6, Button: tea.MouseLeft}).claims.view.focus; f != 2 {
		t.Errorf("click in the third column: focus %d", f)
	}
	// In a tall stacked claim the wheel scrolls first.
	narrow := open(t, storyLoad(envoyStory()), 40, 12)
	if s := send(narrow, tea.MouseWheelMsg{Button: tea.MouseWheelDown}); s.claims.scroll == 0 || s.claims.cur.claim != 0 {
		t.Errorf("wheel on a tall claim should scroll it: scroll %d claim %d", s.claims.scroll, s.claims.cur.claim)
	}
	art := press(t, m, "enter")
	if o := send(art, tea.MouseWheelMsg{Button: tea.MouseWheelDown}); o.page.offset != art.page.offset && len(art.page.lines) <= art.page.height {
		t.Errorf("wheel scrolled an article that fits")
	}
}

func TestResizeAtAnyTime(t *testing.T) {
	stories := map[string]LoadFunc{"envoy": storyLoad(envoyStory()), "world": storyLoad(worldStory()), "sample": sampleLoad}
	for name, load := range stories {
		base := open(t, load, 120, 40)
		states := map[string]Model{
			"claims":  base,
			"article": press(t, base, "enter"),
			"removed": press(t, base, "r"),
			"help":    press(t, base, "?"),
			"search":  typeText(t, press(t, base, "/"), "the"),
			"last":    press(t, base, "G", "l", "l"),
		}
		for state, m := range states {
			for _, size := range [][2]int{{200, 60}, {80, 24}, {40, 12}, {20, 6}, {21, 7}, {55, 9}, {19, 6}, {20, 5}, {1, 1}, {0, 0}, {160, 45}} {
				r := send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				s := screen(r)
				if size[0] < minWidth || size[1] < minHeight {
					if size[0] > 0 && size[1] > 0 && !strings.Contains(strings.ReplaceAll(s, "\n", " "), "too small") && size[0] > 5 {
						t.Errorf("%s/%s %v: want a too-small notice, got %q", name, state, size, s)
					}
					continue
				}
				checkFits(t, r, size[0], size[1])
				// Keys still work at this size.
				for _, k := range []string{"j", "l", "pgdown", "G", "n"} {
					checkFits(t, press(t, r, k), size[0], size[1])
				}
			}
		}
	}
}

// TestWideTextKeepsColumnsAligned draws eight outlets with CJK, emoji and
// right-to-left text at many widths, measuring as a wcwidth terminal and
// as a grapheme-clustering one: every row of columns is the full width,
// and the column borders stand at the same cells on every row.
func TestWideTextKeepsColumnsAligned(t *testing.T) {
	for _, graphemes := range []bool{false, true} {
		for _, w := range []int{56, 60, 84, 100, 120, 160, 230} {
			m := open(t, storyLoad(worldStory()), w, 40)
			m = send(m, tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: map[bool]ansi.ModeSetting{true: ansi.ModeSet, false: ansi.ModeNotRecognized}[graphemes]})
			for _, keys := range [][]string{nil, {"l", "l", "l"}, {"j"}, {"G", "h"}} {
				m := press(t, m, keys...)
				checkFits(t, m, w, 40)
				var want []int
				for i, l := range lines(m) {
					if !strings.ContainsAny(l, "│┃") {
						continue
					}
					if got := m.sh.ms.width(l); got != w {
						t.Errorf("graphemes %v, width %d, keys %v: row %d is %d cells: %q", graphemes, w, keys, i, got, l)
					}
					at := borderCells(l, m.sh.ms)
					if want == nil {
						want = at
					} else if !slices.Equal(at, want) {
						t.Errorf("graphemes %v, width %d, keys %v: borders of row %d at %v, want %v: %q", graphemes, w, keys, i, at, want, l)
					}
				}
				if want == nil {
					t.Errorf("width %d: no columns drawn:\n%s", w, screen(m))
				}
			}
		}
	}
}

// borderCells returns the cells at which column borders stand in line l.
func borderCells(l string, ms measure) []int {
	var at []int
	for i, r := range l {
		if r == '│' || r == '┃' {
			at = append(at, ms.width(l[:i]))
		}
	}
	return at
}

func TestLongWordsAndStackedWideText(t *testing.T) {
	m := open(t, storyLoad(worldStory()), 40, 50)
	s := screen(m)
	if !strings.Contains(s, "Donaudampf") || !strings.Contains(s, "abzeichen") {
		t.Errorf("the long word should be cut across lines, not lost:\n%s", s)
	}
	checkFits(t, m, 40, 50)
	for range 8 {
		m = press(t, m, "l")
		checkFits(t, m, 40, 50)
	}
}

func TestLoadingShowsProgressAndAnswersKeys(t *testing.T) {
	release := make(chan struct{})
	load := func(ctx context.Context, progress func(float64, string)) (*align.Story, []string, error) {
		progress(0.5, "")
		select {
		case <-release:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
		return envoyStory(), nil, nil
	}
	defer close(release)
	var tm tea.Model = New(load)
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	msg := loadStory(context.Background(), load)()
	p, ok := msg.(loadProgressMsg)
	if !ok {
		t.Fatalf("first message %T, want progress", msg)
	}
	tm, cmd := tm.Update(p)
	m := tm.(Model)
	if cmd == nil {
		t.Errorf("a progress report should wait for the next")
	}
	if s := screen(m); !strings.Contains(s, "50%") || !strings.Contains(s, "Reading and aligning") {
		t.Errorf("loading screen at half way:\n%s", s)
	}
	if h := press(t, m, "?"); h.mode != modeHelp || !strings.Contains(screen(h), "quit") || lines(h)[0] != "crosscheck" {
		t.Errorf("? while loading: mode %s\n%s", h.mode, screen(h))
	}
	_, cmd = m.Update(keyPress("q"))
	if cmd == nil {
		t.Fatal("q while loading: no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("q while loading does not quit")
	}
	// A story that arrives while the help is open is there on closing it,
	// on its disputed facts.
	h := send(press(t, m, "?"), storyLoadedMsg{story: envoyStory()})
	if h.mode != modeHelp || press(t, h, "esc").mode != modeDisputes {
		t.Errorf("story loaded under the help: mode %s, then %s", h.mode, press(t, h, "esc").mode)
	}
}

func TestLoadFailure(t *testing.T) {
	fail := func(context.Context, func(float64, string)) (*align.Story, []string, error) {
		return nil, nil, errors.New("articles/x.txt: permission denied")
	}
	m := open(t, fail, 80, 24)
	if m.mode != modeFailed || m.Err() == nil {
		t.Fatalf("mode %s err %v", m.mode, m.Err())
	}
	if s := screen(m); !strings.Contains(s, "articles/x.txt: permission denied") {
		t.Errorf("the error should name the file:\n%s", s)
	}
	for _, k := range []string{"j", "enter", "/", "?"} {
		checkFits(t, press(t, m, k), 80, 24)
	}
}

func TestWarningsAndTooFewArticles(t *testing.T) {
	m := open(t, storyLoad(envoyStory(), "notes.pdf: unknown file type, skipped", "empty.txt: no text"), 120, 30)
	if s := lines(m)[28]; !strings.Contains(s, "2 inputs skipped while loading: notes.pdf: unknown file type") {
		t.Errorf("status line should carry the loading warnings: %q", s)
	}
	if s := screen(press(t, m, "?")); !strings.Contains(s, "empty.txt: no text") {
		t.Errorf("the help should list every warning:\n%s", s)
	}

	one := envoyStory()
	one.Documents = one.Documents[:1]
	one.Claims = []align.Claim{{ID: "c1", Members: []align.Ref{{Doc: 0, Passage: 0}}}, {ID: "c2", Members: []align.Ref{{Doc: 0, Passage: 1}}}}
	one.FillSheet()
	m = open(t, storyLoad(one), 120, 30)
	s := screen(m)
	if !strings.Contains(s, "Only one usable article (Times of Israel): nothing to compare") {
		t.Errorf("one article: want a plain reason:\n%s", s)
	}
	if !strings.Contains(s, "The envoys met Hamas negotiators") {
		t.Errorf("one article: the reader should still show it:\n%s", s)
	}
	for _, k := range []string{"j", "l", "n", "f", "enter", "esc", "r"} {
		checkFits(t, press(t, m, k), 120, 30)
	}

	none := open(t, storyLoad(&align.Story{}, "a.txt: empty"), 80, 24)
	if s := screen(none); !strings.Contains(s, "No articles could be read") || !strings.Contains(s, "a.txt: empty") {
		t.Errorf("no articles:\n%s", s)
	}
	for _, k := range []string{"j", "l", "n", "f", "enter", "r", "/", "x", "esc", "G"} {
		checkFits(t, press(t, none, k), 80, 24)
	}
}

// TestKeysRenderFromCache checks that Update prepares what View draws:
// after a key press, drawing the screen wraps and diffs nothing new.
func TestKeysRenderFromCache(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 160, 45)
	for _, k := range []string{"j", "n", "l", "G", "f", "/", "o"} {
		m = press(t, m, k)
		before := m.sh.cache.n
		_ = m.View()
		if m.sh.cache.n != before {
			t.Errorf("after %q, View added %d entries to the render cache", k, m.sh.cache.n-before)
		}
	}
}

func TestModeNames(t *testing.T) {
	for md := modeLoading; md <= modeFailed; md++ {
		if s := md.String(); s == "unknown" || s == "" {
			t.Errorf("mode %d has no name", md)
		}
	}
	for f := filterAll; f < filterCount; f++ {
		if f.String() == "unknown" || f.label() == "" {
			t.Errorf("filter %d has no name", f)
		}
	}
}

// TestLegendSkipsAgreementsWrittenAlike: an agreement written the same
// way everywhere tells nothing the passages do not.
func TestLegendSkipsAgreementsWrittenAlike(t *testing.T) {
	s := envoyStory()
	c := &s.Claims[2]
	c.Differences[0].Values[1] = value(s, c.Members[0], "Oct. 19", "10-19")
	s.FillSheet()
	m := press(t, open(t, storyLoad(s), 160, 40), "j", "j", "=")
	if l := m.claims.view.legend(); len(l) != 0 {
		t.Errorf("an agreement written the same way everywhere should not be listed: %q", l)
	}
}

// TestALegendWithNoRoomFollowsTheClaim: on a screen too short to keep a
// legend row under the claim, a line says how many follow, and they do.
func TestALegendWithNoRoomFollowsTheClaim(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 60, 9)
	if s := screen(m); !strings.Contains(s, "▾ 2 more facts below the claim (pgdn)") {
		t.Errorf("no line says the legend follows the claim:\n%s", s)
	}
	for range 10 {
		m = press(t, m, "pgdown")
	}
	if s := screen(m); !strings.Contains(s, "⚠ date: October 9") {
		t.Errorf("pgdn does not reach the legend:\n%s", s)
	}
}
