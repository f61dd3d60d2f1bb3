package corpus

import (
	"strings"
)

var (
	mdImageLine = lazyRE(`^!\[([^\]]*)\]\([^)]*\)$`)
	mdImage     = lazyRE(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = lazyRE(`\[([^\]]+)\]\([^)]*\)`)
	mdRefDef    = lazyRE(`^\[[^\]]+\]:\s+\S+`)
	mdEmphasis  = lazyRE(`(\*\*|__|\*|_)(\S(?:.*?\S)?)(\*\*|__|\*|_)`)
	mdHeading   = lazyRE(`^#{1,6}\s+`)
	mdListItem  = lazyRE(`^\s*(?:[-*+]|\d+[.)])\s+`)
	mdFence     = lazyRE("^(```|~~~)")
	htmlTag     = lazyRE(`</?[a-zA-Z][^<>]*>`)
)

// markdownParas turns a Markdown body into paragraphs of plain text:
// headings, list markers, quotes, emphasis, link syntax and inline HTML
// tags are dropped, keeping the words. A line holding only an image
// becomes a caption (its alt text), not text.
func markdownParas(body string) []para {
	var out []para
	var text []string
	flush := func() {
		out = append(out, textParas(splitParagraphs(strings.Join(text, "\n")))...)
		text = text[:0]
	}
	for _, line := range strings.Split(body, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case mdImageLine.MatchString(trimmed):
			flush()
			if alt := strings.TrimSpace(inlineMarkdown(mdImageLine.FindStringSubmatch(trimmed)[1])); alt != "" {
				out = append(out, para{text: alt, caption: true})
			}
			continue
		case mdHeading.MatchString(trimmed):
			// A heading is a paragraph of its own.
			text = append(text, "", inlineMarkdown(strings.TrimRight(mdHeading.ReplaceAllString(trimmed, ""), " #")), "")
			continue
		case trimmed == "***" || trimmed == "---" || trimmed == "___" || mdFence.MatchString(trimmed) || mdRefDef.MatchString(trimmed):
			line = ""
		default:
			line = strings.TrimLeft(trimmed, "> ")
			line = mdListItem.ReplaceAllString(line, "")
			line = inlineMarkdown(line)
		}
		text = append(text, line)
	}
	flush()
	return out
}

// inlineMarkdown removes inline Markdown syntax from one line.
func inlineMarkdown(s string) string {
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdEmphasis.ReplaceAllString(s, "$2")
	s = htmlTag.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "`", "")
	s = strings.ReplaceAll(s, `\*`, "*")
	s = strings.ReplaceAll(s, `\_`, "_")
	return s
}
