package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// What a measure is about: a length is a thing's size or a distance (from
// a place); a length of time is a prison term, parole, how long ago, or
// the time something took; a magnitude is the quake's or an
// aftershock's.

// lengthRole tells a thing's size ("172 metres long", "a 172-metre
// vessel") from a distance ("400 metres from the bridge", "37km
// southeast of Malatya"): the two are never one fact.
//
// A distance also keeps the place it is measured from when the sentence
// names it ("100 miles (160 km) north of San Francisco", "40 miles
// northeast of Santa Rosa"): distances from two places are two facts.
func (x *extraction) lengthRole(q *quantity, i, j int) {
	ls := x.toks
	// Past a conversion in brackets: "100 miles (160 km) north of …".
	if j < len(ls) && ls[j].low == "(" {
		for k := j + 1; k < len(ls) && k <= j+6; k++ {
			if ls[k].low == ")" {
				j = k + 1
				break
			}
		}
	} else if j < len(ls) && ls[j].low == ")" {
		j++
	}
	if j >= len(ls) {
		return
	}
	if j+2 < len(ls) && isCompassPoint(ls[j].low) && ls[j+1].low == "-" && isCompassPoint(ls[j+2].low) {
		j += 2 // "north-northeast of Healdsburg"
	}
	switch {
	case ls[j].is("deep", "depth", "underground", "beneath", "below") || i >= 2 && ls[i-1].low == "of" && ls[i-2].is("depth", "depths"):
		q.event = "depth" // a quake's depth, a mine's
	case ls[j].is("long", "tall", "high", "wide", "thick", "across", "length", "height", "width"):
		q.event = "size"
	case ls[j].is("from", "away", "off", "short", "offshore", "inland", "outside", "beyond", "before", "downstream", "upstream") || isCompassPoint(ls[j].low):
		q.event = "distance"
		for k := j; k < len(ls) && k <= j+2; k++ {
			if ls[k].is("of", "from") {
				q.from = x.placeAfter(k + 1)
				if q.from != "" {
					e := k + 1
					for e < len(ls) && ls[e].kind == lexWord && ls[e].upper && ls[e].quoted == ls[k].quoted {
						e++
					}
					q.fromText = x.text[ls[k+1].start:ls[e-1].end]
				}
				break
			}
		}
	case j >= 2 && ls[j-2].low == "-" && ls[j].kind == lexWord:
		// "a 172-metre vessel": a hyphenated length names a thing's size.
		q.event = "size"
	}
}

// isCompassPoint reports whether w is a point of the compass
// ("southwest").
func isCompassPoint(w string) bool {
	_, ok := lang.Compass(w)
	return ok
}

// placeAfter returns the folded capitalised words from lexeme i on ("the
// Lake County seat" gives ""; "San Francisco" gives "san francisco"), or
// "" when none start there.
func (x *extraction) placeAfter(i int) string {
	ls := x.toks
	var words []string
	for k := i; k < len(ls) && ls[k].kind == lexWord && ls[k].upper && ls[k].quoted == ls[i].quoted; k++ {
		words = append(words, plainFold(ls[k].low))
	}
	return strings.Join(words, " ")
}

// durationRole says what a length of time is: a prison term ("sentenced
// to 12 years", "12 years in prison", "12 years' imprisonment"), parole,
// how long ago ("three years later"), or else the verb it follows ("had
// waited five years", "must be paid within five years"); and
// an added length ("another seven years") is the next, not the whole.
func (x *extraction) durationRole(q *quantity, i, j int) {
	ls := x.toks
	if i > 0 && ls[i-1].is("another", "additional", "extra", "further") {
		q.order = "next"
	}
	if j < len(ls) && ls[j].is("later", "ago", "earlier") {
		q.event = "ago"
		return
	}
	// The clause around it: a prison term, or parole.
	for k, n := i-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		if ls[k].kind == lexPunct && ls[k].low != "-" && ls[k].low != "'" || ls[k].quoted != ls[i].quoted {
			break
		}
		switch {
		case ls[k].low == "parole":
			q.event = "parole"
			return
		case lang.PrisonWord(ls[k].low):
			q.event = "sentence"
			return
		}
	}
	for k, n := j, 0; k < len(ls) && n < 3; k, n = k+1, n+1 {
		if ls[k].low == "’" || ls[k].low == "'" || ls[k].low == "'s" {
			continue // "12 years’ imprisonment"
		}
		if ls[k].kind == lexPunct || ls[k].quoted != ls[max(0, j-1)].quoted {
			break
		}
		if lang.PrisonWord(ls[k].low) {
			q.event = "sentence"
			return
		}
	}
	// The verb it follows: "waited five years", "paid within five years".
	for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		l := ls[k]
		if l.kind != lexWord || l.quoted != ls[i].quoted {
			break
		}
		if l.is("for", "within", "in", "about", "nearly", "almost", "some", "a", "the", "than", "more", "over") {
			continue
		}
		switch {
		case l.is("asked", "sought", "requested", "demanded", "wanted", "proposed", "recommended", "argued"):
			q.event = "sought" // what a party asked for
		case strings.HasSuffix(l.low, "ed") && len(l.low) > 4 || l.is("paid", "spent", "took", "served", "kept", "held", "lasted"):
			q.verb = l.low
		}
		break
	}
}

// magnitudeRole sets what a magnitude measures: the main earthquake or an
// aftershock, read from the words around it.
func (x *extraction) magnitudeRole(q *quantity, i, j int) {
	ls := x.toks
	for k := j; k < len(ls) && k < j+3; k++ {
		if r := lang.Quake(ls[k].low); r != "" {
			q.noun = r
			return
		}
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if r := lang.Quake(ls[k].low); r != "" {
			q.noun = r
			return
		}
		if ls[k].kind == lexPunct && ls[k].low != "-" && ls[k].low != "," {
			return
		}
	}
}

// aboutQuakes reports whether the passage speaks of earthquakes.
func (x *extraction) aboutQuakes() bool {
	for _, l := range x.toks {
		if lang.Quake(l.low) != "" {
			return true
		}
	}
	return false
}
