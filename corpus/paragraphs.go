package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitParagraphs splits article text into paragraphs. It understands the
// three layouts found in copied articles: paragraphs separated by blank
// lines, one paragraph per line with no blank lines, and paragraphs
// hard-wrapped at a fixed width, whose lines are joined back together.
func splitParagraphs(text string) []string {
	var paras []string
	for _, block := range strings.Split(text, "\n\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if l = collapseSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			continue
		}
		if isHardWrapped(lines) {
			paras = append(paras, strings.Join(lines, " "))
			continue
		}
		paras = append(paras, lines...)
	}
	return paras
}

// isHardWrapped reports whether the lines of one block are a single
// paragraph wrapped at a fixed width: every line but the last is short
// enough to be a wrap and long enough not to be a separate line, and no
// line but the last ends a sentence at a short length. Wrapped prose has
// lines of 30 to 100 characters. Two lines are joined only when the second
// continues the first in lower case, so that a headline and a label under
// it stay apart.
func isHardWrapped(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	if len(lines) == 2 {
		r, _ := utf8.DecodeRuneInString(lines[1])
		if !unicode.IsLower(r) {
			return false
		}
	}
	longest := 0
	for _, l := range lines {
		longest = max(longest, utf8.RuneCountInString(l))
	}
	if longest > 100 || longest < 30 {
		// Lines past 100 are paragraphs of their own; lines all under 30
		// are labels or a list, not wrapped prose.
		return false
	}
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(l)
		if n*10 < longest*6 {
			return false
		}
		if endsSentence(l) && n*10 < longest*8 {
			return false
		}
	}
	return true
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)]»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// collapseSpace trims s and collapses runs of white space into one space.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports whether s has no white space but single ASCII
// spaces between words: collapseSpace would return it unchanged.
func isCollapsed(s string) bool {
	space := true // a leading space is not allowed
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if space {
					return false
				}
				space = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				space = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += size - 1
		space = false
	}
	return !space || s == ""
}
