package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
	"crosscheck/ui/session"
	"crosscheck/ui/sheet"
)

// textWidth is the width plain-text reports wrap to.
const textWidth = 88

// SGR parameters of the text report's few colours.
const (
	sgrBold   = "1"
	sgrRed    = "1;31"
	sgrYellow = "33"
	sgrGreen  = "32"
	sgrFaint  = "2"
)

var verdictColors = map[session.Verdict]string{session.Verified: sgrGreen, session.Disputed: sgrRed, session.Unsure: sgrYellow}

// statusColors colour a fact's line by its status.
var statusColors = map[align.Status]string{align.Conflict: sgrRed, align.Differ: sgrYellow, align.Compatible: sgrYellow, align.Same: sgrFaint}

// textWriter writes the text report, in colour or not.
type textWriter struct {
	*bufio.Writer
	color bool
}

// paint wraps s in the SGR sequence sgr when colour is on.
func (t textWriter) paint(sgr, s string) string {
	if !t.color || sgr == "" {
		return s
	}
	return "\x1b[" + sgr + "m" + s + "\x1b[0m"
}

// writeText writes the story's disputed facts, one line each, then the
// story told once, fact by fact: each claim with every outlet's wording
// under it, who does not report it, its disputed facts (one line each),
// the facts its outlets agree on (one muted line), and its mark.
func writeText(w io.Writer, in Input) error {
	s := in.Story
	b := textWriter{bufio.NewWriter(w), in.Color}
	title := s.Title
	if title == "" {
		title = "Untitled story"
	}
	fmt.Fprintf(b, "%s\n%s\n\n", b.paint(sgrBold, title), strings.Repeat("=", min(textWidth, ansi.StringWidth(title))))
	fmt.Fprintf(b, "%s\n", storySize(s, ", "))
	if few := tooFew(s); few != "" {
		fmt.Fprintf(b, "%s\n", few)
	}
	for i, d := range s.Documents {
		outlet := d.Outlet
		if note := copiesNote(s, i); note != "" {
			outlet += " " + note
		}
		fmt.Fprintf(b, "  %-4s %s (%s) — %s\n", d.ID, outlet, outletDate(d.PublishedDate()), sources(&d))
		if sites := copySites(s, i); len(sites) > 0 {
			writeIndented(b, "       ", "also carried word for word by: "+strings.Join(sites, ", "))
		}
	}
	if in.Session != "" {
		fmt.Fprintf(b, "session %s: %s\n", in.Session, in.markSummary())
	}
	if in.Only != All {
		fmt.Fprintf(b, "only %s\n", onlyLabel[in.Only])
	}
	for _, wn := range in.Warnings {
		fmt.Fprintf(b, "  warning: %s\n", wn)
	}
	writeDisputesText(b, in)
	claims := in.claims(false)
	if len(claims) == 0 && in.Only != All {
		b.WriteString("\nno claims to show\n")
	}
	for _, i := range claims {
		writeClaimText(b, in, i)
	}
	if in.showSettlementOrphans() {
		fmt.Fprintf(b, "\n%s\n", b.paint(sgrBold, fmt.Sprintf("Orphaned settlements: %d (their disputes are no longer found)", len(in.SettlementOrphans))))
		for _, st := range in.SettlementOrphans {
			writeIndented(b, "  formerly "+st.Where+": ", st.Line)
			writeIndented(b, "    settled: ", settledLine(st))
		}
	}
	if in.showOrphans() {
		fmt.Fprintf(b, "\n%s\n", b.paint(sgrBold, fmt.Sprintf("Orphaned marks: %d (their claims are no longer found)", len(in.Orphans))))
		for _, m := range in.Orphans {
			fmt.Fprintf(b, "\nformerly %s, reported by %s\n", m.ClaimID, strings.Join(m.Outlets, ", "))
			writeIndented(b, "  ", "“"+m.Excerpt+"”")
			writeMarkText(b, m)
		}
	}
	return b.Flush()
}

// writeDisputesText writes the story's disputed facts, one line each,
// with where each is listed and its settlement.
func writeDisputesText(b textWriter, in Input) {
	s := in.Story
	ds := in.disputes()
	head := fmt.Sprintf("Disputed facts: %d", len(ds))
	if n := in.settledCount(); n != "" {
		head += " (" + n + ")"
	}
	if len(ds) == 0 {
		head = "Disputed facts: none — the outlets' figures, dates, names and quotations agree or are compatible."
	}
	fmt.Fprintf(b, "\n%s\n", b.paint(sgrBold, head))
	for _, i := range ds {
		d := &s.Disputes[i]
		writeIndented(b, "  "+b.paint(statusColors[d.Status], sheet.Mark(d.Status))+" ", sheet.DisputeLine(s, d)+" — "+sheet.Where(s, d))
		if st, ok := in.Settlements[i]; ok {
			writeIndented(b, "    settled: ", settledLine(st))
		}
	}
}

// writeClaimText writes claim i: its head, every outlet's wording, who
// does not report it, its facts and its mark.
func writeClaimText(b textWriter, in Input, i int) {
	s := in.Story
	c := &s.Claims[i]
	docs := c.Docs()
	head := fmt.Sprintf("%s — reported by %d of %d", c.ID, len(docs), len(s.Documents))
	if len(docs) > 1 {
		head += fmt.Sprintf(" (alignment %.2f)", c.Score)
	}
	fmt.Fprintf(b, "\n%s", b.paint(sgrBold, head))
	if n := c.Disputes(); n > 0 {
		fmt.Fprintf(b, " — %s", b.paint(sgrRed, fmt.Sprintf("%d disputed fact%s", n, plural(n))))
	}
	if m, ok := in.Marks[i]; ok {
		fmt.Fprintf(b, " — %s", b.paint(verdictColors[m.Verdict], verdictLabel(m)))
	}
	b.WriteString("\n")
	for _, m := range c.Members {
		outlet := s.Documents[m.Doc].Outlet
		writeIndented(b, "  "+outlet+headlineNote(s, m)+": ", s.Passage(m).Text)
	}
	if len(docs) > 1 {
		if absent := absentOutlets(s, c, plain); absent != "" {
			writeIndented(b, "  not reported by: ", absent)
		}
	}
	for k := range c.Facts {
		r := &c.Facts[k]
		if !r.Status.Disputed() {
			continue
		}
		line := sheet.RowLine(s, r)
		if note := sheet.RepeatedFrom(s, i, k); note != "" {
			line += " — " + note
		}
		writeIndented(b, "  "+b.paint(statusColors[r.Status], sheet.Mark(r.Status))+" ", line)
	}
	if q := sheet.Quiet(s, c.Facts); q != "" {
		writeIndented(b, "  "+b.paint(sgrFaint, "also:")+" ", b.paint(sgrFaint, q))
	}
	if m, ok := in.Marks[i]; ok {
		writeMarkText(b, m)
	}
}

// writeMarkText writes a mark's verdict, time and note.
func writeMarkText(b textWriter, m session.Mark) {
	line := "  verdict: " + b.paint(verdictColors[m.Verdict], verdictLabel(m))
	if t := markTime(m); t != "" {
		line += " (" + t + ")"
	}
	b.WriteString(line + "\n")
	for i, l := range strings.Split(m.Note, "\n") {
		if m.Note == "" {
			break
		}
		prefix := "  note: "
		if i > 0 {
			prefix = "        "
		}
		writeIndented(b, prefix, l)
	}
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
