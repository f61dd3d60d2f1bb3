package fact

import (
	"slices"
	"strings"

	"crosscheck/align/lang"
)

// Wounds: where a person was wounded, as the parts of the body a wound
// word leads to ("bullet wounds to her forehead and temples", "shot twice
// in the chest", "stabbed in the back of the neck"). The parts and the
// wound words are data (lang's body_parts.tsv, wound_words.txt). One part
// in the singular against the same part in the plural ("temple" and
// "temples") is one wound against two: a conflict. One outlet naming
// fewer of the same parts tells less; parts with nothing in common are
// not compared, as they may be two people's wounds. The kind takes no
// words.

// KindWound is the kind of where a person was wounded.
const KindWound Kind = "wound"

// A woundValue is the parts of the body a wound is in, in the order
// written.
type woundValue struct {
	parts []lang.BodyPart
}

// norm writes the parts in alphabetical order, plurals marked "+":
// "forehead, temple+".
func (w *woundValue) norm() string {
	var s []string
	for _, p := range w.parts {
		n := p.Part
		if p.Plural {
			n += "+"
		}
		s = append(s, n)
	}
	slices.Sort(s)
	return strings.Join(s, ", ")
}
func (w *woundValue) role() string { return "" }

// woundSkip reports whether w may stand between a wound word and "to" or
// "in": how many times, how badly.
func woundSkip(w string) bool {
	switch w {
	case "twice", "once", "thrice", "times", "two", "three", "four", "several", "multiple", "repeatedly", "fatally", "seriously", "critically":
		return true
	}
	return false
}

// woundDeterminer reports whether w may stand before a part of the body.
func woundDeterminer(w string) bool {
	switch w {
	case "her", "his", "the", "their", "its", "a", "both":
		return true
	}
	return false
}

// wounds records the passage's places of wounds.
func (x *extraction) wounds() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if ls[i].kind != lexWord || !lang.WoundWord(ls[i].low) {
			continue
		}
		k := i + 1
		for n := 0; n < 3 && k < len(ls) && woundSkip(ls[k].low); n++ {
			k++
		}
		if k >= len(ls) || !ls[k].is("to", "in") {
			continue
		}
		var parts []lang.BodyPart
		first, last := -1, -1
		k++
		for {
			p, end, ok := bodyPartAt(ls, k)
			if !ok {
				break
			}
			if first < 0 {
				first = k
				if woundDeterminer(ls[first].low) {
					first++
				}
			}
			parts = append(parts, p)
			last, k = end-1, end
			// ", and", "and", ",": another part follows.
			next := k
			if next < len(ls) && ls[next].low == "," {
				next++
			}
			if next < len(ls) && ls[next].low == "and" {
				next++
			}
			if next == k {
				break
			}
			if _, _, ok := bodyPartAt(ls, next); !ok {
				break
			}
			k = next
		}
		if len(parts) == 0 {
			continue
		}
		x.record(KindWound, ls[first].start, ls[last].end, &woundValue{parts: parts})
		i = last
	}
}

// bodyPartAt reads a part of the body at lexeme i, past a determiner,
// and past "back of the" or "side of the" to the part it is of ("the
// back of his head" is the head): the part, the index after it, and
// true. A part "of" something else is none ("in the face of criticism").
func bodyPartAt(ls []lexeme, i int) (lang.BodyPart, int, bool) {
	if i < len(ls) && woundDeterminer(ls[i].low) {
		i++
	}
	if i >= len(ls) || ls[i].kind != lexWord {
		return lang.BodyPart{}, i, false
	}
	p, ok := lang.BodyPartOf(ls[i].low)
	if !ok {
		return lang.BodyPart{}, i, false
	}
	if i+1 < len(ls) && ls[i+1].low == "of" {
		if q, end, ok := bodyPartAt(ls, i+2); ok {
			return q, end, true
		}
		// "in the face of criticism", "in the back of the car": no
		// part of the body.
		return lang.BodyPart{}, i, false
	}
	return p, i + 1, true
}

// woundSlot names what a wound's place is about.
func woundSlot(*extraction, *Fact) (key, label string) { return "", "where the wounds were" }

// compareWounds judges two places of wounds: the same parts in the same
// number agree; a part in the singular against it in the plural
// conflicts; fewer of the same parts tell less; parts with nothing in
// common are not compared.
func compareWounds(a, b *woundValue) (Status, bool) {
	pa, pb := partSet(a), partSet(b)
	shared, number := 0, true
	for p, plural := range pa {
		if q, ok := pb[p]; ok {
			shared++
			number = number && q == plural
		}
	}
	switch {
	case shared == 0 || shared < len(pa) && shared < len(pb):
		return 0, false
	case !number:
		return Conflict, true
	case len(pa) == len(pb):
		return Same, true
	}
	return Compatible, true
}

func partSet(w *woundValue) map[string]bool {
	m := map[string]bool{}
	for _, p := range w.parts {
		m[p.Part] = m[p.Part] || p.Plural
	}
	return m
}

// judgeWounds judges two places of wounds for pairValues.
func judgeWounds(_ *Analysis, x, y factRef) (Status, int, bool) {
	st, ok := compareWounds(x.fact.v.(*woundValue), y.fact.v.(*woundValue))
	return st, 2 * boolInt(ok), ok
}

// rateWounds judges two places of wounds of one fact, saying why.
func rateWounds(_ *Analysis, x, y factRef, _ bool) (Status, string, bool) {
	st, ok := compareWounds(x.fact.v.(*woundValue), y.fact.v.(*woundValue))
	if !ok {
		return 0, "", false
	}
	switch st {
	case Same:
		return Same, "the same parts of the body", true
	case Compatible:
		return Compatible, "one names fewer of the same parts", true
	}
	return Conflict, "one wound against several in the same part of the body", true
}
