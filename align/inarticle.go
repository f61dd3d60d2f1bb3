package align

// inArticleDifferences finds the facts an article states two incompatible
// ways: a headline figure against a different figure for the same thing
// in the body ("$2.5 million" over "$2.6 million"). A headline value the
// body also states is not flagged, whatever else the body says.
func inArticleDifferences(s *Story) []Difference {
	var out []Difference
	for d := range s.Documents {
		var head, body []factRef
		for i := range s.facts.headlines[d] {
			head = append(head, factRef{Ref{d, HeadlinePassage}, &s.facts.headlines[d][i]})
		}
		if len(head) == 0 {
			continue
		}
		for p := range s.facts.facts[d] {
			for i := range s.facts.facts[d][p] {
				body = append(body, factRef{Ref{d, p}, &s.facts.facts[d][p][i]})
			}
		}
		for _, kind := range []Kind{KindNumber, KindMoney, KindDate} {
			for _, diff := range pairValues(s, kind, ofKind(head, kind), ofKind(body, kind)) {
				if diff.Status != Conflict {
					continue
				}
				if kind == KindNumber && !surelySame(s, diff) {
					continue
				}
				diff.Summary = summarise(s, &diff, nil) + " (headline against body)"
				out = append(out, diff)
			}
		}
	}
	return out
}

// surelySame reports whether the two quantities of a difference surely
// count the same thing: the same event or the same counted noun.
func surelySame(s *Story, d Difference) bool {
	a, b := s.factAt(d.Values[0]), s.factAt(d.Values[1])
	return a != nil && b != nil && a.qty != nil && b.qty != nil && quantityPair(a.qty, b.qty) == 2
}

// factAt returns the fact a value was taken from, or nil.
func (s *Story) factAt(v Value) *Fact {
	var fs []Fact
	if v.Ref.Passage == HeadlinePassage {
		fs = s.facts.headlines[v.Ref.Doc]
	} else {
		fs = s.facts.facts[v.Ref.Doc][v.Ref.Passage]
	}
	for i := range fs {
		if fs[i].Start == v.Offset && fs[i].Text == v.Text {
			return &fs[i]
		}
	}
	return nil
}
