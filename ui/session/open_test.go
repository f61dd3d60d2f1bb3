package session

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestForReader(t *testing.T) {
	state := t.TempDir()
	t.Setenv("XDG_STATE_HOME", state)
	articles := t.TempDir()

	s, notice, err := ForReader([]string{articles}, "", false)
	if err != nil || notice != "" || s.ReadOnly() || filepath.Dir(s.Path()) != filepath.Join(state, "crosscheck") {
		t.Fatalf("default: %v %q %v", s.Path(), notice, err)
	}
	if in := s.Inputs(); len(in) != 1 || in[0] != articles {
		t.Errorf("inputs %v", in)
	}

	path := filepath.Join(t.TempDir(), "s.json")
	junk := []byte("not a session")
	os.WriteFile(path, junk, 0o600)
	s, notice, err = ForReader(nil, path, false)
	if err != nil || !s.ReadOnly() || !strings.Contains(notice, path) || !strings.Contains(notice, "read-only") ||
		!strings.Contains(notice, "--new-session") {
		t.Errorf("corrupt: read-only %v, notice %q, %v", s.ReadOnly(), notice, err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, junk) {
		t.Error("the corrupt file was changed")
	}

	s, notice, err = ForReader(nil, path, true)
	if err != nil || s.ReadOnly() || !strings.Contains(notice, ".corrupt-") {
		t.Fatalf("--new-session: %q %v", notice, err)
	}
	moved := notice[strings.LastIndex(notice, " ")+1:]
	if got, _ := os.ReadFile(moved); !bytes.Equal(got, junk) {
		t.Errorf("the corrupt file was not kept at %s", moved)
	}
}
