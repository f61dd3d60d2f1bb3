package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	path := tempPath(t)
	s := mustOpen(t, path, storyV1())
	s.SetInputs([]string{"/articles/ferry"})
	must(t, s.SetVerdict(0, Verified))
	must(t, s.SetVerdict(1, Disputed))
	must(t, s.SetNote(1, "Eight or nine hours?\r\nAsk the union.\x1b[31m"))
	must(t, s.SetNote(3, "wording differs; check the recording"))
	s.SetPosition(1, "conflicts")
	if !s.Dirty() {
		t.Fatal("not dirty after changes")
	}
	must(t, s.Save())
	if s.Dirty() {
		t.Error("dirty after Save")
	}

	r := mustOpen(t, path, storyV1())
	want := map[int]struct {
		v    Verdict
		note string
	}{0: {Verified, ""}, 1: {Disputed, "Eight or nine hours?\nAsk the union."}, 3: {"", "wording differs; check the recording"}}
	got := r.Marks()
	if len(got) != len(want) {
		t.Fatalf("got %d marks, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		m := got[i]
		if m.Verdict != w.v || m.Note != w.note || m.Time.IsZero() || m.ClaimID != storyV1().Claims[i].ID {
			t.Errorf("claim %d: got %+v, want verdict %q note %q", i, m, w.v, w.note)
		}
	}
	if c := r.Counts(); c.Verified != 1 || c.Disputed != 1 || c.NoteOnly != 1 || c.Orphans != 0 || c.Marked() != 3 {
		t.Errorf("counts %+v", c)
	}
	if i, f, ok := r.Position(); !ok || i != 1 || f != "conflicts" {
		t.Errorf("position %d %q %v, want 1 conflicts true", i, f, ok)
	}
	if in := r.Inputs(); len(in) != 1 || in[0] != "/articles/ferry" {
		t.Errorf("inputs %v", in)
	}

	var raw map[string]any
	if err := json.Unmarshal(readFile(t, path), &raw); err != nil || raw["schema"] != Schema {
		t.Errorf("file schema %v (%v)", raw["schema"], err)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v (%v), want 0600", info.Mode().Perm(), err)
	}
}

func TestChanges(t *testing.T) {
	s := ReadOnly("x.json")
	s.Attach(storyV1())
	if err := s.SetVerdict(0, Verified); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only SetVerdict: %v", err)
	}

	s, err := Open(tempPath(t))
	must(t, err)
	if err := s.SetVerdict(0, Verified); !errors.Is(err, ErrNotAttached) {
		t.Errorf("SetVerdict before Attach: %v", err)
	}
	s.Attach(storyV1())
	if err := s.SetVerdict(0, "wrong"); err == nil {
		t.Error("SetVerdict accepted an unknown verdict")
	}
	if err := s.SetVerdict(9, Verified); err == nil {
		t.Error("SetVerdict accepted claim 9 of 4")
	}
	if s.Dirty() {
		t.Error("dirty after refused changes")
	}
	// A verdict and a note; clearing the verdict keeps the note; clearing
	// the note then removes the mark.
	must(t, s.SetVerdict(2, Unsure))
	must(t, s.SetNote(2, "  call the operator  "))
	must(t, s.ClearVerdict(2))
	if m, ok := s.Mark(2); !ok || m.Verdict != "" || m.Note != "call the operator" {
		t.Errorf("after ClearVerdict: %+v %v", m, ok)
	}
	must(t, s.SetNote(2, ""))
	if _, ok := s.Mark(2); ok {
		t.Error("a mark with neither verdict nor note was kept")
	}
	// Removing one mark keeps the others on their claims.
	must(t, s.SetVerdict(0, Verified))
	must(t, s.SetVerdict(1, Disputed))
	must(t, s.SetVerdict(3, Unsure))
	must(t, s.ClearVerdict(1))
	for i, v := range map[int]Verdict{0: Verified, 3: Unsure} {
		if m, ok := s.Mark(i); !ok || m.Verdict != v {
			t.Errorf("claim %d: %+v %v, want %s", i, m, ok, v)
		}
	}
	if _, ok := s.Mark(1); ok {
		t.Error("cleared mark still there")
	}
	// The same verdict again is no change.
	must(t, s.Save())
	must(t, s.SetVerdict(0, Verified))
	if s.Dirty() {
		t.Error("setting the same verdict made the session dirty")
	}
}

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

// TestCorruptFile: every kind of unusable file is reported naming the
// file, and left byte for byte as it was, also when the caller goes on
// read-only.
func TestCorruptFile(t *testing.T) {
	valid := func(mut func(string) string) []byte {
		path := tempPath(t)
		s := mustOpen(t, path, storyV1())
		must(t, s.SetVerdict(0, Verified))
		must(t, s.Save())
		return []byte(mut(string(readFile(t, path))))
	}
	tests := []struct {
		name    string
		content []byte
		reason  string
	}{
		{"garbage", []byte("\x00\x01not json at all\xff"), "not valid JSON"},
		{"truncated", valid(func(s string) string { return s[:len(s)/2] }), "not valid JSON"},
		{"empty", []byte("  \n"), "empty"},
		{"no schema", []byte(`{"marks": []}`), "no schema"},
		{"another program's JSON", []byte(`{"schema": "other/v1"}`), "not a crosscheck session"},
		{"newer version", valid(func(s string) string { return strings.Replace(s, Schema, "crosscheck-session/v2", 1) }), "another version"},
		{"bad verdict", valid(func(s string) string { return strings.Replace(s, `"verified"`, `"maybe"`, 1) }), "unknown verdict"},
		{"wrong type", valid(func(s string) string { return strings.Replace(s, `"marks": [`, `"marks": 3, "x": [`, 1) }), "line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tempPath(t)
			if err := os.WriteFile(path, tt.content, 0o600); err != nil {
				t.Fatal(err)
			}
			before, _ := os.Stat(path)
			_, err := Open(path)
			var fe *FileError
			if !errors.As(err, &fe) || !fe.Corrupt {
				t.Fatalf("Open: %v, want a corrupt *FileError", err)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("message %q should name %s and say %q", err, path, tt.reason)
			}
			ro := ReadOnly(path)
			ro.Attach(storyV1())
			ro.SetPosition(1, "all")
			if err := ro.SetVerdict(0, Disputed); !errors.Is(err, ErrReadOnly) {
				t.Errorf("read-only SetVerdict: %v", err)
			}
			must(t, ro.Save())
			if got := readFile(t, path); !bytes.Equal(got, tt.content) {
				t.Error("the corrupt file was changed")
			}
			after, _ := os.Stat(path)
			if !after.ModTime().Equal(before.ModTime()) {
				t.Error("the corrupt file was touched")
			}
			if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
				t.Errorf("files appeared next to the session: %v", entries)
			}
		})
	}
}

func TestStartOver(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	junk := []byte("{not a session")
	must(t, os.WriteFile(path, junk, 0o600))
	s, moved, err := StartOver(path)
	must(t, err)
	if !strings.HasPrefix(moved, path+".corrupt-") {
		t.Errorf("moved to %q", moved)
	}
	if got := readFile(t, moved); !bytes.Equal(got, junk) {
		t.Error("the corrupt file's content was not kept")
	}
	s.now = clock()
	s.Attach(storyV1())
	must(t, s.SetVerdict(0, Verified))
	must(t, s.Save())
	if _, err := Open(path); err != nil {
		t.Errorf("new session: %v", err)
	}

	// A valid session is moved aside as old, never deleted; twice in a
	// second gets two names.
	_, moved2, err := StartOver(path)
	must(t, err)
	if !strings.HasPrefix(moved2, path+".old-") {
		t.Errorf("moved to %q", moved2)
	}
	if _, err := Open(moved2); err != nil {
		t.Errorf("the old session is not intact: %v", err)
	}
	must(t, os.WriteFile(path, junk, 0o600))
	must(t, os.WriteFile(path+".x", junk, 0o600))
	_, moved3, err := StartOver(path)
	must(t, err)
	if moved3 == moved || moved3 == moved2 {
		t.Errorf("StartOver reused %q", moved3)
	}
	_, moved4, err := StartOver(filepath.Join(dir, "none.json"))
	if err != nil || moved4 != "" {
		t.Errorf("StartOver without a file: %q %v", moved4, err)
	}
}

// TestUnreadableAndUnwritable covers files and folders crosscheck may not
// use: errors name the file and nothing is lost.
func TestUnreadableAndUnwritable(t *testing.T) {
	t.Run("a folder where the file should be", func(t *testing.T) {
		path := t.TempDir()
		_, err := Open(path)
		var fe *FileError
		if !errors.As(err, &fe) || fe.Corrupt || !strings.Contains(err.Error(), path) {
			t.Errorf("Open: %v", err)
		}
	})
	t.Run("a file where the folder should be", func(t *testing.T) {
		blocker := filepath.Join(t.TempDir(), "state")
		path := filepath.Join(blocker, "s.json")
		s := mustOpen(t, path, storyV1())
		must(t, s.SetVerdict(0, Verified))
		must(t, os.WriteFile(blocker, []byte("x"), 0o600))
		err := s.Save()
		if err == nil || !strings.Contains(err.Error(), path) {
			t.Fatalf("Save: %v, want an error naming %s", err, path)
		}
		if !s.Dirty() {
			t.Error("a failed save left the session clean")
		}
		// Once the folder can be made, the next Save keeps the mark.
		must(t, os.Remove(blocker))
		must(t, s.Save())
		if m, ok := mustOpen(t, path, storyV1()).Mark(0); !ok || m.Verdict != Verified {
			t.Errorf("mark after retry: %+v %v", m, ok)
		}
	})
	if os.Geteuid() == 0 {
		t.Log("running as root: permission bits do not stop root; the permission cases are skipped")
		return
	}
	t.Run("a file that may not be read", func(t *testing.T) {
		path := tempPath(t)
		must(t, os.WriteFile(path, []byte(`{"schema":"crosscheck-session/v1","marks":[]}`), 0o000))
		_, err := Open(path)
		var fe *FileError
		if !errors.As(err, &fe) || fe.Corrupt || !strings.Contains(err.Error(), "permission denied") || !strings.Contains(err.Error(), path) {
			t.Errorf("Open: %v", err)
		}
	})
	t.Run("a folder that may not be written", func(t *testing.T) {
		path := tempPath(t)
		s := mustOpen(t, path, storyV1())
		must(t, s.SetVerdict(0, Verified))
		must(t, s.Save())
		before := readFile(t, path)
		must(t, os.Chmod(filepath.Dir(path), 0o500))
		t.Cleanup(func() { os.Chmod(filepath.Dir(path), 0o700) })
		must(t, s.SetVerdict(1, Disputed))
		if err := s.Save(); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("Save: %v", err)
		}
		if got := readFile(t, path); !bytes.Equal(got, before) {
			t.Error("the previous session changed")
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
