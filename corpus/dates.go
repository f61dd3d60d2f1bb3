package corpus

import (
	"strconv"
	"strings"
	"time"

	"crosscheck/align/lang"
)

const monthPattern = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

// dateExpr matches one calendar date with a year: ISO ("2025-11-14", with
// an optional time), "2025/11/14", "November 14, 2025", "Nov. 14 2025",
// "14 November 2025", "14th Nov, 2025", and numeric dates with the year
// last ("15/09/2013", "03/14/2013"), read only when the day cannot be
// taken for the month (see numericDate).
var dateExpr = lazyRE(`(?i)\b(?:` +
	`(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?` +
	`|(` + monthPattern + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` +
	`|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthPattern + `)\.?,?\s+(\d{4})` +
	`|(\d{1,2})([/.])(\d{1,2})[/.](\d{4})` +
	`)\b`)

// dateFiller matches the words that may stand around a date in a date
// line: weekdays, "Published"/"Updated", times of day, time zones and
// separators.
var dateFiller = lazyRE(`(?i)^(?:` +
	`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?` +
	`|published|updated|posted|last|first|modified|date|dated|time|on|at|as of|am|pm|a\.m\.?|p\.m\.?` +
	`|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?` +
	`|hrs?|(?-i:[A-Z]{1,4}T|UTC|GMT|Z|UK|US)|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?` +
	`|[,|•·:;()\[\]/–—-]+` +
	`)$`)

// ParseDate parses s as a date line or a metadata date: one calendar date
// with a year ("2025-11-14", "November 14, 2025", "Nov. 14, 2025", "14
// November 2025", RFC 3339) standing alone or with a weekday, a time of day,
// a time zone and words such as "Published" or "Updated" around it. It
// returns the date as written (the day in the writer's own time zone), at
// midnight UTC. Text with other words in it is not a date line.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 100 || !hasYear(s) {
		return time.Time{}, false
	}
	locs := dateExpr.FindAllStringSubmatchIndex(s, -1)
	if len(locs) == 0 {
		return time.Time{}, false
	}
	var rest strings.Builder
	prev := 0
	for _, l := range locs {
		rest.WriteString(s[prev:l[0]])
		rest.WriteByte(' ')
		prev = l[1]
	}
	rest.WriteString(s[prev:])
	for _, w := range strings.Fields(splitPunct.ReplaceAllString(rest.String(), " $1 ")) {
		// A dash may join a time to the date ("2013-3:47pm").
		if !dateFiller.MatchString(w) && !dateFiller.MatchString(strings.TrimLeft(w, "-–—")) {
			return time.Time{}, false
		}
	}
	return dateFromMatch(s, locs[0])
}

// hasYear reports whether s holds four digits in a row, as every date
// ParseDate reads does: a fast test before the patterns.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

var splitPunct = lazyRE(`([,|•·;()\[\]])|:(?:\s|$)`)

// dateFromMatch builds the date from one dateExpr match.
func dateFromMatch(s string, loc []int) (time.Time, bool) {
	group := func(i int) string {
		if loc[2*i] < 0 {
			return ""
		}
		return s[loc[2*i]:loc[2*i+1]]
	}
	var y, m, d int
	switch {
	case group(1) != "":
		y, m, d = atoi(group(1)), atoi(group(2)), atoi(group(3))
	case group(4) != "":
		y, m, d = atoi(group(6)), monthNumber(group(4)), atoi(group(5))
	case group(7) != "":
		y, m, d = atoi(group(9)), monthNumber(group(8)), atoi(group(7))
	default:
		var ok bool
		if m, d, ok = numericDate(atoi(group(10)), atoi(group(12))); !ok {
			return time.Time{}, false
		}
		y = atoi(group(13))
	}
	return makeDate(y, m, d)
}

// numericDate reads the first two numbers of a numeric date as month and
// day: day first when the first cannot be a month ("15/09/2013"), month
// first when the second cannot ("03/14/2013"), either when they are the
// same ("5/5/2010"). A date such as 4/9/2007, April 9 in the United States
// and 4 September elsewhere, is not read.
func numericDate(a, b int) (month, day int, ok bool) {
	switch {
	case a == b:
		return a, b, true
	case a > 12 && b <= 12:
		return b, a, true
	case b > 12 && a <= 12:
		return a, b, true
	}
	return 0, 0, false
}

// makeDate returns the date y-m-d when it exists and lies in a plausible
// range for a news article.
func makeDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // 31 November
	}
	return t, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// monthNumber returns the month named by a full or abbreviated English
// month name, or 0.
func monthNumber(name string) int {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if len(name) < 3 {
		return 0
	}
	m, _ := lang.Month(name[:3]) // "sept", "Sept.", "September"
	return m
}
