package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// What a time of day is the time of. A time whose clause names the
// story's event ("sounds of gunfire around 10:30 a.m.", "when the shooter
// walked in around 10 a.m.", lang's time_events.tsv) is the time of that
// event, one fact across the story: two outlets' times of the shooting
// are compared though no claim holds both. A time told of earlier events
// is not.

// timeEventReach is how many words from a time the word for its event may
// stand, in its clause.
const timeEventReach = 14

// timeSlot reads the slot of a time of day: the event its clause names,
// or none.
func timeSlot(x *extraction, f *Fact) (key, label string) {
	i, j := x.span(f)
	e := x.eventNear(i, j)
	if e == nil || x.background(f, i, j) != "" {
		return "", ""
	}
	return "time/" + e.Event, "time of the " + e.Label
}

// dateSlot reads the slot of a date that names a day: the story's event
// its clause names ("the murder is said to have taken place on April 9",
// "shot her on Easter Sunday, April 8"), one fact across the story, or
// none.
func dateSlot(x *extraction, f *Fact) (key, label string) {
	if d, ok := f.v.(*dateValue); !ok || d.prec != precDay && d.weekday == 0 {
		return "", "" // "in February", "in June 2012": as often another event's
	}
	i, j := x.span(f)
	e := x.eventNear(i, j)
	if e == nil || x.background(f, i, j) != "" {
		return "", ""
	}
	return "date/" + e.Event, "date of the " + e.Label
}

// eventNear returns the story's event the clause around lexemes [i, j)
// names, within timeEventReach words (lang's time_events.tsv), or nil:
// nil too when it names two, or another event of the kind.
func (x *extraction) eventNear(i, j int) *lang.TimeEvent {
	from, to := x.clause(i, j)
	from, to = max(from, i-timeEventReach), min(to, j+timeEventReach)
	var found *lang.TimeEvent
	title := x.titleCase()
	for _, e := range lang.TimeEvents() {
		k := x.phraseAt(e.Words, from, to, i, j)
		if k < 0 || e.Label == "killing" && k > 0 && x.toks[k-1].is("degree", "of", "with") {
			continue // "found guilty of first-degree murder Thursday evening": a charge
		}
		if x.toks[k].upper && !title && !sentenceStart(x.toks, k) {
			continue // "the 2007 Working Group for California Earthquake Probability": a name
		}
		if found != nil && found.Event != e.Event {
			return nil // two events in one clause: which?
		}
		if found == nil {
			found = &e
		}
	}
	if found == nil || x.otherEvent(i, j) {
		return nil
	}
	return found
}

// otherEvent reports whether the clause around lexemes [i, j) tells of
// another event of the story's kind (lang's other_events.tsv: "an
// aftershock", "a second shooting"; not "the second-floor office").
func (x *extraction) otherEvent(i, j int) bool {
	ls := x.toks
	from, to := x.clause(i, j)
	for k := from; k < to; k++ {
		if ls[k].kind != lexWord {
			continue
		}
		switch lang.OtherEvent(ls[k].low) {
		case "alone":
			return true
		case "before":
			for _, e := range lang.TimeEvents() {
				if at := x.phraseAt(e.Words, k+1, min(to, k+3+len(e.Words)), k, k+1); at >= 0 {
					return true
				}
			}
		}
	}
	return false
}

// phraseAt returns where the words of p stand together in lexemes [from,
// to), outside [i, j) and outside quotations other than the time's own,
// or -1.
func (x *extraction) phraseAt(p []string, from, to, i, j int) int {
	ls := x.toks
	for k := from; k+len(p) <= to; k++ {
		if k >= i && k < j {
			continue
		}
		ok := true
		for n, w := range p {
			if ls[k+n].low != w || ls[k+n].quoted != ls[i].quoted {
				ok = false
				break
			}
		}
		if ok && !(k > 0 && ls[k-1].kind == lexNum && yearLike(ls[k-1], number{val: numValue(ls[k-1])})) {
			return k // not "the 2012 shooting": an earlier one
		}
	}
	return -1
}

// storyEvent reports whether a slot key is the time or the place of the
// story's event (lang's time_events.tsv), compared across the story.
func storyEvent(key string) bool {
	if strings.HasPrefix(key, "time/") || strings.HasPrefix(key, "date/") {
		return true
	}
	e, ok := strings.CutPrefix(key, "where/")
	if !ok {
		return false
	}
	if e == "epicentre" {
		return true // the quake's
	}
	for _, t := range lang.TimeEvents() {
		if t.Event == e {
			return true
		}
	}
	return false
}
