package session

import (
	"encoding/json"
	"errors"
	"os"
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
