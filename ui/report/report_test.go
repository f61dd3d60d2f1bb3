package report

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

func sampleInput(t *testing.T) Input {
	t.Helper()
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := align.Build(context.Background(), c.Documents, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return Input{Story: s, Warnings: c.Warnings}
}

// TestJSONContract checks the crosscheck/v1 contract on the sample: the
// schema, five documents, every passage in some claim, and every value's
// text a substring of its passage.
func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sampleInput(t), JSON); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Schema    string `json:"schema"`
		Documents []struct {
			ID       string `json:"id"`
			Path     string `json:"path"`
			Outlet   string `json:"outlet"`
			Title    string `json:"title"`
			Passages []struct {
				ID        string `json:"id"`
				Paragraph int    `json:"paragraph"`
				Headline  bool   `json:"headline"`
				Text      string `json:"text"`
			} `json:"passages"`
			Removed  []struct{ Text, Reason string } `json:"removed"`
			Warnings []string                        `json:"warnings"`
		} `json:"documents"`
		Claims []struct {
			ID        string   `json:"id"`
			Passages  []string `json:"passages"`
			Conflicts []struct {
				Kind   string `json:"kind"`
				Values []struct{ Passage, Text string }
			} `json:"conflicts"`
		} `json:"claims"`
		Variants []struct {
			Kind  string `json:"kind"`
			Forms []struct {
				Text     string   `json:"text"`
				Passages []string `json:"passages"`
			} `json:"forms"`
		} `json:"variants"`
	}
	if err := json.Unmarshal(buf.Bytes(), &r); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	if r.Schema != "crosscheck/v1" {
		t.Errorf("schema %q", r.Schema)
	}
	if len(r.Documents) != 5 {
		t.Errorf("%d documents, want 5", len(r.Documents))
	}
	text := map[string]string{}
	for _, d := range r.Documents {
		if !strings.HasPrefix(d.Path, "sample/") || d.Outlet == "" || d.Removed == nil || d.Warnings == nil {
			t.Errorf("document %s: path %q outlet %q removed %v warnings %v", d.ID, d.Path, d.Outlet, d.Removed, d.Warnings)
		}
		for _, p := range d.Passages {
			text[p.ID] = p.Text
			if !strings.HasPrefix(p.ID, d.ID+".") || p.Paragraph < 1 && !p.Headline {
				t.Errorf("passage %s of %s: paragraph %d", p.ID, d.ID, p.Paragraph)
			}
			// The headline is a passage: "<doc>.headline", paragraph 0,
			// its text the title.
			if p.Headline && (p.ID != d.ID+".headline" || p.Paragraph != 0 || p.Text != d.Title) {
				t.Errorf("headline passage %+v of %s (title %q)", p, d.ID, d.Title)
			}
		}
	}
	claimed := map[string]bool{}
	for _, c := range r.Claims {
		if len(c.Passages) == 0 {
			t.Errorf("claim %s has no passages", c.ID)
		}
		for _, id := range c.Passages {
			if _, ok := text[id]; !ok {
				t.Errorf("claim %s names unknown passage %s", c.ID, id)
			}
			claimed[id] = true
		}
		for _, d := range c.Conflicts {
			for _, v := range d.Values {
				if !strings.Contains(text[v.Passage], v.Text) {
					t.Errorf("claim %s: conflict value %q is not in passage %s", c.ID, v.Text, v.Passage)
				}
			}
		}
	}
	for id := range text {
		if !claimed[id] {
			t.Errorf("passage %s is in no claim", id)
		}
	}
	for _, v := range r.Variants {
		for _, f := range v.Forms {
			for _, id := range f.Passages {
				if !strings.Contains(text[id], f.Text) {
					t.Errorf("variant form %q is not in passage %s", f.Text, id)
				}
			}
		}
	}
}

func TestTextReportTellsEveryClaim(t *testing.T) {
	in := sampleInput(t)
	var buf bytes.Buffer
	if err := Write(&buf, in, Text); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "\x1b") {
		t.Error("text report holds escape codes")
	}
	for _, c := range in.Story.Claims {
		if !strings.Contains(out, "\n"+c.ID+" — ") {
			t.Errorf("text report lacks claim %s", c.ID)
		}
	}
	for _, d := range in.Story.Documents {
		if !strings.Contains(out, d.Outlet) {
			t.Errorf("text report lacks outlet %s", d.Outlet)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, ok := range []string{"text", "json", "JSON", "markdown", "md", "html", "HTML"} {
		if _, err := ParseFormat(ok); err != nil {
			t.Errorf("ParseFormat(%q): %v", ok, err)
		}
	}
	if _, err := ParseFormat("yaml"); err == nil {
		t.Error("ParseFormat(yaml) succeeded")
	}
}

func TestParseOnly(t *testing.T) {
	for s, want := range map[string]Only{"conflicts": Conflicts, "Marked": Marked, "all": All, "Disputes": Disputes} {
		if got, err := ParseOnly(s); err != nil || got != want {
			t.Errorf("ParseOnly(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := ParseOnly("verified"); err == nil {
		t.Error("ParseOnly(verified) succeeded")
	}
}
