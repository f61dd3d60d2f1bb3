package session

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// crashEnv names the session file a child test process marks and then
// dies saving.
const crashEnv = "CROSSCHECK_SESSION_CRASH_CHILD"

// TestMain lets the test binary play a crosscheck that is killed while
// saving: with crashEnv set it opens that session, marks a claim, and
// SIGKILLs itself once the new session is written and synced to the
// temporary file, before the rename.
func TestMain(m *testing.M) {
	if path := os.Getenv(crashEnv); path != "" {
		crashWhileSaving(path)
		os.Exit(3) // not reached: the process is killed
	}
	os.Exit(m.Run())
}

func crashWhileSaving(path string) {
	s, err := Open(path)
	if err != nil {
		os.Exit(4)
	}
	s.Attach(storyV1())
	if s.SetVerdict(2, Disputed) != nil || s.SetNote(0, "changed in the crashed run") != nil {
		os.Exit(5)
	}
	afterTempSync = func(string) { syscall.Kill(os.Getpid(), syscall.SIGKILL) }
	s.Save()
}

// TestCrashBeforeRenameKeepsPreviousSession kills a crosscheck between
// writing the new session to its temporary file and renaming it: the
// session file must still hold the previous session, whole.
func TestCrashBeforeRenameKeepsPreviousSession(t *testing.T) {
	path := tempPath(t)
	s := mustOpen(t, path, storyV1())
	must(t, s.SetVerdict(0, Verified))
	must(t, s.SetNote(0, "before the crash"))
	must(t, s.Save())
	before := readFile(t, path)

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed while saving: %v %s", err, stderr.String())
	}

	if got := readFile(t, path); !bytes.Equal(got, before) {
		t.Fatalf("the session file changed:\n%s", got)
	}
	r := mustOpen(t, path, storyV1())
	if m, ok := r.Mark(0); !ok || m.Verdict != Verified || m.Note != "before the crash" {
		t.Errorf("previous mark: %+v %v", m, ok)
	}
	if _, ok := r.Mark(2); ok {
		t.Error("the crashed run's mark reached the session file")
	}

	// The child did get as far as a complete, synced temporary file:
	// the crash hit exactly between write and rename.
	tmps, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".story.json.tmp-*"))
	if len(tmps) != 1 {
		t.Fatalf("temporary files %v, want the crashed run's one", tmps)
	}
	if b := readFile(t, tmps[0]); !strings.Contains(string(b), "changed in the crashed run") {
		t.Error("the temporary file does not hold the crashed run's session")
	}
}

// TestConcurrentSaves marks claims from many goroutines, each saving after
// its change: the file ends with every mark, and a reader polling it
// meanwhile never sees a partial file.
func TestConcurrentSaves(t *testing.T) {
	p := make([][]m, 40)
	for i := range p {
		p[i] = []m{{i % 3, fmt.Sprintf("Passage number %d of the story.", i)}}
	}
	story := mkStory(outlets3, p...)
	path := tempPath(t)
	s := mustOpen(t, path, story)
	must(t, s.SetVerdict(0, Unsure))
	must(t, s.Save())

	stop := make(chan struct{})
	var polls sync.WaitGroup
	polls.Add(1)
	var bad []string
	go func() {
		defer polls.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			b, err := os.ReadFile(path)
			if err != nil {
				bad = append(bad, err.Error())
				continue
			}
			if _, err := decode(b); err != nil {
				bad = append(bad, err.Error())
			}
		}
	}()

	// Many changes, each followed by its Save, race: whichever Save ends
	// last must have written the newest state.
	var wg sync.WaitGroup
	for i := range story.Claims {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.SetVerdict(i, Verdicts[i%3]); err != nil {
				t.Error(err)
			}
			if err := s.Save(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	r := mustOpen(t, path, story)
	if n := len(r.Marks()); n != len(story.Claims) {
		t.Errorf("%d marks saved, want %d", n, len(story.Claims))
	}
	for i := range story.Claims {
		if m, _ := r.Mark(i); m.Verdict != Verdicts[i%3] {
			t.Errorf("claim %d: %q, want %q", i, m.Verdict, Verdicts[i%3])
		}
	}

	// Two crosschecks on one file: the last writer wins, and the file is
	// whole at every moment.
	for i := range 20 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			s.SetPosition(i, "all")
			if err := s.Save(); err != nil {
				t.Error(err)
			}
		}()
		go func() {
			defer wg.Done()
			if err := r.SetNote(i, "from the other one"); err != nil {
				t.Error(err)
			}
			if err := r.Save(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	close(stop)
	polls.Wait()
	if len(bad) > 0 {
		t.Errorf("a reader saw %d unusable files, first: %s", len(bad), bad[0])
	}
	if tmps, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*.tmp-*")); len(tmps) > 0 {
		t.Errorf("temporary files left: %v", tmps)
	}
}
