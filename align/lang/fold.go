package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var letterFolds = newLazy(func() map[rune]string {
	m := map[rune]string{}
	for _, r := range rows("letter_folds.tsv") {
		l, _ := utf8.DecodeRuneInString(r[0])
		m[l] = r[1]
	}
	return m
})

// StripMarks returns s without diacritics and with the letters that have
// no decomposition spelt in ASCII ("Thériault" → "Theriault", "ł" → "l",
// "ß" → "ss"); case is kept.
func StripMarks(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	folds := letterFolds.get()
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if m, ok := folds[r]; ok {
			b.WriteString(m)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var skeletonRules = newLazy(func() *strings.Replacer {
	var pairs []string
	for _, r := range rows("skeleton.tsv") {
		pairs = append(pairs, r[0], r[1])
	}
	return strings.NewReplacer(pairs...)
})

// Skeleton returns a name's spelling reduced to its sound: letter groups
// that sound alike made one ("ph" → "f", "v" → "b"), doubled letters
// single. s must be lower case without diacritics; "etxeberria" and
// "echeverria" have one skeleton.
func Skeleton(s string) string {
	s = skeletonRules.get().Replace(s)
	var b strings.Builder
	var last rune
	for _, r := range s {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}
