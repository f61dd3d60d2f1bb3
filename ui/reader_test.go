package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
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
