package corpus

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// datelineExpr matches a dateline at the start of an article's first
// paragraph: a place in capitals, optionally a region, a date and a news
// agency in parentheses, then a dash: "ROTTERDAM, Oct. 9 (Reuters) — ",
// "GAZA CITY, Gaza Strip (AP) — ", "(Reuters) - ", "WASHINGTON — ".
var datelineExpr = lazyRE(`^(?:` +
	// place: words in capitals ("TEL AVIV", "SHARM EL-SHEIKH")
	`(\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]*){0,3})` +
	// region: ", Israel", ", Gaza Strip"
	`(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?` +
	`)?` +
	// date: ", Oct. 9", ", October 9, 2025"
	`(?:,?\s*((?i:` + monthPattern + `)\.?\s+\d{1,2}(?:,\s*\d{4})?))?` +
	// agency: "(Reuters)", "(AP)"
	`\s*(?:\(([\p{L}&. ]{2,30})\))?` +
	`\s*(?:—|–|--|-)\s+`)

// dashThenSpace reports whether p holds a dash followed by white space,
// as every match of datelineExpr ends.
func dashThenSpace(p string) bool {
	for i, r := range p {
		if r == '—' || r == '–' || r == '-' {
			rest := p[i+utf8.RuneLen(r):]
			if rest != "" && strings.ContainsRune(" \t\n\f\r", rune(rest[0])) {
				return true
			}
		}
	}
	return false
}

// A dateline is what a dateline at the start of an article said.
type dateline struct {
	text   string // the dateline as written, dash included
	agency string // the news agency named, if any
	month  time.Month
	day    int
	year   int // 0 when the dateline gives no year
}

// findDateline returns the dateline at the start of p, or false. A
// dateline needs a place in capitals of three letters or more, or an
// agency, and must be followed by the start of a sentence.
func findDateline(p string) (dateline, bool) {
	if !dashThenSpace(p) {
		return dateline{}, false // spares most first paragraphs the pattern
	}
	m := datelineExpr.FindStringSubmatchIndex(p)
	if m == nil || m[1] >= len(p) {
		return dateline{}, false
	}
	group := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return p[m[2*i]:m[2*i+1]]
	}
	place, date, agency := group(1), group(2), strings.TrimSpace(group(3))
	letters := 0
	for _, r := range place {
		if unicode.IsUpper(r) {
			letters++
		}
	}
	if agency == "" && letters < 3 {
		return dateline{}, false
	}
	if agency != "" && !startsUpper(agency) {
		return dateline{}, false
	}
	if !startsSentenceText(p[m[1]:]) {
		return dateline{}, false
	}
	dl := dateline{text: strings.TrimSpace(p[:m[1]]), agency: agency}
	if date != "" {
		if dm := datelineDate.FindStringSubmatch(date); dm != nil {
			dl.month, dl.day = time.Month(monthNumber(dm[1])), atoi(dm[2])
			dl.year = atoi(dm[3])
		}
	}
	return dl, true
}

var datelineDate = lazyRE(`(?i)^(` + monthPattern + `)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$`)

// date returns the dateline's date in year y (or its own year), or false.
func (dl dateline) date(y int) (time.Time, bool) {
	if dl.year != 0 {
		y = dl.year
	}
	if dl.month == 0 || y == 0 {
		return time.Time{}, false
	}
	return makeDate(y, int(dl.month), dl.day)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// startsSentenceText reports whether s begins like a sentence: a capital,
// a digit or an opening quote.
func startsSentenceText(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"'“‘", r) || unicode.IsDigit(r) || unicode.IsUpper(r)
}

// stripDateline cuts a dateline from the start of the article's first
// paragraph, taking its date (when it gives a year) and keeping it in
// Dateline and Removed.
func (c *cleaner) stripDateline(d *Document) *dateline {
	for i := range c.paras {
		if c.reasons[i] != "" {
			continue
		}
		dl, ok := findDateline(c.text(i))
		if !ok {
			return nil
		}
		d.Dateline = dl.text
		rest := strings.TrimSpace(c.text(i)[len(dl.text):])
		rest = strings.TrimLeft(rest, "—–- ")
		if rest == "" {
			c.reasons[i] = ReasonDateline
		} else {
			c.rest = map[int]string{i: rest}
		}
		if d.Published.IsZero() {
			if t, ok := dl.date(0); ok {
				d.Published = t
			}
		}
		return &dl
	}
	return nil
}

// inferDatelineYears dates documents whose only date is a dateline without
// a year ("ROTTERDAM, Oct. 9 (Reuters) —"), taking the year that puts the
// dateline nearest to the other documents' dates.
func inferDatelineYears(docs []built) {
	var dates []time.Time
	for _, b := range docs {
		if !b.doc.Published.IsZero() {
			dates = append(dates, b.doc.Published)
		}
	}
	for i := range docs {
		b := &docs[i]
		if !b.doc.Published.IsZero() || b.dateline == nil || b.dateline.month == 0 || len(dates) == 0 {
			continue
		}
		var best time.Time
		var bestGap time.Duration
		for _, ref := range dates {
			for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
				t, ok := b.dateline.date(y)
				if !ok {
					continue
				}
				gap := t.Sub(ref).Abs()
				if best.IsZero() || gap < bestGap {
					best, bestGap = t, gap
				}
			}
		}
		if !best.IsZero() && bestGap < 183*24*time.Hour {
			b.doc.Published = best
		}
	}
}
