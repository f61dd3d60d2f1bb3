package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui/session"
)

// sampleStory builds the sample story as crosscheck does.
func sampleStory(t *testing.T) *align.Story {
	t.Helper()
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := align.Build(context.Background(), c.Documents, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// markThree marks three claims of the sample story through the session
// API, one with a note, and saves the session at path.
func markThree(t *testing.T, path string) *align.Story {
	t.Helper()
	story := sampleStory(t)
	s, err := session.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Attach(story)
	for i, v := range []session.Verdict{session.Verified, session.Disputed, session.Unsure} {
		if err := s.SetVerdict(2*i+1, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetNote(3, "The harbour master's log says otherwise."); err != nil {
		t.Fatal(err)
	}
	s.SetPosition(3, "all")
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	return story
}

// TestReportListsSessionMarks marks three claims through the session API,
// then runs crosscheck report --format markdown --session FILE.
func TestReportListsSessionMarks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "check.json")
	story := markThree(t, path)

	out, errOut, status := run(t, "report", "--format", "markdown", "--session", path)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	for i, v := range []string{"verified", "disputed", "unsure"} {
		c := story.Claims[2*i+1]
		if !strings.Contains(out, "\n### "+c.ID+" — ") || !strings.Contains(out, "**Verdict: "+v+"**") {
			t.Errorf("memo lacks %s marked %s", c.ID, v)
		}
	}
	if !strings.Contains(out, "> The harbour master's log says otherwise.") {
		t.Error("memo lacks the note")
	}
	if !strings.Contains(out, "Session "+strings.ReplaceAll(path, "_", `\_`)+": 3 marked (1 verified, 1 disputed, 1 unsure).") {
		t.Errorf("memo does not name the session:\n%.600s", out)
	}

	out, _, _ = run(t, "report", "--format", "markdown", "--only", "marked", "--session", path)
	if n := strings.Count(out, "\n### c"); n != 3 {
		t.Errorf("--only marked lists %d claims, want 3", n)
	}
	before, _ := os.ReadFile(path)
	out, _, _ = run(t, "report", "--format", "json", "--session", path)
	var r struct {
		Marks []struct{ Claim, Verdict, Note string } `json:"marks"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Marks) != 3 {
		t.Errorf("json marks %+v (%v)", r.Marks, err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("report changed the session file")
	}
}

// TestReportDefaultSession: the corpus's default session adds its marks
// unless --no-session; a corrupt one is skipped with a warning, an
// explicit corrupt one is an error; neither is changed.
func TestReportDefaultSession(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	path, err := session.DefaultPath([]string{session.SampleCorpus})
	if err != nil {
		t.Fatal(err)
	}
	markThree(t, path)
	countMarks := func(args ...string) (int, string, int) {
		out, errOut, status := runIn(t, state, append([]string{"report", "--format", "json"}, args...)...)
		var r struct {
			Marks []struct{ Claim string } `json:"marks"`
		}
		json.Unmarshal([]byte(out), &r)
		return len(r.Marks), errOut, status
	}
	if n, errOut, _ := countMarks(); n != 3 {
		t.Errorf("default session: %d marks, want 3 (%s)", n, errOut)
	}
	if n, _, _ := countMarks("--no-session"); n != 0 {
		t.Errorf("--no-session: %d marks", n)
	}

	junk := []byte(`{"schema": "crosscheck-session/v1", "marks": [`)
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	n, errOut, status := countMarks()
	if status != 0 || n != 0 || !strings.Contains(errOut, "warning: session file "+path) {
		t.Errorf("corrupt default session: status %d, %d marks, stderr %q", status, n, errOut)
	}
	_, errOut, status = countMarks("--session", path)
	if status != 1 || !strings.Contains(errOut, path) || !strings.Contains(errOut, "not valid JSON") {
		t.Errorf("corrupt --session: status %d, stderr %q", status, errOut)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, junk) {
		t.Error("the corrupt session file was changed")
	}
}

// TestReportListsSettlements settles the sample's second disputed fact
// through the session API, then runs crosscheck report in every format
// with --session FILE: each prints the settlement with its dispute.
func TestReportListsSettlements(t *testing.T) {
	path := filepath.Join(t.TempDir(), "check.json")
	story := sampleStory(t)
	s, err := session.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Attach(story)
	if len(story.Disputes) < 2 {
		t.Fatalf("the sample has %d disputed facts", len(story.Disputes))
	}
	d := &story.Disputes[1]
	if err := s.Settle(1, 0, "Rotterdam police statement, 10 Oct", ""); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	verified := "verified: " + d.Readings[0].Text
	for _, f := range []string{"text", "markdown", "html"} {
		out, errOut, status := run(t, "report", "--format", f, "--session", path)
		if status != 0 {
			t.Fatalf("%s: status %d: %s", f, status, errOut)
		}
		if !strings.Contains(out, verified) || !strings.Contains(out, "Rotterdam police statement, 10 Oct") {
			t.Errorf("%s report lacks the settlement %q", f, verified)
		}
	}
	out, _, _ := run(t, "report", "--format", "json", "--session", path)
	var r struct {
		Settlements []struct {
			Dispute int
			Where   string
			Reading string
			Source  string
		} `json:"settlements"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Settlements) != 1 || r.Settlements[0].Dispute != 1 || r.Settlements[0].Where != story.Claims[d.Claim].ID ||
		r.Settlements[0].Reading != d.Readings[0].Text {
		t.Errorf("JSON settlements %+v", r.Settlements)
	}
}
