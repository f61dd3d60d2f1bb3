package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

// loadMarkdown loads one Markdown file written from md and returns its
// document.
func loadMarkdown(t *testing.T, md string) Document {
	t.Helper()
	dir := t.TempDir()
	write(t, dir, "a.md", md)
	c, err := Load([]string{filepath.Join(dir, "a.md")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 1 {
		t.Fatalf("%d documents; warnings %q", len(c.Documents), c.Warnings)
	}
	return c.Documents[0]
}

// removedWith returns the lines removed from d for reason.
func removedWith(d Document, reason string) []string {
	var out []string
	for _, r := range d.Removed {
		if r.Reason == reason {
			out = append(out, r.Text)
		}
	}
	return out
}

// A footnote marker in the first paragraph once made it read as a label
// and set the whole paragraph aside; the marker must go, the paragraph
// stay, and the footnote be kept (apart from the text).
func TestMarkdownFootnote(t *testing.T) {
	d := loadMarkdown(t, "# Ferry halted on the lake\n\n"+
		"The lake ferry stopped running on Tuesday after an engine fault, the operator said, and 340 passengers were taken off by launch.[^1]\n\n"+
		"Repairs are expected to take two weeks.\n\n"+
		"[^1]: Figures from the operator's statement of Tuesday evening.\n")
	text := passageTexts(d)
	if !strings.Contains(text, "340 passengers were taken off by launch.\n") || strings.Contains(text, "[^1]") {
		t.Errorf("first paragraph lost or marker kept:\n%s", text)
	}
	if d.Body()[0].Paragraph != 1 || len(removedWith(d, ReasonSubheading)) != 0 {
		t.Errorf("first paragraph set aside: removed %+v", d.Removed)
	}
	if notes := removedWith(d, ReasonFootnote); len(notes) != 1 || notes[0] != "Figures from the operator's statement of Tuesday evening." {
		t.Errorf("footnote not kept: %q", notes)
	}
	if strings.Contains(text, "Figures from the operator") {
		t.Errorf("footnote read as article text:\n%s", text)
	}
}

// Table rows were set aside as navigation (their cells are separated by
// "|"); a table is content, and each row must come out as a statement.
func TestMarkdownTable(t *testing.T) {
	d := loadMarkdown(t, "# Storm damage by town\n\n"+
		"The storm damaged homes in three towns, the county said on Friday.\n\n"+
		"| Town | Homes damaged |\n|---|---:|\n| Millbrook | 42 |\n| Eastwick | 17 |\n| Harlow | 9 |\n\n"+
		"Crews expect to finish repairs by December.\n")
	text := passageTexts(d)
	for _, want := range []string{"Town: Millbrook; Homes damaged: 42.", "Town: Eastwick; Homes damaged: 17.", "Town: Harlow; Homes damaged: 9."} {
		if !strings.Contains(text, want) {
			t.Errorf("row %q missing:\n%s", want, text)
		}
	}
	if nav := removedWith(d, ReasonNavigation); len(nav) > 0 {
		t.Errorf("rows set aside as navigation: %q", nav)
	}
	if strings.Contains(text, "---") || strings.Contains(text, "|") {
		t.Errorf("table syntax kept:\n%s", text)
	}
}

// A folded YAML string ("outlet: >-") became the outlet name ">-".
func TestMarkdownFoldedYAML(t *testing.T) {
	d := loadMarkdown(t, "---\n"+
		"outlet: >-\n  The Harbour\n  Gazette\n"+
		"title: |\n  Bridge shut after ship strike\n"+
		"date: 2026-10-09\n"+
		"author:\n  name: Jo Smit\n"+
		"summary: \"a \\\"quoted\\\" escape # not a comment\"\n"+
		"---\n\nThe bridge was closed on Thursday after a cargo ship struck it. Repairs start soon.\n")
	wantMeta(t, d, "The Harbour Gazette", "Bridge shut after ship strike", "2026-10-09", "", "Jo Smit")
	if len(d.Body()) != 2 {
		t.Errorf("passages = %q", passageTexts(d))
	}
}

// TOML front matter between "+++" lines, with a table, an array and a
// date-time.
func TestMarkdownTOMLFrontMatter(t *testing.T) {
	d := loadMarkdown(t, "+++\n"+
		"title = \"Council backs the harbour plan\"\n"+
		"date = 2026-03-05T09:30:00+01:00\n"+
		"authors = [\"Priya Nandakumar\", \"Sam O'Neill\"]\n"+
		"url = 'https://courier.example.org/harbour'\n"+
		"# a comment\n"+
		"[publication]\nname = \"Riverside Courier\"\n"+
		"+++\n\nThe council voted 7 to 2 on Wednesday to back the harbour plan.\n")
	wantMeta(t, d, "Riverside Courier", "Council backs the harbour plan", "2026-03-05", "https://courier.example.org/harbour", "Priya Nandakumar, Sam O'Neill")
	if got := passageTexts(d); got != "The council voted 7 to 2 on Wednesday to back the harbour plan.\n" {
		t.Errorf("passages:\n%s", got)
	}
}

// Front matter that does not parse is cut from the text and said to be
// unread; it never becomes article text.
func TestMarkdownBadFrontMatter(t *testing.T) {
	d := loadMarkdown(t, "---\ntitle: [unclosed\noutlet: X\n---\n\nThe council voted on Wednesday to back the harbour plan.\n")
	if got := passageTexts(d); got != "The council voted on Wednesday to back the harbour plan.\n" {
		t.Errorf("passages:\n%s", got)
	}
	if w := strings.Join(d.Warnings, "\n"); !strings.Contains(w, "front matter is not valid YAML") {
		t.Errorf("warnings = %q", d.Warnings)
	}
	// What can be read is read, line by line: the outlet survives the bad
	// title.
	if d.Outlet != "X" {
		t.Errorf("outlet = %q, want X read from its line", d.Outlet)
	}
}

// A real YAML parser refuses control characters, and a newline inside a
// value breaks the block: the escape goes before parsing, the words stay,
// and a broken block is read line by line rather than lost.
func TestMarkdownFrontMatterWithControls(t *testing.T) {
	d := loadMarkdown(t, "---\noutlet: Harbour\x1b]0;PWNED\x07 Gazette\ntitle: Bridge reopens\n---\n\nThe council voted on Wednesday to back the harbour plan.\n")
	if d.Outlet != "Harbour Gazette" || d.Title != "Bridge reopens" {
		t.Errorf("outlet %q, title %q; warnings %q", d.Outlet, d.Title, d.Warnings)
	}
	d = loadMarkdown(t, "---\noutlet: Harbour\nGazette\ntitle: Bridge reopens\n---\n\nThe council voted on Wednesday to back the harbour plan.\n")
	if d.Outlet != "Harbour" || d.Title != "Bridge reopens" {
		t.Errorf("a newline in a value: outlet %q, title %q; warnings %q", d.Outlet, d.Title, d.Warnings)
	}
}

// An HTML comment was set aside as "navigation", which says it was on the
// page; no reader sees it. An image's description is not a credit.
func TestMarkdownCommentAndImage(t *testing.T) {
	d := loadMarkdown(t, "# Bridge shut\n\n<!-- editor: check the figures -->\n\n"+
		"![Photo: the damaged deck seen from the quay](deck.jpg)\n\n"+
		"The bridge was closed on Thursday after a cargo ship struck it.\n\n"+
		"![deck](deck2.jpg \"Engineers inspect the deck (Jo Smit/Harbour Gazette)\")\n\n"+
		"It will stay shut for four months, the city said.\n")
	for _, r := range d.Removed {
		if strings.Contains(r.Text, "editor") {
			t.Errorf("comment kept as %q: %q", r.Reason, r.Text)
		}
	}
	if len(d.Captions) != 2 {
		t.Fatalf("captions = %+v", d.Captions)
	}
	if d.Captions[0].Credit != "" {
		t.Errorf("alt text read as a credit: %+v", d.Captions[0])
	}
	if d.Captions[1].Text != "Engineers inspect the deck (Jo Smit/Harbour Gazette)" || d.Captions[1].Credit != "Jo Smit/Harbour Gazette" {
		t.Errorf("titled image: %+v", d.Captions[1])
	}
	if got := passageTexts(d); got != "The bridge was closed on Thursday after a cargo ship struck it.\nIt will stay shut for four months, the city said.\n" {
		t.Errorf("passages:\n%s", got)
	}
}

// Lists, quotes, emphasis, code, escapes and entities keep their words.
func TestMarkdownInlineAndBlocks(t *testing.T) {
	d := loadMarkdown(t, "# Ferry halted\n\n"+
		"The operator said the *ferry* would run again \\*soon\\* &amp; that [tickets](https://x.example/t) stay valid.\n\n"+
		"> \"We are sorry,\" the operator's chief said.\n\n"+
		"- The first crossing will leave at 7 a.m. on Monday.\n- Fares will be cut by half for a week.\n")
	want := "The operator said the ferry would run again *soon* & that tickets stay valid.\n" +
		"\"We are sorry,\" the operator's chief said.\n" +
		"The first crossing will leave at 7 a.m. on Monday.\n" +
		"Fares will be cut by half for a week.\n"
	if got := passageTexts(d); got != want {
		t.Errorf("passages:\n%s\nwant:\n%s", got, want)
	}
}
