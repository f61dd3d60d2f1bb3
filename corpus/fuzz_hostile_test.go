package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Fuzz targets for what comes from outside besides file contents: file
// and folder names, front matter, and the sanitiser itself. Run one with
//
//	go test ./corpus -run '^$' -fuzz FuzzFileNames -fuzztime 1m

// hostileNames seed the name targets: every class of control sequence,
// invisible text and byte that is not UTF-8, as file names carry them.
var hostileNames = []string{
	"x\x1b]0;PWNED\x07\x1b]52;c;cHduZWQ=\x07", "two\nlines", "tab\tand\rreturn", "csi\u009b2J", "osc8\x1b]8;;https:__e\x1b\\l\x1b]8;;\x1b\\",
	"gnp.\u202etxt", "zero\u200bwidth\u2060", "marks\u200e\u200f\u061c", "raw\x9b\xffbytes", "tags\U000E0041", "bell\x07\x08", "-", ".hidden", "000_b8657bbdad9a1a27",
	"times-of-israel", "می\u200cخواهم", "👩\u200d🚒", "\x1bP1$r0m\x1b\\dcs", "\x1b_apc\x1b\\", "del\x7f",
}

// FuzzFileNames loads an article from a folder and a file named by the
// input: whatever the names, the document loads, and nothing shown of it
// (path, outlet label, warnings) can drive the terminal.
func FuzzFileNames(f *testing.F) {
	for _, n := range hostileNames {
		f.Add(n, n)
	}
	f.Fuzz(func(t *testing.T, folder, file string) {
		if !validName(folder) || !validName(file) || strings.HasPrefix(folder, ".") || strings.HasPrefix(file, ".") {
			return
		}
		dir := filepath.Join(t.TempDir(), folder)
		if err := os.Mkdir(dir, 0o755); err != nil {
			return // a name the file system refuses
		}
		if err := os.WriteFile(filepath.Join(dir, file+".txt"), []byte("The harbour bridge reopened on Monday after repairs, officials said.\n"), 0o644); err != nil {
			return
		}
		c, err := Load([]string{filepath.Dir(dir)}, Options{})
		if err != nil {
			t.Fatalf("load: %v", err)
		}
		if len(c.Documents) != 1 {
			t.Fatalf("%d documents; warnings %q", len(c.Documents), c.Warnings)
		}
		checkDocument(t, c.Documents[0])
		for _, w := range append(c.Warnings, c.Documents[0].Path) {
			if unsafeAt(w) >= 0 || !utf8.ValidString(w) {
				t.Errorf("unsafe: %q", w)
			}
		}
	})
}

// validName reports whether s can name a file on the systems tests run
// on: not empty, no slash or NUL, not too long.
func validName(s string) bool {
	return s != "" && s != "." && s != ".." && len(s) <= 200 && !strings.ContainsAny(s, "/\x00")
}

// FuzzFrontMatter reads a Markdown file with the input as its front
// matter: whatever the fields hold, the document's metadata is clean.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"outlet: Evil\x1b]0;x\x07 Wire\ntitle: \"Bridge \\u001b[2J reopens\"\nauthor:\n  - A\u202e\n  - B\nurl: javascript:alert(1)",
		"title = \"x\u009b31m\"", "outlet: [a\x1b, b]", "date: 2026-10-09\x1b[H", ": : :", "- - -", "\"\x1b\": \"\x07\"",
	} {
		f.Add(s)
	}
	for _, n := range hostileNames {
		f.Add("outlet: " + n + "\ntitle: " + n)
	}
	f.Fuzz(func(t *testing.T, block string) {
		for _, fence := range []string{"---", "+++"} {
			text := fence + "\n" + block + "\n" + fence + "\n\nThe harbour bridge reopened on Monday after repairs, officials said.\n"
			fields, body, _ := splitFrontMatter(text)
			if !strings.HasSuffix(text, body) {
				t.Fatalf("body %q is not the end of the file", body)
			}
			_ = fields
			fuzzRead(t, "a.md", []byte(text))
		}
	})
}

// FuzzSanitize checks the sanitiser's promises on any string: nothing
// that drives a terminal is left, cleaning twice changes nothing, a line
// stays one line, and a name keeps every printable character.
func FuzzSanitize(f *testing.F) {
	for _, s := range append(hardText, hostileNames...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if strings.IndexFunc(out, func(r rune) bool { return isControl(r) && r != '\n' && r != '\t' }) >= 0 || !utf8.ValidString(out) {
			t.Errorf("Sanitize(%q) = %q holds a control character", s, out)
		}
		if again := Sanitize(out); again != out {
			t.Errorf("Sanitize is not idempotent: %q then %q", out, again)
		}
		line := SanitizeLine(s)
		if strings.ContainsAny(line, "\n\t") || line != strings.TrimSpace(line) || SanitizeLine(line) != line {
			t.Errorf("SanitizeLine(%q) = %q", s, line)
		}
		name := EscapeName(s)
		if strings.IndexFunc(name, isControl) >= 0 || !utf8.ValidString(name) || EscapeName(name) != name {
			t.Errorf("EscapeName(%q) = %q", s, name)
		}
		for _, r := range s {
			if r > ' ' && r != 0x7f && r != utf8.RuneError && !isInvisible(r) && !(r >= 0x80 && r <= 0x9f) && !strings.ContainsRune(name, r) {
				t.Errorf("EscapeName(%q) = %q lost %q", s, name, r)
			}
		}
	})
}
