package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
)

// textWidth is the width plain-text reports wrap to.
const textWidth = 88

// statusMarks are the plain-text marks of difference statuses.
var statusMarks = map[align.Status]string{align.Conflict: "[≠]", align.Refine: "[⊂]", align.Agree: "[=]"}

// writeText writes the story told once, fact by fact: each claim with
// every outlet's wording under it, who does not report it, and its typed
// differences.
func writeText(w io.Writer, in Input) error {
	s := in.Story
	b := bufio.NewWriter(w)
	title := s.Title
	if title == "" {
		title = "Untitled story"
	}
	fmt.Fprintf(b, "%s\n%s\n\n", title, strings.Repeat("=", min(textWidth, ansi.StringWidth(title))))
	fmt.Fprintf(b, "%d outlets, %d claims, %d with conflicts\n", len(s.Documents), len(s.Claims), s.ConflictCount())
	for _, d := range s.Documents {
		date := d.PublishedDate()
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(b, "  %-4s %s (%s) — %s\n", d.ID, d.Outlet, date, d.Path)
	}
	for _, wn := range in.Warnings {
		fmt.Fprintf(b, "  warning: %s\n", wn)
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		docs := c.Docs()
		fmt.Fprintf(b, "\n%s — reported by %d of %d", c.ID, len(docs), len(s.Documents))
		if len(docs) > 1 {
			fmt.Fprintf(b, " (alignment %.2f)", c.Score)
		}
		if n := len(c.Conflicts()); n > 0 {
			fmt.Fprintf(b, " — %d conflict%s", n, plural(n))
		}
		b.WriteString("\n")
		for _, m := range c.Members {
			outlet := s.Documents[m.Doc].Outlet
			writeIndented(b, "  "+outlet+": ", s.Passage(m).Text)
		}
		if len(docs) > 1 {
			if absent := c.Absent(len(s.Documents)); len(absent) > 0 {
				var names []string
				for _, d := range absent {
					names = append(names, s.Documents[d].Outlet)
				}
				writeIndented(b, "  not reported by: ", strings.Join(names, ", "))
			}
		}
		for _, d := range c.Differences {
			writeIndented(b, "  "+statusMarks[d.Status]+" ", d.Summary)
		}
	}
	return b.Flush()
}

// writeIndented writes text wrapped to textWidth after prefix, with
// continuation lines indented under the text.
func writeIndented(w io.Writer, prefix, text string) {
	indent := strings.Repeat(" ", min(ansi.StringWidth(prefix), 24))
	wrapped := ansi.Wordwrap(text, max(20, textWidth-len(indent)), "")
	lines := strings.Split(wrapped, "\n")
	fmt.Fprintf(w, "%s%s\n", prefix, lines[0])
	for _, l := range lines[1:] {
		fmt.Fprintf(w, "%s%s\n", indent, l)
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
