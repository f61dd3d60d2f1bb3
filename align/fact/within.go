package fact

// Within returns a itself, narrowed for comparing one claim: each passage
// spans names is read as holding only its facts that lie wholly inside
// one of its spans (byte offsets [start, end) of the passage). A sentence
// that states several facts and joined a claim for one of them is judged
// in that claim on that fact: its other figures are not set against the
// claim's. The narrowed Analysis shares everything else with a, and a is
// not changed.
func (a *Analysis) Within(spans map[Ref][][2]int) *Analysis {
	if len(spans) == 0 {
		return a
	}
	b := *a
	b.narrow = make(map[Ref][]Fact, len(spans))
	for r, sps := range spans {
		var fs []Fact
		for _, f := range a.facts[r.Doc][r.Passage] {
			for _, sp := range sps {
				if f.Start >= sp[0] && f.End <= sp[1] {
					fs = append(fs, f)
					break
				}
			}
		}
		b.narrow[r] = fs
	}
	return &b
}

// factsOf returns the facts of the passage r points at, as a claim's
// comparison reads them: only those inside its spans when a is narrowed
// for the claim (see Within).
func (a *Analysis) factsOf(r Ref) []Fact {
	if fs, ok := a.narrow[r]; ok {
		return fs
	}
	return a.facts[r.Doc][r.Passage]
}
