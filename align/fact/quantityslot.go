package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// What a figure is about. A count's slot is what happened to what it
// counts, by the role lexicon of lang (killed, dead and lives lost are
// "people killed"; hurt and wounded "people injured"); an age is the age
// of the person it is said of; a distance is from the place it names; a
// figure told of other events (a total so far, a year gone by) is
// another slot than this event's. A count that names a narrower group of
// people ("two women") is that group, not all the people.

// quantitySlot reads the slot of a count or a measure: its key, which
// groups values, and its label; a key "" leaves it to pairing.
func quantitySlot(x *extraction, f *Fact) (key, label string) {
	q, ok := f.v.(*quantity)
	if !ok || q.skip {
		return "", ""
	}
	i, j := x.span(f)
	key, label = x.quantitySlotOf(q, i, j)
	if key == "" {
		return "", label
	}
	if bg := x.background(f, i, j); bg != "" {
		key = bg + "/" + key
		label += " (" + bg + ")"
	}
	if q.order != "" {
		key = q.order + "/" + key
		label = q.order + " " + label
	}
	f.local = storyCount(key) && x.countLocal(key, f, i, j)
	return key, label
}

func (x *extraction) quantitySlotOf(q *quantity, i, j int) (key, label string) {
	switch {
	case q.class == "age":
		if name, k := x.personAt(i, j); k != "" {
			return "age/" + k, "age of " + name
		}
		if n := x.nounAfter(j); n != "" {
			return "age/the " + n, "age of the " + n
		}
		return "", "age"
	case q.unit != nil:
		key, label = measureSlot(q)
		if q.unit.Dim == "length" && q.event == "distance" && key != "" {
			if w := x.locatedBefore(i); w != "" {
				key += "|" + w
			}
		}
		return key, label
	case q.event == "population":
		return "", "population"
	case q.event != "":
		who := countedGroup(q)
		if who == "people" || q.class == "person" {
			// People killed and people counted are not one fact: "two
			// killed" is not "three people".
			return "count/" + who + "/" + q.event, who + " " + q.event
		}
		// Things: "dozens of houses" may be the "57 homes destroyed".
		if who == "things" && q.event == "damaged" {
			// "no reports of damage": damage done, to whatever.
			return "count/" + who + "|" + q.event, "damage"
		}
		return "count/" + who + "|" + q.event, who + " " + q.event
	case q.modifier:
		return "", plural(q.noun)
	case q.noun != "" && q.class == "person":
		// A group of people the sentence says nothing happened to: how
		// many there are ("all 12 members", "the 13 cavers").
		who := countedGroup(q)
		return "count/" + who, who
	case q.noun != "" && q.class != "ordinal":
		who := countedGroup(q)
		return "count/" + who, who
	}
	return "", ""
}

// countedGroup names the group a count counts, in the plural: "people"
// for people at large (a count of the dead without a noun), the noun of a
// narrower group ("women", "boys"), or the counted thing ("homes").
func countedGroup(q *quantity) string {
	switch {
	case q.class == "person" && (q.noun == "people" || q.noun == "person" || lang.GenericPeople(q.noun) || !lang.PeopleSubgroup(q.noun)):
		return "people"
	case q.noun == "" || q.class == "person" && lang.GenericPeople(q.noun):
		if q.noun == "" && q.unit == nil && !personEvent(q.event) {
			return "things"
		}
		return "people"
	case q.noun == "people" || q.noun == "person":
		return "people"
	case lang.Quake(q.noun) == "aftershock", q.mod == "smaller" && lang.Quake(q.noun) == "quake":
		// "at least 20 smaller earthquakes followed": quakes smaller
		// than the story's are its aftershocks.
		return "aftershocks"
	case q.mod != "":
		return q.mod + " " + plural(q.noun)
	}
	return plural(q.noun)
}

// personEvent reports whether an event happens to people when the count
// does not say to what: "killing 24" counts people.
func personEvent(e string) bool {
	switch e {
	case "killed", "injured", "shot", "missing", "arrested", "evacuated", "rescued", "released", "displaced", "abstained":
		return true
	}
	return false
}

// measureSlot reads the slot of a measure from its unit and what the
// sentence says it measures.
func measureSlot(q *quantity) (key, label string) {
	switch q.unit.Dim {
	case "length":
		switch {
		case q.event == "distance" && q.from != "":
			return "distance/" + q.from, "distance from " + q.fromText
		case q.event == "distance":
			return "", "distance"
		case q.event == "size":
			return "", "size"
		case q.event == "depth":
			return "depth", "depth"
		}
		return "", "length"
	case "magnitude":
		if q.noun == "aftershock" {
			return "magnitude|aftershock", "magnitude of the aftershock"
		}
		if q.noun != "" {
			return "magnitude|" + q.noun, "magnitude"
		}
		return "magnitude", "magnitude"
	case "speed":
		return "speed", "speed"
	case "duration":
		switch q.event {
		case "sentence":
			return "duration/sentence", "prison term"
		case "parole":
			return "duration/parole", "parole"
		case "sought":
			return "duration/sought", "term sought"
		case "ago":
			return "", "time since"
		}
		if q.verb != "" {
			return "", "time " + q.verb
		}
		return "", "duration"
	case "percent":
		return "", "share"
	}
	return "", strings.ReplaceAll(q.unit.Dim, "_", " ")
}

// locatedBefore returns what a distance at lexeme i locates, when the
// sentence says it just before: "the building, about 24km north" gives
// "building", "a motorist 50 miles north" "motorist", "the quake struck
// about 3 miles southwest" "epicentre"; or "".
func (x *extraction) locatedBefore(i int) string {
	ls := x.toks
	k := i - 1
	for k >= 0 && (ls[k].low == "," || ls[k].low == "and" || ls[k].kind == lexWord && lang.LocationVerb(ls[k].low)) {
		k--
	}
	if k < 0 || ls[k].kind != lexWord || lang.FunctionWord(ls[k].low) || lang.NumberStop(ls[k].low) {
		return ""
	}
	for g := range x.facts {
		f := &x.facts[g]
		if fi, fj := x.span(f); fj != k+1 {
			continue
		} else if p, ok := f.v.(*placeValue); ok && p.street == "" {
			// "centred in Geyserville, about 20 miles north of Santa
			// Rosa": the distance locates what the place is the place of.
			if key, _ := placeSlot(x, f); strings.HasPrefix(key, "where/") {
				return strings.TrimPrefix(key, "where/")
			}
		} else if prev := x.distanceTo(fi); prev >= 0 {
			// "two miles northeast of The Geysers, four miles west of
			// Cobb": a list of distances locates one thing.
			return x.locatedBefore(prev)
		}
	}
	w := plainFold(ls[k].low)
	if t := lang.Located(w); t != "" {
		return t
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || len(w) < 3 {
		return ""
	}
	return w
}

// distanceTo returns the first lexeme of the distance or bearing
// measured from the place whose name starts at lexeme i ("two miles
// northeast of [The Geysers]", "east of [Cloverdale]"), or -1.
func (x *extraction) distanceTo(i int) int {
	ls := x.toks
	k := i - 1
	if k >= 0 && ls[k].low == "the" {
		k--
	}
	if k < 0 || !ls[k].is("of", "from") {
		return -1
	}
	bearing := -1
	if k >= 1 && isCompassPoint(ls[k-1].low) {
		bearing = k - 1
	}
	for g := range x.facts {
		f := &x.facts[g]
		q, ok := f.v.(*quantity)
		if !ok || q.unit == nil || q.unit.Dim != "length" || q.event != "distance" || q.from == "" {
			continue
		}
		fi, fj := x.span(f)
		if fj == k || fj+1 == k && isCompassPoint(ls[fj].low) {
			return fi
		}
	}
	return bearing
}
