package fact

import (
	"slices"
	"strings"
)

// A claim's names. A name's spellings are found across the story
// (FindVariants), whether or not two of them share a claim; a claim whose
// passages write one name two ways shows it as a row: the same name when
// only diacritics differ, a conflict when the letters do.

// nameRows returns the rows of the names a claim's passages write more
// than one way, and their differences.
func (a *Analysis) nameRows(members []Ref) ([]Row, []Difference) {
	type word struct {
		v    Value
		head bool
	}
	byName := map[string][]word{}
	var order []string
	for _, m := range members {
		fs := a.factsOf(m)
		for i := range fs {
			for _, w := range nameWordsOf(&fs[i]) {
				k := "=" + w.fold
				if f, ok := a.family[w.fold]; ok {
					k = "#" + a.variants[f].Forms[0].Text
				} else if len([]rune(w.fold)) < 4 && !strings.Contains(w.fold, "&") {
					continue
				}
				if _, ok := byName[k]; !ok {
					order = append(order, k)
				}
				byName[k] = append(byName[k], word{Value{Ref: m, Text: w.text, Norm: w.fold, Offset: w.start}, a.headRefs[m.Doc] == m})
			}
		}
	}
	var rows []Row
	var diffs []Difference
	for _, k := range order {
		ws := byName[k]
		// Readings: the spellings, letter case aside.
		var readings []Reading
		for _, w := range ws {
			i := slices.IndexFunc(readings, func(r Reading) bool { return strings.EqualFold(r.Text, w.v.Text) })
			if i < 0 {
				i = len(readings)
				readings = append(readings, Reading{Text: w.v.Text, Norm: w.v.Norm})
			}
			r := &readings[i]
			r.Values = append(r.Values, w.v)
			if !slices.Contains(r.Docs, w.v.Ref.Doc) {
				r.Docs = append(r.Docs, w.v.Ref.Doc)
			}
		}
		if len(readings) < 2 {
			continue
		}
		st, rule := Conflict, "spellings of one name"
		if allFoldsEqual(readings) {
			st, rule = Same, "one name, with and without diacritics"
		}
		kind := KindName
		if theGazetteer().byKey[readings[0].Norm] != nil {
			kind = KindPlace
		}
		row := Row{Kind: kind, Status: st, Readings: readings, key: "name" + k}
		finishRow(&row)
		row.Slot = "the name " + row.Readings[0].Text
		row.Why = why(&row, rule)
		rows = append(rows, row)
		for i, p := range row.Readings {
			for _, q := range row.Readings[i+1:] {
				x, y := p.Values[0], q.Values[0]
				pst := Conflict
				if x.Norm == y.Norm {
					pst = Same
				}
				diffs = append(diffs, Difference{Kind: kind, Status: pst, Role: x.Norm, Values: []Value{x, y}})
			}
		}
	}
	return rows, diffs
}

// allFoldsEqual reports whether the readings are one name folded: they
// differ only in diacritics.
func allFoldsEqual(rs []Reading) bool {
	for _, r := range rs[1:] {
		if r.Norm != rs[0].Norm {
			return false
		}
	}
	return true
}
