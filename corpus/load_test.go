package corpus

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadMissingPathNamesIt(t *testing.T) {
	_, err := Load([]string{"no/such/article.txt"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "no/such/article.txt") {
		t.Fatalf("Load of a missing path: err = %v, want it to name the path", err)
	}
}

func TestLoadSkipsBadFilesWithWarnings(t *testing.T) {
	dir := t.TempDir()
	good := "Headline of the day\n\nThe council voted on Monday to close the bridge for repairs. It will reopen in May.\n"
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte(good))
	write("empty.txt", nil)
	write("image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	write("big.txt", []byte(strings.Repeat("A long sentence of filler text. ", 100)))
	write(".hidden.txt", []byte(good))
	write("notes.pdf", []byte("%PDF-1.4"))
	c, err := Load([]string{dir}, Options{MaxSize: 2000})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 1 || path.Base(c.Documents[0].Path) != "good.txt" {
		t.Fatalf("documents = %d, want only good.txt", len(c.Documents))
	}
	warnings := strings.Join(c.Warnings, "\n")
	for _, want := range []string{"empty.txt: skipped: empty", "image.txt: skipped: binary", "big.txt: skipped:", "notes.pdf: skipped"} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
	if strings.Contains(warnings, ".hidden") {
		t.Errorf("hidden file mentioned: %s", warnings)
	}
}

func TestLoadMarkdownFrontMatter(t *testing.T) {
	dir := t.TempDir()
	md := "---\noutlet: \"Harbour Gazette\"\ntitle: Bridge shut\ndate: 2026-10-09\nurl: https://example.org/a\nauthor: Jo Smit\n---\n\n# Bridge shut\n\nThe **bridge** was [closed](https://example.org) on Thursday. Repairs start soon.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := c.Documents[0]
	if d.Outlet != "Harbour Gazette" || d.Title != "Bridge shut" || d.PublishedDate() != "2026-10-09" || d.URL != "https://example.org/a" || d.Byline != "Jo Smit" {
		t.Errorf("metadata = %q %q %q %q %q", d.Outlet, d.Title, d.PublishedDate(), d.URL, d.Byline)
	}
	if len(d.Passages) != 2 || d.Passages[0].Text != "The bridge was closed on Thursday." {
		t.Errorf("passages = %+v", d.Passages)
	}
}

func TestOutletFromPath(t *testing.T) {
	for in, want := range map[string]string{
		"times-of-israel.txt":         "Times of Israel",
		"dir/the_lowlands_courier.md": "The Lowlands Courier",
		"000_b8657bbdad9a1a27.txt":    "",
		"feed.jsonl:3":                "Feed",
		"BBC-news.txt":                "BBC News",
	} {
		if got := outletFromPath(in); got != want {
			t.Errorf("outletFromPath(%q) = %q, want %q", in, got, want)
		}
	}
}

// sampleKey is the part of testdata/sample_key.json about documents.
type sampleKey struct {
	Documents []struct {
		File        string   `json:"file"`
		Outlet      string   `json:"outlet"`
		Title       string   `json:"title"`
		Published   string   `json:"published"`
		Boilerplate []string `json:"boilerplate"`
	} `json:"documents"`
}

// TestSampleAgainstKey checks the cleaned sample against the answer key:
// outlets, titles and dates found, and every junk line removed.
func TestSampleAgainstKey(t *testing.T) {
	b, err := os.ReadFile("../testdata/sample_key.json")
	if err != nil {
		t.Fatal(err)
	}
	var k sampleKey
	if err := json.Unmarshal(b, &k); err != nil {
		t.Fatal(err)
	}
	c, err := LoadSample(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != len(k.Documents) {
		t.Fatalf("sample has %d documents, key %d", len(c.Documents), len(k.Documents))
	}
	byFile := map[string]Document{}
	for _, d := range c.Documents {
		byFile[path.Base(d.Path)] = d
	}
	for _, kd := range k.Documents {
		d, ok := byFile[kd.File]
		if !ok {
			t.Errorf("sample lacks %s", kd.File)
			continue
		}
		if d.Outlet != kd.Outlet || d.Title != kd.Title || d.PublishedDate() != kd.Published {
			t.Errorf("%s: got outlet %q title %q date %q; want %q %q %q", kd.File, d.Outlet, d.Title, d.PublishedDate(), kd.Outlet, kd.Title, kd.Published)
		}
		for _, junk := range kd.Boilerplate {
			for _, p := range d.Passages {
				if strings.Contains(p.Text, junk) || strings.Contains(junk, p.Text) {
					t.Errorf("%s: junk line kept as passage %s: %q", kd.File, p.ID, p.Text)
				}
			}
		}
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
