package corpus

import (
	"regexp"
	"strings"
)

// rawArticle is what a format reader yields: metadata as found and the body
// as text, before cleaning.
type rawArticle struct {
	path                             string
	outlet, title, date, url, byline string
	body                             string
	warnings                         []string
}

// Further reasons used while cleaning.
const (
	ReasonPromotion  = "reader-directed promotion"
	ReasonSubheading = "subheading or label"
	ReasonTrailing   = "after the end of the article"
)

// quoted matches quoted spans, which may address "you" without being
// promotion.
var quoted = regexp.MustCompile(`“[^”]*”|"[^"]*"`)

var secondPerson = regexp.MustCompile(`(?i)\b(you|your|you're|you’re|you’ll|you'll|yours)\b`)

// addressesReader reports whether p speaks to the reader in the second
// person outside quotation marks, as promotions do and news reports don't.
func addressesReader(p string) bool {
	return secondPerson.MatchString(quoted.ReplaceAllString(p, ""))
}

// endMarkers are reasons that mark the end of an article's text when they
// occur in its second half: whatever follows them is not reporting.
var endMarkers = map[string]bool{
	ReasonSyndication: true, ReasonCopyright: true, ReasonAuthorBio: true,
}

// buildDocument cleans a raw article into a Document: paragraphs found,
// boilerplate set aside with its reason, headline and date line taken as
// metadata, and the remaining text split into sentence passages.
func buildDocument(a rawArticle) Document {
	d := Document{Path: a.path, Outlet: a.outlet, Title: a.title, URL: a.url, Byline: a.byline, Warnings: a.warnings}
	if t, ok := ParseDate(a.date); ok {
		d.Published = t
	} else if a.date != "" {
		d.Warnings = append(d.Warnings, "unrecognised date "+quote(a.date))
	}

	paras := splitParagraphs(a.body)
	reasons := make([]string, len(paras))
	seen := map[string]int{}
	for i, p := range paras {
		seen[p]++
		reasons[i] = classifyLine(p)
		if reasons[i] == "" && addressesReader(p) && len(p) < 500 {
			reasons[i] = ReasonPromotion
		}
	}
	// Everything after an end marker in the second half is trailing matter.
	end := len(paras)
	for i := len(paras) / 2; i < len(paras); i++ {
		if endMarkers[reasons[i]] {
			end = i
			break
		}
	}
	for i := end + 1; i < len(paras); i++ {
		if reasons[i] == "" {
			reasons[i] = ReasonTrailing
			if isHeadlineLike(paras[i]) || isDateLine(paras[i]) || strings.HasSuffix(paras[i], "...") || strings.HasSuffix(paras[i], "…") {
				reasons[i] = ReasonRelated
			}
		}
	}
	first, last := -1, -1
	for i, p := range paras {
		if reasons[i] == "" && !isHeadlineLike(p) && !isDateLine(p) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i, p := range paras {
		if reasons[i] != "" {
			continue
		}
		switch {
		case isDateLine(p):
			reasons[i] = ReasonDateLine
			if (first < 0 || i < first) && d.Published.IsZero() {
				d.Published, _ = ParseDate(p)
			} else if i > last {
				reasons[i] = ReasonRelated
			}
		case !isHeadlineLike(p):
		case first >= 0 && i > last:
			reasons[i] = ReasonRelated
		case first < 0 || i < first:
			switch {
			case sameText(p, d.Title):
				reasons[i] = ReasonHeadline
			case seen[p] > 1:
				// A line repeated at the top is the site's name.
				reasons[i] = ReasonRepeated
			case d.Title == "" && len(strings.Fields(p)) >= 3:
				d.Title = p
				reasons[i] = ReasonHeadline
			case bylinePrefix.MatchString(p):
				reasons[i] = ReasonBylineLine
				if d.Byline == "" {
					d.Byline = strings.TrimSpace(bylinePrefix.ReplaceAllString(p, ""))
				}
			default:
				reasons[i] = ReasonNavigation
			}
		case sameText(p, d.Title):
			reasons[i] = ReasonHeadline
		default:
			reasons[i] = ReasonSubheading
		}
	}

	para := 0
	for i, p := range paras {
		if reasons[i] != "" {
			d.Removed = append(d.Removed, Removed{Text: p, Reason: reasons[i]})
			continue
		}
		para++
		for _, s := range SplitSentences(p) {
			d.Passages = append(d.Passages, Passage{Paragraph: para, Text: s})
		}
	}
	if d.Outlet == "" {
		d.Outlet = outletFromText(d.Removed)
	}
	return d
}

var bylinePrefix = regexp.MustCompile(`(?i)^by\s+`)

func isDateLine(p string) bool {
	_, ok := ParseDate(p)
	return ok
}

// sameText reports whether a and b are the same text after folding quotes
// and case.
func sameText(a, b string) bool {
	return a != "" && strings.EqualFold(Fold(a), Fold(b))
}

func quote(s string) string { return "\u201c" + s + "\u201d" }
