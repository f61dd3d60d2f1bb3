package fact

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck/corpus"
)

// The examples of each kind, in testdata/<kind>.txt, as duckling keeps a
// corpus beside its rules. Each example is a sentence (or, for judging,
// two or more outlets' sentences joined by " || "), then what the kind
// makes of it, one a line indented by a tab:
//
//	The quake struck on Tuesday morning.
//		Tuesday → 2026-03-17 (date)
//	It hit at 1:53 p.m. || It hit at 13:53.
//		1:53 p.m. | 13:53: same
//
// An extraction line is a value: its text as written, its normalised form
// and what it is about (its slot). A judging line is a difference between
// two outlets' values and its status. "none" says the kind finds nothing.
// A sentence may start with its article's date, "[2026-03-18] ". Lines
// starting with '#' are comments. Every sentence is invented.

// An example is one sentence or set of outlets' sentences and what is
// expected of them.
type example struct {
	line int
	// outlets are the sentences, one per outlet, with their articles'
	// dates (zero when undated).
	outlets   []string
	published []time.Time
	want      []string
}

// updateExamples rewrites the results of the examples with what the kinds
// make of them (go test ./align/fact -run KindExamples -update-examples):
// read the diff before committing it.
var updateExamples = flag.Bool("update-examples", false, "rewrite testdata/<kind>.txt with the results found")

func TestKindExamples(t *testing.T) {
	for i := range kinds {
		k, module := kinds[i].kind, kinds[i].name()
		t.Run(module, func(t *testing.T) {
			path := filepath.Join("testdata", module+".txt")
			exs, err := readExamples(path)
			if err != nil {
				t.Fatalf("every kind has its examples: %v", err)
			}
			if len(exs) == 0 {
				t.Fatalf("%s holds no example", path)
			}
			gots := map[int][]string{}
			for _, ex := range exs {
				var got []string
				if len(ex.outlets) == 1 {
					got = extracted(t, module, ex.outlets[0], ex.published[0])
				} else {
					got = judged(k, ex)
					slices.Sort(got)
					slices.Sort(ex.want)
				}
				gots[ex.line] = got
				if !slices.Equal(got, ex.want) && !*updateExamples {
					t.Errorf("%s:%d: %s\n got %q\nwant %q", path, ex.line, strings.Join(ex.outlets, " || "), got, ex.want)
				}
			}
			if *updateExamples {
				if err := rewriteExamples(path, gots); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// extracted returns the values the table's row module reads in text, as
// the examples write them.
func extracted(t *testing.T, module string, text string, published time.Time) []string {
	var out []string
	for _, f := range Extract(text, published) {
		if f.module != module {
			continue
		}
		if text[f.Start:f.End] != f.Text {
			t.Errorf("%q: fact text %q is not the passage's bytes %d–%d", text, f.Text, f.Start, f.End)
		}
		out = append(out, fmt.Sprintf("%s → %s (%s)", f.Text, f.Norm, f.Slot))
	}
	if out == nil {
		out = []string{"none"}
	}
	return out
}

// judged returns the differences of kind k between the outlets' sentences
// taken as one claim, as the examples write them.
func judged(k Kind, ex example) []string {
	var docs []corpus.Document
	var members []Ref
	for d, text := range ex.outlets {
		docs = append(docs, corpus.Document{Published: ex.published[d], Passages: []corpus.Passage{{Text: text}}})
		members = append(members, Ref{Doc: d, Passage: 0})
	}
	var out []string
	a := Analyse(docs)
	a.FindVariants([][]Ref{members})
	for _, d := range a.CompareClaim(members) {
		if d.Kind == k && len(d.Values) == 2 {
			out = append(out, fmt.Sprintf("%s | %s: %s", d.Values[0].Text, d.Values[1].Text, d.Status))
		}
	}
	if out == nil {
		out = []string{"none"}
	}
	return out
}

func readExamples(path string) ([]example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []example
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "\t"):
			if len(out) == 0 {
				return nil, fmt.Errorf("%s:%d: a result before any sentence", path, n)
			}
			out[len(out)-1].want = append(out[len(out)-1].want, strings.TrimSpace(line))
		default:
			ex := example{line: n}
			for _, s := range strings.Split(line, " || ") {
				var pub time.Time
				if date, rest, ok := strings.Cut(s, "] "); ok && strings.HasPrefix(date, "[") {
					if pub, err = time.Parse(time.DateOnly, date[1:]); err != nil {
						return nil, fmt.Errorf("%s:%d: %v", path, n, err)
					}
					s = rest
				}
				ex.outlets = append(ex.outlets, s)
				ex.published = append(ex.published, pub)
			}
			out = append(out, ex)
		}
	}
	for _, ex := range out {
		if len(ex.want) == 0 {
			return nil, fmt.Errorf("%s:%d: a sentence without results (write \"none\")", path, ex.line)
		}
	}
	return out, sc.Err()
}

// rewriteExamples writes the examples file at path again, each sentence
// followed by its results in got (by the sentence's line), comments and
// blank lines kept.
func rewriteExamples(path string, got map[int][]string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var out []string
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	for n, line := range lines {
		if strings.HasPrefix(line, "\t") {
			continue
		}
		out = append(out, line)
		if rs, ok := got[n+1]; ok {
			for _, r := range rs {
				out = append(out, "\t"+r)
			}
		}
	}
	return os.WriteFile(path, []byte(strings.Join(out, "\n")+"\n"), 0o644)
}
