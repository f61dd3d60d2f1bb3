package report

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"crosscheck/align"
)

// Who does not report a claim. Naming the outlets that leave a claim out
// is information a fact-checker needs, but a story of thousands of
// articles would list thousands of names for every claim, and a report
// would grow as claims × documents. So the reports name them only when
// there are few, and otherwise give their number.

// maxAbsentNames is how many outlets a text, Markdown or HTML report
// names as not reporting a claim; with more, it gives their number.
const maxAbsentNames = 12

// maxAbsentListed is the largest story, in documents, whose JSON claims
// list their absent documents (claims[].absent). In larger stories the
// field is left out and claims[].documents says who reports the claim.
const maxAbsentListed = 64

// absentOutlets says which outlets of s do not report c: their names,
// each written with name and joined by ", ", when there are at most
// maxAbsentNames, or "N other outlets"; "" when every outlet reports it.
func absentOutlets(s *align.Story, c *align.Claim, name func(string) string) string {
	n := len(s.Documents) - len(c.Docs())
	switch {
	case n <= 0:
		return ""
	case n > maxAbsentNames:
		return fmt.Sprintf("%s other outlets", thousands(n))
	}
	var names []string
	for _, d := range c.Absent(len(s.Documents)) {
		names = append(names, name(s.Documents[d].Outlet))
	}
	return strings.Join(names, ", ")
}

// jsonPresence returns the ids of the documents that report c, and of
// those that do not when the story is small enough to list them
// (maxAbsentListed); absent is nil otherwise, and the field left out.
func jsonPresence(s *align.Story, c *align.Claim) (documents, absent []string) {
	documents = []string{}
	for _, d := range c.Docs() {
		documents = append(documents, s.Documents[d].ID)
	}
	if len(s.Documents) > maxAbsentListed {
		return documents, nil
	}
	absent = []string{}
	for _, d := range c.Absent(len(s.Documents)) {
		absent = append(absent, s.Documents[d].ID)
	}
	return documents, absent
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string { return english.Sprint(n) }

var english = message.NewPrinter(language.English)

// plain writes an outlet's name as it is: for the text report and the
// HTML page, whose template escapes it.
func plain(s string) string { return s }
