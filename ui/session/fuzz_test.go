package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSessionFile opens a session file holding the input, as --session
// opens one handed over by someone else: it is refused or read, never a
// panic; what is read holds nothing that could drive a terminal; and a
// session read is written back and read again with the same marks.
//
//	go test ./ui/session -run '^$' -fuzz FuzzSessionFile -fuzztime 1m
func FuzzSessionFile(f *testing.F) {
	for _, s := range []string{
		`{"schema": "crosscheck-session/v1", "inputs": [], "saved": "2026-10-12T09:30:00Z", "marks": []}`,
		`{"schema": "crosscheck-session/v1", "inputs": ["/a\u001b]0;x\u0007"], "saved": "2026-10-12T09:30:00Z",
		  "position": {"claim_key": "k\u009b2J", "claim_id": "c1\u202e", "index": -5, "passages": ["\u001b[31m"], "filter": "all\u0007"},
		  "marks": [{"claim_key": "gone\u001b]52;c;cHduZWQ=\u0007", "claim_id": "c99\u001b]0;PWNED\u0007", "passages": ["h"],
		             "outlets": ["Golf\u001b[2J\u202eWire"], "excerpt": "Hotel\u200b\u2066 excerpt\n2",
		             "verdict": "disputed", "note": "India\u001bP1$r\u001b\\ note", "time": "2026-10-12T09:29:41Z"}]}`,
		`{"schema": "crosscheck-session/v1", "inputs": [], "saved": "2026-10-12T09:30:00Z", "marks": [],
		  "settlements": [{"kind": "number\u001b[2J", "slot": "people\u001b]0;T\u0007 hurt", "readings": ["=1\u009b31m", "=2"],
		                   "passages": ["p\u0007"], "reading": "1\u001b]52;c;cHduZWQ=\u0007", "reading_key": "=1\u202e",
		                   "source": "s\u001b]0;OWNED\u0007", "where": "c4\u001b]52;c;eA==\u0007", "line": "l\u001b]0;X\u0007\n2",
		                   "time": "2026-10-12T09:29:41Z"}]}`,
		`{"schema": "crosscheck-session/v1", "marks": [{"verdict": "nope"}]}`,
		`{"schema": "crosscheck-session/v2"}`, `{"schema": null}`, `[]`, `{`, "",
		`{"schema": "crosscheck-session/v1", "marks": [{"claim_key": "", "passages": null, "outlets": null, "time": "x"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(t.TempDir(), "s.json")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path)
		if err != nil {
			if msg := err.Error(); hasControl(msg) {
				t.Errorf("error message %q holds a control character", msg)
			}
			return
		}
		s.Attach(storyV1())
		marks := append(s.Orphans(), mapValues(s.Marks())...)
		for _, m := range marks {
			for _, text := range append(append([]string{m.ClaimKey, m.ClaimID, m.Excerpt, m.Note}, m.Outlets...), m.Passages...) {
				if hasControl(strings.ReplaceAll(strings.ReplaceAll(text, "\n", ""), "\t", "")) || !utf8.ValidString(text) {
					t.Errorf("mark field %q could drive the terminal", text)
				}
			}
		}
		settled := s.SettlementOrphans()
		for _, st := range s.Settlements() {
			settled = append(settled, st)
		}
		for _, st := range settled {
			for _, text := range append(append([]string{st.Kind, st.Slot, st.Reading, st.ReadingKey, st.Source, st.Where, st.Line}, st.Readings...), st.Passages...) {
				if hasControl(strings.ReplaceAll(strings.ReplaceAll(text, "\n", ""), "\t", "")) || !utf8.ValidString(text) {
					t.Errorf("settlement field %q could drive the terminal", text)
				}
			}
		}
		if _, f, ok := s.Position(); ok && hasControl(f) {
			t.Errorf("filter %q", f)
		}
		s.gen++ // write it back whatever changed
		if err := s.Save(); err != nil {
			t.Fatalf("save: %v", err)
		}
		r, err := Open(path)
		if err != nil {
			t.Fatalf("the saved session cannot be read again: %v\n%s", err, readFile(t, path))
		}
		r.Attach(storyV1())
		if a, b := len(r.Orphans())+len(r.Marks()), len(marks); a != b {
			t.Errorf("%d marks read again, %d saved", a, b)
		}
	})
}

// hasControl reports whether s holds a control character or an
// invisible character that reorders or hides text.
func hasControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) && r != 0x200C && r != 0x200D
	}) >= 0
}

func mapValues(m map[int]Mark) []Mark {
	var out []Mark
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
