package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// What a place is about. Most places are only where a story happens,
// compared by what holds what, never conflicting. Two are facts of their
// own: the place a person is of ("Christopher Simpson of Fort Coffee",
// "Simpson, of Spiro"), one fact across the story like an age; and the
// place of an event the verb before it names ("arrested near Bay City",
// "centred in Geyserville", lang's place_events.tsv). Two such places
// that do not hold one another cannot both be true.

// placeEventReach is how many words before a place the verb that makes
// it an event's place may stand, in its clause.
const placeEventReach = 12

// placeSlot reads the slot of a place: a person's home, an event's
// place, or none.
func placeSlot(x *extraction, f *Fact) (key, label string) {
	if p := f.v.(*placeValue); p.street != "" {
		return streetSlot(p)
	}
	i, _ := x.span(f)
	ls := x.toks
	k := i - 1
	if k >= 0 && ls[k].low == "of" {
		// "Simpson of Fort Coffee", "Simpson, of Spiro,"
		n := k
		if n > 0 && ls[n-1].low == "," {
			n--
		}
		if name, key := x.personEndingAt(n); key != "" {
			return "home/" + key, "home of " + name
		}
		return "", ""
	}
	if k >= 0 && ls[k].is("in", "near", "at", "outside", "off") {
		// The verb may stand a few words back in the clause: "surrendering
		// only after authorities boxed in his car on Interstate 75 in
		// Saginaw".
		for v := k - 1; v >= 0 && v >= k-placeEventReach; v-- {
			if ls[v].kind == lexPunct && ls[v].low != "-" {
				break
			}
			if e := lang.PlaceEvent(ls[v].low); e != "" {
				return "where/" + e, "place of the " + e
			}
		}
	}
	return "", ""
}

// personEndingAt returns the name of a person whose name fact ends just
// before lexeme j, and its key (its folded surname), or "".
func (x *extraction) personEndingAt(j int) (name, key string) {
	for g := range x.facts {
		n := &x.facts[g]
		if n.Kind != KindName {
			continue
		}
		if _, nj := x.span(n); nj != j {
			continue
		}
		words := nameWordsOf(n)
		for len(words) > 1 && isNameSuffix(words[len(words)-1].fold) {
			words = words[:len(words)-1]
		}
		if len(words) < 2 {
			return "", "" // "Troy, of Michigan": a place, not a person
		}
		return x.text[words[0].start:words[len(words)-1].end], words[len(words)-1].fold
	}
	return "", ""
}

// placeLevel says how large a place is, for telling apart places that
// may both be true (a town and its county) from two of one size: the
// gazetteer's kind, or for a place it does not know, "region" when its
// last word says so and "town" else.
func placeLevel(p *placeValue) string {
	if p.known != nil {
		return p.known.kind
	}
	last := p.key
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	switch last {
	case "county", "province", "region", "state", "district", "valley":
		return "region"
	}
	return "town"
}
