package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The conventions of a shell tool, tested as a user meets them.

func TestHelpHasNoTrailingSpaces(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"report", "--help"}, {"man", "--help"}, {"help", "report"}} {
		out, _, status := run(t, args...)
		if status != 0 || out == "" {
			t.Fatalf("%v: status %d, %d bytes", args, status, len(out))
		}
		for i, l := range strings.Split(out, "\n") {
			if strings.HasSuffix(l, " ") || strings.HasSuffix(l, "\t") {
				t.Errorf("%v: line %d ends with white space: %q", args, i+1, l)
			}
		}
		if !strings.Contains(out, "crosscheck man") {
			t.Errorf("%v: help does not point to the manual page", args)
		}
	}
}

// completions asks cobra's completion machinery, as the shell scripts do,
// and returns the candidates and the directive.
func completions(t *testing.T, args ...string) (candidates []string, directive string) {
	t.Helper()
	out, errOut, status := run(t, append([]string{"__complete"}, args...)...)
	if status != 0 {
		t.Fatalf("__complete %v: status %d: %s", args, status, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for _, l := range lines[:len(lines)-1] {
		c, _, _ := strings.Cut(l, "\t")
		candidates = append(candidates, c)
	}
	return candidates, lines[len(lines)-1]
}

func TestCompletion(t *testing.T) {
	// ":0" is ShellCompDirectiveDefault: the shell completes file names,
	// or takes the names listed (at the top level, with the commands).
	got, d := completions(t, "")
	if d != ":0" || !slices.Contains(got, "main.go") || !slices.Contains(got, "testdata/") || !slices.Contains(got, "report") {
		t.Errorf("crosscheck <Tab> = %q %s, want files, folders and commands", got, d)
	}
	if got, d := completions(t, "testd"); d != ":2" || strings.Join(got, " ") != "testdata/" {
		t.Errorf("crosscheck testd<Tab> = %q %s, want the folder with no space after it", got, d)
	}
	if _, d := completions(t, "report", "art"); d != ":0" {
		t.Errorf("crosscheck report art<Tab>: directive %s, want :0 (files)", d)
	}
	// ":4" is ShellCompDirectiveNoFileComp.
	got, d = completions(t, "report", "--format", "")
	if strings.Join(got, " ") != "text markdown json html" || d != ":4" {
		t.Errorf("report --format <Tab> = %q %s, want the four formats and no files", got, d)
	}
	got, d = completions(t, "report", "--only", "")
	if strings.Join(got, " ") != "disputes conflicts marked" || d != ":4" {
		t.Errorf("report --only <Tab> = %q %s", got, d)
	}
	for _, shell := range []string{"bash", "zsh", "fish"} {
		out, _, status := run(t, "completion", shell)
		if status != 0 || !strings.Contains(out, "crosscheck") {
			t.Errorf("completion %s: status %d", shell, status)
		}
	}
}

func TestEmptyFolderExitsOne(t *testing.T) {
	empty := t.TempDir()
	for _, args := range [][]string{{"report", empty}, {empty}} {
		out, errOut, status := run(t, args...)
		if status != 1 || out != "" {
			t.Errorf("%v: status %d, stdout %q", args, status, out)
		}
		if want := "crosscheck: no usable article: " + empty + ": no article files in this folder"; !strings.HasPrefix(errOut, want) {
			t.Errorf("%v: stderr %q, want it to start %q", args, errOut, want)
		}
	}
	// A folder of files none of which is usable says why for each.
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": "", "b.txt": "\x00\x01\x02binary"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, errOut, status := run(t, "report", dir)
	if status != 1 || !strings.Contains(errOut, "a.txt: skipped: empty file") || !strings.Contains(errOut, "b.txt: skipped: binary data") {
		t.Errorf("status %d, stderr %q", status, errOut)
	}
}

func TestManPage(t *testing.T) {
	out, _, status := run(t, "man")
	if status != 0 {
		t.Fatalf("status %d", status)
	}
	for _, want := range []string{".TH CROSSCHECK 1", ".SH KEYS", ".SH EXIT STATUS", ".SH FILES", ".SH ENVIRONMENT",
		`\fB\-f\fR, \fB\-\-format\fR \fIFORMAT\fR`, "CLICOLOR_FORCE", "outlets.toml", "Claim view: Marks", ".B z", ".B space/pgdn", ".B o"} {
		if !strings.Contains(out, want) {
			t.Errorf("man page lacks %q", want)
		}
	}
	if strings.Contains(out, "--f ") || strings.Contains(out, `\-\-f `) {
		t.Error("man page names the shorthand as a long flag")
	}
}

func TestReportColourEnvironment(t *testing.T) {
	const esc = "\x1b["
	// run sets NO_COLOR; the output is piped.
	out, _, _ := run(t, "report")
	if strings.Contains(out, esc) {
		t.Error("colour with NO_COLOR set and piped")
	}
	state := "XDG_STATE_HOME=" + t.TempDir()
	out, _, _ = runEnv(t, []string{state, "NO_COLOR=", "CLICOLOR_FORCE=1"}, "report")
	if !strings.Contains(out, esc) {
		t.Error("no colour with CLICOLOR_FORCE=1 when piped")
	}
	out, _, _ = runEnv(t, []string{state, "NO_COLOR=1", "CLICOLOR_FORCE=1"}, "report")
	if strings.Contains(out, esc) {
		t.Error("colour with NO_COLOR set, although CLICOLOR_FORCE is")
	}
}
