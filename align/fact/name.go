package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/align/lang"
	"crosscheck/corpus"
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

// norm is the name's folded words.
func (v *nameValue) norm() string {
	folds := make([]string, len(v.words))
	for i, w := range v.words {
		folds[i] = w.fold
	}
	return strings.Join(folds, " ")
}

// role is "": a name is compared word by word.
func (v *nameValue) role() string { return "" }

func (v *nameValue) nameWords() []nameWord { return v.words }

// A named value has a name's words: a person's name, or a place the
// gazetteer does not know ("the town of Pütürge"), whose spellings are
// compared like a person's.
type named interface {
	nameWords() []nameWord
}

// nameWordsOf returns the name's words of a fact, or nil.
func nameWordsOf(f *Fact) []nameWord {
	if n, ok := f.v.(named); ok {
		return n.nameWords()
	}
	return nil
}

// nameSlot names what a name's difference is about: "the name witkoff".
func nameSlot(role string) string { return "the name " + role }

// names records the passage's proper names: runs of capitalised words
// (with particles such as "al-" or "van der"), leaving out titles ("Mr.",
// "Governor") and words that open sentences.
func (x *extraction) names() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		// "al-Hayya": a particle may open a name.
		particle := lang.NameParticle(l.low) && i+2 < len(ls) && ls[i+1].low == "-" && !ls[i+1].space && ls[i+2].upper
		if x.taken[i] || l.kind != lexWord || !(l.upper || particle) || lang.Title(l.low) || lang.NameStopWord(l.low) {
			continue
		}
		j := i
		var words []nameWord
		for j < len(ls) && !x.taken[j] && ls[j].quoted == ls[i].quoted {
			w := ls[j]
			switch {
			case w.kind == lexWord && w.upper && !lang.Title(w.low) && !lang.NameStopWord(w.low):
				words = append(words, nameWord{text: w.text, fold: plainFold(w.low), start: w.start, end: w.end})
				j++
				continue
			case w.low == "&" && !w.space && len(words) > 0 && j+1 < len(ls) && ls[j+1].kind == lexWord && ls[j+1].upper && !ls[j+1].space && !x.taken[j+1]:
				// "C&G", "AT&T": one word.
				n := ls[j+1]
				last := &words[len(words)-1]
				last.text, last.fold, last.end = x.text[last.start:n.end], last.fold+"&"+plainFold(n.low), n.end
				j += 2
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
		x.add(KindName, i, j, &nameValue{words: words})
		i = j - 1
	}
}

// spellingVariant reports whether a and b (folded, lower case) are close
// enough to be one name spelled two ways: the same first letter, and one
// edit for names of five to seven letters, two for longer ones, counted
// on the letters or on their sound skeleton (NameSkeleton) ("Etxeberria", "Echeverría").
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
	return EditDistance(a, b) <= limit || EditDistance(NameSkeleton(a), NameSkeleton(b)) <= limit-1
}

// EditDistance is the Levenshtein distance between a and b, in runes.
func EditDistance(a, b string) int {
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

// NameSkeleton is a name's spelling reduced to its sound (lang.Skeleton)
// once folded and lower-cased: "Etxeberria" and "Echeverría" have one.
func NameSkeleton(surface string) string {
	return lang.Skeleton(strings.ToLower(lang.StripMarks(corpus.Fold(surface))))
}

// pairNames finds the names two outlets spell differently: the same name
// with and without diacritics agrees ("Karaagacli", "Karaağaçlı"); a name
// spelled two ways conflicts ("Mkhwanazi", "Mkwanazi") when the two
// spellings share a first name or are known across the story as one
// name's variants.
func pairNames(a *Analysis, _ *kindSpec, fa, fb []factRef) []Difference {
	var out []Difference
	has := func(fs []factRef, fold string) bool {
		for _, f := range fs {
			for _, w := range f.fact.v.(*nameValue).words {
				if w.fold == fold {
					return true
				}
			}
		}
		return false
	}
	for _, x := range fa {
		for _, y := range fb {
			for i, wx := range x.fact.v.(*nameValue).words {
				for j, wy := range y.fact.v.(*nameValue).words {
					if utf8.RuneCountInString(wx.fold) < 4 {
						continue
					}
					var st Status
					switch {
					case wx.fold == wy.fold:
						if wx.text == wy.text || strings.EqualFold(wx.text, wy.text) {
							continue
						}
						st = Same
					case a.lowerWords[wx.fold] || a.lowerWords[wy.fold]:
						continue
					case !spellingVariant(wx.fold, wy.fold) || has(fb, wx.fold) || has(fa, wy.fold):
						continue
					case a.variantPairs[foldPair(wx.fold, wy.fold)] || sharesNeighbour(x.fact.v.(*nameValue).words, y.fact.v.(*nameValue).words, i, j):
						st = Conflict
					default:
						continue
					}
					kind := KindName
					if theGazetteer().byKey[wx.fold] != nil || theGazetteer().byKey[wy.fold] != nil {
						kind = KindPlace
					}
					out = append(out, Difference{Kind: kind, Status: st, Role: wx.fold, Values: []Value{
						{Ref: x.ref, Text: wx.text, Norm: wx.fold, Offset: wx.start},
						{Ref: y.ref, Text: wy.text, Norm: wy.fold, Offset: wy.start},
					}})
				}
			}
		}
	}
	return out
}

// sharesNeighbour reports whether word i of one name and word j of another
// have the same word next to them ("Siyabonga Mkhwanazi", "Siyabonga
// Mkwanazi").
func sharesNeighbour(a, b []nameWord, i, j int) bool {
	if i > 0 && j > 0 && a[i-1].fold == b[j-1].fold {
		return true
	}
	return i+1 < len(a) && j+1 < len(b) && a[i+1].fold == b[j+1].fold
}

func foldPair(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// collectLowerWords adds the words of text written in lower case to set.
func collectLowerWords(text string, set map[string]bool) {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			set[plainFold(w)] = true
		}
	}
}
