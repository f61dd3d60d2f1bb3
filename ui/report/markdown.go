package report

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"crosscheck/align"
	"crosscheck/ui/session"
)

// statusWords name difference statuses in the memo.
var statusWords = map[align.Status]string{align.Conflict: "≠ conflict", align.Compatible: "~ compatible", align.Same: "= same value"}

// writeMarkdown writes a fact-check memo: the story, its outlets with
// their dates, then each claim that has a difference or a mark (or those
// Only asks for), with every outlet's wording, the typed differences, and
// the verdict and note; then the marks whose claims are gone.
func writeMarkdown(w io.Writer, in Input) error {
	s := in.Story
	b := bufio.NewWriter(w)
	title := s.Title
	if title == "" {
		title = "Untitled story"
	}
	fmt.Fprintf(b, "# Fact-check memo: %s\n\n", mdEscape(title))
	fmt.Fprintf(b, "%s.", storySize(s, ", "))
	if few := tooFew(s); few != "" {
		fmt.Fprintf(b, " %s", few)
	}
	if in.Session != "" {
		fmt.Fprintf(b, " Session %s: %s.", mdEscape(in.Session), in.markSummary())
	}
	b.WriteString("\n\n## Outlets\n\n| | Outlet | Published | Source |\n| --- | --- | --- | --- |\n")
	for i, d := range s.Documents {
		src := d.Path
		if d.URL != "" {
			src = d.URL
		}
		outlet := mdEscape(d.Outlet)
		if note := copiesNote(s, i); note != "" {
			outlet += " " + note
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", d.ID, outlet, outletDate(d.PublishedDate()), mdEscape(src))
	}
	for i, d := range s.Documents {
		if sites := copySites(s, i); len(sites) > 0 {
			fmt.Fprintf(b, "\n%s's text (%s) was also carried word for word by: %s.\n", mdEscape(d.Outlet), d.ID, mdEscape(strings.Join(sites, ", ")))
		}
	}
	for _, wn := range in.Warnings {
		fmt.Fprintf(b, "\nWarning: %s\n", mdEscape(wn))
	}

	claims := in.claims(true)
	heading := map[Only]string{All: "Claims with differences or marks", Conflicts: "Claims with conflicts", Marked: "Marked claims"}[in.Only]
	fmt.Fprintf(b, "\n## %s\n", heading)
	if len(claims) == 0 {
		b.WriteString("\nNone.\n")
	}
	for _, i := range claims {
		c := &s.Claims[i]
		head := []string{c.ID}
		if n := conflictCount(c); n > 0 {
			head = append(head, fmt.Sprintf("%d conflict%s", n, plural(n)))
		}
		m, marked := in.Marks[i]
		if marked {
			head = append(head, verdictLabel(m))
		}
		fmt.Fprintf(b, "\n### %s\n\n", strings.Join(head, " — "))
		docs := c.Docs()
		fmt.Fprintf(b, "Reported by %d of %d outlet%s", len(docs), len(s.Documents), plural(len(s.Documents)))
		if len(docs) > 1 {
			fmt.Fprintf(b, " (alignment %.2f)", c.Score)
			if absent := c.Absent(len(s.Documents)); len(absent) > 0 {
				var names []string
				for _, d := range absent {
					names = append(names, mdEscape(s.Documents[d].Outlet))
				}
				fmt.Fprintf(b, "; not reported by %s", strings.Join(names, ", "))
			}
		}
		b.WriteString(".\n\n")
		for _, ref := range c.Members {
			fmt.Fprintf(b, "- **%s:** %s\n", mdEscape(s.Documents[ref.Doc].Outlet), mdWording(s, c, ref))
		}
		if len(c.Differences) > 0 {
			b.WriteString("\nDifferences:\n\n")
			for _, d := range groupDifferences(c.Differences) {
				fmt.Fprintf(b, "- %s — %s\n", statusWords[d.Status], mdEscape(differenceLine(d)))
			}
		}
		if marked {
			writeMarkMarkdown(b, m)
		}
	}
	if in.showOrphans() {
		b.WriteString("\n## Orphaned marks\n\nThese marks' claims are no longer found in the articles; they are kept in the session.\n")
		for _, m := range in.Orphans {
			fmt.Fprintf(b, "\n### Formerly %s — %s\n\n", mdEscape(m.ClaimID), verdictLabel(m))
			fmt.Fprintf(b, "Reported by %s: “%s”\n", mdEscape(strings.Join(m.Outlets, ", ")), mdEscape(m.Excerpt))
			writeMarkMarkdown(b, m)
		}
	}
	return b.Flush()
}

// writeMarkMarkdown writes a mark's verdict, time and note (as a quote).
func writeMarkMarkdown(b *bufio.Writer, m session.Mark) {
	fmt.Fprintf(b, "\n**Verdict: %s**", verdictLabel(m))
	if t := markTime(m); t != "" {
		fmt.Fprintf(b, " (%s)", t)
	}
	b.WriteString("\n")
	if m.Note != "" {
		b.WriteString("\n")
		for _, l := range strings.Split(m.Note, "\n") {
			fmt.Fprintf(b, "> %s\n", mdLine(l))
		}
	}
}

// mdWording is a member's passage with the values of the claim's
// differences in bold.
func mdWording(s *align.Story, c *align.Claim, ref align.Ref) string {
	var out strings.Builder
	for _, seg := range highlight(s.Passage(ref).Text, nil, valueRanges(s, c, ref)) {
		if seg.status != "" {
			out.WriteString("**" + mdEscape(seg.text) + "**")
		} else {
			out.WriteString(mdEscape(seg.text))
		}
	}
	return out.String()
}

// mdEscaper backslash-escapes the characters Markdown (CommonMark and
// GitHub's) could read as markup inside a line.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`, "~", `\~`, "&", `\&`,
	"\n", " ", "\r", " ", "\t", " ",
)

// mdEscape makes article text plain Markdown text inside a line.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

// mdBlockStart matches what would open a block (list item, heading rule,
// numbered item) at the start of a line.
var mdBlockStart = regexp.MustCompile(`^(\s*)([-+=]|\d+[.)])`)

// mdLine escapes s for the start of a line too.
func mdLine(s string) string {
	e := mdEscape(s)
	return mdBlockStart.ReplaceAllStringFunc(e, func(m string) string {
		sub := mdBlockStart.FindStringSubmatch(m)
		mark := sub[2]
		return sub[1] + mark[:len(mark)-1] + `\` + mark[len(mark)-1:]
	})
}
