package align

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"crosscheck/corpus"
)

// TestDumpFacts prints every passage's facts of the story named by DUMP
// (a directory under testdata/stories): a tool for reading extraction.
func TestDumpFacts(t *testing.T) {
	name := os.Getenv("DUMP")
	if name == "" {
		t.Skip("set DUMP=<story> to print its facts")
	}
	c, err := corpus.Load([]string{filepath.Join("../testdata/stories", name)}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := &Story{Documents: c.Documents}
	s.extractAll()
	for d, doc := range s.Documents {
		fmt.Printf("=== %s\n", filepath.Base(doc.Path))
		for p, ps := range doc.Passages {
			fmt.Printf("%s %s\n", ps.ID, ps.Text)
			for _, f := range s.facts.facts[d][p] {
				fmt.Printf("     %-6s %-30q norm=%q role=%q g=%d\n", f.Kind, f.Text, f.Norm, f.Role, f.group)
			}
		}
	}
}

// TestDumpClaims prints the claims Build makes of the story named by
// DUMPCLAIMS, with each member's home or joined status and pair scores.
func TestDumpClaims(t *testing.T) {
	name := os.Getenv("DUMPCLAIMS")
	if name == "" {
		t.Skip("set DUMPCLAIMS=<story> to print its claims")
	}
	var c *corpus.Corpus
	var err error
	switch name {
	case "sample":
		c, err = corpus.LoadSample(corpus.Options{})
	case "seeds":
		c, err = corpus.Load([]string{"../../shared/seeds"}, corpus.Options{})
	default:
		c, err = corpus.Load([]string{filepath.Join("../testdata/stories", name)}, corpus.Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(context.Background(), c.Documents, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, cl := range s.Claims {
		fmt.Printf("--- %s score %.2f\n", cl.ID, cl.Score)
		for i, m := range cl.Members {
			j := ""
			if cl.link.joined != nil && cl.link.joined[i] {
				j = "+"
			}
			var sims []string
			if cl.link.sim != nil {
				for k := range cl.Members {
					sims = append(sims, fmt.Sprintf("%.2f", cl.link.sim[i][k]))
				}
			}
			text := s.Passage(m).Text
			if len(text) > 110 {
				text = text[:110]
			}
			fmt.Printf("  %1s%-6s %v %s\n", j, s.Passage(m).ID, sims, text)
		}
		for _, d := range cl.Differences {
			if d.Status == Conflict {
				var vs []string
				for _, v := range d.Values {
					vs = append(vs, s.Passage(v.Ref).ID+":"+v.Text)
				}
				fmt.Printf("    CONFLICT %s %v\n", d.Kind, vs)
			}
		}
	}
}
