package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// measure counts terminal cells the way the terminal does. Bubble Tea's
// renderer counts with wcwidth unless the terminal reports grapheme
// clustering (mode 2027), and the reader must agree with it, or a column
// holding emoji or a wide character would push its border out of line.
type measure struct{ graphemes bool }

// width returns the cells s takes; escape sequences take none.
func (m measure) width(s string) int {
	if m.graphemes {
		return ansi.StringWidth(s)
	}
	return ansi.StringWidthWc(s)
}

// truncate cuts s to at most n cells, adding tail when it cuts.
func (m measure) truncate(s string, n int, tail string) string {
	if m.graphemes {
		return ansi.Truncate(s, n, tail)
	}
	return ansi.TruncateWc(s, n, tail)
}

// pad cuts or pads s with spaces to exactly n cells.
func (m measure) pad(s string, n int) string {
	w := m.width(s)
	if w > n {
		s = m.truncate(s, n, "")
		w = m.width(s)
	}
	if w < n {
		s += strings.Repeat(" ", n-w)
	}
	return s
}

// prefix returns the longest prefix of plain text s that fits in n cells,
// and at least its first character so that a caller cutting a long word
// always advances.
func (m measure) prefix(s string, n int) string {
	p := m.truncate(s, n, "")
	if p == "" && s != "" {
		_, size := utf8.DecodeRuneInString(s)
		p = s[:size]
	}
	return p
}

// fitLines cuts or pads lines to exactly h lines, each cut to w cells.
func fitLines(lines []string, w, h int, ms measure) []string {
	if len(lines) > h {
		lines = lines[:max(0, h)]
	}
	out := make([]string, 0, h)
	for _, l := range lines {
		if ms.width(l) > w {
			l = ms.truncate(l, w, "")
		}
		out = append(out, l)
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out
}
