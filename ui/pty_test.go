//go:build linux

package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// TestEndToEndInAPseudoTerminal builds crosscheck, starts it on the
// sample story in a real pseudo-terminal, reads the screen as a terminal
// shows it, steps through the story with keys, resizes the terminal,
// marks a claim, quits, and checks that the terminal was given back as it
// was: the alternate screen left, the cursor shown, the terminal modes
// restored, exit status 0; and that the mark and the position were saved
// in the session file, which lives in a temporary state folder. It needs
// no terminal of its own, so it runs under CI.
func TestEndToEndInAPseudoTerminal(t *testing.T) {
	bin := buildCrosscheck(t)
	state := t.TempDir()
	r := startInPTY(t, bin, 100, 30, state)
	// The modes before the program started: once it runs, they may
	// already be the raw modes it sets.
	before := r.modes

	r.waitFor("the disputed facts", has("disputed fact 1/", "Disputed facts:", "j/k fact"))
	if !r.vt.altScreen {
		t.Errorf("the reader should draw on the alternate screen")
	}
	r.send("j")
	r.waitFor("the second disputed fact", has("disputed fact 2/"))
	r.send("\r")
	s := r.waitFor("its claim", has("claim 2/", "Atlantic Morning Star", "j/k claim", "d returns to the disputed facts"))
	total := between(s, "claim 2/", " ")
	r.send("gj")
	r.waitFor("the second claim", has("claim 2/"+total))
	r.send("G")
	r.waitFor("the last claim", has("claim "+total+"/"+total, "October 19"))
	r.send("\r")
	r.waitFor("the article", has("▌ ", "the claim's passage is marked"))
	r.send("\x1b")
	r.waitFor("the claims again", has("claim "+total+"/"+total, "j/k claim"))
	r.send("g/drifted")
	r.waitFor("a search match", has("/drifted", "1 of 1 match", "claim 1/"))
	r.send("\r?")
	r.waitFor("the full help", has("Search and filter", "esc or ? closes the help"))
	r.send("?")
	r.resize(40, 12)
	s = r.waitFor("the narrow layout", has("1/"+total+" · ", "▸ Atlantic Morning Star"))
	t.Logf("40×12:\n%s", s)
	r.send("x")
	r.waitFor("the mark", has("✗1"))
	r.send("q")
	r.wait()

	if r.vt.altScreen {
		t.Errorf("the alternate screen was not left")
	}
	if !r.vt.cursorVisible {
		t.Errorf("the cursor was not shown again")
	}
	after, err := unix.IoctlGetTermios(int(r.tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if after.Lflag != before.Lflag || after.Iflag != before.Iflag || after.Oflag != before.Oflag {
		t.Errorf("terminal modes not restored: lflag %#x→%#x iflag %#x→%#x oflag %#x→%#x",
			before.Lflag, after.Lflag, before.Iflag, after.Iflag, before.Oflag, after.Oflag)
	}
	files, _ := filepath.Glob(filepath.Join(state, "crosscheck", "sample-*.json"))
	if len(files) != 1 {
		t.Fatalf("session files %v, want one for the sample", files)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var saved struct {
		Position struct {
			ClaimID string `json:"claim_id"`
		}
		Marks []struct{ ClaimID, Verdict string } `json:"marks"`
	}
	if err := json.Unmarshal(b, &saved); err != nil {
		t.Fatal(err)
	}
	if saved.Position.ClaimID != "c1" || len(saved.Marks) != 1 || saved.Marks[0].Verdict != "disputed" {
		t.Errorf("session file: %s", b)
	}
}

// between returns the text of s after prefix up to the next sep.
func between(s, prefix, sep string) string {
	_, rest, _ := strings.Cut(s, prefix)
	v, _, _ := strings.Cut(rest, sep)
	return v
}

func filterEnv(env []string, drop ...string) []string {
	var out []string
	for _, e := range env {
		name, _, _ := strings.Cut(e, "=")
		keep := true
		for _, d := range drop {
			keep = keep && name != d
		}
		if keep {
			out = append(out, e)
		}
	}
	return out
}
