package align

import (
	"cmp"
	"slices"
)

// The fact sheet. Each claim states facts; for each, a Row says what the
// fact is about (its slot), the distinct readings the outlets give, which
// outlets give each, and one status for the whole row. Every view and
// report renders from these rows, and the story's disputes are the rows
// whose status is Differ or Conflict, each listed once.

// A Row is one fact a claim states, as its outlets give it.
type Row struct {
	Kind Kind
	// Slot says what the value is about: "people killed", "distance from
	// Cobb", "the quotation of Witkoff"; the kind's name when the
	// sentences do not tell.
	Slot string
	// Status is the verdict on the row's readings taken together: the
	// strongest verdict between any two of them.
	Status Status
	// Readings are the distinct readings, the one most outlets give first.
	Readings []Reading
	// Why says, in a sentence, why the row was judged as it is.
	Why string
}

// A Reading is one version of a fact and where it is written.
type Reading struct {
	// Text is the reading as its first value writes it; Norm is its
	// normalised form ("10-09" for "Oct. 9").
	Text, Norm string
	// Values are every place the reading is written, by passage order.
	Values []Value
	// Docs are the documents giving the reading, in order.
	Docs []int
	// Diff is, for a quotation, the word diff of the first reading against
	// this one; nil for the first reading and for other kinds.
	Diff []Span
}

// Outlets returns how many documents state the row's fact.
func (r *Row) Outlets() int {
	var docs []int
	for _, rd := range r.Readings {
		for _, d := range rd.Docs {
			if !slices.Contains(docs, d) {
				docs = append(docs, d)
			}
		}
	}
	return len(docs)
}

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

// Disputes returns how many of the claim's rows are disputed.
func (c *Claim) Disputes() int {
	n := 0
	for i := range c.Facts {
		if c.Facts[i].Status.Disputed() {
			n++
		}
	}
	return n
}

// rowsOf makes a claim's fact rows from its differences: values joined by
// any comparison are one fact; values joined by agreement, or normalised
// alike, are one reading. Rows come in the order their first difference
// was found, disputed ones first.
func rowsOf(ds []Difference) []Row {
	type at struct {
		ref    Ref
		offset int
		text   string
	}
	var values []Value
	index := map[at]int{}
	node := func(v Value) int {
		k := at{v.Ref, v.Offset, v.Text}
		if i, ok := index[k]; ok {
			return i
		}
		index[k] = len(values)
		values = append(values, v)
		return len(values) - 1
	}
	fact, same := newUnionFind(), newUnionFind()
	for _, d := range ds {
		if len(d.Values) < 2 {
			continue
		}
		a := node(d.Values[0])
		for _, v := range d.Values[1:] {
			b := node(v)
			fact.union(a, b)
			if d.Status == Same {
				same.union(a, b)
			}
		}
	}
	// Values of one fact with the same normal form are one reading.
	type normKey struct {
		root int
		norm string
	}
	firstOfNorm := map[normKey]int{}
	for i, v := range values {
		if v.Norm == "" {
			continue
		}
		k := normKey{fact.find(i), v.Norm}
		if j, ok := firstOfNorm[k]; ok {
			same.union(j, i)
		} else {
			firstOfNorm[k] = i
		}
	}
	var rows []Row
	rowOf := map[int]int{} // fact root → row index
	for _, d := range ds {
		if len(d.Values) < 2 {
			continue
		}
		root := fact.find(node(d.Values[0]))
		k, ok := rowOf[root]
		if !ok {
			k = len(rows)
			rowOf[root] = k
			rows = append(rows, Row{Kind: d.Kind, Slot: slotOf(d), Status: d.Status})
		}
		r := &rows[k]
		r.Status = max(r.Status, d.Status)
		if r.Slot == string(r.Kind) && d.Role != "" {
			r.Slot = slotOf(d)
		}
	}
	for k := range rows {
		readingOf := map[int]int{}
		for i, v := range values {
			if rowOf[fact.find(i)] != k {
				continue
			}
			rd, ok := readingOf[same.find(i)]
			if !ok {
				rd = len(rows[k].Readings)
				readingOf[same.find(i)] = rd
				rows[k].Readings = append(rows[k].Readings, Reading{Text: v.Text, Norm: v.Norm})
			}
			r := &rows[k].Readings[rd]
			r.Values = append(r.Values, v)
			if !slices.Contains(r.Docs, v.Ref.Doc) {
				r.Docs = append(r.Docs, v.Ref.Doc)
			}
		}
		finishRow(&rows[k])
	}
	slices.SortStableFunc(rows, func(a, b Row) int { return cmp.Compare(b.Status, a.Status) })
	return rows
}

// finishRow orders a row's readings, most outlets first, diffs its quoted
// readings against the first, and says why it was judged as it is.
func finishRow(r *Row) {
	for i := range r.Readings {
		rd := &r.Readings[i]
		slices.Sort(rd.Docs)
		slices.SortStableFunc(rd.Values, func(a, b Value) int {
			return cmp.Or(cmp.Compare(a.Ref.Doc, b.Ref.Doc), cmp.Compare(a.Ref.Passage, b.Ref.Passage), cmp.Compare(a.Offset, b.Offset))
		})
	}
	slices.SortStableFunc(r.Readings, func(a, b Reading) int { return cmp.Compare(len(b.Docs), len(a.Docs)) })
	if r.Kind == KindQuote && len(r.Readings) > 1 && r.Status != Same {
		for i := 1; i < len(r.Readings); i++ {
			r.Readings[i].Diff = DiffWords(r.Readings[0].Text, r.Readings[i].Text)
		}
	}
	r.Why = whyOf(r)
}

// slotOf names what a difference's values are about.
func slotOf(d Difference) string {
	if d.Role == "" {
		return string(d.Kind)
	}
	switch d.Kind {
	case KindQuote:
		return "the quotation of " + d.Role
	case KindName:
		return "the name " + d.Role
	}
	return d.Role
}

// whyOf says in a sentence why a row has its status.
func whyOf(r *Row) string {
	switch r.Status {
	case Same:
		return "the readings are equal once normalised"
	case Compatible:
		return "one reading refines, contains or converts the other"
	case Differ:
		return "the figures differ, though hedges let both be true"
	}
	return "the readings cannot both be true"
}

// findDisputes lists the story's disputed rows once each: rows of one kind
// in several claims that share a value are one dispute, listed in the
// claim where it is given by most outlets (the surest claim on a tie),
// with the others in Also; then each headline set against its own body.
// Disputes are ordered by how many outlets they involve, most first.
func findDisputes(s *Story) []Dispute {
	type at struct {
		ref    Ref
		offset int
	}
	type item struct{ claim, row int }
	var items []item
	u := newUnionFind()
	owner := map[at]int{}
	for ci := range s.Claims {
		for ri := range s.Claims[ci].Facts {
			r := &s.Claims[ci].Facts[ri]
			if !r.Status.Disputed() {
				continue
			}
			n := len(items)
			items = append(items, item{ci, ri})
			u.find(n)
			for _, rd := range r.Readings {
				for _, v := range rd.Values {
					k := at{v.Ref, v.Offset}
					if o, ok := owner[k]; ok && s.Claims[items[o].claim].Facts[items[o].row].Kind == r.Kind {
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
		r := &s.Claims[it.claim].Facts[it.row]
		g, ok := groupOf[root]
		if !ok {
			groupOf[root] = len(out)
			out = append(out, Dispute{Row: *r, Claim: it.claim, Doc: -1})
			continue
		}
		d := &out[g]
		better := r.Outlets() > d.Outlets() ||
			r.Outlets() == d.Outlets() && s.Claims[it.claim].Score > s.Claims[d.Claim].Score
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
	for _, d := range s.InArticle {
		for _, r := range rowsOf([]Difference{d}) {
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

// FillSheet makes the fact sheet of a story whose claims' differences
// were set by hand rather than by Build (in tests and tools): each
// claim's Facts from its Differences, and the story's Disputes from
// those rows and InArticle. Build does this itself.
func (s *Story) FillSheet() {
	for i := range s.Claims {
		s.Claims[i].Facts = rowsOf(s.Claims[i].Differences)
	}
	s.Disputes = findDisputes(s)
}

// DisputeOf returns the index in Disputes of the dispute that row of
// claim belongs to, or -1 when the row is not disputed: the dispute
// listed in that claim, or repeated there, of the row's kind and sharing
// a value with it (the first such dispute of the kind when none shares
// one).
func (s *Story) DisputeOf(claim, row int) int {
	r := &s.Claims[claim].Facts[row]
	if !r.Status.Disputed() {
		return -1
	}
	type at struct {
		ref    Ref
		offset int
	}
	mine := map[at]bool{}
	for _, rd := range r.Readings {
		for _, v := range rd.Values {
			mine[at{v.Ref, v.Offset}] = true
		}
	}
	first := -1
	for k := range s.Disputes {
		d := &s.Disputes[k]
		if d.Kind != r.Kind || (d.Claim != claim && !slices.Contains(d.Also, claim)) {
			continue
		}
		if first < 0 {
			first = k
		}
		for _, rd := range d.Readings {
			for _, v := range rd.Values {
				if mine[at{v.Ref, v.Offset}] {
					return k
				}
			}
		}
	}
	return first
}
