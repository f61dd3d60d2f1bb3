package report

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"

	"crosscheck/align"
	"crosscheck/ui/session"
	"crosscheck/ui/sheet"
)

// writeMarkdown writes a fact-check memo: the story, when and by what it
// was made, the disputed facts (one line each, with their settlements),
// the outlets with their dates and sources, then each claim that holds a
// disputed fact or a mark (or those Only asks for), with every outlet's
// wording, its facts, and the verdict and note; then the settlements and
// marks whose disputes and claims are gone.
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
	if in.Only != All {
		fmt.Fprintf(b, " Only %s.", onlyLabel[in.Only])
	}
	fmt.Fprintf(b, " Made %s.\n", mdEscape(in.made()))

	ds := in.disputes()
	b.WriteString("\n## Disputed facts\n\n")
	if len(ds) == 0 {
		b.WriteString("None: the outlets' figures, dates, names and quotations agree or are compatible.\n")
	}
	for _, i := range ds {
		d := &s.Disputes[i]
		fmt.Fprintf(b, "- %s %s — %s\n", sheet.Mark(d.Status), mdEscape(sheet.DisputeLine(s, d)), mdEscape(sheet.Where(s, d)))
		if st, ok := in.Settlements[i]; ok {
			fmt.Fprintf(b, "  - **Settled:** %s\n", mdEscape(settledLine(st)))
		}
	}

	b.WriteString("\n## Outlets\n\n| | Outlet | Published | Source |\n| --- | --- | --- | --- |\n")
	for i, d := range s.Documents {
		src := mdEscape(d.Path)
		if u := sourceURL(&d); u != "" {
			src = mdLink(u)
		}
		outlet := mdEscape(d.Outlet)
		if note := copiesNote(s, i); note != "" {
			outlet += " " + note
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", d.ID, outlet, outletDate(d.PublishedDate()), src)
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
	heading := map[Only]string{All: "Claims with disputed facts or marks", Conflicts: "Claims with conflicts", Marked: "Marked claims", Disputes: "Claims of the disputed facts"}[in.Only]
	fmt.Fprintf(b, "\n## %s\n", heading)
	if len(claims) == 0 {
		b.WriteString("\nNone.\n")
	}
	for _, i := range claims {
		writeClaimMarkdown(b, in, i)
	}
	if in.showSettlementOrphans() {
		b.WriteString("\n## Orphaned settlements\n\nThese settlements' disputes are no longer found in the articles; they are kept in the session.\n\n")
		for _, st := range in.SettlementOrphans {
			fmt.Fprintf(b, "- Formerly %s: %s — **settled:** %s\n", mdEscape(st.Where), mdEscape(st.Line), mdEscape(settledLine(st)))
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

// writeClaimMarkdown writes claim i of the memo.
func writeClaimMarkdown(b *bufio.Writer, in Input, i int) {
	s := in.Story
	c := &s.Claims[i]
	head := []string{c.ID}
	if n := c.Disputes(); n > 0 {
		head = append(head, fmt.Sprintf("%d disputed fact%s", n, plural(n)))
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
		if absent := absentOutlets(s, c, mdEscape); absent != "" {
			fmt.Fprintf(b, "; not reported by %s", absent)
		}
	}
	b.WriteString(".\n\n")
	for _, ref := range c.Members {
		fmt.Fprintf(b, "- **%s%s:** %s\n", mdEscape(s.Documents[ref.Doc].Outlet), headlineNote(s, ref), mdWording(s, c, ref))
	}
	var facts []string
	for k := range c.Facts {
		r := &c.Facts[k]
		if !r.Status.Disputed() {
			continue
		}
		line := sheet.Mark(r.Status) + " " + mdEscape(sheet.RowLine(s, r))
		if note := sheet.RepeatedFrom(s, i, k); note != "" {
			line += " — " + note
		}
		facts = append(facts, line)
	}
	if q := sheet.Quiet(s, c.Facts); q != "" {
		facts = append(facts, "_Also: "+mdEscape(q)+"_")
	}
	if len(facts) > 0 {
		b.WriteString("\nFacts:\n\n")
		for _, f := range facts {
			fmt.Fprintf(b, "- %s\n", f)
		}
	}
	if marked {
		writeMarkMarkdown(b, m)
	}
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

// mdWording is a member's passage with the values of the claim's facts
// in bold.
func mdWording(s *align.Story, c *align.Claim, ref align.Ref) string {
	var out strings.Builder
	for _, seg := range sheet.Segments(s.Passage(ref).Text, sheet.Values(s, c, ref)) {
		if seg.Tone != sheet.Plain {
			out.WriteString("**" + mdEscape(seg.Text) + "**")
		} else {
			out.WriteString(mdEscape(seg.Text))
		}
	}
	return out.String()
}

// mdLink is a web address as a Markdown link to itself, its text escaped
// and the characters that would end the link percent-encoded.
func mdLink(u string) string {
	target := strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(u)
	return "[" + mdEscape(u) + "](" + target + ")"
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
var mdBlockStart = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\s*)([-+=]|\d+[.)])`) })

// mdLine escapes s for the start of a line too.
func mdLine(s string) string {
	e := mdEscape(s)
	return mdBlockStart().ReplaceAllStringFunc(e, func(m string) string {
		sub := mdBlockStart().FindStringSubmatch(m)
		mark := sub[2]
		return sub[1] + mark[:len(mark)-1] + `\` + mark[len(mark)-1:]
	})
}
