// Package report writes crosscheck's analysis of a story as static files
// for scripts and for reading elsewhere: plain text, a Markdown
// fact-check memo, JSON of schema crosscheck/v1, and one self-contained
// HTML page. A fact-checking session's marks (package session) are added
// to any of them.
package report

import (
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"time"

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

// FormatNames returns the formats' names as given on the command line,
// for help and shell completion.
func FormatNames() []string {
	return []string{formatNames[Text], formatNames[Markdown], formatNames[JSON], formatNames[HTML]}
}

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
	// All is every claim; the Markdown memo keeps those that hold a
	// disputed fact or a mark.
	All Only = iota
	// Conflicts is the claims holding a fact whose readings conflict.
	Conflicts
	// Marked is the claims with a mark.
	Marked
	// Disputes is the disputed facts and the claims they are listed in.
	Disputes
)

var onlyNames = map[Only]string{All: "all", Conflicts: "conflicts", Marked: "marked", Disputes: "disputes"}

// String returns the limit's name as given on the command line.
func (o Only) String() string { return onlyNames[o] }

// ParseOnly returns the limit named s ("disputes", "conflicts", "marked",
// or "all").
func ParseOnly(s string) (Only, error) {
	for o, name := range onlyNames {
		if strings.EqualFold(s, name) {
			return o, nil
		}
	}
	return 0, fmt.Errorf("unknown --only %q (want disputes, conflicts or marked)", s)
}

// onlyLabel says which claims a limited report keeps.
var onlyLabel = map[Only]string{Conflicts: "claims with a conflict", Marked: "marked claims", Disputes: "the disputed facts and their claims"}

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
	// Settlements are the session's settlements by dispute index
	// (session.Settlements); SettlementOrphans those whose dispute is
	// gone.
	Settlements       map[int]session.Settlement
	SettlementOrphans []session.Settlement

	// Only limits the claims described.
	Only Only
	// Color lets the text report use terminal colours; it is false when
	// the output is not a terminal or NO_COLOR is set. Other formats
	// never hold escape codes.
	Color bool

	// Version is crosscheck's version, written in the HTML page and the
	// Markdown memo ("" leaves it out); Made is when the report was made
	// (the zero time: when Write runs).
	Version string
	Made    time.Time
}

// Write writes in's report to w in format f.
func Write(w io.Writer, in Input, f Format) error {
	if in.Made.IsZero() {
		in.Made = time.Now()
	}
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
// story order. memo asks for the Markdown memo's default: claims holding
// a disputed fact or a mark.
func (in *Input) claims(memo bool) []int {
	s := in.Story
	listed := map[int]bool{}
	if in.Only == Disputes {
		for _, d := range s.Disputes {
			if !d.InArticle() {
				listed[d.Claim] = true
			}
			for _, c := range d.Also {
				listed[c] = true
			}
		}
	}
	var out []int
	for i := range s.Claims {
		c := &s.Claims[i]
		_, marked := in.Marks[i]
		var keep bool
		switch in.Only {
		case Conflicts:
			keep = slices.ContainsFunc(c.Facts, func(r align.Row) bool { return r.Status == align.Conflict })
		case Marked:
			keep = marked
		case Disputes:
			keep = listed[i]
		default:
			keep = !memo || marked || c.Disputes() > 0
		}
		if keep {
			out = append(out, i)
		}
	}
	return out
}

// disputes returns the indexes of the disputes the report lists: all of
// them, or under --only conflicts those whose readings conflict.
func (in *Input) disputes() []int {
	var out []int
	for i, d := range in.Story.Disputes {
		if in.Only != Conflicts || d.Status == align.Conflict {
			out = append(out, i)
		}
	}
	return out
}

// showOrphans reports whether orphaned marks belong in the report: they
// are marks, so not in a report limited to conflicts or disputes.
func (in *Input) showOrphans() bool {
	return in.Only != Conflicts && in.Only != Disputes && len(in.Orphans) > 0
}

// showSettlementOrphans reports whether the settlements whose dispute is
// gone belong in the report: not in one limited to claims.
func (in *Input) showSettlementOrphans() bool {
	return (in.Only == All || in.Only == Disputes) && len(in.SettlementOrphans) > 0
}

// settledLine says what a settlement found and where it was checked:
// "verified: 14 · checked in: the police statement (2026-03-06 14:30
// UTC)".
func settledLine(st session.Settlement) string {
	line := st.Verdict()
	if st.Source != "" {
		line += " · checked in: " + strings.Join(strings.Fields(st.Source), " ")
	}
	if t := stamp(st.Time); t != "" {
		line += " (" + t + ")"
	}
	return line
}

// settledCount says how many of the listed disputes are settled: "2
// settled", or "" for none.
func (in *Input) settledCount() string {
	n := 0
	for _, i := range in.disputes() {
		if _, ok := in.Settlements[i]; ok {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d settled", n)
}

// made says when and by which version of crosscheck the report was made:
// "2026-03-06 14:30 UTC by crosscheck v0.2.0 (rev 3f2a9c1)".
func (in *Input) made() string {
	s := stamp(in.Made)
	if in.Version != "" {
		s += " by crosscheck " + in.Version
	} else {
		s += " by crosscheck"
	}
	return s
}

// sourceURL returns an article's address when it is a web link a report
// may make clickable (http or https), or "".
func sourceURL(d *corpus.Document) string {
	u, err := url.Parse(strings.TrimSpace(d.URL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// sources names where an article came from, for a report that lists
// both: its path as given and, when it has another, its web address.
func sources(d *corpus.Document) string {
	if u := sourceURL(d); u != "" && u != d.Path {
		return d.Path + " · " + u
	}
	return d.Path
}

// source is what a report names as an article's source: its web address,
// else its path as given.
func source(d *corpus.Document) string {
	if u := sourceURL(d); u != "" {
		return u
	}
	return d.Path
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

// verdictLabel is how a mark's verdict is written out.
func verdictLabel(m session.Mark) string {
	if m.Verdict == "" {
		return "noted"
	}
	return string(m.Verdict)
}

// markTime is a mark's time as written in reports.
func markTime(m session.Mark) string { return stamp(m.Time) }

// stamp writes t as reports do, or "" for the zero time.
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

func outletDate(d string) string {
	if d == "" {
		return "undated"
	}
	return d
}

// storySize says how big the story is, its parts joined by sep: "5
// outlets, 54 claims, 4 disputed facts".
func storySize(s *align.Story, sep string) string {
	return fmt.Sprintf("%d outlet%s%s%d claim%s%s%d disputed fact%s", len(s.Documents), plural(len(s.Documents)), sep,
		len(s.Claims), plural(len(s.Claims)), sep, len(s.Disputes), plural(len(s.Disputes)))
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

// headlineNote is " (headline)" after the outlet's name when its member
// of a claim is its headline, else "".
func headlineNote(s *align.Story, r align.Ref) string {
	if s.IsHeadline(r) {
		return " (headline)"
	}
	return ""
}
