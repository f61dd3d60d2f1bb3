package corpus

import (
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
)

// outletFromText finds the outlet named by an article's removed lines: the
// original publisher of a syndication footer first, then a name repeated in
// newsletter, membership and copyright lines ("The Times of Israel").
func outletFromText(removed []Removed) string {
	for _, r := range removed {
		if m := syndicationSource.FindStringSubmatch(r.Text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	counts := map[string]int{}
	best, bestN := "", 0
	for _, r := range removed {
		switch r.Reason {
		case ReasonNewsletter, ReasonMembership, ReasonCopyright, ReasonPromotion:
		default:
			continue
		}
		for _, name := range properNames.FindAllString(r.Text, -1) {
			name = strings.TrimSuffix(strings.TrimSuffix(name, "’s"), "'s")
			counts[name]++
			if n := counts[name]; n > bestN || n == bestN && len(name) > len(best) {
				best, bestN = name, n
			}
		}
	}
	if bestN >= 2 {
		return best
	}
	return ""
}

// properNames matches capitalised phrases such as "The Times of Israel" or
// "Harbour Gazette", allowing lower-case joiners between capitalised words.
var properNames = regexp.MustCompile(`(?:The )?[A-Z][\p{L}]+(?:(?: (?:of|on|de|du|la|al|el|and|&))? [A-Z][\p{L}]+)+(?:’s|'s)?`)

// hashLike matches file-name parts that carry no meaning: numbers and long
// hexadecimal runs.
var hashLike = regexp.MustCompile(`^(?:\d+|[0-9a-f]{8,})$`)

// outletFromPath makes a file name readable as an outlet name:
// "times-of-israel.txt" → "Times of Israel". Numbers and hash-like parts
// are dropped; it returns "" when nothing readable is left.
func outletFromPath(path string) string {
	base := filepath.Base(path)
	if i := strings.IndexByte(base, ':'); i > 0 {
		base = base[:i]
	}
	base = strings.TrimSuffix(base, filepath.Ext(base))
	words := strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	var out []string
	for _, w := range words {
		if hashLike.MatchString(strings.ToLower(w)) {
			continue
		}
		lw := strings.ToLower(w)
		if len(out) > 0 && (lw == "of" || lw == "the" || lw == "and" || lw == "on" || lw == "de" || lw == "al") {
			out = append(out, lw)
			continue
		}
		if w == lw {
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			w = string(r)
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
