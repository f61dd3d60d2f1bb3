package lang

import "strings"

// events maps the words that say what happened to counted things to the
// event: "killing" and "dead" to "killed".
var events = grouped("events.tsv")

// Event returns what happened to counted things that w says: "killed" for
// "killing", "injured" for "wounded", "population" for "town" ("a town of
// 20,000").
func Event(w string) (string, bool) {
	e, ok := events.get()[w]
	return e, ok
}

var countVerbs = grouped("count_verbs.tsv")

// CountVerb returns what happened to the count that follows w when w is
// a verb just before it: "injured" for "wounds" ("wounds 2"), which as a
// noun says nothing of a count.
func CountVerb(w string) (string, bool) {
	e, ok := countVerbs.get()[w]
	return e, ok
}

var (
	personNouns     = wordSet("person_nouns.txt")
	nounSynonyms    = wordTable("noun_synonyms.tsv")
	numberStops     = wordSet("number_stops.txt")
	identifierNouns = wordSet("identifier_nouns.txt")
	prisonWords     = wordSet("prison_words.txt")
	zeroEvents      = wordTable("zero_events.tsv")
	zeroFrames      = grouped("zero_frames.tsv")
	chargeNouns     = wordSet("charge_nouns.txt")
)

// ChargeNoun reports whether w counts charges ("counts", "charges"):
// the words after it name the offence, not what befell the count.
func ChargeNoun(w string) bool { return chargeNouns.get()[w] }

// PersonNoun reports whether w is a counted noun that is people:
// "people", "boys", "residents", "crew".
func PersonNoun(w string) bool { return personNouns.get()[w] }

// NounSynonym returns the noun w is counted as: "home" for "house",
// "people" for "persons".
func NounSynonym(w string) (string, bool) {
	s, ok := nounSynonyms.get()[w]
	return s, ok
}

// NumberStop reports whether w ends the search for what a number counts:
// it follows numbers but is not what they count ("the", "said").
func NumberStop(w string) bool { return numberStops.get()[w] }

// IdentifierNoun reports whether w, beside a number, makes it a label
// rather than a count: "route", "flight", "no".
func IdentifierNoun(w string) bool { return identifierNouns.get()[w] }

// PrisonWord reports whether w makes a length of time a prison term:
// "sentenced", "prison", "imprisonment".
func PrisonWord(w string) bool { return prisonWords.get()[w] }

// ZeroEvent returns the event a noun names that "no" counts as none:
// "killed" for "deaths" ("no deaths").
func ZeroEvent(w string) (string, bool) {
	e, ok := zeroEvents.get()[w]
	return e, ok
}

// ZeroFrame returns the part w plays in framing a count of none:
// "report" for "reports" ("no reports of injuries"), "hedge" for
// "immediate" ("no immediate reports"), "negation" for "not" and words
// ending in "n't" ("did not do any damage"), "denial" for "no" and
// "nobody"; "" for other words.
func ZeroFrame(w string) string {
	if strings.HasSuffix(w, "n't") {
		return "negation"
	}
	return zeroFrames.get()[w]
}

var quakes = grouped("quakes.tsv")

// Quake returns what a magnitude near w measures: "quake" for
// "earthquake" or "tremor", "aftershock" for "aftershocks"; "" for other
// words.
func Quake(w string) string { return quakes.get()[w] }
