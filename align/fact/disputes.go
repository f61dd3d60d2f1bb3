package fact

import (
	"cmp"
	"slices"
	"strings"
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
	// bySlot holds the first disputed row of each slot the sentences
	// name, and of each set of readings, across the story: a name's
	// spellings are one dispute wherever they are written, and one
	// disagreement in two claims is listed once.
	bySlot := map[string]int{}
	for ci := range claims {
		for ri := range claims[ci] {
			r := &claims[ci][ri]
			if !r.Status.Disputed() {
				continue
			}
			n := len(items)
			items = append(items, item{ci, ri})
			u.find(n)
			for _, k := range disputeKeys(r) {
				if o, ok := bySlot[k]; ok {
					u.union(o, n)
				} else {
					bySlot[k] = n
				}
			}
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
		other := *r
		if better {
			d.Also = append(d.Also, d.Claim)
			other = d.Row
			d.Row, d.Claim = *r, it.claim
		} else {
			d.Also = append(d.Also, it.claim)
		}
		if strings.HasPrefix(d.key, "name") || storyWide(d.key) || storyCount(d.key) {
			// A name's dispute gives every place each spelling is written;
			// a count's, every place each figure is, in the story's row
			// or in a claim's.
			d.Row = mergeReadings(d.Row, other)
		}
	}
	for i := range out {
		slices.Sort(out[i].Also)
		out[i].Also = slices.Compact(out[i].Also)
		out[i].Also = slices.DeleteFunc(out[i].Also, func(c int) bool { return c == out[i].Claim })
	}
	listed := map[at]bool{}
	for _, d := range out {
		for _, rd := range d.Readings {
			for _, v := range rd.Values {
				listed[at{v.Ref, v.Offset}] = true
			}
		}
	}
	for _, d := range inArticle {
		if listed[at{d.Values[0].Ref, d.Values[0].Offset}] && listed[at{d.Values[1].Ref, d.Values[1].Offset}] {
			continue // a claim's dispute holds the headline and its body already
		}
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

// disputeKeys returns what makes two disputed rows one dispute: one
// name's spellings; or one slot and the same readings.
func disputeKeys(r *Row) []string {
	if strings.HasPrefix(r.key, "name") || storyWide(r.key) {
		return []string{string(r.Kind) + "\x00" + r.key}
	}
	var norms []string
	for _, rd := range r.Readings {
		norms = append(norms, rd.Norm)
	}
	slices.Sort(norms)
	return []string{string(r.Kind) + "\x00" + r.Slot + "\x00" + strings.Join(norms, "\x00")}
}

// mergeReadings adds to row r the values of row o's readings, reading by
// reading (by their text, letter case aside).
func mergeReadings(r, o Row) Row {
	rs := slices.Clone(r.Readings)
	for i := range rs {
		rs[i].Values = slices.Clone(rs[i].Values)
		rs[i].Docs = slices.Clone(rs[i].Docs)
	}
	// held reports whether a reading of rs already holds the words of v,
	// as another row may normalise them: one place is one reading.
	held := func(v Value) bool {
		for _, rd := range rs {
			if slices.ContainsFunc(rd.Values, func(w Value) bool { return w.Ref == v.Ref && w.Offset == v.Offset && w.Text == v.Text }) {
				return true
			}
		}
		return false
	}
	for _, ord := range o.Readings {
		if !slices.ContainsFunc(ord.Values, func(v Value) bool { return !held(v) }) {
			continue // every value of the reading is already shown
		}
		i := slices.IndexFunc(rs, func(x Reading) bool { return strings.EqualFold(x.Text, ord.Text) })
		if i < 0 {
			rs = append(rs, Reading{Text: ord.Text, Norm: ord.Norm})
			i = len(rs) - 1
		}
		for _, v := range ord.Values {
			if held(v) {
				continue
			}
			rs[i].Values = append(rs[i].Values, v)
			if !slices.Contains(rs[i].Docs, v.Ref.Doc) {
				rs[i].Docs = append(rs[i].Docs, v.Ref.Doc)
			}
		}
	}
	r.Readings = rs
	why := r.Why
	finishRow(&r)
	r.Why = why
	return r
}
