package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fuzz targets for every format reader and for the sentence splitter. Under
// plain "go test" they run their seed corpus only; run one for longer with
//
//	go test ./corpus -run '^$' -fuzz FuzzReadHTML -fuzztime 1m -fuzzminimizetime 2s

// hardText are inputs every reader is seeded with: escape sequences,
// invalid encodings, odd line ends and the sentence cases that are hard.
var hardText = []string{
	"",
	"\x00\x01\x02",
	"\xef\xbb\xbfTitle line\r\n\r\nA sentence.\r\n",
	"\xff\xfeH\x00i\x00.\x00",
	"Caf\xe9 \x93quoted\x94 text \x96 here.\n",
	"a\x1b]0;title\x07b \x1b[2J\x1b[H \x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\ \x1bP1$r\x1b\\ \u009b31m \u0085\u009c",
	"\x1b", "\x1b[", "\x1b]8;;", "\u009d", "\x1b\x1b[[",
	"Mr. Witkoff met Sgt. Ran Gvili in the U.S. The U.N. Security Council met on Oct. 19 at 1:53 p.m. and voted 6.1 times… “Why?” he asked.",
	"ROTTERDAM, Oct. 9 (Reuters) — A ship hit a bridge.",
	"(Reuters) - ",
	"Home › News\nNo Result\nView All Result\n\nHeadline Here Today\n\nNovember 14, 2025\n\nBody text here.\n\nThe post X appeared first on Y.\n\nRelated\n...",
	"\u202eevil\u202c \u00ad soft",
	strings.Repeat("a. ", 200),
	strings.Repeat("(", 100) + strings.Repeat(")", 100),
	"U.S.", "Mr.", ". . .", "“”", "...\n\n...",
}

func addFixtures(f *testing.F, names ...string) {
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", "formats", n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range hardText {
		f.Add([]byte(s))
	}
}

// fuzzRead reads b as a file named name, cleans every article and checks
// what must hold whatever the input: no panic, nothing that can drive a
// terminal, no empty or multi-line passage, paragraph numbers in order.
func fuzzRead(t *testing.T, name string, b []byte) {
	raws, _ := readArticles(name, b, formatFor(name))
	shared := sharedLines{}
	for _, r := range raws {
		for _, p := range r.paras {
			shared[lineKey(p.text)] += 2 // exercise the cross-document rules
		}
	}
	for _, r := range raws {
		if r.err != nil {
			continue
		}
		for _, sh := range []sharedLines{nil, shared} {
			checkDocument(t, buildDocument(r.rawArticle, sh).doc)
		}
	}
}

func checkDocument(t *testing.T, d Document) {
	t.Helper()
	assertTerminalSafe(t, d)
	para := 0
	for _, p := range d.Passages {
		if p.Text == "" || p.Text != strings.TrimSpace(p.Text) || strings.ContainsAny(p.Text, "\n\t\r") {
			t.Errorf("bad passage text %q", p.Text)
		}
		if !utf8.ValidString(p.Text) || !norm.NFC.IsNormalString(p.Text) {
			t.Errorf("passage not valid NFC UTF-8: %q", p.Text)
		}
		if p.Paragraph != para && p.Paragraph != para+1 {
			t.Errorf("paragraph %d after %d", p.Paragraph, para)
		}
		para = p.Paragraph
	}
	after := 0
	for _, r := range d.Removed {
		if r.Reason == "" || r.After < after || r.After > para {
			t.Errorf("removed %+v out of order (after %d, %d paragraphs)", r, after, para)
		}
		after = r.After
	}
	for _, c := range d.Captions {
		if !hasRemoved(d, ReasonCaption, c.Text) {
			t.Errorf("caption %q not in removed", c.Text)
		}
	}
	if d.Outlet == "" || d.OutletSource == "" {
		t.Errorf("no outlet for %s", d.Path)
	}
}

func FuzzReadPlain(f *testing.F) {
	addFixtures(f, "crlf-bom.txt", "cp1252.txt", "escapes.txt")
	// One Windows-1252 sentence and a line of stray bytes: an article.
	f.Add([]byte("The harbour bridge reopened on Monday after three weeks of repairs, officials said.\n\xe9\xfc\xa7\xb6\x93\n"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.txt", b) })
}

func FuzzReadMarkdown(f *testing.F) {
	addFixtures(f, "library-loss.md")
	for _, s := range []string{"---\n---\n", "---\n", "+++\ntitle = \"x\"\n+++\nBody.", "---\ntitle: [a, b\nauthor:\n  - x\n---\n![a](b)\n# h #\n", "---\n...\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.md", b) })
}

func FuzzReadHTML(f *testing.F) {
	addFixtures(f, "library-flood.html", "library-reopens.htm")
	for _, s := range []string{
		"<html><body><p>One.</p><figure><figcaption>Cap (A/B)</figcaption></figure></body></html>",
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[1,{"name":2}],"publisher":"x"}]}</script>`,
		`<meta property="og:title" content="&#27;[2J"><h1>&#x9b;</h1><p>a&#0;b</p>`,
		strings.Repeat("<div>", 500) + "deep" + strings.Repeat("</div>", 500),
		"<p>unclosed <b><i>tags",
	} {
		f.Add([]byte(s))
	}
	for _, n := range []int{300, 5000} {
		f.Add([]byte(strings.Repeat("<div>", n) + "<p>deep.</p>" + strings.Repeat("</div>", n)))
	}
	f.Add([]byte(`<title>&#27;]0;x&#7;</title><meta property="og:site_name" content="E&#x9b;2J&#x202e;"><p>a&#x1b;]52;c;eA==&#7;b</p>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		// Each input is held to 32 KB, so that the fuzzer runs thousands
		// of inputs a minute rather than growing a few huge ones.
		if len(b) > maxFuzzHTML {
			return
		}
		fuzzRead(t, "a.html", b)
	})
}

// maxFuzzHTML is the largest input FuzzReadHTML reads.
const maxFuzzHTML = 32 << 10

func FuzzReadJSON(f *testing.F) {
	addFixtures(f, "feed.json")
	for _, s := range []string{
		`{"text": "A.", "date": 1e300}`, `{"items": [{"content_html": "<p>x</p>"}]}`, `[]`, `[1, null, {}]`,
		`{"text": ["a", {"value": "b"}], "author": [{"name": ["x"]}], "date": -5}`, `{"text": "\u001b[31mred\u0000"}`, `"str"`, `{`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.json", b) })
}

func FuzzReadJSONL(f *testing.F) {
	addFixtures(f, "feed.jsonl")
	for _, s := range []string{"{}\n{\n[]\n\"x\"\n{\"body\":\"A.\"} {\"body\":\"B.\"}\n", "\n\n\n", `{"body": "x"}` + "\r\n" + `{"body": "y"}`,
		// A NUL byte in one line skips that line alone.
		`{"body": "The bridge reopened."}` + "\n" + `{"body": "bad` + "\x00" + `"}` + "\n" + `{"body": "Trains run again."}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "a.jsonl", b) })
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range hardText {
		f.Add(s)
	}
	for _, tt := range []string{
		"He flew back to the U.S. The trip took a day.", "Dr. Ilse Baarsma of St. Louis spoke. She left.",
		"“I told him that I had lost a son,” Witkoff said. “And that we were both members.”",
		"It hit at 1:53 p.m. The bridge shook.", "The No. 2 official resigned.", "He paused … and went on.",
	} {
		f.Add(tt)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		in := collapseSpace(s)
		out := SplitSentences(in)
		if got := strings.Join(out, " "); got != in {
			t.Fatalf("sentences do not rebuild the paragraph:\n in  %q\n got %q", in, got)
		}
		for i, sent := range out {
			if sent == "" || sent != strings.TrimSpace(sent) {
				t.Errorf("sentence %d is %q", i, sent)
			}
			// A title ("Mr.", "Sgt.") never ends a sentence that another
			// follows.
			if i < len(out)-1 && strings.HasSuffix(sent, ".") && !strings.HasSuffix(sent, "..") {
				if w := strings.ToLower(lastWord(sent[:len(sent)-1])); titleAbbreviations[w] {
					t.Errorf("sentence %d ends with the title %q: %q", i, w, out)
				}
			}
		}
	})
}
