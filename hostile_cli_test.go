package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileNamesOnTheCommandLine runs crosscheck as a user would on
// paths and a session file whose names carry escape sequences and a
// newline: the messages name them with the sequences escaped visibly,
// and nothing on either stream can drive the terminal.
func TestHostileNamesOnTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	evil := "x\x1b]0;PWNED\x07\x1b]52;c;cHduZWQ=\x07\nforged.txt"
	for i, name := range []string{evil, "plain.txt"} {
		text := "The harbour bridge reopened on Monday after three weeks of repairs, officials said.\n\nRepairs cost about 4 million euros.\n"
		if i == 1 {
			text = "The harbour bridge reopened on Monday after repairs, officials said.\n\nThe repairs cost 5 million euros.\n"
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "y\x1b[2J.bin"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		status int
		want   string // on stderr
	}{
		{"a folder of hostile names", []string{"report", dir}, 0, `y\x1b[2J.bin: skipped: not an article format`},
		{"a hostile path that does not exist", []string{"report", filepath.Join(dir, "no\x1b]0;t\x07such.txt")}, 1, `no\x1b]0;t\x07such.txt: no such file or folder`},
		{"a hostile --session that does not exist", []string{"report", "--session", filepath.Join(dir, "s\x1b]52;c;eA==\x07\n.json"), dir}, 1, `s\x1b]52;c;eA==\x07\n.json`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, status := run(t, tt.args...)
			if status != tt.status || !strings.Contains(stderr, tt.want) {
				t.Errorf("status %d, stderr %q; want %d and %q", status, stderr, tt.status, tt.want)
			}
			for _, out := range []string{stdout, stderr} {
				if strings.ContainsAny(out, "\x1b\x07\u009b\u009d") {
					t.Errorf("output holds a control sequence:\n%q", out)
				}
			}
			if tt.status == 0 && !strings.Contains(stdout, `x\x1b]0;PWNED\x07\x1b]52;c;cHduZWQ=\x07\nforged.txt`) {
				t.Errorf("the hostile file is not named, escaped, in the report:\n%s", stdout)
			}
			if strings.Contains(stderr, "\nforged") || strings.Contains(stdout, "\nforged") {
				t.Errorf("a newline in a file name forged a line")
			}
		})
	}
}
