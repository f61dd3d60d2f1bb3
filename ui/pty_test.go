//go:build linux

package ui

import (
	"bytes"
	"encoding/json"
	"errors"
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
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		if _, err := os.Stat(goTool); err != nil {
			t.Skip("no go tool to build crosscheck with")
		}
	}
	bin := filepath.Join(t.TempDir(), "crosscheck")
	build := exec.Command(goTool, "build", "-o", bin, "..")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	const w, h = 100, 30
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: w, Rows: h}); err != nil {
		t.Fatal(err)
	}
	before, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(bin)
	state := t.TempDir()
	cmd.Env = append(filterEnv(os.Environ(), "NO_COLOR", "TERM", "COLORTERM", "TMUX", "XDG_STATE_HOME"), "TERM=xterm-256color", "XDG_STATE_HOME="+state)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
		}
	}()

	var mu sync.Mutex
	var out bytes.Buffer
	go func() {
		buf := make([]byte, 1<<15)
		for {
			n, err := ptmx.Read(buf)
			mu.Lock()
			out.Write(buf[:n])
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	vt := newVTScreen(w, h)
	fed := 0
	// screen replays the output that has arrived and returns the screen.
	screen := func() string {
		mu.Lock()
		b := append([]byte(nil), out.Bytes()[fed:]...)
		mu.Unlock()
		vt.feed(b)
		fed += len(b)
		return vt.String()
	}
	waitFor := func(what string, ok func(string) bool) string {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			s := screen()
			if ok(s) {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("waiting for %s; the screen is:\n%s", what, s)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	has := func(parts ...string) func(string) bool {
		return func(s string) bool {
			for _, p := range parts {
				if !strings.Contains(s, p) {
					return false
				}
			}
			return true
		}
	}
	send := func(keys string) {
		t.Helper()
		if _, err := ptmx.Write([]byte(keys)); err != nil {
			t.Fatal(err)
		}
	}

	waitFor("the disputed facts", has("disputed fact 1/", "Disputed facts:", "j/k fact"))
	if !vt.altScreen {
		t.Errorf("the reader should draw on the alternate screen")
	}
	send("j")
	waitFor("the second disputed fact", has("disputed fact 2/"))
	send("\r")
	s := waitFor("its claim", has("claim 2/", "Atlantic Morning Star", "j/k claim", "d returns to the disputed facts"))
	total := between(s, "claim 2/", " ")
	send("gj")
	waitFor("the second claim", has("claim 2/"+total))
	send("G")
	waitFor("the last claim", has("claim "+total+"/"+total, "October 19"))
	send("\r")
	waitFor("the article", has("▌ ", "the claim's passage is marked"))
	send("\x1b")
	waitFor("the claims again", has("claim "+total+"/"+total, "j/k claim"))
	send("g/drifted")
	waitFor("a search match", has("/drifted", "1 of 1 match", "claim 1/"))
	send("\r?")
	waitFor("the full help", has("Search and filter", "esc or ? closes the help"))
	send("?")
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: 40, Rows: 12}); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	vt.resize(40, 12)
	mu.Unlock()
	s = waitFor("the narrow layout", has("1/"+total+" · ", "▸ Atlantic Morning Star"))
	t.Logf("40×12:\n%s", s)
	send("x")
	waitFor("the mark", has("✗1"))
	send("q")

	select {
	case err := <-exited:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Errorf("exit status %d, want 0", ee.ExitCode())
		} else if err != nil {
			t.Fatal(err)
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("q did not end the program; the screen is:\n%s", screen())
	}
	time.Sleep(50 * time.Millisecond) // let the last output arrive
	screen()
	if vt.altScreen {
		t.Errorf("the alternate screen was not left")
	}
	if !vt.cursorVisible {
		t.Errorf("the cursor was not shown again")
	}
	after, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
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
