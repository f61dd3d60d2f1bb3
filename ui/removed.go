package ui

import (
	"fmt"
)

// removedLines draws what was taken out of document d as boilerplate
// (newsletter prompts, navigation, captions…), each stretch under the
// reason it was removed for, then the warnings met while reading it.
func removedLines(sh shared, d int, width int) []string {
	doc := &sh.story.Documents[d]
	st := sh.styles
	w := max(1, min(width-4, readingWidth))
	var lines []string
	para := func(s string, indent string, style func(...string) string) {
		for _, l := range wrapWords(s, max(1, w-len(indent)+2), sh.ms) {
			lines = append(lines, indent+style(joinWords(s, l)))
		}
	}
	head := fmt.Sprintf("%s: %s set aside as boilerplate", outletName(doc.Outlet), plural(len(doc.Removed), "line", "lines"))
	para(head, "  ", st.Title.Render)
	para(doc.Path, "  ", st.ArticleHeader.Render)
	lines = append(lines, "")
	if len(doc.Removed) == 0 {
		para("Nothing was removed from this article.", "  ", st.Status.Render)
	}
	reason := ""
	for _, r := range doc.Removed {
		if r.Reason != reason || reason == "" {
			if reason != "" {
				lines = append(lines, "")
			}
			reason = r.Reason
			label := r.Reason
			if label == "" {
				label = "no reason given"
			}
			para("▸ "+label, "  ", st.Warning.Render)
		}
		para(r.Text, "    ", st.Passage.Render)
	}
	if len(doc.Warnings) > 0 {
		lines = append(lines, "")
		para("Warnings", "  ", st.Title.Render)
		for _, warn := range doc.Warnings {
			para("⚠ "+warn, "    ", st.Warning.Render)
		}
	}
	return lines
}

// plural writes n with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
