package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// Places the gazetteer does not know, as their sentences mark them: "the
// town of Puturge", "near Puturge", "Lake County", "the Gulf of Aden", "in
// the Geysers area", "the shootings at Gordon Advisors", "C&G
// Accounting, where the shooting occurred".

// framedPlace records a sea, a strait or a coast named by a frame and a
// name ("the Gulf of Aden", "the Strait of Hormuz") as one place, whose
// name words are the frame's and the name's, so that "Gulf of Eden" is
// found to be the Gulf of Aden misspelt. It returns the index after it,
// or i.
func (x *extraction) framedPlace(i int) int {
	ls := x.toks
	if !ls[i].upper || !lang.PlaceFrame(ls[i].low) || i+2 >= len(ls) || ls[i+1].low != "of" || ls[i+2].kind != lexWord || !ls[i+2].upper {
		return i
	}
	j := i + 2
	for j < len(ls) && ls[j].kind == lexWord && ls[j].upper && !ls[j].quoted && j-i < 5 {
		j++
	}
	if !x.free(i, j) {
		return i
	}
	v := &placeValue{key: foldKey(x.text[ls[i].start:ls[j-1].end]), name: x.nameOf(i, i+1)}
	v.name.words = append(v.name.words, x.nameOf(i+2, j).words...)
	x.add(KindPlace, i, j, v)
	return j
}

// unknownPlace records a place the gazetteer does not know when the
// sentence marks it as one: "the town of Puturge", "the village of
// Arredondo", "near Puturge", "in Cantabria". It returns the index after
// it, or i.
func (x *extraction) unknownPlace(i int) int {
	ls := x.toks
	if !ls[i].upper || i == 0 {
		return i
	}
	marked := false
	switch {
	case i >= 2 && ls[i-1].low == "of" && ls[i-2].is("town", "village", "city", "district", "province", "region", "hamlet"):
		marked = true
	case ls[i-1].is("near", "outside"):
		marked = true
	case i >= 4 && ls[i-1].is("as", "a") && isCompassPoint(ls[i-2].low) && ls[i-3].low == "far" && ls[i-4].low == "as":
		// "felt as far south as Santa Rosa"
		marked = true
	case i >= 2 && ls[i-1].low == "the" && ls[i-2].is("in", "near", "at") && x.areaAfter(i):
		// "in the Geysers area"
		marked = true
	case i >= 3 && ls[i-1].low == "of" && (ls[i-2].low == "," || ls[i-2].upper) && ls[i-3].upper && ls[i-3].kind == lexWord:
		// "Christopher Kenyon Simpson of Fort Coffee", "Simpson, of Spiro":
		// where a person is from (placeSlot).
		marked = true
	case ls[i-1].is("in", "at") && x.eventBefore(i-1) != nil && !x.titleCase():
		// "the shootings at Gordon Advisors"; not a headline's capitals
		// ("Shooting at Accounting Firm Leaves Woman Dead").
		marked = true
	case x.eventAfterWhere(x.capitalRun(i)) != nil && !x.titleCase():
		// "C&G Accounting, where the shooting occurred"
		marked = true
	case ls[i-1].is("in", "at"):
		// "arrested in Saginaw", "centred in Geyserville": the place of an
		// event the verb names.
		for v := i - 2; v >= 0 && v >= i-1-placeEventReach; v-- {
			if ls[v].kind == lexPunct && ls[v].low != "-" {
				break
			}
			if ls[v].kind == lexWord && lang.PlaceEvent(ls[v].low) != "" {
				marked = true
				break
			}
		}
	}
	if !marked || ls[i].is("a", "an") || lang.NameStopWord(ls[i].low) && !(i+1 < len(ls) && ls[i+1].kind == lexWord && ls[i+1].upper) || isMonth(ls[i].low) || isWeekday(ls[i].low) {
		return i
	}
	j := x.capitalRun(i)
	if !x.free(i, j) {
		return i
	}
	v := &placeValue{key: foldKey(x.text[ls[i].start:ls[j-1].end]), name: x.nameOf(i, j)}
	if strings.Contains(x.text[ls[i].start:ls[j-1].end], "&") {
		v.key = strings.ToLower(x.text[ls[i].start:ls[j-1].end]) // "c&g accounting"
	}
	x.add(KindPlace, i, j, v)
	return j
}

// titleCase reports whether most of the passage's words are capitalised,
// as a headline's are: a run of capitals there is no name.
func (x *extraction) titleCase() bool {
	words, caps := 0, 0
	for _, l := range x.toks {
		if l.kind == lexWord && len(l.low) > 3 {
			words++
			if l.upper {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// capitalRun returns the index after the capitalised words from lexeme i,
// up to three, initials joined by "&" one ("C&G Accounting"), all inside
// or all outside a quotation.
func (x *extraction) capitalRun(i int) int {
	ls := x.toks
	j, n := i, 0
	for j < len(ls) && ls[j].kind == lexWord && ls[j].upper && ls[j].quoted == ls[i].quoted && n < 3 {
		j++
		n++
		if j+1 < len(ls) && ls[j].low == "&" && !ls[j].space && !ls[j+1].space && ls[j+1].upper {
			j++
		}
	}
	return j
}

// eventBefore returns the story's event a word or phrase ending just
// before lexeme k names, past "the" ("the shootings at …"), or nil.
func (x *extraction) eventBefore(k int) *lang.TimeEvent {
	for _, e := range lang.TimeEvents() {
		if at := x.phraseAt(e.Words, max(0, k-len(e.Words)), k, k, k); at >= 0 && at+len(e.Words) == k {
			return &e
		}
	}
	return nil
}

// eventAfterWhere returns the story's event a relative clause after
// lexeme j names (", where the shooting occurred"), or nil.
func (x *extraction) eventAfterWhere(j int) *lang.TimeEvent {
	ls := x.toks
	if j+2 >= len(ls) || ls[j].low != "," || ls[j+1].low != "where" {
		return nil
	}
	for _, e := range lang.TimeEvents() {
		if x.phraseAt(e.Words, j+2, min(len(ls), j+8), j, j) >= 0 {
			return &e
		}
	}
	return nil
}

// areaAfter reports whether the capitalised words from lexeme i are
// followed by "area" or "region": "the Geysers area".
func (x *extraction) areaAfter(i int) bool {
	ls := x.toks
	j := i
	for j < len(ls) && ls[j].kind == lexWord && ls[j].upper && j-i < 3 {
		j++
	}
	return j > i && j < len(ls) && ls[j].is("area", "region")
}

// regionWord reports whether a capitalised word ends the name of a
// region: "County" in "Lake County".
func regionWord(l lexeme) bool {
	return l.kind == lexWord && l.upper && l.is("county", "province", "prefecture", "governorate", "oblast", "district")
}

// regionAt reports whether one to three capitalised words from lexeme i
// end with a region's word ("Lake County", "Sonoma County"), the first
// not a function word ("In").
func (x *extraction) regionAt(i int) bool {
	ls := x.toks
	if !ls[i].upper || lang.FunctionWord(ls[i].low) || regionWord(ls[i]) {
		return false
	}
	for j := i + 1; j < len(ls) && j <= i+3; j++ {
		if regionWord(ls[j]) {
			return true
		}
		if ls[j].kind != lexWord || !ls[j].upper {
			return false
		}
	}
	return false
}

// region records the region named from lexeme i (see regionAt) and
// returns the index after it.
func (x *extraction) region(i int) int {
	ls := x.toks
	j := i + 1
	for !regionWord(ls[j]) {
		j++
	}
	j++
	if !x.free(i, j) {
		return i
	}
	x.add(KindPlace, i, j, &placeValue{key: foldKey(x.text[ls[i].start:ls[j-1].end]), name: x.nameOf(i, j)})
	return j
}
