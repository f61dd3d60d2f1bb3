package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui/session"
)

// dirLoad loads the articles in dir (relative to the repository's
// root, such as "../shared/seeds"), or skips when it is not there.
func dirLoad(tb testing.TB, dir string) LoadFunc {
	tb.Helper()
	dir = filepath.Join("..", dir)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("%s is not here", dir)
	}
	return func(ctx context.Context, progress func(float64, string)) (*align.Story, []string, error) {
		c, err := corpus.Load([]string{dir}, corpus.Options{})
		if err != nil {
			return nil, nil, err
		}
		s, err := align.Build(ctx, c.Documents, align.Options{Progress: func(done float64) { progress(done, "") }})
		return s, c.Warnings, err
	}
}

// TestNewSessionOpensOnTheFirstDisputedFact opens real stories with a new
// session: the reader opens on the first disputed fact, whatever the first
// claim holds (on Mt Cook its first claim holds the fifth). Reopened where
// the session left off, at a claim listing a disputed fact, it opens on
// that fact.
func TestNewSessionOpensOnTheFirstDisputedFact(t *testing.T) {
	for _, dir := range []string{"../shared/devset/stories/mtcook_climbers_2013", "../shared/devset/stories/athens_bank_firebomb_2010", "../shared/seeds"} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			load := dirLoad(t, dir)
			sess := newSession(t)
			m := opened(t, load, 160, 45, WithSession(sess, ""))
			if m.mode != modeDisputes {
				t.Fatalf("opened in mode %v, not on the disputed facts", m.mode)
			}
			if !strings.Contains(header(m), "disputed fact 1/") {
				t.Errorf("a new session opens at %q, not at the first disputed fact", header(m))
			}
			// Go to the last disputed fact's claim and quit; reopen.
			last := len(m.sh.story.Disputes) - 1
			m = press(t, m, "G", "enter")
			want := m.sh.story.Disputes[last].Claim
			if m.claims.cur.claim != want {
				t.Fatalf("enter on the last disputed fact shows claim %d, want %d", m.claims.cur.claim, want)
			}
			_, cmd := m.Update(keyPress("q"))
			if msg, ok := cmd().(sessionSavedMsg); !ok || msg.err != nil {
				t.Fatalf("q with a moved position should save first: %#v", msg)
			}
			sess2, err := session.Open(sess.Path())
			if err != nil {
				t.Fatal(err)
			}
			again := opened(t, load, 160, 45, WithSession(sess2, ""))
			if got := again.disputes.sel; again.sh.story.Disputes[got].Claim != want {
				t.Errorf("reopened, the reader chooses disputed fact %d (claim %d), not the one of claim %d where it left off", got, again.sh.story.Disputes[got].Claim, want)
			}
		})
	}
}
