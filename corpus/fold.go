package corpus

import "strings"

var folder = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`,
	"\u00AB", `"`, "\u00BB", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u00A0", " ", "\u2009", " ", "\u202F", " ", "\u2007", " ",
	"\u2026", "...",
)

// Fold returns s with typographic quotes, dashes, ellipses and non-breaking
// spaces replaced by their plain ASCII forms. Text is displayed as written
// and folded only for matching; folding keeps letters and case.
func Fold(s string) string {
	return folder.Replace(s)
}
