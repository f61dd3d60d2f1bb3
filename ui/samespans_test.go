package ui

import (
	"bytes"
	"context"
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"golang.org/x/net/html"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui/report"
)

// A litRun is a stretch of a passage lit one way, as a medium shows it:
// its text and how it is lit ("diff", "v-conflict", …).
type litRun struct{ text, how string }

// toneClasses name the tones as the HTML report's classes do.
var toneClasses = map[tone]string{toneAside: "aside", toneChanged: "diff", toneAgree: "v-same", toneRefine: "v-compatible", toneDiffer: "v-differ", toneConflict: "v-conflict"}

// screenRuns draws passage ref of claim ci as the reader does with
// outlet focus focused, each tone in a colour of its own, and reads the
// lit stretches back from the escape codes.
func screenRuns(t *testing.T, s *align.Story, ci int, ref align.Ref, focus int) []litRun {
	t.Helper()
	st := DefaultStyles(true)
	byColour := map[string]string{}
	for tn, class := range toneClasses {
		c := color.RGBA{R: 1, G: 2, B: uint8(tn), A: 255}
		style := lipgloss.NewStyle().Foreground(c)
		switch tn {
		case toneAside:
			st.Aside = style
		case toneChanged:
			st.Changed = style
		case toneAgree:
			st.AgreeValue = style
		case toneRefine:
			st.RefineValue = style
		case toneDiffer:
			st.DifferValue = style
		case toneConflict:
			st.ConflictValue = style
		}
		byColour[fmt.Sprintf("38;2;1;2;%d", tn)] = class
	}
	st.Passage = lipgloss.NewStyle()
	sh := shared{story: s, styles: &st, cache: newRenderCache()}
	v := claimView{shared: sh, claim: ci, focus: focus}
	text := s.Passage(ref).Text
	line := strings.Join(renderMarked(text, v.marks(&s.Claims[ci], ref, text), 1<<20, &st, measure{}), " ")
	sgr := regexp.MustCompile(`\x1b\[([0-9;]*)m`)
	var out []litRun
	how := ""
	rest := line
	for rest != "" {
		loc := sgr.FindStringSubmatchIndex(rest)
		chunk := rest
		if loc != nil {
			chunk = rest[:loc[0]]
		}
		if chunk != "" && how != "" {
			out = append(out, litRun{chunk, how})
		}
		if loc == nil {
			break
		}
		params := rest[loc[2]:loc[3]]
		switch {
		case params == "" || params == "0":
			how = ""
		default:
			for code, class := range byColour {
				if strings.Contains(params, code) {
					how = class
				}
			}
		}
		rest = rest[loc[1]:]
	}
	return mergeRuns(out)
}

// mergeRuns joins neighbouring runs lit the same way, as one highlight.
func mergeRuns(rs []litRun) []litRun {
	var out []litRun
	for _, r := range rs {
		if n := len(out); n > 0 && out[n-1].how == r.how {
			out[n-1].text += r.text
			continue
		}
		out = append(out, r)
	}
	return out
}

// htmlRuns reads the lit stretches of each column of each claim from the
// HTML report: claim id → column → runs.
func htmlRuns(t *testing.T, s *align.Story) map[string][][]litRun {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Write(&buf, report.Input{Story: s}, report.HTML); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][][]litRun{}
	var claim string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attr := func(k string) string {
				for _, a := range n.Attr {
					if a.Key == k {
						return a.Val
					}
				}
				return ""
			}
			switch {
			case n.Data == "article":
				claim = attr("id")
			case n.Data == "figure":
				out[claim] = append(out[claim], nil)
			case n.Data == "mark" && claim != "" && n.Parent != nil && n.Parent.Data == "p":
				cols := out[claim]
				var b strings.Builder
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					b.WriteString(c.Data)
				}
				cols[len(cols)-1] = mergeRuns(append(cols[len(cols)-1], litRun{b.String(), attr("class")}))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// TestScreenAndHTMLLightTheSameSpans draws every passage of every claim
// of the sample story (and the seeds and a dev story, when they are
// here) as the reader does, focused on the claim's first outlet, and as
// the HTML report does, framed on that outlet, and checks that the same
// stretches are lit the same way.
func TestScreenAndHTMLLightTheSameSpans(t *testing.T) {
	stories := map[string]func() (*corpus.Corpus, error){
		"sample": func() (*corpus.Corpus, error) { return corpus.LoadSample(corpus.Options{}) },
	}
	for name, dir := range map[string]string{
		"seeds": filepath.Join("..", "..", "shared", "seeds"),
		"troy":  filepath.Join("..", "..", "shared", "devset", "stories", "troy_office_shooting_2007"),
	} {
		if _, err := os.Stat(dir); err == nil {
			stories[name] = func() (*corpus.Corpus, error) { return corpus.Load([]string{dir}, corpus.Options{}) }
		}
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
			page := htmlRuns(t, s)
			lit := 0
			for ci := range s.Claims {
				cl := &s.Claims[ci]
				cols := page[cl.ID]
				if len(cols) != len(cl.Members) {
					t.Fatalf("%s: %d columns in the page, want %d", cl.ID, len(cols), len(cl.Members))
				}
				for k, ref := range cl.Members {
					got := screenRuns(t, s, ci, ref, cl.Members[0].Doc)
					want := cols[k]
					if fmt.Sprint(got) != fmt.Sprint(want) {
						t.Errorf("%s, %s: the screen lights %q\nthe page lights %q", cl.ID, s.Passage(ref).ID, got, want)
					}
					lit += len(got)
				}
			}
			if lit == 0 {
				t.Error("nothing is lit: the comparison proves nothing")
			}
		})
	}
}
