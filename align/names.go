package align

import (
	"strings"
	"unicode/utf8"
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

// nameParticles are lower-case words inside names: "Sharm el-Sheikh",
// "Ursula von der Leyen", "Khalil al-Hayya".
var nameParticles = toSet(`al el de del der van von bin ibn abu da di du la le ben`)

// nameStopWords are capitalised words that are not names: sentence
// openers, titles, weekdays, common words in headlines.
var nameStopWords = toSet(`a an the and but or if in on at of to for from by with as after before while when where
what which who whom whose why how this that these those there here then than it its he she his her they their them we
our us you your i my me is are was were be been has have had do does did will would could should may might must
can not no yes all any both each every few more most other some such only own same so too very just also still yet
earlier later according despite however meanwhile instead although though because since until unless whether
about above across against along among around behind below beneath beside between beyond during except inside
into near off onto outside over past through throughout toward towards under underneath upon within without
mr mrs ms dr sgt gen col lt capt st prof rev gov sen rep jr sr
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
one two three four five six seven eight nine ten first second third last next new old
north south east west northern southern eastern western central
president minister prime governor mayor councillor councilor senator secretary general officials official police
government state city town village province district region council committee department ministry agency court
army navy forces force party group team club union association society company university hospital school
news times post daily herald wire journal tribune observer standard review press agency reuters
street road avenue square bridge river lake sea ocean mountain mountains island islands bay port harbour
says said told added photograph photo video watch read sign subscribe share follow click join support`)

// names records the passage's proper names: runs of capitalised words
// (with particles such as "al-" or "van der"), leaving out titles ("Mr.",
// "Governor") and words that open sentences.
func (x *extraction) names() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		// "al-Hayya": a particle may open a name.
		particle := nameParticles[l.low] && i+2 < len(ls) && ls[i+1].low == "-" && !ls[i+1].space && ls[i+2].upper
		if l.quoted || x.taken[i] || l.kind != lexWord || !(l.upper || particle) || titles[l.low] || nameStopWords[l.low] {
			continue
		}
		j := i
		var words []nameWord
		for j < len(ls) && !x.taken[j] && !ls[j].quoted {
			w := ls[j]
			switch {
			case w.kind == lexWord && w.upper && !titles[w.low] && !nameStopWords[w.low]:
				words = append(words, nameWord{text: w.text, fold: plainFold(w.low), start: w.start, end: w.end})
				j++
				continue
			case w.kind == lexWord && nameParticles[w.low] && j+1 < len(ls) && (ls[j+1].upper || ls[j+1].low == "-"):
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
