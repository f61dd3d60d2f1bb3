package fact

import "strings"

// The story's main counts, across the story. How many people the story's
// event killed, injured, left missing, or saw rescued, arrested or
// evacuated, and how many aftershocks followed a quake, is one fact each:
// "two aftershocks" in one claim and "at least 20 smaller earthquakes" in
// another are two readings of it, though no claim holds both. A count is
// kept to its claims where it may be another's: in a headline, in a clause
// naming a place (a district's figure, another city's march) or another
// event (an aftershock's injured), and when the figures are more than
// storyApart times apart (an earlier quake's toll told for background) or
// one article gives two of them (two moments, two groups). A figure told
// of other events, of other people ("five other workers") or of a narrower
// group ("two women") has a key of its own and is none of these.

// storyCount reports whether a slot key is one of the story's main
// counts: people killed, injured, missing, rescued, arrested or
// evacuated, or aftershocks.
func storyCount(key string) bool {
	if key == "count/aftershocks" {
		return true
	}
	e, ok := strings.CutPrefix(key, "count/people/")
	if !ok {
		return false
	}
	switch e {
	case "killed", "injured", "missing", "rescued", "arrested", "evacuated":
		return true
	}
	return false
}

// countLocal reports whether the count f of slot key at lexemes [i, j)
// may be a part's or another event's: its clause names a place ("In
// Patras, 20 people were hurt") or, but for an aftershock's own count,
// another event ("the aftershock injured two").
func (x *extraction) countLocal(key string, f *Fact, i, j int) bool {
	return key != "count/aftershocks" && x.otherEvent(i, j) || x.placeInClause(f, i, j)
}

// placeInClause reports whether the clause of the value f at lexemes [i,
// j) names a place.
func (x *extraction) placeInClause(f *Fact, i, j int) bool {
	from, to := x.clause(i, j)
	ls := x.toks
	for g := range x.facts {
		o := &x.facts[g]
		if o != f && o.Kind == KindPlace && o.End > ls[from].start && o.Start < ls[to-1].end {
			return true
		}
	}
	return false
}

// farApartAcross reports whether two of the figures of one count, told in
// different articles, are more than storyApart times apart: across the
// story, not in one claim, such figures are of different events, not two
// readings of one.
func farApartAcross(nodes []node) bool {
	for i, x := range nodes {
		for _, y := range nodes[i+1:] {
			p, ok1 := x.fact.v.(*quantity)
			q, ok2 := y.fact.v.(*quantity)
			if ok1 && ok2 && x.ref.Doc != y.ref.Doc && ratio(p.base(), q.base()) > storyApart {
				return true
			}
		}
	}
	return false
}
