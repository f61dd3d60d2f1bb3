package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

type jsonOut struct {
	Only    string `json:"only"`
	Session string `json:"session"`
	Claims  []struct {
		ID string `json:"id"`
	} `json:"claims"`
	Marks   []jsonMark   `json:"marks"`
	Orphans []jsonOrphan `json:"orphans"`
}

func renderJSON(t *testing.T, in Input) jsonOut {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, in, JSON); err != nil {
		t.Fatal(err)
	}
	var out jsonOut
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	return out
}

func TestJSONMarks(t *testing.T) {
	in := handInput(t)
	r := renderJSON(t, in)
	want := []jsonMark{
		{Claim: "c1", Key: "k1", Verdict: "disputed", Note: in.Marks[0].Note, Time: "2026-03-06T14:30:00Z"},
		{Claim: "c2", Key: "k2", Verdict: "", Note: "Quote wording: ask for the recording.", Time: "2026-03-06T15:30:00Z"},
		{Claim: "c3", Key: "k3", Verdict: "verified", Note: "", Time: "2026-03-06T16:30:00Z"},
	}
	if len(r.Marks) != len(want) {
		t.Fatalf("marks %+v", r.Marks)
	}
	for i := range want {
		if r.Marks[i] != want[i] {
			t.Errorf("mark %d: %+v, want %+v", i, r.Marks[i], want[i])
		}
	}
	if len(r.Orphans) != 1 || r.Orphans[0].Claim != "c9" || r.Orphans[0].Verdict != "unsure" || r.Orphans[0].Excerpt == "" ||
		len(r.Orphans[0].Outlets) != 1 {
		t.Errorf("orphans %+v", r.Orphans)
	}
	if r.Session != in.Session || r.Only != "" || len(r.Claims) != 5 {
		t.Errorf("session %q only %q claims %d", r.Session, r.Only, len(r.Claims))
	}

	in.Only = Conflicts
	r = renderJSON(t, in)
	if r.Only != "conflicts" || len(r.Claims) != 2 || len(r.Marks) != 1 || r.Marks[0].Claim != "c1" || len(r.Orphans) != 0 {
		t.Errorf("--only conflicts: only %q, %d claims, marks %+v, %d orphans", r.Only, len(r.Claims), r.Marks, len(r.Orphans))
	}

	// Without a session the arrays are there and empty.
	r = renderJSON(t, Input{Story: handStory(t)})
	if r.Marks == nil || r.Orphans == nil || len(r.Marks)+len(r.Orphans) != 0 || r.Session != "" {
		t.Errorf("no session: marks %v orphans %v session %q", r.Marks, r.Orphans, r.Session)
	}
}
