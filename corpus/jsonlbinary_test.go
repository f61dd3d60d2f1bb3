package corpus

import (
	"strings"
	"testing"
)

func TestJSONLinesNULLineSkipsThatLineOnly(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "feed.jsonl", `{"outlet": "Harbour Wire", "text": "The harbour bridge reopened on Monday after repairs."}`+"\n"+
		`{"outlet": "Bad`+"\x00"+`Post", "text": "A line with a NUL byte."}`+"\n"+
		`{"outlet": "Coast Times", "text": "The harbour bridge reopened on Monday after three weeks."}`+"\n")
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var outlets []string
	for _, d := range c.Documents {
		outlets = append(outlets, d.Outlet+" "+d.Path[strings.LastIndex(d.Path, ":"):])
	}
	if got := strings.Join(outlets, ", "); got != "Harbour Wire :1, Coast Times :3" {
		t.Errorf("documents = %s", got)
	}
	if len(c.Warnings) != 1 || !strings.HasSuffix(c.Warnings[0], "feed.jsonl:2: skipped: binary data (a NUL byte), not an article") {
		t.Errorf("warnings = %q", c.Warnings)
	}
}

func TestBinaryFilesStillSkippedWhole(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "blob.jsonl", "\x00\x01\x02\x00\n\x00\x00")
	write(t, dir, "notes.txt", "A line of text.\nAnd a NUL \x00 here.\n")
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 0 || len(c.Warnings) != 2 {
		t.Fatalf("documents %d, warnings %q", len(c.Documents), c.Warnings)
	}
	for _, w := range c.Warnings {
		if !strings.HasSuffix(w, "skipped: binary data, not text") {
			t.Errorf("warning %q", w)
		}
	}
}
