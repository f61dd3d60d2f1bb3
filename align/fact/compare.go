package fact

import (
	"slices"
	"strconv"
	"strings"
)

// A factRef is a fact and the passage that states it.
type factRef struct {
	ref  Ref
	fact *Fact
}

// maxCompared bounds the comparisons inside a claim that many outlets
// report: every outlet is compared with the first maxCompared, so that a
// reading any of them gives, or differs from, is found and counted,
// without comparing every pair of a hundred outlets.
const maxCompared = 16

// CompareClaim compares the typed facts of a claim's passages, members
// ordered by document, and returns the differences found: for every pair
// of outlets (one of them among the first maxCompared), every fact of one
// that the other states too, matched by kind and role, as agreeing,
// refining or conflicting, kind by kind in the table's order. Conversions
// stated in one sentence are listed as agreeing.
func (a *Analysis) CompareClaim(members []Ref) []Difference {
	var docs []int
	// byDoc[d][k] are the facts of kind k the claim's passages of
	// document d state.
	byDoc := map[int]*kindValues{}
	for _, m := range members {
		if a.headRefs[m.Doc] == m {
			// A headline's values are set against its own body
			// (InArticle), not yet against other outlets'.
			continue
		}
		if len(docs) == 0 || docs[len(docs)-1] != m.Doc {
			docs = append(docs, m.Doc)
		}
		fs := byDoc[m.Doc]
		if fs == nil {
			fs = &kindValues{}
			byDoc[m.Doc] = fs
		}
		for i := range a.facts[m.Doc][m.Passage] {
			f := &a.facts[m.Doc][m.Passage][i]
			k := kindIndex(f.Kind)
			fs[k] = append(fs[k], factRef{m, f})
		}
	}
	var out []Difference
	seen := map[string]bool{}
	emit := func(ds []Difference) {
		for _, d := range ds {
			k := d.Key()
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, d)
		}
	}
	for i, da := range docs {
		for j, db := range docs[i+1:] {
			if i >= maxCompared && i+1+j >= maxCompared {
				break
			}
			x, y := byDoc[da], byDoc[db]
			for k := range kinds {
				emit(kinds[k].pair(a, &kinds[k], x[k], y[k]))
			}
		}
	}
	for k := range kinds {
		if kinds[k].link == nil {
			continue
		}
		byOutlet := make([][]factRef, len(docs))
		for i, d := range docs {
			byOutlet[i] = byDoc[d][k]
		}
		emit(kinds[k].link(byOutlet, out))
	}
	for _, m := range members {
		emit(a.conversions(m))
	}
	return out
}

// Key identifies the difference by its kind and values, in either order:
// two differences with one key compare the same values.
func (d *Difference) Key() string {
	var vs []string
	for _, v := range d.Values {
		vs = append(vs, strconv.Itoa(v.Ref.Doc)+"."+strconv.Itoa(v.Ref.Passage)+"@"+strconv.Itoa(v.Offset)+":"+v.Text)
	}
	slices.Sort(vs)
	return string(d.Kind) + "|" + strings.Join(vs, "|")
}

func ofKind(fs []factRef, k Kind) []factRef {
	var out []factRef
	for _, f := range fs {
		if f.fact.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

func valueOf(f factRef) Value {
	return Value{Ref: f.ref, Text: f.fact.Text, Norm: f.fact.Norm, Offset: f.fact.Start}
}

// conversions lists the values a passage restates in another unit,
// currency or zone ("48 metres (157 feet)") as agreeing.
func (a *Analysis) conversions(r Ref) []Difference {
	fs := a.facts[r.Doc][r.Passage]
	var out []Difference
	for i := range fs {
		for j := i + 1; j < len(fs); j++ {
			if fs[i].group == 0 || fs[i].group != fs[j].group {
				continue
			}
			out = append(out, Difference{
				Kind: fs[i].Kind, Status: Same, Role: fs[i].Role, Conversion: true,
				Values: []Value{valueOf(factRef{r, &fs[i]}), valueOf(factRef{r, &fs[j]})},
			})
		}
	}
	return out
}

// TwoEvents reports whether d sets against each other two values of a
// kind that dates events (a date, a time) that another of the claim's
// members states together, each as written by its own outlet: "brought
// out on Tuesday … underground since May 2" makes "Tuesday" and "May 2"
// in other members the dates of two events, not two versions of one.
func (a *Analysis) TwoEvents(members []Ref, d Difference) bool {
	if len(d.Values) != 2 || !specOf(d.Kind).events {
		return false
	}
	k := specOf(d.Kind)
	fa, fb := a.factAt(d.Values[0]), a.factAt(d.Values[1])
	if fa == nil || fb == nil {
		return false
	}
	ra, rb := factRef{d.Values[0].Ref, fa}, factRef{d.Values[1].Ref, fb}
	agrees := func(x, y factRef) bool {
		st, _, ok := k.judge(a, x, y)
		return ok && st == Same
	}
	for _, m := range members {
		if m == d.Values[0].Ref || m == d.Values[1].Ref {
			continue
		}
		var hasA, hasB bool
		for i := range a.facts[m.Doc][m.Passage] {
			f := &a.facts[m.Doc][m.Passage][i]
			if f.Kind != fa.Kind {
				continue
			}
			hasA = hasA || agrees(ra, factRef{m, f})
			hasB = hasB || agrees(rb, factRef{m, f})
		}
		if hasA && hasB {
			return true
		}
	}
	return false
}
