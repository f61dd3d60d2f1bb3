package ui

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui/report"
	"crosscheck/ui/session"
)

// The property: whatever an article, its file and folder names, its
// metadata or a session file carry, no byte of a terminal control
// sequence or of invisible, reordering text reaches the screen or a
// report, except the colours crosscheck itself draws with (SGR); and the
// visible text around it survives. Every class of sequence is hidden in
// every path at once, with others of the classes mixed in at random.

// hostileSeqs are the classes of hidden control, each as an attacker
// would write it.
var hostileSeqs = []struct{ name, seq string }{
	{"CSI colour", "\x1b[31m"},
	{"CSI clear and home", "\x1b[2J\x1b[H"},
	{"OSC 0 title", "\x1b]0;PWNED\x07"},
	{"OSC 8 link", "\x1b]8;;https://evil.example/x\x1b\\click\x1b]8;;\x1b\\"},
	{"OSC 52 clipboard", "\x1b]52;c;cHduZWQ=\x07"},
	{"DCS", "\x1bP1$r0m\x1b\\"},
	{"APC", "\x1b_payload\x1b\\"},
	{"PM", "\x1b^payload\x1b\\"},
	{"SOS", "\x1bXpayload\x1b\\"},
	{"two-byte escape", "\x1bc"},
	{"8-bit CSI", "\u009b2J"},
	{"8-bit OSC", "\u009d0;PWNED\u009c"},
	{"C1 NEL", "\u0085"},
	{"BEL and backspace", "\x07\x08\x08"},
	{"carriage return", "\r"},
	{"newline", "\n"},
	{"tab", "\t"},
	{"DEL", "\x7f"},
	{"bidi override", "\u202e"},
	{"bidi isolates", "\u2066\u2069"},
	{"bidi marks", "\u200e\u200f\u061c"},
	{"zero-width", "\u200b\u2060\ufeff"},
	{"joiner in Latin", "\u200d"},
	{"tag characters", "\U000E0041\U000E0042"},
	{"line separator", "\u2028"},
}

// The story every hostile corpus tells, sentence by sentence; the
// articles share most of it so that claims have several outlets.
var hostileSentences = []string{
	"The harbour bridge reopened on Monday after three weeks of repairs, officials said.",
	"Repairs to the deck cost about 4 million euros, according to the city.",
	"A cargo ship struck the bridge on October 9, injuring 12 people.",
	"Trains will run again from Tuesday morning, the operator said.",
}

// hostileMarkers are visible words placed beside the hidden sequences:
// each must still be read in the reports that show what holds it. The
// Markdown memo and the HTML page show the outlets and the orphaned mark
// but not every sentence, nor a path where there is an address.
var hostileMarkers = map[report.Format][]string{
	report.Text:     {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "harbour", "Repairs"},
	report.JSON:     {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "harbour", "Repairs"},
	report.Markdown: {"Alpha", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet"},
	report.HTML:     {"Alpha", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "harbour", "Repairs"},
}

func TestNoHostileSequenceReachesScreenOrReport(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 15))
	for _, h := range hostileSeqs {
		t.Run(h.name, func(t *testing.T) {
			// The class under test, with another at random.
			other := hostileSeqs[rng.IntN(len(hostileSeqs))].seq
			seq := h.seq + "x" + other
			dir := t.TempDir()
			writeHostileCorpus(t, dir, seq)
			sess := writeHostileSession(t, filepath.Join(t.TempDir(), "s"+fileSafe(seq)+".json"), seq)

			c, err := corpus.Load([]string{dir}, corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Documents) != 7 {
				t.Fatalf("%d documents, want all 7 to load; warnings %q", len(c.Documents), c.Warnings)
			}
			s, err := align.Build(context.Background(), c.Documents, align.Options{})
			if err != nil {
				t.Fatal(err)
			}
			sess.Attach(s)
			in := report.Input{Story: s, Warnings: c.Warnings, Session: corpus.EscapeName(sess.Path()),
				Marks: sess.Marks(), Orphans: sess.Orphans()}
			for _, f := range []report.Format{report.Text, report.Markdown, report.JSON, report.HTML} {
				for _, color := range []bool{false, true} {
					if color && f != report.Text {
						continue
					}
					in.Color = color
					var out bytes.Buffer
					if err := report.Write(&out, in, f); err != nil {
						t.Fatal(err)
					}
					where := fmt.Sprintf("%s report (colour %v)", f, color)
					assertNoHostile(t, where, out.String(), color)
					if !color {
						assertMarkers(t, where, out.String(), hostileMarkers[f])
					}
					if f == report.HTML {
						for _, bad := range []string{`href="javascript:`, `href="data:`, "<script"} {
							if strings.Contains(strings.ToLower(out.String()), bad) {
								t.Errorf("%s holds %s", where, bad)
							}
						}
					}
				}
			}
			for _, size := range [][2]int{{160, 45}, {80, 24}, {40, 12}} {
				m := openWith(t, storyLoad(s, c.Warnings...), size[0], size[1], WithSession(sess, ""))
				views := []struct {
					name string
					keys []string
				}{
					{"claims", nil}, {"next claims", []string{"j", "j", "l"}}, {"article", []string{"enter"}},
					{"removed lines", []string{"esc", "r"}}, {"help", []string{"esc", "?"}},
				}
				for _, v := range views {
					m = press(t, m, v.keys...)
					assertNoHostile(t, fmt.Sprintf("%dx%d %s view", size[0], size[1], v.name), m.View().Content, true)
				}
				m = press(t, m, "esc", "/")
				for _, r := range "bridge" + seq {
					if r >= 0x20 && (r < 0x7f || r > 0x9f) { // control keys are keys, not text
						m = send(m, keyPressRune(r))
					}
				}
				assertNoHostile(t, fmt.Sprintf("%dx%d search", size[0], size[1]), m.View().Content, true)
				m = press(t, m, "enter", "enter", "/")
				for _, r := range "bridge" + seq {
					if r >= 0x20 && (r < 0x7f || r > 0x9f) {
						m = send(m, keyPressRune(r))
					}
				}
				if m.mode != modeArticle || !m.pageTyping {
					t.Fatalf("%dx%d: mode %s, typing %v: want a search typed in the article", size[0], size[1], m.mode, m.pageTyping)
				}
				assertNoHostile(t, fmt.Sprintf("%dx%d article search", size[0], size[1]), m.View().Content, true)
				m = press(t, m, "enter")
				assertNoHostile(t, fmt.Sprintf("%dx%d article search kept", size[0], size[1]), m.View().Content, true)
			}
		})
	}
}

// keyPressRune is a key press typing r, as a terminal delivers a
// character typed or pasted without bracketing.
func keyPressRune(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

// writeHostileCorpus writes seven articles into dir, carrying seq in every
// path: a file name, a folder name, front matter, JSON fields (escaped as
// JSON escapes them), HTML entities in the title, site name and text, a
// web address's host in percent escapes, JSON Lines entries, and the
// text of each.
func writeHostileCorpus(t *testing.T, dir, seq string) {
	t.Helper()
	body := func(k int) string {
		var b strings.Builder
		for i, s := range hostileSentences {
			if i == k {
				// Hidden inside a sentence, between two words.
				s = strings.Replace(s, "The harbour", "The"+seq+" harbour", 1)
				s = strings.Replace(s, "Repairs to", "Repairs"+seq+" to", 1)
			}
			b.WriteString(s + "\n\n")
		}
		return b.String()
	}
	put := func(name, content string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fs := fileSafe(seq)
	put("Alpha"+fs+"wire.txt", "Bridge"+seq+" reopens after repairs\n\n"+body(0))
	put("Bravo"+fs+"dir/news.md", "---\noutlet: Charlie"+seq+"Times\ntitle: Bridge reopens"+seq+"\nauthor: Dana"+seq+" Reed\n"+
		"date: 2026-10-09\nurl: https://charlie.example/a"+seq+"b\n---\n\n"+body(1))
	put("feed.json", `{"outlet": "Delta`+jsonEscape(seq)+`Post", "title": "Bridge`+jsonEscape(seq)+` reopens", "author": "Ed`+jsonEscape(seq)+`",`+
		` "url": "javascript:alert(1)", "text": "`+jsonEscape(body(2))+`"}`)
	put("page.html", `<html><head><title>Bridge`+entities(seq)+` reopens</title><meta property="og:site_name" content="Echo`+entities(seq)+`Daily">`+
		`</head><body><article><h1>Bridge`+entities(seq)+` reopens</h1>`+htmlParas(body(3))+`</article></body></html>`)
	// No outlet but the web address, whose host spells seq in escapes.
	put("address.json", `{"url": "https://ev`+url.PathEscape(seq)+`il.example/a", "text": "`+jsonEscape(body(2))+`"}`)
	put("lines.jsonl", `{"outlet": "Foxtrot`+jsonEscape(seq)+`News", "text": "`+jsonEscape(body(0))+`"}`+"\n"+
		`{"source": {"name": "Juliet`+jsonEscape(seq)+`Wire"}, "text": "`+jsonEscape(body(1))+`", "url": "data:text/html,x"}`+"\n")
}

// writeHostileSession writes a session file at path whose orphaned mark
// and position carry seq in every field, as a session file handed over
// with --session could, and opens it.
func writeHostileSession(t *testing.T, path, seq string) *session.Session {
	t.Helper()
	f := map[string]any{
		"schema": session.Schema, "inputs": []string{"/x" + seq}, "saved": "2026-10-12T09:30:00Z",
		"position": map[string]any{"claim_key": "k" + seq, "claim_id": "c1" + seq, "index": 0, "passages": []string{"p" + seq}, "filter": "all" + seq},
		"marks": []map[string]any{{
			"claim_key": "gone" + seq, "claim_id": "c99" + seq, "passages": []string{"h" + seq},
			"outlets": []string{"Golf" + seq + "Wire"}, "excerpt": "Hotel" + seq + " excerpt",
			"verdict": "disputed", "note": "India" + seq + " note", "time": "2026-10-12T09:29:41Z",
		}},
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := session.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// fileSafe is s as it can stand in a file name: no slash, no NUL.
func fileSafe(s string) string { return strings.NewReplacer("/", "_", "\x00", "_").Replace(s) }

// jsonEscape writes s as the inside of a JSON string with every
// character outside printable ASCII escaped, as a feed may spell them.
func jsonEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteString(`\` + string(r))
		case r < 0x20 || r >= 0x7f:
			if r > 0xffff {
				r1, r2 := utf16Surrogates(r)
				fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func utf16Surrogates(r rune) (rune, rune) {
	r -= 0x10000
	return 0xd800 + (r>>10)&0x3ff, 0xdc00 + r&0x3ff
}

// entities writes every character of s as an HTML numeric reference.
func entities(s string) string {
	var b strings.Builder
	for _, r := range s {
		fmt.Fprintf(&b, "&#x%x;", r)
	}
	return b.String()
}

// htmlParas makes paragraphs of text separated by blank lines, with what
// is not printable ASCII written as entities.
func htmlParas(text string) string {
	var b strings.Builder
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		b.WriteString("<p>")
		for _, r := range p {
			if r < 0x20 || r >= 0x7f || r == '<' || r == '&' {
				fmt.Fprintf(&b, "&#%d;", r)
			} else {
				b.WriteRune(r)
			}
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// assertNoHostile fails the test if out holds a control sequence other
// than SGR (allowed only when sgr is set), a control character other
// than newline and tab, a byte that is not UTF-8, or an invisible format
// character.
func assertNoHostile(t *testing.T, where, out string, sgr bool) {
	t.Helper()
	for i := 0; i < len(out); {
		if out[i] == 0x1b {
			if n := sgrLen(out[i:]); sgr && n > 0 {
				i += n
				continue
			}
			t.Errorf("%s: an escape sequence at byte %d: %q", where, i, around(out, i))
			return
		}
		r, size := utf8.DecodeRuneInString(out[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			t.Errorf("%s: a byte that is not UTF-8 at %d: %q", where, i, around(out, i))
			return
		case r < 0x20 && r != '\n' && r != '\t', r >= 0x7f && r <= 0x9f:
			t.Errorf("%s: control character %U at byte %d: %q", where, r, i, around(out, i))
			return
		case r == 0xad, r == 0x61c, r == 0x180e, r >= 0x200b && r <= 0x200f, r >= 0x2028 && r <= 0x202e,
			r >= 0x2060 && r <= 0x206f, r == 0xfeff, r >= 0xfff9 && r <= 0xfffb, r >= 0xe0000 && r <= 0xe007f:
			t.Errorf("%s: invisible character %U at byte %d: %q", where, r, i, around(out, i))
			return
		}
		i += size
	}
}

// sgrLen is the length of the SGR sequence (ESC [ digits ; : m) that s
// starts with, or 0.
func sgrLen(s string) int {
	if len(s) < 3 || s[1] != '[' {
		return 0
	}
	for j := 2; j < len(s); j++ {
		switch c := s[j]; {
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c == 'm':
			return j + 1
		default:
			return 0
		}
	}
	return 0
}

func around(s string, i int) string { return s[max(0, i-30):min(len(s), i+30)] }

func assertMarkers(t *testing.T, where, out string, markers []string) {
	t.Helper()
	for _, m := range markers {
		if !strings.Contains(out, m) {
			t.Errorf("%s: the visible word %q is lost", where, m)
		}
	}
}
