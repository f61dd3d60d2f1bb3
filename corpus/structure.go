package corpus

import "strings"

// The article's shape: where its body starts and ends, and why what
// stands after the end is set aside.

// endMarkerAt reports whether the line at i ends the article: a
// syndication footer anywhere after the text starts; a copyright footer,
// author note or reporting credits once most of the text is behind it.
func (c *cleaner) endMarkerAt(i, first int) bool {
	switch c.reasons[i] {
	case ReasonSyndication:
		return i > first
	case ReasonCopyright, ReasonAuthorBio, ReasonCredits:
		before, after := 0, 0
		for j := range c.paras {
			if c.isCore(j) {
				if j < i {
					before++
				} else {
					after++
				}
			}
		}
		return before > 0 && after <= before
	}
	return false
}

// structure reads the article's shape: the header above its first
// paragraph (site name, navigation, headline, date line, byline), the
// body, and what follows its end (related headlines, promotions).
func (c *cleaner) structure(d *Document) {
	n := len(c.paras)
	first, last := c.span(n)
	if first < 0 {
		// No sentence anywhere: keep what the rules left, bar a headline.
		c.header(d, n, -1)
		return
	}
	for i := first + 1; i < n; i++ {
		if c.endMarkerAt(i, first) {
			for j := i + 1; j < n; j++ {
				if c.reasons[j] == "" {
					c.reasons[j] = c.trailingReason(j)
				}
			}
			_, last = c.span(i)
			break
		}
	}
	c.header(d, first, first)
	prose := 0 // paragraphs of prose before i
	for i := first; i <= last; i++ {
		if c.reasons[i] != "" {
			continue
		}
		p := c.text(i)
		words := wordCount(p)
		switch {
		case c.dateLine[i]:
			c.reasons[i] = ReasonDateLine
			// A date line after a standfirst of a sentence or two, as
			// some sites print it, still dates the article.
			if d.Published.IsZero() && prose <= maxStandfirst {
				d.Published, _ = ParseDate(p)
			}
		case c.addressed[i] && (promoWords.MatchString(p) || words <= 8):
			c.reasons[i] = ReasonPromotion
		case !c.headlineLike[i]:
		case similarTitle(p, d.Title):
			c.reasons[i] = ReasonHeadline
		case bylinePrefix.MatchString(p) && words <= 8:
			c.reasons[i] = ReasonBylineLine
		case words <= 12:
			c.reasons[i] = ReasonSubheading
		}
		if c.reasons[i] == "" {
			prose++
		}
	}
	for i := last + 1; i < n; i++ {
		if c.reasons[i] == "" {
			c.reasons[i] = c.trailingReason(i)
		}
	}
}

// maxStandfirst is how many paragraphs of prose may stand above a date
// line that dates the article: a standfirst.
const maxStandfirst = 2

// trailingReason says why a line after the end of the article is removed.
func (c *cleaner) trailingReason(i int) string {
	p := c.text(i)
	switch {
	case c.addressed[i]:
		return ReasonPromotion
	case c.headlineLike[i], c.dateLine[i], strings.HasSuffix(p, "..."), strings.HasSuffix(p, "…"):
		return ReasonRelated
	}
	return ReasonTrailing
}
