package corpus

import (
	"strings"
	"unicode"
)

// The page's header, above the article's first paragraph: the headline, a
// date line and a byline (or the author note that names the writer), the
// rest set aside as navigation or a subheading.

var bylinePrefix = lazyRE(`(?i)^by\s+`)

// authorNoteName finds the writer's name at the start of an author note
// ("Jo Smit is a reporter for …").
var authorNoteName = lazyRE(`^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}) (?:is|was|has been|covers) `)

// bylineFromNote returns the writer named by an author note, or "".
func bylineFromNote(removed []Removed) string {
	for _, r := range removed {
		if r.Reason == ReasonAuthorBio {
			if m := authorNoteName.FindStringSubmatch(r.Text); m != nil {
				return m[1]
			}
		}
	}
	return ""
}

// personalOrImperative matches lines that speak to the reader or for the
// site, or open with a call to act: a promotion, not a headline, even when
// they look like one.
var personalOrImperative = lazyRE(`\b([Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b|(?i:^(support|join|subscribe|sign|get|become|donate|register|follow|download|watch|listen|read|click|try)\b)`)

// header reads the lines before the article's first paragraph (end): the
// headline, a date line, a byline; everything else there is the page's
// name, navigation or a standfirst.
func (c *cleaner) header(d *Document, end, first int) {
	if d.Title == "" {
		if t := c.pickTitle(end); t >= 0 {
			d.Title = c.text(t)
			c.reasons[t], c.weak[t] = ReasonHeadline, false
		}
	}
	titleSeen := false
	for i := 0; i < end; i++ {
		p := c.text(i)
		if c.reasons[i] == ReasonHeadline || similarTitle(p, d.Title) && c.reasons[i] == "" {
			c.reasons[i] = ReasonHeadline
			titleSeen = true
			continue
		}
		if c.reasons[i] != "" {
			continue
		}
		if first < 0 && !isDateLine(p) && !bylinePrefix.MatchString(p) {
			continue // no article body found: keep the line
		}
		switch {
		case isDateLine(p):
			c.reasons[i] = ReasonDateLine
			if d.Published.IsZero() {
				d.Published, _ = ParseDate(p)
			}
		case bylinePrefix.MatchString(p) && wordCount(p) <= 10:
			c.reasons[i] = ReasonBylineLine
			if d.Byline == "" {
				d.Byline = strings.TrimSpace(bylinePrefix.ReplaceAllString(p, ""))
			}
		case addressesReader(p):
			c.reasons[i] = ReasonPromotion
		case c.seen[lineKey(p)] > 1:
			c.reasons[i] = ReasonRepeated
		case titleSeen && wordCount(p) >= 6 && !readsAsStatement(p):
			c.reasons[i] = ReasonSubheading
		case titleSeen && wordCount(p) >= 6:
			// A standfirst that states a fact is part of the report.
		default:
			c.reasons[i] = ReasonNavigation
		}
	}
}

// pickTitle chooses the headline among the lines before end: a
// headline-like line of five words or more that the page repeats (a page
// title and its heading), else the first of four words or more, else the
// first of three, else a two-word line that opens the file alone. It
// returns -1 when there is none.
func (c *cleaner) pickTitle(end int) int {
	var cands []int
	for i := 0; i < end; i++ {
		p := c.text(i)
		if c.reasons[i] != "" && !(c.weak[i] && wordCount(p) >= 4 && !personalOrImperative.MatchString(p)) {
			continue
		}
		if !isHeadlineLike(p) || isDateLine(p) || bylinePrefix.MatchString(p) || wordCount(p) < 2 {
			continue
		}
		cands = append(cands, i)
	}
	if len(cands) > 0 && cands[0] == 0 && wordCount(c.text(0)) == 2 && len(cands) == 1 {
		return 0 // a short headline alone at the top of the file
	}
	for _, i := range cands {
		if c.seen[lineKey(c.text(i))] > 1 && wordCount(c.text(i)) >= 5 {
			return i
		}
	}
	for _, minWords := range []int{4, 3} {
		for _, i := range cands {
			if wordCount(c.text(i)) >= minWords {
				return i
			}
		}
	}
	return -1
}

func isDateLine(p string) bool {
	_, ok := ParseDate(p)
	return ok
}

// similarTitle reports whether line p is the headline title, written the
// same or nearly so (a page's <h1> and its og:title often differ by a word
// or a site name): most of the words of each are in the other.
func similarTitle(p, title string) bool {
	if sameText(p, title) {
		return true
	}
	if title == "" || !isHeadlineLike(p) {
		return false
	}
	pw, tw := titleWords(p), titleWords(title)
	if len(pw) < 3 || len(tw) < 3 {
		return false
	}
	common := 0
	for w := range pw {
		if tw[w] {
			common++
		}
	}
	return common*10 >= len(pw)*7 && common*10 >= len(tw)*7
}

func titleWords(s string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(Fold(s)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words[w] = true
	}
	return words
}

// sameText reports whether a and b are the same text after folding quotes
// and case.
func sameText(a, b string) bool {
	return a != "" && strings.EqualFold(Fold(a), Fold(b))
}
