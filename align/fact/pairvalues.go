package fact

// Pairing two outlets' values one to one, for the kinds whose values are
// figures, dates or times: each value with the other outlet's one
// plausible match, judged by the kind.

// items groups facts that restate one value (a conversion in one
// sentence) into one item.
func items(fs []factRef) [][]factRef {
	var out [][]factRef
	groups := map[[3]int]int{}
	for _, f := range fs {
		if f.fact.group > 0 {
			k := [3]int{f.ref.Doc, f.ref.Passage, f.fact.group}
			if i, ok := groups[k]; ok {
				out[i] = append(out[i], f)
				continue
			}
			groups[k] = len(out)
		}
		out = append(out, []factRef{f})
	}
	return out
}

// A candidate is a possible pairing of two values of different outlets.
type candidate struct {
	a, b     int
	fa, fb   factRef
	status   Status
	strength int
	// comparable is false for a pair that may be one fact but whose
	// values cannot be judged.
	comparable bool
}

// A conflictGate is a value that holds back some conflicts with values of
// its kind that are only possibly the same fact.
type conflictGate interface {
	// holdsConflict reports whether the conflict candidate c, between
	// items of xs (c.a) and of ys (c.b), is held back.
	holdsConflict(c candidate, xs, ys [][]factRef) bool
}

// pairValues pairs the values of one kind (dates, times, quantities,
// money amounts) of two outlets and judges each pair with the kind's
// judge. Values that agree pair first; the rest pair only when each is the
// other's one plausible match, most surely matched first, so that a
// figure is never set against a different figure about something else.
func pairValues(a *Analysis, k *kindSpec, fa, fb []factRef) []Difference {
	ia, ib := items(fa), items(fb)
	if len(ia) == 0 || len(ib) == 0 {
		return nil
	}
	var cands []candidate
	for i, x := range ia {
		for j, y := range ib {
			if c, ok := judgeItems(a, k, x, y); ok {
				c.a, c.b = i, j
				cands = append(cands, c)
			}
		}
	}
	var out []Difference
	matchedA := make([]bool, len(ia))
	matchedB := make([]bool, len(ib))
	for _, c := range cands {
		if c.comparable && c.status == Same {
			out = append(out, newDifference(k.kind, c))
			matchedA[c.a], matchedB[c.b] = true, true
		}
	}
	for strength := 2; strength >= 1; strength-- {
		for _, c := range cands {
			if !c.comparable || c.status == Same || c.strength != strength || matchedA[c.a] || matchedB[c.b] {
				continue
			}
			if !uniqueCandidate(cands, c, matchedA, matchedB) {
				continue
			}
			if g, ok := c.fa.fact.v.(conflictGate); ok && c.status == Conflict && g.holdsConflict(c, ia, ib) {
				continue
			}
			out = append(out, newDifference(k.kind, c))
			matchedA[c.a], matchedB[c.b] = true, true
		}
	}
	return out
}

// uniqueCandidate reports whether c pairs two values that have no other
// unmatched candidate as strong as c.
func uniqueCandidate(cands []candidate, c candidate, matchedA, matchedB []bool) bool {
	for _, o := range cands {
		if o == c || o.comparable && o.status == Same || o.strength < c.strength {
			continue
		}
		if o.a == c.a && !matchedB[o.b] || o.b == c.b && !matchedA[o.a] {
			return false
		}
	}
	return true
}

// judgeItems compares two items, choosing the restatements that share a
// unit, currency or zone when there are several.
func judgeItems(a *Analysis, k *kindSpec, x, y []factRef) (candidate, bool) {
	var best candidate
	found := false
	better := func(c candidate) bool {
		switch {
		case !found:
			return true
		case c.comparable != best.comparable:
			return c.comparable
		case (c.status == Same) != (best.status == Same):
			return c.status == Same
		case sameFigure(c.fa.fact, c.fb.fact) != sameFigure(best.fa.fact, best.fb.fact):
			return sameFigure(c.fa.fact, c.fb.fact)
		}
		return sameScale(c.fa.fact, c.fb.fact) && !sameScale(best.fa.fact, best.fb.fact)
	}
	for _, fx := range x {
		for _, fy := range y {
			st, strength, ok := k.judge(a, fx, fy)
			if strength == 0 {
				continue
			}
			c := candidate{fa: fx, fb: fy, status: st, strength: strength, comparable: ok}
			if better(c) {
				best, found = c, true
			}
		}
	}
	return best, found
}

// sameFigure reports whether two measures are written with the same
// number ("C$9.6 million", "$9.6 million").
func sameFigure(a, b *Fact) bool {
	m, ok := a.v.(measure)
	return ok && m.sameFigure(b.v)
}

// sameScale reports whether two facts share a unit, currency or zone;
// values that have none share it.
func sameScale(a, b *Fact) bool {
	m, ok := a.v.(measure)
	return !ok || m.sameScale(b.v)
}

// newDifference makes the difference of a judged pair.
func newDifference(kind Kind, c candidate) Difference {
	return Difference{
		Kind: kind, Status: c.status, Role: c.fa.fact.Role,
		Values: []Value{valueOf(c.fa), valueOf(c.fb)},
	}
}
