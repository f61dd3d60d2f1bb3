package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"crosscheck/ui/session"
)

// settling returns a reader of envoyStory at 120×30 on its disputed
// facts, keeping marks and settlements in a new session.
func settling(t testing.TB) (Model, *session.Session) {
	t.Helper()
	s := newSession(t)
	return opened(t, storyLoad(envoyStory()), 120, 30, WithSession(s, "")), s
}

// savedSettlement reads s's file afresh and returns the settlement of
// dispute i of envoyStory, as the next run would see it.
func savedSettlement(t testing.TB, s *session.Session, i int) (session.Settlement, bool) {
	t.Helper()
	again, err := session.Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	again.Attach(envoyStory())
	return again.Settlement(i)
}

func TestTheReaderOpensOnTheDisputedFacts(t *testing.T) {
	m := opened(t, storyLoad(envoyStory()), 120, 30)
	if m.mode != modeDisputes {
		t.Fatalf("opened in mode %s, want disputes", m.mode)
	}
	s := screen(m)
	for _, want := range []string{
		"Disputed facts: 2",
		"▸ ⚠ date: October 9 (Times of Israel, Outlet B, Outlet D) · October 8 (Outlet C) — c1",
		"  ⚠ number: 14 (Times of Israel) · 12 (Outlet B) — c4",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the disputed facts lack %q:\n%s", want, s)
		}
	}
	// enter goes to the claim the fact is listed in; d comes back.
	c := press(t, m, "j", "enter")
	if c.mode != modeClaims || c.claims.cur.claim != 3 || !strings.Contains(status(c), "c4: number · d returns to the disputed facts") {
		t.Errorf("enter on the second fact: mode %s claim %d status %q", c.mode, c.claims.cur.claim, status(c))
	}
	// The focus goes to an outlet that reports the claim.
	if f := press(t, m, "esc", "l", "l", "l", "d", "j", "enter").claims.view.focus; f != 0 {
		t.Errorf("enter from a claim Outlet D does not report: focus %d, want 0", f)
	}
	back := press(t, press(t, c, "g"), "d")
	if back.mode != modeDisputes || back.disputes.sel != 0 {
		t.Errorf("d from c1: mode %s, fact %d chosen; want the disputes, c1's fact", back.mode, back.disputes.sel)
	}
	// A story without disputed facts opens on its claims and says so;
	// d shows that there are none.
	calm := envoyStory()
	for i := range calm.Claims {
		calm.Claims[i].Differences = nil
	}
	calm.FillSheet()
	n := opened(t, storyLoad(calm), 120, 30)
	if n.mode != modeClaims || !strings.Contains(status(n), "no disputed facts") {
		t.Errorf("no disputes: mode %s, status %q", n.mode, status(n))
	}
	if s := screen(press(t, n, "d")); !strings.Contains(s, "No disputed facts") {
		t.Errorf("d with no disputes:\n%s", s)
	}
}

func TestAHeadlineAgainstItsBodyOpensTheArticle(t *testing.T) {
	st := envoyStory()
	d := &st.Documents[1]
	d.Title = "Officials: talks held on October 10"
	st.InArticle = append(st.InArticle, inArticle(st, 1, "October 10", "October 9"))
	st.FillSheet()
	m := opened(t, storyLoad(st), 120, 30)
	s := screen(m)
	if !strings.Contains(s, "date, Outlet B headline against body: October 10 (headline) · October 9 (body) — d2") {
		t.Fatalf("the headline against its body is not listed:\n%s", s)
	}
	m = press(t, m, "G", "enter")
	if m.mode != modeArticle || m.pageDoc != 1 || !strings.Contains(screen(m), "▌") {
		t.Fatalf("enter on it: mode %s, article of %d\n%s", m.mode, m.pageDoc, screen(m))
	}
	if b := press(t, m, "esc"); b.mode != modeDisputes {
		t.Errorf("esc from the article: mode %s, want back to the disputes", b.mode)
	}
}

func TestSettlingADisputedFact(t *testing.T) {
	m, s := settling(t)
	m = press(t, m, "j", "s")
	if m.mode != modeSettle {
		t.Fatalf("s: mode %s", m.mode)
	}
	sc := screen(m)
	for _, want := range []string{"Settle number (c4)", "▸ 14 (Times of Israel)", "  12 (Outlet B)", "unresolved", "Checked in:"} {
		if !strings.Contains(sc, want) {
			t.Errorf("the settling lacks %q:\n%s", want, sc)
		}
	}
	m = typeText(t, press(t, m, "down"), "hospital log, 3 Oct")
	m = pressSave(t, m, "enter")
	if m.mode != modeDisputes {
		t.Errorf("enter: mode %s", m.mode)
	}
	got, ok := savedSettlement(t, s, 1)
	if !ok || got.Reading != "12" || got.Source != "hospital log, 3 Oct" {
		t.Errorf("saved %+v %v, want 12 from the hospital log", got, ok)
	}
	sc = screen(m)
	for _, want := range []string{"Disputed facts: 2 · 1 settled", "✓ verified: 12 · checked in: hospital log, 3 Oct", "number: verified 12"} {
		if !strings.Contains(sc, want) {
			t.Errorf("the disputed facts lack %q:\n%s", want, sc)
		}
	}
	// The claim's legend says so too.
	if c := screen(press(t, m, "enter")); !strings.Contains(c, "✓ verified: 12 · checked in: hospital log") {
		t.Errorf("the claim's legend lacks the settlement:\n%s", c)
	}
	// Unresolved (the choice starts on the reading verified), then not
	// settled.
	m = pressSave(t, press(t, m, "s", "down"), "enter")
	if got, _ := savedSettlement(t, s, 1); !got.Unresolved || got.Source != "hospital log, 3 Oct" {
		t.Errorf("unresolved: %+v", got)
	}
	m = pressSave(t, press(t, m, "s", "down"), "enter")
	if _, ok := savedSettlement(t, s, 1); ok {
		t.Error("the settlement was not removed")
	}
	// esc changes nothing.
	m = press(t, m, "s", "down", "esc")
	if _, ok := s.Settlement(1); ok || m.mode != modeDisputes {
		t.Errorf("esc settled the fact, or left mode %s", m.mode)
	}
}

func TestSettlingNeedsASession(t *testing.T) {
	m := press(t, opened(t, storyLoad(envoyStory()), 120, 30), "s")
	if m.mode != modeDisputes || !strings.Contains(status(m), "settling is off") {
		t.Errorf("s without a session: mode %s, status %q", m.mode, status(m))
	}
	ro := press(t, opened(t, storyLoad(envoyStory()), 120, 30, WithSession(session.ReadOnly("x.json"), "read-only")), "s")
	if ro.mode != modeDisputes || !strings.Contains(status(ro), "read-only") {
		t.Errorf("s with a read-only session: mode %s, status %q", ro.mode, status(ro))
	}
}

func TestTheMouseChoosesADisputedFact(t *testing.T) {
	m := opened(t, storyLoad(envoyStory()), 120, 30)
	row := -1
	for i, l := range lines(m) {
		if strings.Contains(l, "⚠ number") {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("no second fact on screen:\n%s", screen(m))
	}
	if c := send(m, tea.MouseClickMsg{X: 10, Y: row, Button: tea.MouseLeft}); c.disputes.sel != 1 {
		t.Errorf("a click on the second fact chose fact %d", c.disputes.sel)
	}
	if w := send(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown}); w.disputes.sel != 1 {
		t.Errorf("the wheel chose fact %d, want 1", w.disputes.sel)
	}
}
