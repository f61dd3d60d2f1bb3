package align

import "crosscheck/align/fact"

// nameVariants finds names spelled more than one way across the story
// ("Whitkoff" and "Witkoff", "Etxeberria" and "Echeverría") and maps each
// spelling's term to one of them, so that they match. Two terms are one
// name when both are only ever written capitalised, they never occur in
// the same document (one writer rarely spells a name two ways, so two
// close spellings in one article are two names), they start alike, and
// their sound skeletons (see fact.NameSkeleton) are at most one edit apart, two
// for long names.
func nameVariants(refs []Ref, toks [][]token) map[string]string {
	type name struct {
		skeleton string
		docs     map[int]bool
		count    int
		lower    bool
	}
	names := map[string]*name{}
	var order []string
	for i, ts := range toks {
		for _, t := range ts {
			if t.number {
				continue
			}
			nm := names[t.term]
			if nm == nil {
				if !t.capital {
					continue
				}
				nm = &name{skeleton: fact.NameSkeleton(t.surface), docs: map[int]bool{}}
				names[t.term] = nm
				order = append(order, t.term)
			}
			if !t.capital && !startsUpper(t.surface) {
				nm.lower = true
			}
			nm.docs[refs[i].Doc] = true
			nm.count++
		}
	}
	merge := map[string]string{}
	for i, a := range order {
		na := names[a]
		if na.lower || len(na.skeleton) < 5 {
			continue
		}
		for _, b := range order[i+1:] {
			nb := names[b]
			if nb.lower || len(nb.skeleton) < 5 || na.skeleton[0] != nb.skeleton[0] || inSameDoc(na.docs, nb.docs) {
				continue
			}
			limit := 1
			if min(len(na.skeleton), len(nb.skeleton)) >= 9 {
				limit = 2
			}
			if fact.EditDistance(na.skeleton, nb.skeleton) > limit {
				continue
			}
			ra, rb := find(merge, a), find(merge, b)
			if ra == rb {
				continue
			}
			if names[rb].count > names[ra].count {
				ra, rb = rb, ra
			}
			merge[rb] = ra
		}
	}
	out := map[string]string{}
	for t := range merge {
		out[t] = find(merge, t)
	}
	return out
}

func find(merge map[string]string, t string) string {
	for {
		m, ok := merge[t]
		if !ok {
			return t
		}
		t = m
	}
}

// inSameDoc reports whether two sets of documents meet.
func inSameDoc(a, b map[int]bool) bool {
	for d := range a {
		if b[d] {
			return true
		}
	}
	return false
}
