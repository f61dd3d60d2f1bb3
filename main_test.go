package main

import (
	"crosscheck/ui/cli"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary act as crosscheck itself when asked, so
// that exit statuses and output streams are tested as a user sees them.
func TestMain(m *testing.M) {
	if os.Getenv("CROSSCHECK_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// run runs crosscheck with args and returns its stdout, stderr and exit
// status. Its state folder is empty, so no default session is found.
func run(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	return runIn(t, t.TempDir(), args...)
}

// runIn runs crosscheck with args and the state folder (XDG_STATE_HOME)
// state.
func runIn(t *testing.T, state string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	return runEnv(t, []string{"NO_COLOR=1", "XDG_STATE_HOME=" + state}, args...)
}

// runEnv runs crosscheck with args and env added to the environment; its
// page cache is an empty folder.
func runEnv(t *testing.T, env []string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), "CROSSCHECK_RUN_MAIN=1", "CROSSCHECK_CACHE_DIR="+t.TempDir()), env...)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), status
}

func TestCommandLine(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		status   int
		stdout   string
		stderr   string
		noStdout bool
	}{
		{"report sample as text", []string{"report"}, 0, "claims", "", false},
		{"report json", []string{"report", "--format", "json"}, 0, `"schema": "crosscheck/v1"`, "", false},
		{"report markdown", []string{"report", "--format", "markdown"}, 0, "# Fact-check memo: ", "", false},
		{"report html", []string{"report", "-f", "html", "--only", "conflicts"}, 0, "<!DOCTYPE html>", "", false},
		{"report html names its version", []string{"report", "-f", "html"}, 0, "by crosscheck " + cli.Release, "", false},
		{"report only the disputes", []string{"report", "--only", "disputes"}, 0, "only the disputed facts and their claims", "", false},
		{"unknown --only", []string{"report", "--only", "verified"}, 2, "", "verified", true},
		{"--new-session is for the reader", []string{"report", "--new-session"}, 2, "", "new-session", true},
		{"--session with --no-session", []string{"report", "--session", "x.json", "--no-session"}, 2, "", "--no-session", true},
		{"missing session file", []string{"report", "--session", "no-such-session.json"}, 1, "", "no-such-session.json", true},
		{"--only marked without a session", []string{"report", "--only", "marked", "-f", "markdown"}, 0, "None.", "no session", false},
		{"not a terminal prints the report", nil, 0, "outlets", "", false},
		{"missing file", []string{"report", "no-such-dir/x.txt"}, 1, "", "no-such-dir/x.txt", true},
		{"unknown format", []string{"report", "--format", "yaml"}, 2, "", "yaml", true},
		{"unknown flag", []string{"--frobnicate"}, 2, "", "frobnicate", true},
		{"bad size", []string{"report", "--max-size", "lots"}, 2, "", "--max-size", true},
		{"help", []string{"--help"}, 0, "report", "", false},
		{"version", []string{"--version"}, 0, "crosscheck " + cli.Release + "\nmodule:   crosscheck", "", false},
		{"bad --outlet", []string{"report", "--outlet", "x.txt"}, 2, "", "FILE_OR_URL=NAME", true},
		{"bad --timeout", []string{"report", "--timeout", "0s"}, 2, "", "--timeout", true},
		{"missing --urls file", []string{"report", "--urls", "no-such-list.txt"}, 1, "", "no-such-list.txt: no such file or folder", true},
		{"man page", []string{"man"}, 0, ".SH EXIT STATUS", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := run(t, tt.args...)
			if status != tt.status {
				t.Errorf("status %d, want %d\nstderr: %s", status, tt.status, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%.400s", tt.stdout, out)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errOut)
			}
			if tt.noStdout && out != "" {
				t.Errorf("stdout should be empty on error, got %.200q", out)
			}
			if strings.Contains(errOut, "goroutine ") || strings.Contains(errOut, "panic:") {
				t.Errorf("stack trace on stderr:\n%s", errOut)
			}
		})
	}
}

// TestReportSeeds reads the five real articles in ../shared/seeds, when
// they are there.
func TestReportSeeds(t *testing.T) {
	seeds := filepath.Join("..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("../shared/seeds is not here")
	}
	out, errOut, status := run(t, "report", "--format", "json", seeds)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	var r struct {
		Documents []struct{ ID string } `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	if len(r.Documents) != 5 {
		t.Errorf("%d documents, want 5", len(r.Documents))
	}
}

// gcPercent returns the collector's setting, leaving it as it is.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// TestOnlyTheFirstCollectionIsPutOff: the collector's setting is raised
// until the first collection, then given back; a GOGC the user set is
// left alone.
func TestOnlyTheFirstCollectionIsPutOff(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	t.Setenv("GOGC", "")
	lateFirstGC()
	if p := gcPercent(); p != firstGCPercent {
		t.Fatalf("before the first collection: GOGC %d, want %d", p, firstGCPercent)
	}
	// The setting is given back by a cleanup, which runs in a goroutine of
	// its own once a collection has freed the sentinel.
	deadline := time.Now().Add(10 * time.Second)
	for gcPercent() != 100 {
		if time.Now().After(deadline) {
			t.Fatalf("after collections: GOGC %d, want 100 back", gcPercent())
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}

	t.Setenv("GOGC", "50")
	debug.SetGCPercent(50)
	lateFirstGC()
	if p := gcPercent(); p != 50 {
		t.Errorf("with GOGC=50 set: GOGC %d, want 50 kept", p)
	}
}
