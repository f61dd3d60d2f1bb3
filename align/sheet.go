package align

import (
	"slices"

	"crosscheck/align/fact"
)

// FillSheet makes the fact sheet of a story whose claims' differences
// were set by hand rather than by Build (in tests and tools): each
// claim's Facts from its Differences, and the story's Disputes from
// those rows and InArticle. Build does this itself.
func (s *Story) FillSheet() {
	rows := make([][]Row, len(s.Claims))
	scores := make([]float64, len(s.Claims))
	for i := range s.Claims {
		s.Claims[i].Facts = fact.Rows(s.Claims[i].Differences)
		rows[i], scores[i] = s.Claims[i].Facts, s.Claims[i].Score
	}
	s.Disputes = fact.FindDisputes(rows, scores, s.InArticle)
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
