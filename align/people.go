package align

import (
	"slices"
	"strings"

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
