package fact

// The gazetteer is indexed beforehand: gazetteer_table.go holds
// indexGazetteer(lang.Gazetteer()) as rows, so that the first report
// naming a place only links them up instead of reading the data files,
// lexing 1,800 names and folding them (0.25 ms and 0.7 ms of a run).
// TestGazetteerTableIsCurrent fails when lang's gazetteer or the way it is
// indexed has changed; GAZETTEER=1 go test ./align/fact -run
// GazetteerTable writes the table afresh.

// A gazPlaceRow is a place of the table.
type gazPlaceRow struct {
	kind, name, key, dst string
	utc                  int
	utcKnown             bool
	// parent is the row of the place that holds it, or -1.
	parent int
	// other are the folded keys of place.other, or nil.
	other []string
}

// A gazNameRow is a name of the table: its folded words, its written
// form when it must match as written, and the row of its place.
type gazNameRow struct {
	words []string
	exact string
	place int
}

// A gazFirstRow gives the names that start with a word: the name rows
// from to to, longest first.
type gazFirstRow struct {
	word     string
	from, to int
}

// gazetteerFromTable makes the gazetteer indexGazetteer would make of
// lang's, from the table.
func gazetteerFromTable() *gazetteer {
	g := &gazetteer{byFirst: make(map[string][]gazName, len(gazFirstRows)), byKey: make(map[string]*place, len(gazPlaceRows))}
	ps := make([]place, len(gazPlaceRows))
	for i := range gazPlaceRows {
		r, p := &gazPlaceRows[i], &ps[i]
		*p = place{name: r.name, kind: r.kind, dst: r.dst, key: r.key, utc: r.utc, utcKnown: r.utcKnown}
		if r.other != nil {
			p.other = make(map[string]bool, len(r.other))
			for _, o := range r.other {
				p.other[o] = true
			}
		}
		if r.parent >= 0 {
			p.parent = &ps[r.parent]
		}
		g.byKey[p.key] = p
	}
	names := make([]gazName, len(gazNameRows))
	for i, r := range gazNameRows {
		names[i] = gazName{words: r.words, exact: r.exact, place: &ps[r.place]}
	}
	for _, f := range gazFirstRows {
		g.byFirst[f.word] = names[f.from:f.to:f.to]
	}
	return g
}
