package lang

import "strings"

var (
	backgroundCues   = newLazy(func() [][]string { return phrases("background_cues.txt") })
	eventNouns       = wordSet("event_nouns.txt")
	genericPeople    = wordSet("generic_people.txt")
	peopleSubgroups  = wordSet("people_subgroups.txt")
	surnameParticles = wordSet("surname_particles.txt")
	moneyRoles       = grouped("money_roles.tsv")
	located          = grouped("located.tsv")
	placeEvents      = grouped("place_events.tsv")
	placeSubjects    = grouped("place_subjects.tsv")
	placeVerbs       = wordSet("place_verbs.txt")
	locationVerbs    = wordSet("location_verbs.txt")
	initialFolds     = newLazy(func() map[[2]byte]bool {
		out := map[[2]byte]bool{}
		for _, r := range rows("initial_folds.tsv") {
			for _, x := range r {
				for _, y := range r {
					if x != "" && y != "" {
						out[[2]byte{x[0], y[0]}] = true
					}
				}
			}
		}
		return out
	})
)

// phrases reads a list of phrases, one a line, as their words.
func phrases(name string) [][]string {
	var out [][]string
	for _, line := range lines(name) {
		out = append(out, strings.Fields(line))
	}
	return out
}

// BackgroundCues returns the phrases that make a figure in their clause a
// total over earlier events or a figure of the past: "so far",
// "previous", "last year".
func BackgroundCues() [][]string { return backgroundCues.get() }

// EventNoun reports whether w names an event a story counts ("operations",
// "attacks"): figures beside a count of them are totals.
func EventNoun(w string) bool { return eventNouns.get()[w] }

// GenericPeople reports whether w, a person noun, names no narrower group
// than people: "people", "victims".
func GenericPeople(w string) bool { return genericPeople.get()[w] }

// SurnameParticle reports whether w is written joined to a surname or
// left off it: "la" in "LaCalamita".
func SurnameParticle(w string) bool { return surnameParticles.get()[w] }

// MoneyRole returns what a sum of money near w prices: "cost" for
// "repairs", "bail" for "bond"; "" for other words.
func MoneyRole(w string) string { return moneyRoles.get()[w] }

// SameInitial reports whether two first letters stand for one another in
// transliterations of a name: c and k, g and y, i and e.
func SameInitial(a, b byte) bool {
	return a == b || initialFolds.get()[[2]byte{a, b}]
}

// Located returns the thing a word names that a distance locates:
// "epicentre" for "quake", "building" for "offices"; "" for other words.
func Located(w string) string { return located.get()[w] }

// LocationVerb reports whether w stands between a thing and the distance
// that locates it: "struck", "is", "about".
func LocationVerb(w string) bool { return locationVerbs.get()[w] }

// PeopleSubgroup reports whether w, a person noun, names part of a group
// by sex or age: "women", "children".
func PeopleSubgroup(w string) bool { return peopleSubgroups.get()[w] }

// PlaceEvent returns the event a verb makes a place the place of:
// "arrest" for "apprehended", "epicentre" for "centred"; "" for other
// words.
func PlaceEvent(w string) string { return placeEvents.get()[w] }

// A TimeEvent is a word or phrase for an event whose time of day a
// clause may give: the event ("attack"), the word its slot is labelled
// by ("shooting"), and the phrase's words.
type TimeEvent struct {
	Event, Label string
	Words        []string
}

var timeEvents = newLazy(func() []TimeEvent {
	var out []TimeEvent
	for _, r := range rows("time_events.tsv") {
		for _, p := range strings.Split(field(r, 2), ";") {
			if ws := strings.Fields(p); len(ws) > 0 {
				out = append(out, TimeEvent{Event: r[0], Label: field(r, 1), Words: ws})
			}
		}
	}
	return out
})

// TimeEvents returns the words and phrases for events a time of day may
// be the time of: "gunfire" and "opened fire" of an attack, labelled
// "shooting".
func TimeEvents() []TimeEvent { return timeEvents.get() }

var otherEvents = grouped("other_events.tsv")

// OtherEvent reports how w tells of another event of the story's kind:
// "before" a word for the event ("a second shooting"), "alone"
// ("aftershock"), or "".
func OtherEvent(w string) string { return otherEvents.get()[w] }

// PlaceSubject returns the event a noun names whose place a verb of
// place (PlaceVerb) gives: "epicentre" for "quake"; "" for other words.
func PlaceSubject(w string) string { return placeSubjects.get()[w] }

// PlaceVerb reports whether w makes the place after it the place of its
// subject's event: "struck", "recorded", "located".
func PlaceVerb(w string) bool { return placeVerbs.get()[w] }
