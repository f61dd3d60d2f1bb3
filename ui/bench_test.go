package ui

import (
	"strings"
	"testing"

	"crosscheck/ui/session"
)

// seedsLoad loads the real articles in <repo root>/../shared/seeds, or
// skips when they are not there.
func seedsLoad(tb testing.TB) LoadFunc {
	tb.Helper()
	return dirLoad(tb, "../shared/seeds")
}

// BenchmarkNextClaim measures one key press of j on the seeds at 200×50:
// Update, then View, as the program does for each key. It steps through
// every claim and wraps to the first, so most presses land on claims
// already drawn, as when a reader goes back and forth; the first pass
// draws each claim once.
func BenchmarkNextClaim(b *testing.B) {
	m := open(b, seedsLoad(b), 200, 50)
	stepClaims(b, m, false)
}

// BenchmarkNextClaimWithMarks is BenchmarkNextClaim with a session in
// which every third claim is marked, one in five with a note: each press
// also records the position in the session and draws the marks.
func BenchmarkNextClaimWithMarks(b *testing.B) {
	s := newSession(b)
	m := openWith(b, seedsLoad(b), 200, 50, WithSession(s, ""))
	for i := range m.sh.story.Claims {
		if i%3 == 0 {
			if err := s.SetVerdict(i, session.Verdicts[i%len(session.Verdicts)]); err != nil {
				b.Fatal(err)
			}
		}
		if i%5 == 0 {
			if err := s.SetNote(i, "Checked against the port authority's statement; call back on Friday."); err != nil {
				b.Fatal(err)
			}
		}
	}
	m.refreshMarks()
	stepClaims(b, m, false)
}

// BenchmarkNextClaimCold is BenchmarkNextClaim with the render cache
// emptied before each press: the cost of drawing a claim never seen, with
// its word diffs.
func BenchmarkNextClaimCold(b *testing.B) {
	m := open(b, seedsLoad(b), 200, 50)
	stepClaims(b, m, true)
}

// stepClaims times one press of j (g on the last claim, to wrap), Update
// then View, as the program does for each key; cold empties the render
// cache before each press.
func stepClaims(b *testing.B, m Model, cold bool) {
	j, g := keyPress("j"), keyPress("g")
	last := len(m.sh.story.Claims) - 1
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if cold {
			m.sh.cache.reset()
		}
		msg := j
		if m.claims.cur.claim == last {
			msg = g
		}
		tm, _ := m.Update(msg)
		m = tm.(Model)
		_ = m.View()
	}
}

// TestSeedsOnScreen opens the real articles at 160×45: all five outlets
// are on screen, and every claim draws within the terminal.
func TestSeedsOnScreen(t *testing.T) {
	m := open(t, seedsLoad(t), 160, 45)
	if n := len(m.sh.story.Documents); n != 5 {
		t.Fatalf("%d documents, want 5", n)
	}
	for range m.sh.story.Claims {
		checkFits(t, m, 160, 45)
		if n := countColumns(screen(m)); n != 5 {
			t.Fatalf("claim %d: %d outlet columns on screen, want 5:\n%s", m.claims.cur.claim, n, screen(m))
		}
		m = press(t, m, "j")
	}
}

// countColumns counts the column tops in the screen's first bordered row.
func countColumns(s string) int {
	for _, l := range strings.Split(s, "\n") {
		n := 0
		for _, r := range l {
			if r == '╭' || r == '┏' {
				n++
			}
		}
		if n > 0 {
			return n
		}
	}
	return 0
}
