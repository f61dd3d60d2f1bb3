package fact

import (
	"cmp"
	"slices"
)

// A Dispute is a fact the outlets give differently: a row whose status is
// Differ or Conflict, listed once for the whole story.
type Dispute struct {
	Row
	// Claim indexes the claim where the dispute is listed, the one whose
	// readings are surest; -1 for a headline against its own article's
	// body.
	Claim int
	// Also are the other claims whose rows repeat the dispute.
	Also []int
	// Doc is the document of a headline-against-body dispute; -1 otherwise.
	Doc int
}

// InArticle reports whether d sets an article's headline against its own
// body.
func (d *Dispute) InArticle() bool { return d.Claim < 0 }

// FindDisputes lists a story's disputed rows once each, from the rows of
// each claim (claims[i]), the claims' alignment scores, and the
// differences an article's headline has with its own body: rows of one
// kind in several claims that share a value are one dispute, listed in
// the claim where it is given by most outlets (the surest claim on a
// tie), with the others in Also; then each headline set against its own
// body. Disputes are ordered by how many outlets they involve, most
// first.
func FindDisputes(claims [][]Row, scores []float64, inArticle []Difference) []Dispute {
	type at struct {
		ref    Ref
		offset int
	}
	type item struct{ claim, row int }
	var items []item
	u := newUnionFind()
	owner := map[at]int{}
	for ci := range claims {
		for ri := range claims[ci] {
			r := &claims[ci][ri]
			if !r.Status.Disputed() {
				continue
			}
			n := len(items)
			items = append(items, item{ci, ri})
			u.find(n)
			for _, rd := range r.Readings {
				for _, v := range rd.Values {
					k := at{v.Ref, v.Offset}
					if o, ok := owner[k]; ok && claims[items[o].claim][items[o].row].Kind == r.Kind {
						u.union(o, n)
					} else if !ok {
						owner[k] = n
					}
				}
			}
		}
	}
	var out []Dispute
	groupOf := map[int]int{}
	for n, it := range items {
		root := u.find(n)
		r := &claims[it.claim][it.row]
		g, ok := groupOf[root]
		if !ok {
			groupOf[root] = len(out)
			out = append(out, Dispute{Row: *r, Claim: it.claim, Doc: -1})
			continue
		}
		d := &out[g]
		better := r.Outlets() > d.Outlets() ||
			r.Outlets() == d.Outlets() && scores[it.claim] > scores[d.Claim]
		if better {
			d.Also = append(d.Also, d.Claim)
			d.Row, d.Claim = *r, it.claim
		} else {
			d.Also = append(d.Also, it.claim)
		}
	}
	for i := range out {
		slices.Sort(out[i].Also)
		out[i].Also = slices.Compact(out[i].Also)
		out[i].Also = slices.DeleteFunc(out[i].Also, func(c int) bool { return c == out[i].Claim })
	}
	for _, d := range inArticle {
		for _, r := range Rows([]Difference{d}) {
			if r.Status.Disputed() {
				out = append(out, Dispute{Row: r, Claim: -1, Doc: d.Values[0].Ref.Doc})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Dispute) int { return cmp.Compare(b.Outlets(), a.Outlets()) })
	return out
}

type unionFind struct{ parent map[int]int }

func newUnionFind() *unionFind { return &unionFind{parent: map[int]int{}} }

func (u *unionFind) find(x int) int {
	p, ok := u.parent[x]
	if !ok || p == x {
		return x
	}
	r := u.find(p)
	u.parent[x] = r
	return r
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u.parent[rb] = ra
	}
}
