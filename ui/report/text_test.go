package report

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

func renderText(t *testing.T, in Input) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, in, Text); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestTextMarksAndColour(t *testing.T) {
	in := handInput(t)
	out := renderText(t, in)
	if strings.Contains(out, "\x1b") {
		t.Error("escape codes without Color")
	}
	for _, want := range []string{
		"session /state/crosscheck/ferry.json: 3 marked",
		"c1 — reported by 3 of 3 (alignment 0.61) — 1 disputed fact — disputed\n",
		"  verdict: disputed (2026-03-06 14:30 UTC)\n  note: Two dates for the walkout.\n        - check the harbour log <today>\n",
		"c3 — reported by 2 of 3 (alignment 0.55) — verified\n",
		"Orphaned marks: 1",
		"formerly c9, reported by Island Times\n  “A sentence that was later edited out.”\n  verdict: unsure",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}

	in.Color = true
	col := renderText(t, in)
	if !strings.Contains(col, "\x1b[1;31m1 disputed fact\x1b[0m") || !strings.Contains(col, "\x1b[32mverified\x1b[0m") {
		t.Errorf("no colour with Color:\n%q", col[:400])
	}
	if stripped := stripSGR(col); stripped != out {
		t.Error("colour changes the text itself")
	}

	in.Color = false
	in.Only = Marked
	out = renderText(t, in)
	if n := strings.Count(out, "\nc"); n != 3 || !strings.Contains(out, "only marked claims") {
		t.Errorf("--only marked: %d claims\n%s", n, out)
	}
}

// TestTextOpensWithTheDisputedFacts: the report's first section lists
// each disputed fact once, one line each (a fact compared pairwise across
// three outlets included), where it is listed and how it was settled; in
// the claims, each disputed fact is one line and the facts the outlets
// agree on one muted line, never a line per pair.
func TestTextOpensWithTheDisputedFacts(t *testing.T) {
	out := renderText(t, handInput(t))
	disputes := out[strings.Index(out, "Disputed facts:"):strings.Index(out, "\nc1 —")]
	for _, want := range []string{
		"Disputed facts: 3 (2 settled)\n",
		"  ⚠ date: March 3 (Harbour Gazette, Coast & <b>Radio</b> | *Live*) · March 4 (Island\n    Times) — c1\n",
		"  ⚠ money: €2.5 million (Harbour Gazette) · €3 million (Coast & <b>Radio</b> | *Live*) —\n    c5\n" +
			"    settled: verified: €2.5 million · checked in: the operator's statement <b>of 6\n",
		"  ⚠ date, Harbour Gazette headline against body: March 2 (headline) · March 3 (body) —\n    d1\n" +
			"    settled: unresolved · checked in: asked the Gazette's desk (2026-03-06 14:30 UTC)\n",
	} {
		if !strings.Contains(disputes, want) {
			t.Errorf("the disputed facts lack %q:\n%s", want, disputes)
		}
	}
	c1 := out[strings.Index(out, "\nc1 —"):strings.Index(out, "\nc2 —")]
	if n := strings.Count(c1, "⚠ date:"); n != 1 {
		t.Errorf("c1 tells its date %d times, want once:\n%s", n, c1)
	}
	if !strings.Contains(c1, "  also: ◇ place: Port Ellen · Islay\n") {
		t.Errorf("c1 lacks its compatible place on one quiet line:\n%s", c1)
	}
	if !strings.Contains(out, "Orphaned settlements: 1") || !strings.Contains(out, "formerly c8: hours of talks") {
		t.Errorf("the orphaned settlement is not listed:\n%s", out)
	}

	in := handInput(t)
	in.Only = Disputes
	only := renderText(t, in)
	if n := strings.Count(only, "\nc"); n != 2 || strings.Contains(only, "\nc3 —") || strings.Contains(only, "Orphaned marks") {
		t.Errorf("--only disputes: %d claims\n%s", n, only)
	}
	if !strings.Contains(only, "Disputed facts: 3") || !strings.Contains(only, "only the disputed facts and their claims") {
		t.Errorf("--only disputes lost the disputed facts:\n%s", only)
	}
}

// stripSGR removes the colour sequences the text report writes.
func stripSGR(s string) string {
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], 'm')
		s = s[:i] + s[i+j+1:]
	}
}

// TestStorySize checks the counts line of the human reports, and that
// with fewer than two articles they say there is nothing to compare.
func TestStorySize(t *testing.T) {
	full := sampleInput(t)
	one := sampleInput(t)
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := align.Build(context.Background(), c.Documents[:1], align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	one.Story = s
	none := Input{Story: &align.Story{}}
	for _, tc := range []struct {
		name string
		in   Input
		want []string
		not  []string
	}{
		{"five", full, []string{"5 outlets, "}, []string{"nothing to compare", "No usable article"}},
		{"one", one, []string{"1 outlet, ", "nothing to compare"}, []string{"1 outlets"}},
		{"none", none, []string{"0 outlets, 0 claims, ", "No usable article"}, nil},
	} {
		for _, f := range []Format{Text, Markdown, HTML} {
			var buf bytes.Buffer
			if err := Write(&buf, tc.in, f); err != nil {
				t.Fatal(err)
			}
			out := strings.ReplaceAll(buf.String(), " · ", ", ")
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("%s, %v: no %q in\n%.400s", tc.name, f, w, out)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(out, n) {
					t.Errorf("%s, %v: %q in\n%.400s", tc.name, f, n, out)
				}
			}
		}
	}
}
