package corpus

import (
	"bytes"
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
	if len(d.Body()) != 2 || d.Body()[0].Text != "The bridge was closed on Thursday." {
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

func write(t testing.TB, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// copyFixture copies a file of testdata/formats into dir.
func copyFixture(t *testing.T, dir, name string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "formats", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBadFilesAmongGoodArticles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"library-flood.html", "library-loss.md", "crlf-bom.txt"} {
		copyFixture(t, dir, name)
	}
	// A 30 MB text file: over the default 10 MB limit.
	big := bytes.Repeat([]byte("The flood reached the basement of the library on Tuesday night. "), 30<<20/64+1)
	if err := os.WriteFile(filepath.Join(dir, "huge.txt"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	// A PNG image renamed .txt.
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66")
	png = append(png, bytes.Repeat([]byte{0x78, 0x9c, 0xed, 0xc1, 0x01, 0x0d, 0x00, 0x00}, 512)...)
	if err := os.WriteFile(filepath.Join(dir, "photo.txt"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	// Random high bytes without a NUL: not text in any encoding we read.
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(0x80 + (i*37)%0x7f)
	}
	if err := os.WriteFile(filepath.Join(dir, "noise.txt"), noise, 0o644); err != nil {
		t.Fatal(err)
	}
	// Base64 in lines of 76, as a saved attachment looks: text, but no
	// words.
	var b64 strings.Builder
	for i := range 2000 {
		b64.WriteString(strings.Repeat(string(rune('A'+i%26))+"b3Jk+/9", 10)[:76] + "\n")
	}
	write(t, dir, "attachment.txt", b64.String())
	// A long paragraph with no sentence end: kept, in passages of sentence
	// size.
	write(t, dir, "list.txt", "Flood closures\n\n"+strings.Repeat("Mill Street, Bridge Road, Quay Lane, ", 200)+"\n")
	write(t, dir, "blank.md", "\n  \n\t\n")
	write(t, dir, "only-junk.txt", "Home › News\n\nSubscribe\n\nAdvertisement\n\n© 2026 Nobody\n")

	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range c.Documents {
		got = append(got, filepath.Base(d.Path))
	}
	if strings.Join(got, " ") != "crlf-bom.txt library-flood.html library-loss.md list.txt" {
		t.Errorf("documents = %v, want the three good articles and the list", got)
	}
	for _, d := range c.Documents {
		for _, p := range d.Passages {
			if len(p.Text) > maxPassageBytes {
				t.Errorf("%s %s: passage of %d bytes, over %d", d.Path, p.ID, len(p.Text), maxPassageBytes)
			}
		}
	}
	warnings := strings.Join(c.Warnings, "\n")
	for _, want := range []string{
		"huge.txt: skipped: 30.0 MB is larger than the 10.0 MB limit",
		"photo.txt: skipped: binary data",
		"noise.txt: skipped: binary data",
		"blank.md: skipped: empty file",
		"only-junk.txt: skipped: no usable article text",
		"attachment.txt: skipped: encoded data",
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
}

func TestLoadPathsGivenTwiceAndLinks(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, "library-loss.md")
	sub := filepath.Join(dir, "more")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	copyFixture(t, sub, "crlf-bom.txt")
	if err := os.Symlink(filepath.Join(sub, "crlf-bom.txt"), filepath.Join(dir, "linked.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "broken.txt")); err != nil {
		t.Fatal(err)
	}
	c, err := Load([]string{dir, filepath.Join(dir, "library-loss.md")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 2 {
		t.Errorf("documents = %d, want 2 (each text once)", len(c.Documents))
	}
	warnings := strings.Join(c.Warnings, "\n")
	for _, want := range []string{"broken.txt: skipped: no such file", "more/crlf-bom.txt: skipped: the same text as", "library-loss.md: skipped: the same text as"} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
}

func TestNamedFileOfUnknownTypeIsRead(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "story.article", "Ferry resumes service\n\nThe lake ferry resumed service on Saturday after repairs, the operator said.\n")
	write(t, dir, "UTF16.txt", "")
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "Ferry news\n\nThe ferry ran again on Sunday, the operator said.\n" {
		utf16 = append(utf16, byte(r), 0)
	}
	if err := os.WriteFile(filepath.Join(dir, "UTF16.txt"), utf16, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load([]string{filepath.Join(dir, "story.article"), filepath.Join(dir, "UTF16.txt")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 2 || c.Documents[0].Format != "text" || c.Documents[1].Title != "Ferry news" {
		t.Errorf("documents = %+v; warnings %q", c.Documents, c.Warnings)
	}
}

func TestFewerThanTwoDocumentsIsNotAnError(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, "library-loss.md")
	c, err := Load([]string{dir}, Options{})
	if err != nil || len(c.Documents) != 1 {
		t.Fatalf("one article: %v, %d documents", err, len(c.Documents))
	}
	empty := t.TempDir()
	c, err = Load([]string{empty}, Options{})
	if err != nil || len(c.Documents) != 0 {
		t.Fatalf("empty folder: %v, %+v", err, c)
	}
	if len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], empty) || !strings.Contains(c.Warnings[0], "no article files") {
		t.Errorf("empty folder: warnings %q, want one naming the folder", c.Warnings)
	}
	c, err = Load([]string{dir, empty}, Options{})
	if err != nil || len(c.Documents) != 1 || len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], empty) {
		t.Errorf("a folder with an article and an empty one: %v, %d documents, warnings %q", err, len(c.Documents), c.Warnings)
	}
}

// The headline is the document's first passage, "<doc>.headline", in
// paragraph 0; the body's passages keep their numbers from 1, and the
// title stays the title. A document without a headline has no headline
// passage, and a first sentence that reads as the title is not repeated.
func TestHeadlinePassage(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Bridge shut after ship strike\n\nThe bridge was closed on Thursday. Repairs start soon.\n")
	write(t, dir, "b.md", "The bridge was closed on Thursday after a cargo ship struck it.\n")
	write(t, dir, "c.md", "---\ntitle: Ferry halted on the lake after engine fault\n---\n\nFerry halted on the lake after an engine fault\n\nThe lake ferry stopped running on Tuesday.\n")
	c, err := Load([]string{dir}, Options{})
	if err != nil || len(c.Documents) != 3 {
		t.Fatalf("%v, %d documents, warnings %q", err, len(c.Documents), c.Warnings)
	}
	a := c.Documents[0]
	if !a.HasHeadline() || a.Passages[0] != (Passage{ID: "d1.headline", Paragraph: 0, Text: "Bridge shut after ship strike", Headline: true}) {
		t.Errorf("headline passage = %+v", a.Passages[0])
	}
	if a.Title != "Bridge shut after ship strike" || len(a.Body()) != 2 || a.Body()[0].ID != "d1.1" || a.Body()[1].ID != "d1.2" || a.Body()[0].Paragraph != 1 {
		t.Errorf("title %q, body %+v", a.Title, a.Body())
	}
	if b := c.Documents[1]; b.HasHeadline() != (b.Title != "") || len(b.Body()) != 1 || b.Body()[0].ID != "d2.1" {
		t.Errorf("no headline: title %q, passages %+v", b.Title, b.Passages)
	}
	for _, p := range c.Documents[2].Passages {
		if p.Headline && p.Text != c.Documents[2].Title || !p.Headline && strings.Contains(p.Text, "Ferry halted") {
			t.Errorf("headline repeated or wrong: %+v", c.Documents[2].Passages)
		}
	}
}
