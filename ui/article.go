package ui

import (
	"fmt"
	"strings"

	"crosscheck/align"
	"crosscheck/corpus"
)

// readingWidth caps the width of article text: long lines are hard to
// read.
const readingWidth = 96

// gutter marks the lines of the claim's passage in an article, so they
// stand out without colour.
const gutter = "▌ "

// articleLines draws document d for reading: its headline and metadata,
// then its paragraphs, with the passages of claim c (nil for none) lit
// and marked in the gutter. It returns the lines and the index of the
// first lit line, or -1.
func articleLines(sh shared, d int, c *align.Claim, width int) ([]string, int) {
	doc := &sh.story.Documents[d]
	st := sh.styles
	w := max(1, min(width-len([]rune(gutter)), readingWidth))
	var lines []string
	lit := -1
	indent := func(ls []string, lit bool) {
		for _, l := range ls {
			if lit {
				lines = append(lines, st.ArticleGutter.Render(gutter)+l)
			} else {
				lines = append(lines, "  "+l)
			}
		}
	}
	if doc.Title != "" {
		// The headline passage is the title: marked when the claim holds
		// it.
		headLit := c != nil && doc.HasHeadline() && claimHas(c, align.Ref{Doc: d, Passage: 0})
		for _, l := range wrapWords(doc.Title, w, sh.ms) {
			t := st.Title.Render(joinWords(doc.Title, l))
			if headLit {
				if lit < 0 {
					lit = len(lines)
				}
				lines = append(lines, st.ArticleGutter.Render(gutter)+t)
			} else {
				lines = append(lines, "  "+t)
			}
		}
	}
	meta := []string{outletName(doc.Outlet)}
	if date := doc.PublishedDate(); date != "" {
		meta = append(meta, date)
	}
	if doc.Byline != "" {
		meta = append(meta, doc.Byline)
	}
	source := doc.Path
	if doc.URL != "" {
		source = doc.URL
	}
	heads := []string{strings.Join(meta, " · "), source}
	if cs := sh.story.CopiesOf(d); len(cs) > 0 {
		heads = append(heads, fmt.Sprintf("Also carried word for word by %s: %s", copiesCount(len(cs)), copyOutlets(cs)))
	}
	for _, s := range heads {
		for _, l := range wrapWords(s, w, sh.ms) {
			lines = append(lines, "  "+st.ArticleHeader.Render(joinWords(s, l)))
		}
	}
	lines = append(lines, "")

	ps := doc.Passages
	for i := 0; i < len(ps); {
		if ps[i].Headline {
			i++
			continue
		}
		// Gather one paragraph, noting where each lit passage falls.
		j := i
		var text strings.Builder
		var marks []mark
		for ; j < len(ps) && ps[j].Paragraph == ps[i].Paragraph; j++ {
			if j > i {
				text.WriteByte(' ')
			}
			start := text.Len()
			text.WriteString(ps[j].Text)
			if c != nil && claimHas(c, align.Ref{Doc: d, Passage: j}) {
				marks = append(marks, mark{start, text.Len(), toneCurrent})
			}
		}
		t := text.String()
		for _, l := range wrapLines(t, marks, w, sh) {
			if l.lit && lit < 0 {
				lit = len(lines)
			}
			indent([]string{l.text}, l.lit)
		}
		lines = append(lines, "")
		i = j
	}
	return lines, lit
}

type articleLine struct {
	text string
	lit  bool
}

// wrapLines draws text with its marks, noting which lines hold a lit
// stretch.
func wrapLines(text string, marks []mark, width int, sh shared) []articleLine {
	drawn := renderMarked(text, marks, width, sh.styles, sh.ms)
	out := make([]articleLine, len(drawn))
	for i, l := range wrapWords(text, width, sh.ms) {
		out[i].text = drawn[i]
		for _, w := range l {
			for _, m := range marks {
				if w.start < m.end && w.end > m.start {
					out[i].lit = true
				}
			}
		}
	}
	return out
}

// claimHas reports whether r is a member of c.
func claimHas(c *align.Claim, r align.Ref) bool {
	for _, m := range c.Members {
		if m == r {
			return true
		}
	}
	return false
}

// copiesCount says how many other sites carried a text: "1 other site",
// "299 other sites".
func copiesCount(n int) string {
	if n == 1 {
		return "1 other site"
	}
	return fmt.Sprintf("%d other sites", n)
}

// copyOutlets lists the outlets of copies, each once, in order.
func copyOutlets(cs []corpus.Document) string {
	var names []string
	seen := map[string]bool{}
	for _, c := range cs {
		n := outletName(c.Outlet)
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}
