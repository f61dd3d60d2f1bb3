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
	key, label = x.placeSlotOf(f)
	if i, j := x.span(f); storyEvent(key) && (x.otherEvent(i, j) || x.background(f, i, j) != "") {
		// "an aftershock centred near Cobb", "the 2004 quake centred off
		// Sumatra": another event's place.
		return "", ""
	}
	return key, label
}

// placeSlotOf reads the slot of a place that is not a street.
func (x *extraction) placeSlotOf(f *Fact) (key, label string) {
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
	if k >= 0 && ls[k].low == "the" {
		k-- // "in the Geysers area"
	}
	if k >= 0 && ls[k].is("as", "a") && k >= 3 && isCompassPoint(ls[k-1].low) && ls[k-2].low == "far" && ls[k-3].low == "as" {
		// "felt as far south as Santa Rosa" (and "as far south a San
		// Francisco", misspelt): how far the event reached that way.
		return "extent/" + ls[k-1].low, "how far " + ls[k-1].low
	}
	if k >= 0 && ls[k].is("in", "at") {
		if e := x.eventBefore(k); e != nil {
			return "where/" + e.Event, "place of the " + e.Label // "the shootings at Gordon Advisors"
		}
	}
	if _, j := x.span(f); true {
		if e := x.eventAfterWhere(j); e != nil {
			return "where/" + e.Event, "place of the " + e.Label // "C&G Accounting, where the shooting occurred"
		}
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
		if e := x.placedBefore(k - 1); e != "" {
			return "where/" + e, "place of the " + e
		}
	}
	return "", ""
}

// placedBefore returns the event whose place the words ending at lexeme
// k give, or "": a verb of place after a noun of the event in its clause
// ("the quake struck near …", "a quake recorded in …"), a place of the
// event ("located near Clearlake in Lake County"), or the place a
// distance of the event is measured from ("struck about 26 miles north
// of Santa Rosa in the Geysers area").
func (x *extraction) placedBefore(k int) string {
	ls := x.toks
	if k < 0 || ls[k].kind != lexWord {
		return ""
	}
	if lang.PlaceVerb(ls[k].low) {
		for v := k - 1; v >= 0 && v >= k-placeEventReach; v-- {
			if ls[v].kind == lexPunct && ls[v].low != "-" {
				break
			}
			if e := lang.PlaceSubject(ls[v].low); e != "" {
				return e
			}
		}
		return ""
	}
	for g := range x.facts {
		f := &x.facts[g]
		fi, fj := x.span(f)
		if fj != k+1 {
			continue
		}
		if p, ok := f.v.(*placeValue); ok && p.street == "" {
			if key, _ := placeSlot(x, f); strings.HasPrefix(key, "where/") {
				return strings.TrimPrefix(key, "where/")
			}
		}
		if d := x.distanceTo(fi); d >= 0 {
			if w := x.locatedBefore(d); w != "" && w == lang.Located(w) {
				return w
			}
		}
	}
	return ""
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
// last word says so, "site" when it names a building or a site (lang's
// site_words.txt: "Marfin Egnatia Bank"), and "city" (a town, as the
// gazetteer's cities are) else.
func placeLevel(p *placeValue) string {
	if p.known != nil {
		return p.known.kind
	}
	last := p.key
	if i := strings.LastIndexByte(last, ' '); i >= 0 {
		last = last[i+1:]
	}
	switch {
	case last == "county" || last == "province" || last == "region" || last == "state" || last == "district" || last == "valley":
		return "region"
	case lang.SiteWord(last):
		return "site"
	}
	return "city"
}
