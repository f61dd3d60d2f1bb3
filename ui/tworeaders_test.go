//go:build linux

package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestTwoReadersMarkingInTurn opens the sample story in two readers at
// once, each in its own pseudo-terminal and both on the same default
// session, marks claims in turn (one in the first, one in the second,
// and so on, each saved at once), quits both, and checks that every mark
// is in the session file; that the second reader was told of the first;
// and that each reader came to show the other's marks.
func TestTwoReadersMarkingInTurn(t *testing.T) {
	bin := buildCrosscheck(t)
	state := t.TempDir()
	a := startInPTY(t, bin, 100, 30, state)
	a.waitFor("the first reader's disputed facts", has("disputed fact 1/", "j/k fact"))
	a.send("d")
	a.waitFor("the first reader's first claim", has("claim 1/", "j/k claim"))
	b := startInPTY(t, bin, 100, 30, state)
	b.waitFor("the second reader, told of the first", has("disputed fact 1/", "another reader has this session open"))
	b.send("d")
	b.waitFor("the second reader's first claim", has("claim 1/", "j/k claim"))

	a.send("v") // c1 verified
	a.waitFor("a's mark", has("✓1"))
	b.send("jx") // c2 disputed; its save brings a's mark
	b.waitFor("b's mark and a's", has("✓1 ✗1", "from another reader merged"))
	a.send("jju") // c3 unsure
	a.waitFor("a's second mark and b's", has("✓1 ✗1 ?1"))
	b.send("jjachecked with the port\x1b") // a note on c4
	b.waitFor("b's note and a's marks", has("✓1 ✗1 ?1 ✎1"))
	a.send("q")
	b.send("q")
	a.wait()
	b.wait()

	files, _ := filepath.Glob(filepath.Join(state, "crosscheck", "sample-*.json"))
	if len(files) != 1 {
		t.Fatalf("session files %v, want one for the sample", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var saved struct {
		Marks []struct {
			ClaimID string `json:"claim_id"`
			Verdict string `json:"verdict"`
			Note    string `json:"note"`
		} `json:"marks"`
	}
	if err := json.Unmarshal(data, &saved); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range saved.Marks {
		got[m.ClaimID] = m.Verdict + m.Note
	}
	want := map[string]string{"c1": "verified", "c2": "disputed", "c3": "unsure", "c4": "checked with the port"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: %q in the session file, want %q", id, got[id], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("session file holds %d marks, want %d:\n%s", len(got), len(want), data)
	}
}
