package report

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// copiedStory is one original report and a wire story three sites
// carried word for word.
func copiedStory(t *testing.T) *align.Story {
	t.Helper()
	wire := []string{
		"A passenger ferry caught fire on Lake Varno on Tuesday evening, the coast guard said.",
		"Two crew members were taken to hospital with burns after the fire in the engine room.",
		"The operator suspended all crossings on the route until further notice.",
		"Investigators were expected to board the ferry on Thursday morning.",
	}
	doc := func(id, outlet string, texts ...string) corpus.Document {
		d := corpus.Document{ID: id, Outlet: outlet, Path: id + ".txt"}
		for i, x := range texts {
			d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", id, i+1), Paragraph: i + 1, Text: x})
		}
		return d
	}
	docs := []corpus.Document{
		doc("d1", "Lake Post", "More than 200 people left a burning ferry on Lake Varno on Tuesday.", "Two crew members suffered burns."),
		doc("d2", "Alder Courier", wire...),
		doc("d3", "Birch Ledger", wire...),
		doc("d4", "Cedar Herald", wire...),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Documents) != 2 {
		t.Fatalf("%d sources, want 2", len(s.Documents))
	}
	return s
}

// Every report names the wire story's source "and 2 copies" and lists the
// sites that carried it.
func TestReportsListCopies(t *testing.T) {
	s := copiedStory(t)
	for _, f := range []Format{Text, Markdown, HTML} {
		var b bytes.Buffer
		if err := Write(&b, Input{Story: s}, f); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if !strings.Contains(out, "Alder Courier and 2 copies") || !strings.Contains(out, "Birch Ledger, Cedar Herald") {
			t.Errorf("format %v does not list the copies:\n%s", f, out)
		}
	}
	var b bytes.Buffer
	if err := Write(&b, Input{Story: s}, JSON); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Documents []struct {
			ID     string `json:"id"`
			Copies []struct {
				Path, Outlet string
			} `json:"copies"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(b.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Documents) != 2 || len(r.Documents[1].Copies) != 2 || r.Documents[1].Copies[1].Outlet != "Cedar Herald" ||
		r.Documents[1].Copies[0].Path != "d3.txt" || len(r.Documents[0].Copies) != 0 {
		t.Errorf("JSON copies: %+v", r.Documents)
	}
}
