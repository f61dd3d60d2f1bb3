//go:build linux

package ui

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
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
	a.waitFor("the first reader's first claim", has("claim 1/", "j/k claim"))
	b := startInPTY(t, bin, 100, 30, state)
	b.waitFor("the second reader, told of the first", has("claim 1/", "another reader has this session open"))

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

// buildCrosscheck builds the command into a temporary folder.
func buildCrosscheck(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goTool); err != nil {
			t.Skip("no go tool to build crosscheck with")
		}
	}
	bin := filepath.Join(t.TempDir(), "crosscheck")
	if out, err := exec.Command(goTool, "build", "-o", bin, "..").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// ptyReader is crosscheck running in a pseudo-terminal of its own, its
// screen read through vtScreen.
type ptyReader struct {
	t      *testing.T
	ptmx   *os.File
	cmd    *exec.Cmd
	exited chan error
	mu     sync.Mutex
	out    bytes.Buffer
	vt     *vtScreen
	fed    int
}

// startInPTY starts bin with args in a w×h pseudo-terminal, keeping its
// state (sessions) in state; the test ends it if it is still running.
func startInPTY(t *testing.T, bin string, w, h int, state string, args ...string) *ptyReader {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ptmx.Close(); tty.Close() })
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)}); err != nil {
		t.Fatal(err)
	}
	r := &ptyReader{t: t, ptmx: ptmx, exited: make(chan error, 1), vt: newVTScreen(w, h)}
	r.cmd = exec.Command(bin, args...)
	r.cmd.Env = append(filterEnv(os.Environ(), "NO_COLOR", "TERM", "COLORTERM", "TMUX", "XDG_STATE_HOME"), "TERM=xterm-256color", "XDG_STATE_HOME="+state)
	r.cmd.Stdin, r.cmd.Stdout, r.cmd.Stderr = tty, tty, tty
	r.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.exited <- r.cmd.Wait() }()
	t.Cleanup(func() {
		if r.cmd.ProcessState == nil {
			_ = r.cmd.Process.Kill()
		}
	})
	go func() {
		buf := make([]byte, 1<<15)
		for {
			n, err := ptmx.Read(buf)
			r.mu.Lock()
			r.out.Write(buf[:n])
			r.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	return r
}

// screen replays the output that has arrived and returns the screen.
func (r *ptyReader) screen() string {
	r.mu.Lock()
	b := append([]byte(nil), r.out.Bytes()[r.fed:]...)
	r.mu.Unlock()
	r.vt.feed(b)
	r.fed += len(b)
	return r.vt.String()
}

// waitFor waits until the screen satisfies ok.
func (r *ptyReader) waitFor(what string, ok func(string) bool) string {
	r.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := r.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("waiting for %s; the screen is:\n%s", what, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// send types keys, one at a time, as a person would.
func (r *ptyReader) send(keys string) {
	r.t.Helper()
	for _, k := range keys {
		if _, err := r.ptmx.Write([]byte(string(k))); err != nil {
			r.t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// wait waits for the program to end, with exit status 0.
func (r *ptyReader) wait() {
	r.t.Helper()
	select {
	case err := <-r.exited:
		if err != nil {
			r.t.Errorf("exit: %v; the screen is:\n%s", err, r.screen())
		}
	case <-time.After(15 * time.Second):
		r.t.Fatalf("the program did not end; the screen is:\n%s", r.screen())
	}
}

// has returns a test for a screen that holds every one of parts.
func has(parts ...string) func(string) bool {
	return func(s string) bool {
		for _, p := range parts {
			if !strings.Contains(s, p) {
				return false
			}
		}
		return true
	}
}
