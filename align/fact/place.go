package fact

import (
	"slices"
	"strings"

	"crosscheck/align/lang"
)

// A placeValue is a place as a passage names it: a gazetteer place, or a
// place the gazetteer does not know ("the town of Puturge"), perhaps
// inside a known one ("Rotterdam’s Charlois district").
type placeValue struct {
	// key identifies the place: its folded name.
	key string
	// known is the gazetteer entry, or nil.
	known *place
	// parent is the key of the place that holds an unknown place, when the
	// passage says ("Malatya’s Pütürge district"), or "".
	parent string
	// part is a direction narrowing the place ("eastern" in "eastern
	// Turkey"), or "".
	part string
	// name is the name of a place the gazetteer does not know, whose
	// spellings are compared like a person's name; nil for a known place.
	name *nameValue
	// written is the folded name as written, for a place with other names
	// (place.other): "salonika" or "thessaloniki"; "" for other places.
	written string
	// street is the folded name of a street ("stadiou" for "Stadiou
	// Avenue", whose key is "stadiou avenue"), or "" for other places.
	street string
}

func (p placeValue) norm() string {
	s := p.key
	if p.part != "" {
		s = p.part + " " + s
	}
	if p.parent != "" {
		s += " ⊂ " + p.parent
	}
	if p.written != "" && p.written != p.key {
		s += " (" + p.written + ")" // "thessaloniki (salonika)"
	}
	return s
}

// role is "": places are compared by what holds what.
func (p placeValue) role() string { return "" }

func (p *placeValue) nameWords() []nameWord {
	if p.name == nil {
		return nil
	}
	return p.name.words
}

// places records the passage's places: gazetteer places with a direction
// ("eastern Turkey"), a place inside another ("eastern Turkey’s Malatya
// province", "Rotterdam’s Charlois district"), and places the gazetteer
// does not know but the sentence marks as places ("the town of Puturge",
// "near Puturge").
func (x *extraction) places() {
	g := theGazetteer()
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if x.taken[i] || ls[i].kind != lexWord {
			continue
		}
		if ls[i].quoted {
			// Inside a quotation, only a place its sentence marks: "…
			// and C&G Accounting, where the shooting occurred".
			if end := x.unknownPlace(i); end > i {
				i = end - 1
			}
			continue
		}
		if end := x.framedPlace(i); end > i {
			i = end - 1
			continue
		}
		if x.regionAt(i) {
			if end := x.region(i); end > i {
				i = end - 1
				continue
			}
		}
		p, end := g.match(ls, i)
		if p == nil {
			if end := x.unknownPlace(i); end > i {
				i = end - 1
			}
			continue
		}
		start := i
		v := placeValue{key: p.key, known: p}
		if p.other != nil {
			v.written = foldKey(x.text[ls[i].start:ls[end-1].end])
		}
		var part *nameValue
		if d := x.directionBefore(i); d < i {
			start = d
			v.part = strings.ReplaceAll(ls[d].low, "-", "")
		}
		end = x.placeWordAfter(end)
		// "Turkey’s Malatya province", "Rotterdam’s Charlois district".
		if end+1 < len(ls) && ls[end].low == "'s" {
			j := end + 1
			if j < len(ls) && lang.Direction(ls[j].low) {
				j++
			}
			if q, qend := g.match(ls, j); q != nil && q.within(p) {
				v = placeValue{key: q.key, known: q}
				end = x.placeWordAfter(qend)
			} else if nend := x.namedPart(j); nend > j {
				v = placeValue{key: foldKey(x.text[ls[j].start:ls[nend-1].end]), parent: p.key}
				part = x.nameOf(j, nend)
				end = nend + 1
			}
		}
		if !x.free(start, end) {
			continue
		}
		v.name = part
		if x.add(KindPlace, start, end, &v) {
			i = end - 1
		}
	}
}

// directionBefore returns the index of a direction word just before i
// ("eastern Turkey"), or i.
func (x *extraction) directionBefore(i int) int {
	ls := x.toks
	if i >= 1 && lang.Direction(ls[i-1].low) && !x.taken[i-1] {
		if i >= 3 && ls[i-2].low == "-" && lang.Direction(ls[i-3].low) {
			return i - 3
		}
		return i - 1
	}
	return i
}

// placeWordAfter extends a place name over a following "province",
// "region", "district".
func (x *extraction) placeWordAfter(end int) int {
	if end < len(x.toks) && lang.PlaceWord(x.toks[end].low) && !x.toks[end].upper && x.toks[end].low != "city" {
		return end + 1
	}
	return end
}

// namedPart reads "Charlois district" at i: a capitalised name followed by
// a place word. It returns the index of the place word, or i.
func (x *extraction) namedPart(i int) int {
	ls := x.toks
	j := i
	for j < len(ls) && ls[j].kind == lexWord && ls[j].upper && j-i < 3 {
		j++
	}
	if j > i && j < len(ls) && lang.PlaceWord(ls[j].low) {
		return j
	}
	return i
}

// nameOf returns the words of lexemes [i, j) as a name, so that a place
// the gazetteer does not know is searched for spelling variants like a
// person's name ("Pütürge", "Puturge").
func (x *extraction) nameOf(i, j int) *nameValue {
	v := &nameValue{}
	ls := x.toks
	for k := i; k < j; k++ {
		l := ls[k]
		switch {
		case l.low == "&" && !l.space && len(v.words) > 0 && k+1 < j && !ls[k+1].space:
			// "C&G": one word, as names read it.
			last := &v.words[len(v.words)-1]
			last.text, last.fold, last.end = x.text[last.start:ls[k+1].end], last.fold+"&"+plainFold(ls[k+1].low), ls[k+1].end
			k++
		case l.kind == lexWord:
			v.words = append(v.words, nameWord{text: l.text, fold: plainFold(l.low), start: l.start, end: l.end})
		}
	}
	return v
}

// placeChain returns the keys of the places holding p, nearest first,
// from the gazetteer and from what the story's passages say ("Malatya’s
// Pütürge district" tells that Pütürge is in Malatya).
func placeChain(p *placeValue, learned map[string]string) []string {
	var out []string
	seen := map[string]bool{p.key: true}
	key, known := p.parent, p.known
	if known != nil {
		key = ""
		if known.parent != nil {
			key = known.parent.key
		}
	} else if key == "" {
		key = learned[p.key]
	}
	g := theGazetteer()
	for key != "" && !seen[key] {
		seen[key] = true
		out = append(out, key)
		if k := g.byKey[key]; k != nil {
			known = k
			key = ""
			if k.parent != nil {
				key = k.parent.key
			}
			continue
		}
		key = learned[key]
	}
	return out
}

// comparePlaces judges two places: the same place agrees, a place inside
// the other refines it ("Istanbul" and "Turkey"; "eastern Turkey" and
// "Turkey"). Places are never reported as conflicting: two places in one
// claim are as often two parts of the story as two versions of it.
func comparePlaces(a, b *placeValue, learned map[string]string) (Status, bool) {
	if a.key == b.key {
		switch {
		case a.part == b.part:
			return Same, true
		case a.part == "" || b.part == "":
			return Compatible, true
		}
		return 0, false
	}
	for _, k := range placeChain(a, learned) {
		if k == b.key {
			return Compatible, true
		}
	}
	for _, k := range placeChain(b, learned) {
		if k == a.key {
			return Compatible, true
		}
	}
	return 0, false
}

// learnPlaces records in learned the places the gazetteer does not know
// that facts say are inside another ("Malatya’s Pütürge district").
func learnPlaces(fs []Fact, learned map[string]string) {
	for _, f := range fs {
		if p, ok := f.v.(*placeValue); ok && p.parent != "" {
			learned[p.key] = p.parent
		}
	}
}

// pairPlaces pairs the places of two outlets: a place one names and the
// other names too agrees (when written differently); a place the other
// does not name is compared with the most specific related place it does
// name.
func pairPlaces(a *Analysis, _ *kindSpec, fa, fb []factRef) []Difference {
	var out []Difference
	learned := a.learned
	add := func(x, y factRef) {
		st, ok := comparePlaces(placeOf(x), placeOf(y), learned)
		if !ok || st == Same && strings.EqualFold(x.fact.Text, y.fact.Text) {
			return
		}
		out = append(out, Difference{Kind: KindPlace, Status: st, Values: []Value{valueOf(x), valueOf(y)}})
	}
	sides := [2][]factRef{fa, fb}
	for side := range 2 {
		xs, ys := sides[side], sides[1-side]
		for _, x := range xs {
			same := slices.IndexFunc(ys, func(y factRef) bool { return placeOf(y).key == placeOf(x).key })
			if same >= 0 {
				if side == 0 {
					add(x, ys[same])
				}
				continue
			}
			var best *factRef
			bestDepth := -1
			for k, y := range ys {
				if st, ok := comparePlaces(placeOf(x), placeOf(y), learned); ok && st == Compatible {
					if d := len(placeChain(placeOf(y), learned)); d > bestDepth {
						best, bestDepth = &ys[k], d
					}
				}
			}
			if best != nil {
				if side == 0 {
					add(x, *best)
				} else {
					add(*best, x)
				}
			}
		}
	}
	return out
}

// placeOf returns the place a fact of kind place names.
func placeOf(f factRef) *placeValue { return f.fact.v.(*placeValue) }
