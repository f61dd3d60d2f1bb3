package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// wideStory is n outlets of one sentence each; the first two tell the
// same fact, which is the story's first claim, and every other outlet's
// sentence is a claim of its own.
func wideStory(n int) *align.Story {
	s := &align.Story{Title: "Wide"}
	for i := 0; i < n; i++ {
		d := corpus.Document{ID: fmt.Sprintf("d%d", i+1), Outlet: fmt.Sprintf("Outlet %d", i+1), Path: fmt.Sprintf("o%d.txt", i+1)}
		d.Passages = []corpus.Passage{{ID: d.ID + ".1", Paragraph: 1, Text: fmt.Sprintf("Sentence of outlet %d.", i+1)}}
		s.Documents = append(s.Documents, d)
	}
	s.Claims = append(s.Claims, align.Claim{ID: "c1", Key: "k1", Members: []align.Ref{{Doc: 0}, {Doc: 1}}})
	for i := 2; i < n; i++ {
		s.Claims = append(s.Claims, align.Claim{ID: fmt.Sprintf("c%d", i), Key: fmt.Sprintf("k%d", i), Members: []align.Ref{{Doc: i}}})
	}
	return s
}

func TestAbsentOutletsNamedWhenFew(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{
		{2, ""},
		{4, "Outlet 3, Outlet 4"},
		{14, "Outlet 3, Outlet 4, Outlet 5, Outlet 6, Outlet 7, Outlet 8, Outlet 9, Outlet 10, Outlet 11, Outlet 12, Outlet 13, Outlet 14"},
		{15, "13 other outlets"},
		{2002, "2,000 other outlets"},
	} {
		s := wideStory(tt.n)
		if got := absentOutlets(s, &s.Claims[0], plain); got != tt.want {
			t.Errorf("%d outlets: %q, want %q", tt.n, got, tt.want)
		}
	}
	s := wideStory(40)
	text := renderText(t, Input{Story: s})
	if !strings.Contains(text, "not reported by: 38 other outlets") {
		t.Errorf("text report of 40 outlets:\n%s", text)
	}
}

func TestJSONPresenceGrowsWithPassages(t *testing.T) {
	sizes := map[int]int{}
	for _, n := range []int{maxAbsentListed, maxAbsentListed + 1, 4 * maxAbsentListed} {
		var buf bytes.Buffer
		if err := Write(&buf, Input{Story: wideStory(n)}, JSON); err != nil {
			t.Fatal(err)
		}
		var r struct {
			Claims []map[string]json.RawMessage `json:"claims"`
		}
		if err := json.Unmarshal(buf.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		c := r.Claims[0]
		var docs []string
		if err := json.Unmarshal(c["documents"], &docs); err != nil || strings.Join(docs, " ") != "d1 d2" {
			t.Errorf("%d documents: claim documents %s", n, c["documents"])
		}
		_, listed := c["absent"]
		if listed != (n <= maxAbsentListed) {
			t.Errorf("%d documents: absent listed %v, want it only up to %d documents", n, listed, maxAbsentListed)
		}
		sizes[n] = buf.Len()
	}
	// Four times the outlets, each its own claim: about four times the
	// report, not sixteen.
	if a, b := sizes[maxAbsentListed+1], sizes[4*maxAbsentListed]; b > 5*a {
		t.Errorf("report grows from %d to %d bytes for four times the outlets", a, b)
	}
}

func TestHTMLLinksOnlyWebAddresses(t *testing.T) {
	for _, tt := range []struct{ url, want string }{
		{"https://times.example.org/a", "https://times.example.org/a"},
		{"HTTP://example.org", "http://example.org"},
		{"javascript:alert(1)", ""},
		{"JaVaScRiPt:alert(1)", ""},
		{"data:text/html,<script>x</script>", ""},
		{"//example.org/a", ""},
		{"vbscript:x", ""},
		{"", ""},
	} {
		if got := sourceURL(&corpus.Document{URL: tt.url}); got != tt.want {
			t.Errorf("sourceURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
	s := wideStory(2)
	s.Documents[0].URL = "javascript:alert(1)"
	page := renderHTML(t, Input{Story: s})
	if strings.Contains(page, "javascript:") || strings.Contains(page, "ZgotmplZ") {
		t.Errorf("the page links or shows a javascript: address")
	}
}
