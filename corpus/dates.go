package corpus

import (
	"regexp"
	"strings"
	"time"
)

// dateLayouts are the whole-string date forms accepted in metadata and in
// date lines at the top of an article.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	time.DateOnly,
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Monday 2 January 2006",
	"January 2 2006",
	"2006/01/02",
	time.RFC1123Z,
	time.RFC1123,
}

// dateLinePrefix matches words that often precede a date line.
var dateLinePrefix = regexp.MustCompile(`(?i)^(published|updated|posted|last updated|first published)( on)?:?\s+`)

// ParseDate parses s as a calendar date in one of the common forms found in
// article metadata and date lines ("2025-11-14", "November 14, 2025",
// "Nov. 14, 2025", "14 November 2025", RFC 3339). A time of day, a weekday, a
// "Published" prefix and a trailing time zone are tolerated.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(dateLinePrefix.ReplaceAllString(strings.TrimSpace(s), ""))
	s = strings.TrimSuffix(s, ".")
	if s == "" || len(s) > 60 {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	// "November 14, 2025 at 10:30 am EST", "14 Nov 2025 | 10:30": try the
	// leading date alone.
	if m := leadingDate.FindString(s); m != "" && m != s {
		return ParseDate(m)
	}
	return time.Time{}, false
}

var leadingDate = regexp.MustCompile(`^(?:[A-Z][a-z]+,? )?(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})`)
