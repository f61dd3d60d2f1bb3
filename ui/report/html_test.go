package report

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

func TestHTMLReport(t *testing.T) {
	in := handInput(t)
	page := renderHTML(t, in)
	if out := os.Getenv("CROSSCHECK_HTML_OUT"); out != "" {
		// To look at the page: CROSSCHECK_HTML_OUT=/tmp/hand.html go test -run TestHTMLReport
		if err := os.WriteFile(out, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	checkHTML(t, page)
	doc := parse(t, page)
	claims := claimsOf(doc)
	if len(claims) != len(in.Story.Claims) {
		t.Fatalf("%d claims shown, want %d", len(claims), len(in.Story.Claims))
	}

	// Outlets side by side: one column per member, the first framed as
	// the reference.
	for _, c := range in.Story.Claims {
		cols := findAll(claims[c.ID], tag("figure", "passage"))
		if len(cols) != len(c.Members) {
			t.Errorf("%s: %d columns, want %d", c.ID, len(cols), len(c.Members))
		}
		for k, col := range cols {
			want := in.Story.Passage(c.Members[k]).Text
			if got := textOf(findAll(col, tag("p"))[0]); got != want {
				t.Errorf("%s column %d: %q, want the passage %q", c.ID, k, got, want)
			}
			if hasClass(col, "reference") != (k == 0 && len(c.Members) > 1) {
				t.Errorf("%s column %d: reference class wrong", c.ID, k)
			}
		}
	}

	// When and by what the page was made, then the disputed facts, one
	// line each, linking to their claims, with their settlements.
	header := textOf(findAll(doc, tag("header"))[0])
	if !strings.Contains(header, "Made 2026-03-07 08:00 UTC by crosscheck v1.2.3 (rev 0123abc)") {
		t.Errorf("the page does not say when and by what it was made: %q", header)
	}
	if strings.Index(page, `class="disputes"`) > strings.Index(page, "<h2>Outlets</h2>") {
		t.Error("the disputed facts do not open the page")
	}
	section := findAll(doc, tag("section", "disputes"))[0]
	items := findAll(section, tag("li"))
	if len(items) != 3 {
		t.Fatalf("%d disputed facts listed, want 3", len(items))
	}
	if got := textOf(items[0]); !strings.HasPrefix(got, "⚠ date: March 3 (Harbour Gazette, "+hostileOutlet+") · March 4 (Island Times) — c1") {
		t.Errorf("first disputed fact: %q", got)
	}
	var links []string
	for _, a := range findAll(section, tag("a")) {
		links = append(links, attr(a, "href"))
	}
	if !slices.Equal(links, []string{"#c1", "#c5"}) {
		t.Errorf("the disputed facts link %v, want #c1 and #c5 (the in-article one has no claim)", links)
	}
	settled := findAll(section, tag("div", "settled"))
	if len(settled) != 2 || !strings.Contains(textOf(settled[0]), "verified: €2.5 million · checked in: the operator's statement <b>of 6 March</b>") ||
		!hasClass(settled[1], "unresolved") {
		t.Errorf("settlements: %v", settled)
	}

	// Each claim's disputed facts are one line each; the facts its
	// outlets agree on one quiet line.
	c1 := claims["c1"]
	if !hasClass(c1, "disputed") || hasClass(claims["c3"], "disputed") {
		t.Error("disputed class on the wrong claims")
	}
	if facts := findAll(c1, tag("li", "conflict")); len(facts) != 1 || !strings.Contains(textOf(facts[0]), "date: March 3") {
		t.Errorf("c1's facts: %v", facts)
	}
	if q := findAll(c1, tag("p", "quiet")); len(q) != 1 || textOf(q[0]) != "Also: ◇ place: Port Ellen · Islay" {
		t.Errorf("c1's quiet line: %v", q)
	}

	// Sources: a web address is a link; any other address is not, and the
	// file path is shown instead.
	var sources []string
	for _, td := range findAll(doc, tag("td", "source")) {
		sources = append(sources, textOf(td))
	}
	if !slices.Equal(sources, []string{"gazette.md", "https://times.example.org/strike", "radio.txt"}) {
		t.Errorf("sources %q", sources)
	}
	if strings.Contains(page, "javascript:") {
		t.Error("a javascript: address reached the page")
	}

	// Lit as the reader lights them: in the second column, the words
	// the reference lacks (case and typography aside: “Crews” is
	// “crews”); a value outranks the changed words inside it.
	marks := map[string][]string{}
	col2 := findAll(c1, tag("figure", "passage"))[1]
	for _, m := range findAll(col2, tag("mark")) {
		marks[attr(m, "class")] = append(marks[attr(m, "class")], textOf(m))
	}
	if !slices.Equal(marks["v-conflict"], []string{"March 4"}) || !slices.Equal(marks["v-compatible"], []string{"Islay"}) {
		t.Errorf("values not lit by their row's status: %q", marks)
	}
	if !slices.Contains(marks["diff"], "on the island ferries began a strike") || !slices.Contains(marks["diff"], "on") {
		t.Errorf("differing words not marked: %q", marks)
	}
	for _, words := range marks["diff"] {
		if strings.Contains(words, "halting all crossings") || strings.TrimSpace(words) != words {
			t.Errorf("shared words or the spaces around a block marked as different: %q", words)
		}
	}
	// The reference column marks values but no word differences.
	if ref := findAll(c1, tag("figure", "reference"))[0]; len(findAll(ref, tag("mark", "diff"))) != 0 {
		t.Error("the reference column has word differences marked")
	}
	// The same date written two ways is marked as the same.
	for k, want := range []string{"Oct. 19", "October 19"} {
		var got strings.Builder
		for _, m := range findAll(findAll(claims["c3"], tag("figure"))[k], tag("mark", "v-same")) {
			got.WriteString(textOf(m))
		}
		if got.String() != want {
			t.Errorf("c3 column %d: agreeing value %q marked, want %q", k, got.String(), want)
		}
	}

	// Marks: verdict badges, notes with their line breaks, orphans.
	for id, want := range map[string]string{"c1": "disputed", "c2": "noted", "c3": "verified"} {
		b := findAll(claims[id], tag("span", "verdict"))
		if len(b) != 1 || textOf(b[0]) != want || !hasClass(b[0], want) {
			t.Errorf("%s: verdict badge %v, want %s", id, b, want)
		}
	}
	if note := findAll(c1, tag("p", "note")); len(note) != 1 || textOf(note[0]) != in.Marks[0].Note {
		t.Errorf("c1 note: %v", note)
	}
	if len(findAll(claims["c4"], tag("div", "mark"))) != 0 {
		t.Error("an unmarked claim shows a mark")
	}
	orphans := findAll(doc, tag("div", "orphan"))
	if len(orphans) != 1 || !strings.Contains(textOf(orphans[0]), "A sentence that was later edited out.") ||
		!strings.Contains(textOf(orphans[0]), "formerly c9") {
		t.Errorf("orphans: %v", orphans)
	}

	// Article text is text, never markup.
	if len(findAll(doc, tag("b"))) != 0 || len(findAll(doc, tag("script"))) != 0 {
		t.Error("markup from an article reached the page")
	}
	var outletCells []string
	for _, td := range findAll(doc, tag("td")) {
		outletCells = append(outletCells, textOf(td))
	}
	if !slices.Contains(outletCells, hostileOutlet) {
		t.Errorf("outlet name not shown as written: %q", outletCells)
	}
	if got := textOf(findAll(claims["c4"], tag("p"))[0]); got != hostileText {
		t.Errorf("c4 text %q", got)
	}
}

func TestHTMLOnly(t *testing.T) {
	in := handInput(t)
	in.Only = Conflicts
	doc := parse(t, renderHTML(t, in))
	claims := claimsOf(doc)
	if len(claims) != 2 || claims["c1"] == nil || claims["c5"] == nil {
		t.Errorf("--only conflicts shows %v", claims)
	}
	if len(findAll(doc, tag("div", "orphan"))) != 0 {
		t.Error("--only conflicts lists orphaned marks")
	}
	in.Only = Disputes
	doc = parse(t, renderHTML(t, in))
	claims = claimsOf(doc)
	if len(claims) != 2 || claims["c1"] == nil || claims["c5"] == nil || len(findAll(doc, tag("div", "orphan"))) != 0 {
		t.Errorf("--only disputes shows %v", claims)
	}
	if n := len(findAll(findAll(doc, tag("section", "disputes"))[0], tag("li"))); n != 3 {
		t.Errorf("--only disputes lists %d disputed facts, want 3", n)
	}
	in.Only = Marked
	claims = claimsOf(parse(t, renderHTML(t, in)))
	if len(claims) != 3 || claims["c4"] != nil || claims["c5"] != nil {
		t.Errorf("--only marked shows %v", claims)
	}
}

// TestHTMLOfRealStories renders the sample story and, when present, the
// seed articles, and checks the pages are valid.
func TestHTMLOfRealStories(t *testing.T) {
	stories := map[string]func() (*corpus.Corpus, error){
		"sample": func() (*corpus.Corpus, error) { return corpus.LoadSample(corpus.Options{}) },
	}
	seeds := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err == nil {
		stories["seeds"] = func() (*corpus.Corpus, error) { return corpus.Load([]string{seeds}, corpus.Options{}) }
	}
	for name, load := range stories {
		t.Run(name, func(t *testing.T) {
			c, err := load()
			if err != nil {
				t.Fatal(err)
			}
			s, err := align.Build(context.Background(), c.Documents, align.Options{})
			if err != nil {
				t.Fatal(err)
			}
			page := renderHTML(t, Input{Story: s, Warnings: c.Warnings})
			checkHTML(t, page)
			claims := claimsOf(parse(t, page))
			if len(claims) != len(s.Claims) {
				t.Errorf("%d claims shown, want %d", len(claims), len(s.Claims))
			}
			for _, c := range s.Claims {
				if n := len(findAll(claims[c.ID], tag("figure", "passage"))); n != len(c.Members) {
					t.Errorf("%s: %d columns, want %d", c.ID, n, len(c.Members))
				}
			}
		})
	}
}

// BenchmarkHTMLSample renders the sample story's page, word diffs
// included.
func BenchmarkHTMLSample(b *testing.B) {
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	s, err := align.Build(context.Background(), c.Documents, align.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := Write(io.Discard, Input{Story: s}, HTML); err != nil {
			b.Fatal(err)
		}
	}
}
