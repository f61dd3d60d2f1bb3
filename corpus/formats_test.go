package corpus

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// loadFixture loads files from testdata/formats and returns the corpus.
func loadFixture(t *testing.T, names ...string) *Corpus {
	t.Helper()
	var paths []string
	for _, n := range names {
		paths = append(paths, filepath.Join("testdata", "formats", n))
	}
	c, err := Load(paths, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// passageTexts joins a document's passages, one per line.
// passageTexts lists the body's passages, one a line (the headline is a
// passage too, tested on its own).
func passageTexts(d Document) string {
	var b strings.Builder
	for _, p := range d.Body() {
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

func wantMeta(t *testing.T, d Document, outlet, title, date, url, byline string) {
	t.Helper()
	if d.Outlet != outlet || d.Title != title || d.PublishedDate() != date || d.URL != url || d.Byline != byline {
		t.Errorf("%s metadata:\n got  outlet %q title %q date %q url %q byline %q\n want outlet %q title %q date %q url %q byline %q",
			d.Path, d.Outlet, d.Title, d.PublishedDate(), d.URL, d.Byline, outlet, title, date, url, byline)
	}
}

func TestHTMLPageWithNavigationScriptsAndAside(t *testing.T) {
	c := loadFixture(t, "library-flood.html")
	if len(c.Documents) != 1 {
		t.Fatalf("documents = %d, warnings %q", len(c.Documents), c.Warnings)
	}
	d := c.Documents[0]
	if d.Format != "html" {
		t.Errorf("format = %q", d.Format)
	}
	// og:site_name, og:title without the site suffix, article:published_time,
	// meta author, canonical link.
	wantMeta(t, d, "The Valley Ledger", "Flood closes Millbrook library for the winter", "2026-03-04",
		"https://valley-ledger.example.org/news/2026/03/04/millbrook-library-flood", "Tomasz Okafor")
	text := passageTexts(d)
	for _, junk := range []string{"Sport", "Weather", "dataLayer", "color: red", "River levels rise", "Council approves new budget",
		"Related stories", "All rights reserved", "Privacy policy", "console.log", "in your inbox", "Volunteers carry", "MILLBROOK —"} {
		if strings.Contains(text, junk) {
			t.Errorf("passages contain page furniture %q:\n%s", junk, text)
		}
	}
	for _, want := range []string{
		"A burst water main flooded the basement of the Millbrook public library on Tuesday night",
		"No one was in the building at the time.",
		"said Dr. Helen Marsh, the head librarian.",
		"Mr. Brandt said the insurance would cover only part of it.",
		"Residents can borrow books from the mobile library",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("passages lack %q:\n%s", want, text)
		}
	}
	if d.Dateline != "MILLBROOK —" {
		t.Errorf("dateline = %q", d.Dateline)
	}
	if len(d.Captions) != 1 || d.Captions[0].Credit != "Ana Ruiz/Valley Ledger" || d.Captions[0].After != 2 {
		t.Errorf("captions = %+v", d.Captions)
	}
	if !hasRemoved(d, ReasonNewsletter, "Sign up now") {
		t.Errorf("newsletter box not in removed: %+v", d.Removed)
	}
}

func TestHTMLMetadataFromJSONLDAndTime(t *testing.T) {
	c := loadFixture(t, "library-reopens.htm")
	d := c.Documents[0]
	// No Open Graph: the publisher, date and author of the JSON-LD
	// article, the title of the <h1>. JSON-LD's datePublished wins over a
	// later "Updated" <time>.
	wantMeta(t, d, "Millbrook Weekly", "Millbrook library to reopen early", "2026-09-30", "", "Rhea Lindqvist")
	if !hasRemoved(d, ReasonDateLine, "Updated Oct. 1, 2026") {
		t.Errorf("update line not removed as a date line: %+v", d.Removed)
	}
	if len(d.Body()) != 4 {
		t.Errorf("passages = %d:\n%s", len(d.Body()), passageTexts(d))
	}
}

func TestHTMLDateFromTimeElement(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "p.html", `<html><body><article><h1>Ferry service resumes on the lake</h1>
<p>Posted <time datetime="2026-05-02T08:00:00-04:00">May 2</time></p>
<p>The lake ferry resumed service on Saturday after a two-week halt for engine repairs, the operator said.</p>
<p>Crossings will run every hour until the end of the season.</p></article></body></html>`)
	c, err := Load([]string{filepath.Join(dir, "p.html")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := c.Documents[0]
	if d.PublishedDate() != "2026-05-02" || d.Title != "Ferry service resumes on the lake" {
		t.Errorf("date %q title %q", d.PublishedDate(), d.Title)
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	c := loadFixture(t, "library-loss.md")
	d := c.Documents[0]
	// source/published/author keys, a YAML list of authors, a quoted
	// title, a date in words.
	wantMeta(t, d, "Riverside Courier", "Library flood: what was lost", "2026-03-05",
		"https://riverside-courier.example.org/library-flood", "Priya Nandakumar, Sam O'Neill")
	text := passageTexts(d)
	if strings.Contains(text, "**") || strings.Contains(text, "](") || strings.Contains(text, "Help for readers") || strings.Contains(text, "Shelves of damaged") {
		t.Errorf("markup, subheading or image kept in passages:\n%s", text)
	}
	if !strings.Contains(text, "according to a preliminary count by staff.") {
		t.Errorf("link text lost:\n%s", text)
	}
	if len(d.Captions) != 1 || d.Captions[0].Credit != "Photo: Kai Berg/Riverside Courier" {
		t.Errorf("captions = %+v", d.Captions)
	}
	if d.Body()[0].Paragraph != 1 || d.Passages[len(d.Passages)-1].Paragraph != 3 {
		t.Errorf("paragraph numbers: first %d last %d", d.Body()[0].Paragraph, d.Passages[len(d.Passages)-1].Paragraph)
	}
}

func TestJSONArray(t *testing.T) {
	c := loadFixture(t, "feed.json")
	if len(c.Documents) != 2 {
		t.Fatalf("documents = %d, want 2; warnings %q", len(c.Documents), c.Warnings)
	}
	a, b := c.Documents[0], c.Documents[1]
	if !strings.HasSuffix(a.Path, "feed.json#1") || !strings.HasSuffix(b.Path, "feed.json#2") || a.Format != "json" {
		t.Errorf("paths %q %q format %q", a.Path, b.Path, a.Format)
	}
	wantMeta(t, a, "Valley Radio", "Library basement flooded", "2026-03-04", "https://radio.example.org/1", "Leo Grant")
	// Objects for source and author, a Unix time, HTML in "content".
	wantMeta(t, b, "County Gazette", "Millbrook counts the cost of library flood", "2026-03-05", "", "Ines Moreau")
	if got := passageTexts(b); got != "Repairs to the flooded Millbrook library could cost $450,000, Mayor Colin Brandt said on Wednesday.\nThe library will stay shut until December.\n" {
		t.Errorf("HTML content read as:\n%s", got)
	}
	if len(b.Captions) != 1 {
		t.Errorf("figcaption in JSON HTML not a caption: %+v", b.Captions)
	}
	warnings := strings.Join(c.Warnings, "\n")
	for _, want := range []string{"feed.json#3: skipped: not an article object", "feed.json#4: skipped: no article text"} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
}

func TestJSONLines(t *testing.T) {
	c := loadFixture(t, "feed.jsonl")
	if len(c.Documents) != 2 {
		t.Fatalf("documents = %d, want 2; warnings %q", len(c.Documents), c.Warnings)
	}
	a, b := c.Documents[0], c.Documents[1]
	if !strings.HasSuffix(a.Path, "feed.jsonl:1") || !strings.HasSuffix(b.Path, "feed.jsonl:4") || a.Format != "jsonl" {
		t.Errorf("paths %q %q format %q", a.Path, b.Path, a.Format)
	}
	wantMeta(t, a, "Town Hall Bulletin", "Library closed", "2026-03-04", "", "")
	wantMeta(t, b, "Millbrook Weekly", "Council to debate library repairs", "2026-03-06", "", "")
	warnings := strings.Join(c.Warnings, "\n")
	for _, want := range []string{"feed.jsonl:2: skipped: not valid JSON", "feed.jsonl:5: skipped: not an article object (an array)"} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
}

func TestJSONErrorsNameLineAndColumn(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "bad.json", "{\n  \"title\": \"x\",\n  \"text\": oops\n}\n")
	write(t, dir, "scalar.json", "42\n")
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	warnings := strings.Join(c.Warnings, "\n")
	for _, want := range []string{"bad.json: skipped: not valid JSON at line 3, column", "scalar.json: skipped: JSON a number"} {
		if !strings.Contains(warnings, want) {
			t.Errorf("warnings lack %q:\n%s", want, warnings)
		}
	}
}

func TestCRLFAndBOM(t *testing.T) {
	c := loadFixture(t, "crlf-bom.txt")
	d := c.Documents[0]
	if d.Title != "Millbrook library shut after flood" || d.PublishedDate() != "2026-03-04" {
		t.Errorf("title %q date %q", d.Title, d.PublishedDate())
	}
	for _, p := range d.Passages {
		if strings.ContainsAny(p.Text, "\r\ufeff") {
			t.Errorf("passage keeps CR or BOM: %q", p.Text)
		}
	}
	if len(d.Body()) != 2 || len(d.Warnings) != 0 {
		t.Errorf("passages %q warnings %q", passageTexts(d), d.Warnings)
	}
}

func TestWindows1252(t *testing.T) {
	c := loadFixture(t, "cp1252.txt")
	d := c.Documents[0]
	if d.Title != "Café owner helps library after flood" {
		t.Errorf("title = %q", d.Title)
	}
	want := "The owner of the Café Müller, “Anna” Keller, offered her back room as a reading room — free of charge – on Thursday.\n“It’s the least we can do,” she said.\nThe library thanked her.\n"
	if got := passageTexts(d); got != want {
		t.Errorf("passages:\n got  %q\n want %q", got, want)
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "Windows-1252") {
		t.Errorf("document warnings = %q", d.Warnings)
	}
	if len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], "cp1252.txt: not valid UTF-8; read as Windows-1252") {
		t.Errorf("corpus warnings = %q", c.Warnings)
	}
}

func TestEscapeSequencesRemoved(t *testing.T) {
	c := loadFixture(t, "escapes.txt")
	d := c.Documents[0]
	assertTerminalSafe(t, d)
	if d.Title != "Library flood: a test of escapes" {
		t.Errorf("title = %q (the OSC window title must go, the words around it stay)", d.Title)
	}
	want := "The flood reached the children's room on Tuesday night.\nOfficials posted details on the town website the next day.\n" +
		"A device control string was hidden here, and an 8-bit CSI too.\nC1 controls and a bell and a backspace were removed.\n"
	if got := passageTexts(d); got != want {
		t.Errorf("passages:\n got  %q\n want %q", got, want)
	}
}

func TestEscapesInJSONAndHTMLEntities(t *testing.T) {
	dir := t.TempDir()
	// JSON and HTML can spell control characters as escapes that decode
	// only after parsing.
	write(t, dir, "a.json", `{"outlet": "Evil\u001b]0;title\u0007 Wire", "title": "Bridge \u001b[2Jopen", "text": "The bridge \u001b[31mreopened\u001b[0m on Monday.\u009b2J It carries \u0085 trains."}`)
	write(t, dir, "b.html", `<html><head><meta property="og:site_name" content="Entity&#27;[31m Post"></head><body><article><h1>Bridge&#x1b;[2J reopens</h1><p>The bridge &#x1b;]8;;https://evil.example&#x1b;\reopened&#x1b;]8;;&#x1b;\ on Monday after repairs to its deck, officials said.</p><p>Trains will run again from Tuesday morning.</p></article></body></html>`)
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 2 {
		t.Fatalf("documents = %d; warnings %q", len(c.Documents), c.Warnings)
	}
	for _, d := range c.Documents {
		assertTerminalSafe(t, d)
	}
	if got := c.Documents[0].Body()[0].Text; got != "The bridge reopened on Monday." {
		t.Errorf("JSON passage = %q", got)
	}
	if got := c.Documents[1].Title; got != "Bridge reopens" {
		t.Errorf("HTML title = %q", got)
	}
}

func TestStdinFormatIsGuessed(t *testing.T) {
	html := `<!DOCTYPE html><html><head><meta property="og:site_name" content="Pipe News"></head><body><article><h1>Tunnel reopens after inspection</h1><p>The harbour tunnel reopened on Friday after a three-day safety inspection found no damage, the city said.</p><p>Traffic was back to normal by the evening rush hour.</p></article></body></html>`
	c, err := Load([]string{"-"}, Options{Stdin: strings.NewReader(html)})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 1 || c.Documents[0].Format != "html" || c.Documents[0].Outlet != "Pipe News" || c.Documents[0].Path != "-" {
		t.Fatalf("stdin read as %+v", c.Documents)
	}
	c, err = Load([]string{"-"}, Options{Stdin: strings.NewReader("Tunnel reopens\n\nThe tunnel reopened on Friday.\n")})
	if err != nil || len(c.Documents) != 1 || c.Documents[0].Format != "text" || c.Documents[0].Outlet != "stdin" || c.Documents[0].Title != "Tunnel reopens" {
		t.Fatalf("stdin text: %v %+v", err, c)
	}
	c, err = Load([]string{"-"}, Options{Stdin: strings.NewReader(`{"outlet":"Pipe Wire","text":"The tunnel reopened on Friday."}`)})
	if err != nil || len(c.Documents) != 1 || c.Documents[0].Format != "json" || c.Documents[0].Outlet != "Pipe Wire" {
		t.Fatalf("stdin JSON: %v %+v", err, c)
	}
}

// assertTerminalSafe fails when any text of d could drive a terminal.
func assertTerminalSafe(t *testing.T, d Document) {
	t.Helper()
	texts := []string{d.Path, d.Outlet, d.Title, d.URL, d.Byline, d.Dateline}
	for _, p := range d.Passages {
		texts = append(texts, p.Text)
	}
	for _, r := range d.Removed {
		texts = append(texts, r.Text, r.Reason)
	}
	for _, c := range d.Captions {
		texts = append(texts, c.Text, c.Credit)
	}
	texts = append(texts, d.Warnings...)
	for _, s := range texts {
		if i := unsafeAt(s); i >= 0 {
			t.Errorf("%s: unsafe character %U in %q", d.Path, []rune(s[i:])[0], s)
		}
	}
}

// unsafeAt returns the index of the first character of s that could
// drive a terminal or hide text, or -1. A zero-width joiner or non-joiner
// is safe between two characters outside the Latin, Greek and Cyrillic
// blocks (letters of scripts that join, or emoji), a tag character after
// a black flag.
func unsafeAt(s string) int {
	rs := []rune(s)
	at := 0
	for i, r := range rs {
		prev, next := rune(0), rune(0)
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case unicode.IsControl(r):
			return at
		case (r == 0x200C || r == 0x200D) && prev > 0x4FF && next > 0x4FF && !isInvisible(prev) && !isInvisible(next):
		case r >= 0xE0020 && r <= 0xE007F && (prev == 0x1F3F4 || prev >= 0xE0020 && prev <= 0xE007F):
		case isInvisible(r):
			return at
		}
		at += utf8.RuneLen(r)
	}
	return -1
}

func hasRemoved(d Document, reason, text string) bool {
	for _, r := range d.Removed {
		if r.Reason == reason && strings.Contains(r.Text, text) {
			return true
		}
	}
	return false
}
