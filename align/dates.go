package align

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A dateFact is a calendar date found in a passage. Day and year are 0
// when the passage does not give them: a month alone is less precise than
// a day, not different from it.
type dateFact struct {
	text             string
	year, month, day int
}

// norm writes the date with only the precision it has: "10-09", "10",
// "2025-10-09".
func (d dateFact) norm() string {
	s := fmt.Sprintf("%02d", d.month)
	if d.day > 0 {
		s += fmt.Sprintf("-%02d", d.day)
	}
	if d.year > 0 {
		s = fmt.Sprintf("%d-", d.year) + s
	}
	return s
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

const monthName = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`

var (
	monthDay = regexp.MustCompile(`\b` + monthName + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`)
	dayMonth = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthName + `\b(?:,?\s+(\d{4}))?`)
	// monthOnly excludes "May" as a month on its own: it is mostly a verb.
	monthOnly = regexp.MustCompile(`\b(?:in|since|until|by|of|early|late|mid-?|last|this|next)\s+(January|February|March|April|June|July|August|September|October|November|December)\b(?:\s+(\d{4}))?`)
)

// extractDates finds the calendar dates written in text.
func extractDates(text string) []dateFact {
	var out []dateFact
	taken := make([]bool, len(text))
	add := func(start, end int, d dateFact) {
		for i := start; i < end; i++ {
			if taken[i] {
				return
			}
		}
		for i := start; i < end; i++ {
			taken[i] = true
		}
		d.text = text[start:end]
		out = append(out, d)
	}
	for _, m := range monthDay.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], m[1], dateFact{month: monthNumber(text[m[2]:m[3]]), day: atoi(text[m[4]:m[5]]), year: group(text, m, 6)})
	}
	for _, m := range dayMonth.FindAllStringSubmatchIndex(text, -1) {
		add(m[0], m[1], dateFact{day: atoi(text[m[2]:m[3]]), month: monthNumber(text[m[4]:m[5]]), year: group(text, m, 6)})
	}
	for _, m := range monthOnly.FindAllStringSubmatchIndex(text, -1) {
		add(m[2], m[1], dateFact{month: monthNumber(text[m[2]:m[3]]), year: group(text, m, 4)})
	}
	out = validDates(out)
	return out
}

func validDates(ds []dateFact) []dateFact {
	var out []dateFact
	for _, d := range ds {
		if d.month > 0 && d.day <= 31 {
			out = append(out, d)
		}
	}
	return out
}

func monthNumber(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for name, n := range months {
		if strings.HasPrefix(name, s) && len(s) >= 3 {
			return n
		}
	}
	return 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// group returns submatch g of m as a number, or 0 when it did not match.
func group(text string, m []int, g int) int {
	if m[g] < 0 {
		return 0
	}
	return atoi(text[m[g]:m[g+1]])
}
