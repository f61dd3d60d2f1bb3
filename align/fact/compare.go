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
// ordered by document, and returns the differences between the readings
// of its fact sheet (see Sheet): for each fact two outlets give, the
// same reading across outlets, conversions stated in one sentence, and
// each two readings that differ, with their status.
func (a *Analysis) CompareClaim(members []Ref) []Difference {
	_, ds := a.Sheet(members)
	return ds
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
	fs := a.factsOf(r)
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
