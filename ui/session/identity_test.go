package session

import (
	"strings"
	"testing"
)

// TestReidentifyAfterAddingArticle re-runs with a fourth article: claims
// move, one gains a member (so its key changes) and one is gone.
func TestReidentifyAfterAddingArticle(t *testing.T) {
	path := tempPath(t)
	s := mustOpen(t, path, storyV1())
	must(t, s.SetVerdict(0, Disputed)) // strike: gains a member
	must(t, s.SetNote(0, "3rd or 4th?"))
	must(t, s.SetVerdict(1, Verified)) // talks: same key, new position
	must(t, s.SetVerdict(2, Unsure))   // pay: edited away
	s.SetPosition(0, "all")
	must(t, s.Save())

	v2 := storyV2()
	if v2.Claims[2].Key == storyV1().Claims[0].Key {
		t.Fatal("test story: the strike claim should have a new key")
	}
	r := mustOpen(t, path, v2)
	if m, ok := r.Mark(2); !ok || m.Verdict != Disputed || m.Note != "3rd or 4th?" {
		t.Errorf("strike mark not on the grown claim: %+v %v", m, ok)
	}
	if m, ok := r.Mark(3); !ok || m.Verdict != Verified {
		t.Errorf("talks mark did not follow its claim: %+v %v", m, ok)
	}
	for _, i := range []int{0, 1, 4} {
		if m, ok := r.Mark(i); ok {
			t.Errorf("claim %d got a mark it never had: %+v", i, m)
		}
	}
	orphans := r.Orphans()
	if len(orphans) != 1 || orphans[0].Verdict != Unsure || !strings.Contains(orphans[0].Excerpt, "4 percent") ||
		orphans[0].Outlets[0] != "Island Times" {
		t.Errorf("orphans %+v, want the pay mark", orphans)
	}
	if i, _, ok := r.Position(); !ok || i != 2 {
		t.Errorf("position %d %v, want the strike claim at 2", i, ok)
	}

	// A change saves the orphan too; a later run on the first story
	// finds every mark again.
	must(t, r.SetNote(1, "quote checked"))
	must(t, r.Save())
	back := mustOpen(t, path, storyV1())
	if c := back.Counts(); c.Orphans != 0 || c.Marked() != 4 {
		// The quote claim is marked now; the strike mark is back on
		// its claim (which holds 2 of the mark's 3 passages); the
		// talks mark follows; the pay mark returns from being an
		// orphan.
		t.Errorf("counts back on the first story %+v", c)
	}
	if m, ok := back.Mark(2); !ok || m.Verdict != Unsure {
		t.Errorf("the orphaned pay mark did not come back: %+v %v", m, ok)
	}
}

func TestSplitAndMergedClaims(t *testing.T) {
	p := []string{"One fact in a sentence.", "The same fact again.", "And again, elsewhere.", "A fourth telling of it."}
	whole := mkStory(outlets4, []m{{0, p[0]}, {1, p[1]}, {2, p[2]}, {3, p[3]}})
	path := tempPath(t)
	s := mustOpen(t, path, whole)
	must(t, s.SetVerdict(0, Verified))
	must(t, s.Save())

	tests := []struct {
		name  string
		story [][]m
		want  int // claim holding the mark, -1 for an orphan
	}{
		{"3+1 split follows the three", [][]m{{{3, p[3]}}, {{0, p[0]}, {1, p[1]}, {2, p[2]}}}, 1},
		{"2+2 split keeps the mark", [][]m{{{0, p[0]}, {1, p[1]}}, {{2, p[2]}, {3, p[3]}}}, 0},
		{"1+1+1+1 split orphans it", [][]m{{{0, p[0]}}, {{1, p[1]}}, {{2, p[2]}}, {{3, p[3]}}}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustOpen(t, path, mkStory(outlets4, tt.story...))
			marks := r.Marks()
			if tt.want < 0 {
				if len(marks) != 0 || len(r.Orphans()) != 1 {
					t.Errorf("marks %v orphans %v, want one orphan", marks, r.Orphans())
				}
				return
			}
			if len(marks) != 1 || marks[tt.want].Verdict != Verified {
				t.Errorf("marks %+v, want claim %d verified", marks, tt.want)
			}
		})
	}

	// Two marked claims merge: the newer mark wins the claim, the other
	// is kept as an orphan.
	two := mkStory(outlets4, []m{{0, p[0]}, {1, p[1]}}, []m{{2, p[2]}, {3, p[3]}})
	path2 := tempPath(t)
	s2 := mustOpen(t, path2, two)
	must(t, s2.SetVerdict(0, Verified))
	must(t, s2.SetVerdict(1, Disputed))
	must(t, s2.Save())
	r := mustOpen(t, path2, whole)
	if m, ok := r.Mark(0); !ok || m.Verdict != Disputed {
		t.Errorf("merged claim: %+v %v, want the newer (disputed) mark", m, ok)
	}
	if o := r.Orphans(); len(o) != 1 || o[0].Verdict != Verified {
		t.Errorf("orphans %+v, want the verified mark", o)
	}
}

// TestPositionFallsBackToIndex: when the claim the reader was on is gone,
// it resumes at the same index.
func TestPositionFallsBackToIndex(t *testing.T) {
	path := tempPath(t)
	s := mustOpen(t, path, storyV1())
	s.SetPosition(2, "marked")
	must(t, s.Save())
	r := mustOpen(t, path, mkStory(outlets3, []m{{0, "x."}}, []m{{0, "y."}}, []m{{0, "z."}}, []m{{0, "w."}}))
	if i, f, ok := r.Position(); !ok || i != 2 || f != "marked" {
		t.Errorf("position %d %q %v", i, f, ok)
	}
	r = mustOpen(t, path, mkStory(outlets3, []m{{0, "x."}}))
	if i, _, ok := r.Position(); !ok || i != 0 {
		t.Errorf("position %d %v, want 0 in a one-claim story", i, ok)
	}
	empty := mustOpen(t, tempPath(t), storyV1())
	if _, _, ok := empty.Position(); ok {
		t.Error("a new session has a position")
	}
}
