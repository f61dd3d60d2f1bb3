package fact

import (
	"strings"

	"crosscheck/align/lang"
)

// Details: words of a closed class that cannot both be true of one thing
// (a rifle and a shotgun for one attack's weapon; a frigate and a patrol
// vessel for one named ship; suffocated and burnt to death; well
// equipped and ill-equipped; rescued and captured; an Australian and a
// New Zealander for one person). The classes and their words are data
// (lang's detail_classes.tsv, details.tsv, demonyms.tsv). Two values are
// compared only when they are surely about one thing: the same named
// person or ship (across the story, as an age is), the same counted
// group, or, for a value said of no one in particular, two passages of
// one claim that share a figure, a date or a name.

// KindDetail is the kind of a value of a closed class of details.
const KindDetail Kind = "detail"

// A detailValue is a value of a closed class of details.
type detailValue struct {
	// class and value name the class and the value ("weapon",
	// "shotgun"); value "*" is the class's general word ("gun").
	class, value string
	// parent is the country holding a nationality's ("united kingdom"
	// for England), or "".
	parent string
	// general is the general word as written, lower case ("warship"),
	// for value "*".
	general string
}

func (v *detailValue) norm() string {
	if v.value == "*" {
		return v.general
	}
	return v.value
}
func (v *detailValue) role() string { return "" }

// details records the passage's details. They take no words: "captured
// 26 pirates" is a count too, "INS Sukanya" a name.
func (x *extraction) details() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if ls[i].kind != lexWord {
			continue
		}
		if v, end := x.detailAt(i); v != nil {
			x.record(KindDetail, ls[i].start, ls[end-1].end, v)
			i = end - 1
			continue
		}
		if v, end := x.nationalityAt(i); v != nil {
			x.record(KindDetail, ls[i].start, ls[end-1].end, v)
			i = end - 1
		}
	}
	x.dropAlternatives()
}

// dropAlternatives drops two values of one class a passage gives as
// alternatives ("a shotgun or a rifle", "either a shotgun or a rifle"):
// it says neither.
func (x *extraction) dropAlternatives() {
	var keep []Fact
	drop := map[int]bool{}
	prev := -1
	for g := range x.facts {
		v, ok := x.facts[g].v.(*detailValue)
		if !ok {
			continue
		}
		if prev >= 0 && x.facts[prev].v.(*detailValue).class == v.class && alternatives(x.text[x.facts[prev].End:x.facts[g].Start]) {
			drop[prev], drop[g] = true, true
		}
		prev = g
	}
	if len(drop) == 0 {
		return
	}
	for g := range x.facts {
		if !drop[g] {
			keep = append(keep, x.facts[g])
		}
	}
	x.facts = keep
}

// alternatives reports whether the text between two values makes them
// alternatives: "or", "or a", "or an".
func alternatives(between string) bool {
	switch strings.Join(strings.Fields(strings.Trim(strings.ToLower(between), " ,")), " ") {
	case "or", "or a", "or an", "or the":
		return true
	}
	return false
}

// detailAt reads a phrase of a class at lexeme i ("choked on smoke",
// "ill-equipped"), passing over hyphens and quotation marks between its
// words; it returns the value and the index after it, or nil. A class's
// general word is read only of a named thing ("the warship INS
// Sukanya").
func (x *extraction) detailAt(i int) (*detailValue, int) {
	ls := x.toks
	for _, p := range lang.DetailPhrases(ls[i].low) {
		k := i
		ok := true
		for n, w := range p.Words {
			for n > 0 && k < len(ls) && ls[k].kind == lexPunct && (ls[k].low == "-" || ls[k].low == `"`) {
				k++
			}
			if k >= len(ls) || ls[k].low != w {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if c := lang.DetailClassOf(p.Class); c.Before != nil && !x.before(k, c.Before) {
			return nil, i // "strong" alone; "a strong and shallow quake"
		}
		// A general word of a named thing's class, and a value of a
		// counted group's, are read only of a named thing or a group.
		switch about := lang.DetailClassOf(p.Class).About; {
		case p.Value == "*" && about != "named":
			return nil, i
		case about == "named" && p.Value == "*":
			if _, key := x.thingNamed(i, k); key == "" {
				return nil, i
			}
		case about == "count" && x.countBeside(i, k) == "":
			return nil, i
		}
		v := &detailValue{class: p.Class, value: p.Value}
		if p.Value == "*" {
			v.general = strings.Join(p.Words, " ")
		}
		return v, k
	}
	return nil, i
}

// before reports whether one of words stands within three words after
// lexeme k, past quotation marks ("a strong and shallow quake", "a
// \"light\" quake").
func (x *extraction) before(k int, words map[string]bool) bool {
	ls := x.toks
	for n := 0; k < len(ls) && n < 3; k++ {
		if ls[k].kind != lexWord {
			if ls[k].low != `"` && ls[k].low != "”" {
				return false
			}
			continue
		}
		if words[ls[k].low] {
			return true
		}
		n++
	}
	return false
}

// detailSlot reads what a detail is about (see detail_classes.tsv): the
// named person or thing beside it, the group counted beside it, or none;
// a value its class says of a count that counts nothing beside it is
// about nothing that can be compared.
func detailSlot(x *extraction, f *Fact) (key, label string) {
	v := f.v.(*detailValue)
	c := lang.DetailClassOf(v.class)
	i, j := x.span(f)
	switch c.About {
	case "person":
		if name, k := x.personNear(i, j); k != "" {
			return "detail/" + v.class + "/" + k, c.Label + " of " + name
		}
		if n := x.deadCounted(f, i, j); n != "" && !x.twoValues(f) {
			return "detail/" + v.class + "/" + n + " dead", c.Label + " of the " + n + " dead"
		}
	case "named":
		if name, k := x.thingNamed(i, j); k != "" {
			return "detail/" + v.class + "/" + k, c.Label + " of " + name
		}
		return "", c.Label
	case "count":
		if n := x.countBeside(i, j); n != "" {
			return "detail/" + v.class + "#" + n, c.Label + " (" + n + ")"
		}
		return "", c.Label
	}
	if x.twoValues(f) {
		return "", c.Label // "one Australian and one English climber": two people
	}
	if c.About == "event" {
		// "the shooter … brought a rifle", "killing him with a
		// shotgun": the story's attack's, across the story.
		ei, ej := i, j
		for ej < len(x.toks) && x.toks[ej].quoted && x.toks[i].quoted && ej-i < 4 {
			ej++ // a one-word label in quotation marks: "a \"light\" quake"
		}
		if ej > j {
			ei = ej
		}
		if e := x.eventNear(ei, ej); e != nil {
			return "detail/" + v.class + "/" + e.Event, c.Label + " of the " + e.Label
		}
	}
	return "detail/" + v.class, c.Label
}

// twoValues reports whether the passage gives another value of f's class
// than f's: the passage is about two things of the class.
func (x *extraction) twoValues(f *Fact) bool {
	v := f.v.(*detailValue)
	for g := range x.facts {
		o, ok := x.facts[g].v.(*detailValue)
		if ok && o.class == v.class && o.value != v.value && o.value != "*" && v.value != "*" {
			return true
		}
	}
	return false
}

// detailsMeet reports whether two details of a claim may be one fact's:
// said of one named person, thing or group, or, said of no one in
// particular, in passages that share a figure, a date or a name. A date
// that a passage giving two values of the class gives too ("one
// Australian and one English climber died on Friday") tells no one
// apart: the claim tells of two people, of one day.
func (a *Analysis) detailsMeet(members []Ref, x, y *node) bool {
	if strings.ContainsAny(strings.TrimPrefix(x.fact.slotKey, "detail/"), "/#") {
		return true
	}
	class := x.fact.v.(*detailValue).class
	return a.shareContext(x.ref, y.ref, a.datesOfTwo(members, class))
}

// datesOfTwo returns the dates of the claim's passages that give two
// values of a class.
func (a *Analysis) datesOfTwo(members []Ref, class string) map[string]bool {
	out := map[string]bool{}
	for _, m := range members {
		fs := a.facts[m.Doc][m.Passage]
		seen, two := "", false
		for i := range fs {
			v, ok := fs[i].v.(*detailValue)
			if !ok || v.class != class || v.value == "*" {
				continue
			}
			two = two || seen != "" && seen != v.value
			seen = v.value
		}
		for i := range fs {
			if two && fs[i].Kind == KindDate {
				out[fs[i].Norm] = true
			}
		}
	}
	return out
}

// shareContext reports whether two passages share a figure, a time, a
// name, or a date other than those given: a sign that they tell of one
// person or thing.
func (a *Analysis) shareContext(x, y Ref, notDates map[string]bool) bool {
	seen := map[string]bool{}
	keys := func(r Ref, add bool) bool {
		for i := range a.facts[r.Doc][r.Passage] {
			f := &a.facts[r.Doc][r.Passage][i]
			var ks []string
			switch f.Kind {
			case KindDate:
				if !notDates[f.Norm] {
					ks = append(ks, "date\x00"+f.Norm)
				}
			case KindNumber, KindTime, KindMoney, KindDuration:
				ks = append(ks, string(f.Kind)+"\x00"+f.Norm)
			case KindName:
				for _, w := range nameWordsOf(f) {
					if len(w.fold) >= 4 {
						ks = append(ks, "name\x00"+w.fold)
					}
				}
			}
			for _, k := range ks {
				if add {
					seen[k] = true
				} else if seen[k] {
					return true
				}
			}
		}
		return false
	}
	keys(x, true)
	return keys(y, false)
}

// rateDetails judges two details of one thing: the same value agrees, a
// class's general word agrees with any ("warship", "frigate"), a nation
// and one it holds agree ("English", "British"); two values conflict.
func rateDetails(_ *Analysis, x, y factRef, _ bool) (Status, string, bool) {
	a, b := x.fact.v.(*detailValue), y.fact.v.(*detailValue)
	switch {
	case a.class != b.class:
		return 0, "", false
	case a.value == b.value:
		return Same, "the same " + lang.DetailClassOf(a.class).Label, true
	case a.value == "*" || b.value == "*":
		return Compatible, "a general word and a particular one", true
	case a.parent == b.value || b.parent == a.value:
		return Compatible, "one nation holds the other", true
	}
	return Conflict, "words of one class that cannot both be true of one " + subjectOf(a.class), true
}

// judgeDetails is rateDetails for the checks that need a verdict.
func judgeDetails(a *Analysis, x, y factRef) (Status, int, bool) {
	st, _, ok := rateDetails(a, x, y, true)
	return st, 2, ok
}

// subjectOf names what a class's values are about, for a rule:
// "person", "thing", "group", "event".
func subjectOf(class string) string {
	switch lang.DetailClassOf(class).About {
	case "named":
		return "thing"
	case "count":
		return "group"
	}
	return lang.DetailClassOf(class).About
}
