//go:build linux

package ui

import (
	"bytes"
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

// The harness of the end-to-end tests: crosscheck built, run in a real
// pseudo-terminal, its screen read as a terminal shows it.

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
	tty    *os.File
	cmd    *exec.Cmd
	exited chan error
	mu     sync.Mutex
	out    bytes.Buffer
	vt     *vtScreen
	fed    int
	// modes are the terminal's modes before the program started, for a
	// test to check that it restored them.
	modes *unix.Termios
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
	r := &ptyReader{t: t, ptmx: ptmx, tty: tty, exited: make(chan error, 1), vt: newVTScreen(w, h)}
	if r.modes, err = unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS); err != nil {
		t.Fatal(err)
	}
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

// resize gives the terminal a new size.
func (r *ptyReader) resize(w, h int) {
	r.t.Helper()
	if err := pty.Setsize(r.ptmx, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)}); err != nil {
		r.t.Fatal(err)
	}
	r.mu.Lock()
	r.vt.resize(w, h)
	r.mu.Unlock()
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

// wait waits for the program to end, with exit status 0, and for its
// last output.
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
	time.Sleep(50 * time.Millisecond) // let the last output arrive
	r.screen()
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
