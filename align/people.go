package align

import (
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"crosscheck/align/fact"
	"crosscheck/align/lang"
)

// Other people. A story of two deaths tells of two people in sentences
// alike in every word but who: "a British climber has fallen to his
// death" and "an Australian man died after falling". What tells them
// apart is what is said of the person: a nationality. Yet two outlets
// may give one person two nationalities (a New Zealander living in
// Australia is "Australian" to one, "a New Zealander" to the other),
// and that is a discrepancy to show, not two people. So two passages are
// of other people when both say whose nationality, none they share, and
// they share none of the values that identify an event: the day it
// happened, the age of the person.

// nationsOf returns the nationalities the facts fs say of people, each
// as its country and the country that holds it ("english": england and
// united kingdom), sorted.
func nationsOf(fs []fact.Fact) []string {
	var out []string
	for i := range fs {
		f := &fs[i]
		if f.Kind != fact.KindDetail || f.Slot != "nationality" {
			continue
		}
		out = append(out, f.Norm)
		if d, ok := lang.DemonymOf(strings.ToLower(f.Text)); ok && d.Parent != "" {
			out = append(out, strings.ToLower(d.Parent))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// otherPeople reports whether passages a and b tell of other people:
// each says a nationality of someone, they share none, and they name no
// day or age in common.
func (ix *index) otherPeople(a, b int) bool {
	na, nb := ix.nations[a], ix.nations[b]
	if len(na) == 0 || len(nb) == 0 {
		return false
	}
	for _, x := range na {
		if slices.Contains(nb, x) {
			return false
		}
	}
	ea, eb := &ix.events[a], &ix.events[b]
	return !shareAny(ea.Days, eb.Days) && !shareAny(ea.Ages, eb.Ages)
}

// otherPeopleApart reports whether passages a and b, of other outlets,
// tell of other people and are not near copies: they share no claim,
// whatever links them.
func (ix *index) otherPeopleApart(a, b int) bool {
	return ix.refs[a].Doc != ix.refs[b].Doc && ix.otherPeople(a, b) && !isNearCopy(ix.vecs[a], ix.vecs[b])
}

// headlineWord splits a headline into words and single marks.
var headlineWord = regexp.MustCompile(`[\p{L}'’-]+|[^\s\p{L}]`)

// headlineNations returns the nationalities a headline in title case
// says of people, as nationsOf does: every word has a capital there, so
// a nationality is a word for one that is a noun ("Briton Dies") or is
// followed by a word for a person, next or past one word ("Australian Ski
// Mountaineer Dies"), not a country's name alone ("Dies in New Zealand").
func headlineNations(text string) []string {
	ws := headlineWord.FindAllString(text, -1)
	for i := range ws {
		ws[i] = strings.ToLower(ws[i])
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		for n := 2; n >= 1; n-- {
			if i+n > len(ws) {
				continue
			}
			d, ok := lang.DemonymOf(strings.Join(ws[i:i+n], " "))
			if !ok || !d.Noun && !personWithin(ws[i+n:], 2) {
				continue
			}
			out = append(out, strings.ToLower(d.Country))
			if d.Parent != "" {
				out = append(out, strings.ToLower(d.Parent))
			}
			i += n - 1
			break
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// personWithin reports whether one of the first k words of ws is a word
// for a person, before any mark.
func personWithin(ws []string, k int) bool {
	for i := 0; i < k && i < len(ws); i++ {
		switch {
		case lang.NationalityNoun(ws[i]):
			return true
		case !unicode.IsLetter([]rune(ws[i])[0]):
			return false
		}
	}
	return false
}

// withoutOddHeadlines drops the cliques cs of members ms that another
// clique holds but for one headline of another person than one of that
// clique's members: the headline of the other death drawn to this one's
// claim by its words makes no claim of its own beside it. Of two cliques
// that differ only by such headlines, the later is kept.
func withoutOddHeadlines(ix *index, ms []int, cs []uint64) []uint64 {
	dropped := make([]bool, len(cs))
	var out []uint64
	for i, c := range cs {
		odd := false
		for j, d := range cs {
			extra := c &^ d
			if i == j || dropped[j] || bits.OnesCount64(extra) != 1 {
				continue
			}
			h := ms[bits.TrailingZeros64(extra)]
			if !ix.headline(h) {
				continue
			}
			for u := d &^ c; u != 0; u &= u - 1 {
				if ix.otherPeopleApart(h, ms[bits.TrailingZeros64(u)]) {
					odd = true
				}
			}
		}
		dropped[i] = odd
		if !odd {
			out = append(out, c)
		}
	}
	return out
}
