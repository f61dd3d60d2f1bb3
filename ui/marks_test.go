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

func TestFilterMarkedAndUnmarked(t *testing.T) {
	m, _ := marking(t)
	m = press(t, m, "j", "v", "j", "j", "a")
	m = typeText(t, m, "note only")
	m = press(t, m, "esc") // claims 1 and 3 marked
	m = pressFilters(t, m, []filterStep{
		{filterConflicts, []int{0, 3}},
		{filterShared, []int{0, 2, 3}},
		{filterSingle, []int{1, 4}},
		{filterMarked, []int{1, 3}},
		{filterUnmarked, []int{0, 2, 4}},
		{filterAll, []int{0, 1, 2, 3, 4}},
	})
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
