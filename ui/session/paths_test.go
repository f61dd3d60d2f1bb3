package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCorpusInputs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	got, err := CorpusInputs(nil)
	if err != nil || len(got) != 1 || got[0] != SampleCorpus {
		t.Errorf("no paths: %v %v", got, err)
	}
	a, err := CorpusInputs([]string{"b/", "a.txt", "./b", "-"})
	must(t, err)
	b, err := CorpusInputs([]string{"a.txt", filepath.Join(dir, "b"), "-"})
	must(t, err)
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b"), "stdin"}
	if strings.Join(a, "|") != strings.Join(want, "|") || strings.Join(b, "|") != strings.Join(want, "|") {
		t.Errorf("inputs %v and %v, want %v", a, b, want)
	}
	if FileName(a) != FileName(b) {
		t.Error("the same corpus named two ways gets two session files")
	}
	c, _ := CorpusInputs([]string{"a.txt"})
	if FileName(a) == FileName(c) {
		t.Error("different corpora share a session file")
	}
	if n := FileName(a); !strings.HasPrefix(n, "a.txt-") || !strings.HasSuffix(n, ".json") {
		t.Errorf("file name %q", n)
	}
	if n := FileName([]string{"/x/Über Seeds (2025)!"}); !strings.HasPrefix(n, "ber-seeds-2025-") {
		t.Errorf("file name %q", n)
	}
}

func TestDefaultPath(t *testing.T) {
	in := []string{SampleCorpus}
	t.Setenv("XDG_STATE_HOME", "/var/state")
	if p, err := DefaultPath(in); err != nil || p != filepath.Join("/var/state", "crosscheck", FileName(in)) {
		t.Errorf("with XDG_STATE_HOME: %q %v", p, err)
	}
	t.Setenv("HOME", "/home/ann")
	for _, x := range []string{"", "relative/state"} {
		t.Setenv("XDG_STATE_HOME", x)
		if p, err := DefaultPath(in); err != nil || p != "/home/ann/.local/state/crosscheck/"+FileName(in) {
			t.Errorf("XDG_STATE_HOME=%q: %q %v", x, p, err)
		}
	}
	t.Setenv("HOME", "")
	os.Unsetenv("HOME")
	if _, err := DefaultPath(in); err == nil || !strings.Contains(err.Error(), "--session") {
		t.Errorf("without HOME: %v", err)
	}
}
