package align

import (
	"strings"
	"unicode/utf8"

	"crosscheck/lang"
)

// A nameValue is a proper name as written: its words, each with its
// folded form ("Karaağaçlı" → "karaagacli") and its place in the passage.
type nameValue struct {
	words []nameWord
}

type nameWord struct {
	text       string
	fold       string
	start, end int
}

// names records the passage's proper names: runs of capitalised words
// (with particles such as "al-" or "van der"), leaving out titles ("Mr.",
// "Governor") and words that open sentences.
func (x *extraction) names() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		// "al-Hayya": a particle may open a name.
		particle := lang.NameParticle(l.low) && i+2 < len(ls) && ls[i+1].low == "-" && !ls[i+1].space && ls[i+2].upper
		if l.quoted || x.taken[i] || l.kind != lexWord || !(l.upper || particle) || lang.Title(l.low) || lang.NameStopWord(l.low) {
			continue
		}
		j := i
		var words []nameWord
		for j < len(ls) && !x.taken[j] && !ls[j].quoted {
			w := ls[j]
			switch {
			case w.kind == lexWord && w.upper && !lang.Title(w.low) && !lang.NameStopWord(w.low):
				words = append(words, nameWord{text: w.text, fold: plainFold(w.low), start: w.start, end: w.end})
				j++
				continue
			case w.kind == lexWord && lang.NameParticle(w.low) && j+1 < len(ls) && (ls[j+1].upper || ls[j+1].low == "-"):
				j++
				continue
			case w.low == "-" && !w.space && j+1 < len(ls) && ls[j+1].kind == lexWord && !ls[j+1].space && (len(words) > 0 || j > i):
				j++
				continue
			}
			break
		}
		// Trim a trailing particle or hyphen.
		for j > i && (ls[j-1].kind == lexPunct || !ls[j-1].upper && (j-1 > i || !particle)) {
			j--
		}
		if len(words) == 0 || j <= i {
			continue
		}
		// A lone capitalised word opening a sentence is as often an
		// ordinary word as a name; keep it only when it is long enough to
		// be compared as a name.
		if len(words) == 1 && sentenceStart(ls, i) && utf8.RuneCountInString(words[0].text) < 5 {
			i = j - 1
			continue
		}
		v := nameValue{words: words}
		var folds []string
		for _, w := range words {
			folds = append(folds, w.fold)
		}
		x.add(i, j, Fact{Kind: KindName, Norm: strings.Join(folds, " "), name: &v})
		i = j - 1
	}
}

// isMonth reports whether w names or abbreviates a month.
func isMonth(w string) bool {
	_, ok := lang.Month(w)
	return ok
}

// isWeekday reports whether w names a day of the week.
func isWeekday(w string) bool {
	_, ok := lang.Weekday(w)
	return ok
}

// spellingVariant reports whether a and b (folded, lower case) are close
// enough to be one name spelled two ways: the same first letter, and one
// edit for names of five to seven letters, two for longer ones, counted
// on the letters or on their sound skeleton (nameSkeleton) ("Etxeberria", "Echeverría").
// A name and the same name with a suffix ("Israel", "Israeli"; "Sunday",
// "Sundays") are different words.
func spellingVariant(a, b string) bool {
	if a == b || a == "" || b == "" || a[0] != b[0] {
		return false
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if min(la, lb) < 5 {
		return false
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return false
	}
	limit := 1
	if min(la, lb) >= 8 {
		limit = 2
	}
	return editDistance(a, b) <= limit || editDistance(nameSkeleton(a), nameSkeleton(b)) <= limit-1
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
