package ui

import (
	"fmt"
	"strings"
	"testing"

	"crosscheck/align"
)

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
