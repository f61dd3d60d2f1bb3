package fact

// InArticle finds the facts an article states two incompatible ways: a
// headline figure against a different figure for the same thing in the
// body ("$2.5 million" over "$2.6 million"), for the kinds whose headline
// values are compared (kindSpec.headline), in the table's order. A
// headline value the body also states is not flagged, whatever else the
// body says. The first value of each difference is the headline's: its
// headline passage, or Passage HeadlinePassage for a document made
// without one; Summary is left empty.
func (a *Analysis) InArticle() []Difference {
	var out []Difference
	for d := range a.facts {
		var head, body []factRef
		hr := a.headRefs[d]
		for i := range a.headlines[d] {
			head = append(head, factRef{hr, &a.headlines[d][i]})
		}
		if len(head) == 0 {
			continue
		}
		for p := range a.facts[d] {
			if hr.Passage == p {
				continue
			}
			for i := range a.facts[d][p] {
				body = append(body, factRef{Ref{d, p}, &a.facts[d][p][i]})
			}
		}
		for i := range kinds {
			k := &kinds[i]
			if k.headline == 0 {
				continue
			}
			for _, diff := range pairValues(a, k, ofKind(head, k.kind), ofKind(body, k.kind)) {
				if diff.Status == Conflict && a.surely(k, diff) {
					out = append(out, diff)
				}
			}
		}
	}
	return out
}

// surely reports whether the two values of a difference are surely enough
// one fact for the kind's headline to be set against the body: the same
// event or the same counted noun for two counts.
func (a *Analysis) surely(k *kindSpec, d Difference) bool {
	x, y := a.factAt(d.Values[0]), a.factAt(d.Values[1])
	if x == nil || y == nil {
		return false
	}
	if k.slotOf != nil && (x.slotKey == "" || y.slotKey == "" || !sameSlot(x.slotKey, y.slotKey)) {
		// A kind whose sentences say what its values are about sets a
		// headline against its body only for one slot: "Three Pirate
		// Vessels" are not the "five merchant vessels".
		return false
	}
	_, strength, _ := k.judge(a, factRef{d.Values[0].Ref, x}, factRef{d.Values[1].Ref, y})
	return strength >= k.headline
}
