package fact

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
	// Why says, in a sentence, why the row was judged as it is: what it
	// is about, its readings normalised, and the rule that decided.
	Why string

	// key identifies the row's slot across the story's claims ("" when
	// the sentences do not say): the rows of one name, or of one
	// person's age, in several claims are one dispute.
	key string
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

// Rows makes a claim's fact rows from its differences: values joined by
// any comparison are one fact; values joined by agreement, or normalised
// alike, are one reading. Rows come in the order their first difference
// was found, disputed ones first.
func Rows(ds []Difference) []Row {
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
			rows = append(rows, Row{Kind: d.Kind, Slot: slotName(d.Kind, d.Role), Status: d.Status})
		}
		r := &rows[k]
		r.Status = max(r.Status, d.Status)
		if r.Slot == string(r.Kind) && d.Role != "" {
			r.Slot = slotName(d.Kind, d.Role)
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
