package corpus

import (
	"regexp"
	"strings"
)

var (
	mdImage    = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__|\*|_)(\S(?:.*?\S)?)(\*\*|__|\*|_)`)
	mdHeading  = regexp.MustCompile(`^#{1,6}\s+`)
	mdListItem = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+`)
)

// markdownToText turns a Markdown body into plain text lines: headings,
// list markers, quotes, emphasis and link syntax are dropped, keeping the
// words. Heading lines are returned separately so that a heading equal to
// the title can be recognised.
func markdownToText(body string) (text string, headings []string) {
	lines := strings.Split(body, "\n")
	out := lines[:0]
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		switch {
		case mdHeading.MatchString(trimmed):
			h := strings.TrimSpace(mdHeading.ReplaceAllString(trimmed, ""))
			headings = append(headings, inlineMarkdown(h))
			line = inlineMarkdown(h)
		case trimmed == "***" || trimmed == "---" || trimmed == "___":
			line = ""
		default:
			line = strings.TrimLeft(trimmed, "> ")
			line = mdListItem.ReplaceAllString(line, "")
			line = inlineMarkdown(line)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n"), headings
}

// inlineMarkdown removes inline Markdown syntax from one line.
func inlineMarkdown(s string) string {
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdEmphasis.ReplaceAllString(s, "$2")
	s = strings.ReplaceAll(s, "`", "")
	return s
}
