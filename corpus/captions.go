package corpus

import "strings"

// Photo captions' credits.

var (
	creditParens = lazyRE(`\(([^()]{2,120})\)\s*$`)
	creditLabel  = lazyRE(`(?i)^(?:(?:AP |AFP |Reuters )?(?:photo|image|picture|credit|photograph|illustration|file photo|photo credit)(?: by)?:?\s*)`)
)

// captionCredit returns the credit of a photo caption, or "".
func captionCredit(caption string) string {
	if c := parenCredit(caption); c != "" {
		return c
	}
	if loc := creditLabel.FindStringIndex(caption); loc != nil && loc[1] < len(caption) && loc[1] > 0 {
		return strings.TrimSpace(caption[loc[1]:])
	}
	return ""
}

// parenCredit returns the credit written in parentheses at the end of a
// caption ("… (Photo: Kai Berg/Riverside Courier)"), or "".
func parenCredit(caption string) string {
	if m := creditParens.FindStringSubmatch(caption); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}
