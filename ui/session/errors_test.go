package session

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorruptFile: every kind of unusable file is reported naming the
// file, and left byte for byte as it was, also when the caller goes on
// read-only.
func TestCorruptFile(t *testing.T) {
	valid := func(mut func(string) string) []byte {
		path := tempPath(t)
		s := mustOpen(t, path, storyV1())
		must(t, s.SetVerdict(0, Verified))
		must(t, s.Save())
		return []byte(mut(string(readFile(t, path))))
	}
	tests := []struct {
		name    string
		content []byte
		reason  string
	}{
		{"garbage", []byte("\x00\x01not json at all\xff"), "not valid JSON"},
		{"truncated", valid(func(s string) string { return s[:len(s)/2] }), "not valid JSON"},
		{"empty", []byte("  \n"), "empty"},
		{"no schema", []byte(`{"marks": []}`), "no schema"},
		{"another program's JSON", []byte(`{"schema": "other/v1"}`), "not a crosscheck session"},
		{"newer version", valid(func(s string) string { return strings.Replace(s, Schema, "crosscheck-session/v2", 1) }), "another version"},
		{"bad verdict", valid(func(s string) string { return strings.Replace(s, `"verified"`, `"maybe"`, 1) }), "unknown verdict"},
		{"wrong type", valid(func(s string) string { return strings.Replace(s, `"marks": [`, `"marks": 3, "x": [`, 1) }), "line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tempPath(t)
			if err := os.WriteFile(path, tt.content, 0o600); err != nil {
				t.Fatal(err)
			}
			before, _ := os.Stat(path)
			_, err := Open(path)
			var fe *FileError
			if !errors.As(err, &fe) || !fe.Corrupt {
				t.Fatalf("Open: %v, want a corrupt *FileError", err)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("message %q should name %s and say %q", err, path, tt.reason)
			}
			ro := ReadOnly(path)
			ro.Attach(storyV1())
			ro.SetPosition(1, "all")
			if err := ro.SetVerdict(0, Disputed); !errors.Is(err, ErrReadOnly) {
				t.Errorf("read-only SetVerdict: %v", err)
			}
			must(t, ro.Save())
			if got := readFile(t, path); !bytes.Equal(got, tt.content) {
				t.Error("the corrupt file was changed")
			}
			after, _ := os.Stat(path)
			if !after.ModTime().Equal(before.ModTime()) {
				t.Error("the corrupt file was touched")
			}
			if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
				t.Errorf("files appeared next to the session: %v", entries)
			}
		})
	}
}

func TestStartOver(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.json")
	junk := []byte("{not a session")
	must(t, os.WriteFile(path, junk, 0o600))
	s, moved, err := StartOver(path)
	must(t, err)
	if !strings.HasPrefix(moved, path+".corrupt-") {
		t.Errorf("moved to %q", moved)
	}
	if got := readFile(t, moved); !bytes.Equal(got, junk) {
		t.Error("the corrupt file's content was not kept")
	}
	s.now = clock()
	s.Attach(storyV1())
	must(t, s.SetVerdict(0, Verified))
	must(t, s.Save())
	if _, err := Open(path); err != nil {
		t.Errorf("new session: %v", err)
	}

	// A valid session is moved aside as old, never deleted; twice in a
	// second gets two names.
	_, moved2, err := StartOver(path)
	must(t, err)
	if !strings.HasPrefix(moved2, path+".old-") {
		t.Errorf("moved to %q", moved2)
	}
	if _, err := Open(moved2); err != nil {
		t.Errorf("the old session is not intact: %v", err)
	}
	must(t, os.WriteFile(path, junk, 0o600))
	must(t, os.WriteFile(path+".x", junk, 0o600))
	_, moved3, err := StartOver(path)
	must(t, err)
	if moved3 == moved || moved3 == moved2 {
		t.Errorf("StartOver reused %q", moved3)
	}
	_, moved4, err := StartOver(filepath.Join(dir, "none.json"))
	if err != nil || moved4 != "" {
		t.Errorf("StartOver without a file: %q %v", moved4, err)
	}
}

// TestUnreadableAndUnwritable covers files and folders crosscheck may not
// use: errors name the file and nothing is lost.
func TestUnreadableAndUnwritable(t *testing.T) {
	t.Run("a folder where the file should be", func(t *testing.T) {
		path := t.TempDir()
		_, err := Open(path)
		var fe *FileError
		if !errors.As(err, &fe) || fe.Corrupt || !strings.Contains(err.Error(), path) {
			t.Errorf("Open: %v", err)
		}
	})
	t.Run("a file where the folder should be", func(t *testing.T) {
		blocker := filepath.Join(t.TempDir(), "state")
		path := filepath.Join(blocker, "s.json")
		s := mustOpen(t, path, storyV1())
		must(t, s.SetVerdict(0, Verified))
		must(t, os.WriteFile(blocker, []byte("x"), 0o600))
		err := s.Save()
		if err == nil || !strings.Contains(err.Error(), path) {
			t.Fatalf("Save: %v, want an error naming %s", err, path)
		}
		if !s.Dirty() {
			t.Error("a failed save left the session clean")
		}
		// Once the folder can be made, the next Save keeps the mark.
		must(t, os.Remove(blocker))
		must(t, s.Save())
		if m, ok := mustOpen(t, path, storyV1()).Mark(0); !ok || m.Verdict != Verified {
			t.Errorf("mark after retry: %+v %v", m, ok)
		}
	})
	if os.Geteuid() == 0 {
		t.Log("running as root: permission bits do not stop root; the permission cases are skipped")
		return
	}
	t.Run("a file that may not be read", func(t *testing.T) {
		path := tempPath(t)
		must(t, os.WriteFile(path, []byte(`{"schema":"crosscheck-session/v1","marks":[]}`), 0o000))
		_, err := Open(path)
		var fe *FileError
		if !errors.As(err, &fe) || fe.Corrupt || !strings.Contains(err.Error(), "permission denied") || !strings.Contains(err.Error(), path) {
			t.Errorf("Open: %v", err)
		}
	})
	t.Run("a folder that may not be written", func(t *testing.T) {
		path := tempPath(t)
		s := mustOpen(t, path, storyV1())
		must(t, s.SetVerdict(0, Verified))
		must(t, s.Save())
		before := readFile(t, path)
		must(t, os.Chmod(filepath.Dir(path), 0o500))
		t.Cleanup(func() { os.Chmod(filepath.Dir(path), 0o700) })
		must(t, s.SetVerdict(1, Disputed))
		if err := s.Save(); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("Save: %v", err)
		}
		if got := readFile(t, path); !bytes.Equal(got, before) {
			t.Error("the previous session changed")
		}
	})
}
