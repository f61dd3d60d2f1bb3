package fact

import (
	"slices"
	"strings"
)

// Lists: a run of three or more names ("Cobb, Middletown and Kelseyville";
// "Athens, Thessaloniki, Patras and Heraklion"), as outlets list the
// places worst hit or the people charged. Two outlets' lists of one thing
// (sharing most of the shorter's items) that differ are shown as what each
// adds or lacks. The list takes no words: its items are names and places
// too.

// KindList is the kind of a list of names.
const KindList Kind = "list"

// A listValue is a list's items, as written and folded.
type listValue struct {
	items, folds []string
}

func (l *listValue) norm() string {
	s := slices.Clone(l.folds)
	slices.Sort(s)
	return strings.Join(s, ", ")
}
func (l *listValue) role() string { return "" }

// minListItems is the fewest items a run of names needs to be a list.
const minListItems = 3

// lists records the passage's lists of capitalised names: items of one to
// three capitalised words, separated by commas, the last after "and" or
// "or".
func (x *extraction) lists() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if ls[i].kind != lexWord || !ls[i].upper || sentenceStart(ls, i) && (i+1 >= len(ls) || ls[i+1].low != ",") {
			continue
		}
		var items, folds []string
		k, end := i, -1
		for {
			j := k
			for j < len(ls) && j-k < 3 && ls[j].kind == lexWord && ls[j].upper {
				j++
			}
			if j == k {
				break
			}
			items = append(items, x.text[ls[k].start:ls[j-1].end])
			folds = append(folds, foldKey(x.text[ls[k].start:ls[j-1].end]))
			end = j
			if j+1 < len(ls) && ls[j].low == "," && ls[j+1].kind == lexWord && ls[j+1].upper {
				k = j + 1
				continue
			}
			if j+1 < len(ls) && ls[j].is("and", "or") || j+2 < len(ls) && ls[j].low == "," && ls[j+1].is("and", "or") {
				k = j + 1
				if ls[j].low == "," {
					k = j + 2
				}
				if k < len(ls) && ls[k].kind == lexWord && ls[k].upper && len(items) >= minListItems-1 {
					continue
				}
			}
			break
		}
		if len(items) < minListItems || end < 0 {
			continue
		}
		x.record(KindList, ls[i].start, ls[end-1].end, &listValue{items: items, folds: folds})
		i = end - 1
	}
}

// listSlot names what a list is about.
func listSlot(*extraction, *Fact) (key, label string) { return "", "list" }

// judgeLists judges two lists: the same items agree; lists that share
// most of the shorter's items are one list given differently, each adding
// or lacking some; others are two lists.
func judgeLists(_ *Analysis, x, y factRef) (Status, int, bool) {
	a, b := x.fact.v.(*listValue), y.fact.v.(*listValue)
	shared := 0
	for _, f := range a.folds {
		if slices.Contains(b.folds, f) {
			shared++
		}
	}
	if shared == len(a.folds) && shared == len(b.folds) {
		return Same, 2, true
	}
	if 2*shared < min(len(a.folds), len(b.folds)) || shared < 2 {
		return 0, 0, false
	}
	return Differ, 2, true
}

// rateLists judges two lists for a row, saying what each adds or lacks.
func rateLists(a *Analysis, x, y factRef, _ bool) (Status, string, bool) {
	st, _, ok := judgeLists(a, x, y)
	if !ok {
		return 0, "", false
	}
	if st == Same {
		return Same, "the same items", true
	}
	la, lb := x.fact.v.(*listValue), y.fact.v.(*listValue)
	var adds, lacks []string
	for i, f := range la.folds {
		if !slices.Contains(lb.folds, f) {
			adds = append(adds, la.items[i])
		}
	}
	for i, f := range lb.folds {
		if !slices.Contains(la.folds, f) {
			lacks = append(lacks, lb.items[i])
		}
	}
	var parts []string
	if len(adds) > 0 {
		parts = append(parts, "one adds "+strings.Join(adds, ", "))
	}
	if len(lacks) > 0 {
		parts = append(parts, "lacks "+strings.Join(lacks, ", "))
	}
	return Differ, "one list given differently: " + strings.Join(parts, " and "), true
}
