// Package report writes crosscheck's analysis of a story as static files
// for scripts and for reading elsewhere: plain text, a Markdown
// fact-check memo, JSON of schema crosscheck/v1, and one self-contained
// HTML page. A fact-checking session's marks (package session) are added
// to any of them.
package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui/session"
)

// A Format is a report's output format.
type Format int

// The report formats.
const (
	Text Format = iota
	JSON
	Markdown
	HTML
)

var formatNames = map[Format]string{Text: "text", JSON: "json", Markdown: "markdown", HTML: "html"}

// String returns the format's name as given on the command line.
func (f Format) String() string { return formatNames[f] }

// ParseFormat returns the format named s; "md" names Markdown.
func ParseFormat(s string) (Format, error) {
	if strings.EqualFold(s, "md") {
		return Markdown, nil
	}
	for f, name := range formatNames {
		if strings.EqualFold(s, name) {
			return f, nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want text, markdown, json or html)", s)
}

// Only limits the claims a report describes.
type Only int

// The limits.
const (
	// All is every claim; the Markdown memo keeps those that have a
	// difference (a conflict or a refinement) or a mark.
	All Only = iota
	// Conflicts is the claims with a conflict.
	Conflicts
	// Marked is the claims with a mark.
	Marked
)

var onlyNames = map[Only]string{All: "all", Conflicts: "conflicts", Marked: "marked"}

// String returns the limit's name as given on the command line.
func (o Only) String() string { return onlyNames[o] }

// ParseOnly returns the limit named s ("conflicts", "marked", or "all").
func ParseOnly(s string) (Only, error) {
	for o, name := range onlyNames {
		if strings.EqualFold(s, name) {
			return o, nil
		}
	}
	return 0, fmt.Errorf("unknown --only %q (want conflicts or marked)", s)
}

// Input is what a report describes and how.
type Input struct {
	// Story is the aligned story.
	Story *align.Story
	// Warnings are about inputs skipped while loading the story.
	Warnings []string

	// Session names the session file the marks come from, or is empty
	// when no session is used.
	Session string
	// Marks are the session's marks by claim index (session.Marks).
	Marks map[int]session.Mark
	// Orphans are the session's marks whose claim is gone.
	Orphans []session.Mark

	// Only limits the claims described.
	Only Only
	// Color lets the text report use terminal colours; it is false when
	// the output is not a terminal or NO_COLOR is set. Other formats
	// never hold escape codes.
	Color bool
}

// Write writes in's report to w in format f.
func Write(w io.Writer, in Input, f Format) error {
	switch f {
	case JSON:
		return writeJSON(w, in)
	case Markdown:
		return writeMarkdown(w, in)
	case HTML:
		return writeHTML(w, in)
	default:
		return writeText(w, in)
	}
}

// claims returns the indexes of the claims the report describes, in
// story order. memo asks for the Markdown memo's default: claims with a
// conflict, a refinement or a mark.
func (in *Input) claims(memo bool) []int {
	var out []int
	for i := range in.Story.Claims {
		c := &in.Story.Claims[i]
		_, marked := in.Marks[i]
		var keep bool
		switch in.Only {
		case Conflicts:
			keep = c.HasConflict()
		case Marked:
			keep = marked
		default:
			keep = !memo || marked || slices.ContainsFunc(c.Differences, func(d align.Difference) bool { return d.Status != align.Same })
		}
		if keep {
			out = append(out, i)
		}
	}
	return out
}

// showOrphans reports whether orphaned marks belong in the report: they
// are marks, so not in a report limited to conflicts.
func (in *Input) showOrphans() bool {
	return in.Only != Conflicts && len(in.Orphans) > 0
}

// markSummary describes the session's marks in one line: "3 marked (1
// verified, 1 disputed, 1 unsure), 1 orphaned".
func (in *Input) markSummary() string {
	counts := map[session.Verdict]int{}
	for _, m := range in.Marks {
		counts[m.Verdict]++
	}
	var parts []string
	for _, v := range session.Verdicts {
		if n := counts[v]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v))
		}
	}
	if n := counts[""]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d with a note only", n))
	}
	s := fmt.Sprintf("%d marked", len(in.Marks))
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	if n := len(in.Orphans); n > 0 {
		s += fmt.Sprintf(", %d orphaned (claim no longer found)", n)
	}
	return s
}

// differenceLine is a difference's summary led by its kind, once:
// "date: March 3 ≠ March 4" (align's summaries already start so).
// groupDifferences merges a claim's differences that say the same thing
// (the same status and line) into one, keeping each distinct value once:
// the comparison is pairwise, so a fact four outlets give is otherwise
// listed once per pair of outlets. An agreement between values written
// alike ("Two" = "Two") tells a reader nothing and is left out, as the
// reader leaves it out. Conflicts come first, then refinements, then
// agreements; the order within each is kept.
func groupDifferences(ds []align.Difference) []align.Difference {
	var out []align.Difference
	index := map[string]int{}
	for _, status := range []align.Status{align.Conflict, align.Compatible, align.Same} {
		for _, d := range ds {
			if d.Status != status || status == align.Same && !d.Conversion && writtenAlike(d.Values) {
				continue
			}
			k := groupKey(d)
			i, ok := index[k]
			if !ok {
				index[k] = len(out)
				d.Values = slices.Clone(d.Values)
				out = append(out, d)
				continue
			}
			for _, v := range d.Values {
				if !slices.ContainsFunc(out[i].Values, func(w align.Value) bool { return w.Ref == v.Ref && w.Text == v.Text }) {
					out[i].Values = append(out[i].Values, v)
				}
			}
		}
	}
	return out
}

// groupKey is what groupDifferences merges differences by: a conflict's
// line (which counts the outlets on each side), and for agreements and
// refinements the kind and the values' texts in either order, so that "US
// = U.S." and "U.S. = US" are one line.
func groupKey(d align.Difference) string {
	if d.Status == align.Conflict {
		return fmt.Sprint(d.Status, "\x00", differenceLine(d))
	}
	texts := make([]string, 0, len(d.Values))
	for _, v := range d.Values {
		if t := corpus.Fold(v.Text); !slices.Contains(texts, t) {
			texts = append(texts, t)
		}
	}
	slices.Sort(texts)
	return fmt.Sprint(d.Status, "\x00", d.Kind, "\x00", d.Role, "\x00", strings.Join(texts, "\x00"))
}

// writtenAlike reports whether every value is written the same way,
// ignoring case and typographic quotes and dashes.
func writtenAlike(vs []align.Value) bool {
	for _, v := range vs[1:] {
		if !strings.EqualFold(corpus.Fold(v.Text), corpus.Fold(vs[0].Text)) {
			return false
		}
	}
	return true
}

// conflictCount is how many distinct conflicts c holds, counted as
// groupDifferences lists them.
func conflictCount(c *align.Claim) int {
	n := 0
	for _, d := range groupDifferences(c.Differences) {
		if d.Status == align.Conflict {
			n++
		}
	}
	return n
}

func differenceLine(d align.Difference) string {
	if strings.HasPrefix(d.Summary, string(d.Kind)+":") {
		return d.Summary
	}
	return string(d.Kind) + ": " + d.Summary
}

// verdictLabel is how a mark's verdict is written out.
func verdictLabel(m session.Mark) string {
	if m.Verdict == "" {
		return "noted"
	}
	return string(m.Verdict)
}

// markTime is a mark's time as written in reports.
func markTime(m session.Mark) string {
	if m.Time.IsZero() {
		return ""
	}
	return m.Time.UTC().Format("2006-01-02 15:04 UTC")
}

func outletDate(d string) string {
	if d == "" {
		return "undated"
	}
	return d
}

// storySize says how big the story is, its parts joined by sep: "5
// outlets, 54 claims, 4 with conflicts".
func storySize(s *align.Story, sep string) string {
	return fmt.Sprintf("%d outlet%s%s%d claim%s%s%d with conflicts", len(s.Documents), plural(len(s.Documents)), sep,
		len(s.Claims), plural(len(s.Claims)), sep, s.ConflictCount())
}

// copiesNote says how many other sites carried document d's text word
// for word ("and 299 copies"), or "".
func copiesNote(s *align.Story, d int) string {
	switch n := len(s.CopiesOf(d)); n {
	case 0:
		return ""
	case 1:
		return "and 1 copy"
	default:
		return fmt.Sprintf("and %d copies", n)
	}
}

// copySites lists the outlets of the copies of document d, each once, in
// the order found.
func copySites(s *align.Story, d int) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range s.CopiesOf(d) {
		name := c.Outlet
		if name == "" {
			name = c.Path
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// tooFew says why there is nothing to compare when the story has fewer
// than two articles, and is empty otherwise.
func tooFew(s *align.Story) string {
	switch len(s.Documents) {
	case 0:
		return "No usable article: give crosscheck two or more articles about the story."
	case 1:
		return "Only one usable article: nothing to compare. Give crosscheck two or more articles about the story."
	}
	return ""
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
