package align

import (
	"slices"

	"crosscheck/align/fact"
)

// The facts of a story's claims, compared. Package fact extracts and
// judges them; this file asks it about each claim and writes what it
// finds in the outlets' terms.

// Facts returns the typed facts of the passage r points at.
func (s *Story) Facts(r Ref) []Fact {
	return s.analysis().Facts(r)
}

// analysis returns the story's facts, extracting them on first use (for
// a story whose claims were made by hand).
func (s *Story) analysis() *fact.Analysis {
	if s.facts == nil {
		s.facts = fact.Analyse(s.Documents)
	}
	return s.facts
}

// IsHeadline reports whether r points at a document's headline: its
// headline passage, or its Title for a Ref whose Passage is
// HeadlinePassage.
func (s *Story) IsHeadline(r Ref) bool {
	if r.Passage == HeadlinePassage {
		return true
	}
	if r.Doc < 0 || r.Doc >= len(s.Documents) || r.Passage < 0 || r.Passage >= len(s.Documents[r.Doc].Passages) {
		return false
	}
	return s.Passage(r).Headline
}

// Source returns the text r points at: a passage, or a document's
// headline for a Ref whose Passage is HeadlinePassage.
func (s *Story) Source(r Ref) string {
	if r.Passage == HeadlinePassage {
		return s.Documents[r.Doc].Title
	}
	return s.Passage(r).Text
}

// compareStory makes the fact sheet of every claim, finds the names
// spelled more than one way across the story and the facts an article
// states two incompatible ways, and lists the story's disputed facts
// once each.
func (s *Story) compareStory() {
	a := s.analysis()
	members := make([][]Ref, len(s.Claims))
	for i := range s.Claims {
		members[i] = s.Claims[i].Members
	}
	s.Variants = a.FindVariants(members)
	rows := make([][]Row, len(s.Claims))
	scores := make([]float64, len(s.Claims))
	// Each claim's sheet reads the story's analysis and writes only the
	// claim: the claims are compared in parallel.
	inParallelEach(len(s.Claims), func(i int) {
		c := &s.Claims[i]
		c.Facts, c.Differences = a.Within(focusSpans(c)).Sheet(c.Members)
		summariseClaim(s, c)
		rows[i], scores[i] = c.Facts, c.Score
	})
	// A person's age is one fact across the story: its row goes to the
	// claim that holds most of its values, in place of that claim's row
	// of the slot.
	for _, r := range a.StoryRows() {
		if ci := claimHolding(s, &r); ci >= 0 {
			c := &s.Claims[ci]
			if k := slices.IndexFunc(c.Facts, func(x Row) bool { return x.Key() == r.Key() }); k >= 0 {
				c.Facts[k] = r
			} else {
				c.Facts = append(c.Facts, r)
			}
			rows[ci] = c.Facts
		}
	}
	s.InArticle = a.InArticle()
	for i := range s.InArticle {
		d := &s.InArticle[i]
		d.Summary = summarise(s, d, nil, nil, 0) + " (headline against body)"
	}
	s.Disputes = fact.FindDisputes(rows, scores, s.InArticle)
}

// compareClaim compares the typed facts of a claim's members from
// different outlets (see fact.Analysis.Sheet).
func compareClaim(s *Story, c *Claim) []Difference {
	_, ds := s.analysis().Within(focusSpans(c)).Sheet(c.Members)
	return ds
}

// focusSpans maps the members of c that it is about a part of to the
// parts of their passages whose facts c compares (see Claim.Focus): their
// other facts are not compared in c.
func focusSpans(c *Claim) map[Ref][][2]int {
	var out map[Ref][][2]int
	for i, m := range c.Members {
		if i < len(c.judged) && c.judged[i] != nil {
			if out == nil {
				out = map[Ref][][2]int{}
			}
			out[m] = c.judged[i]
		}
	}
	return out
}

// claimHolding returns the claim holding most of a row's values, or -1.
func claimHolding(s *Story, r *Row) int {
	best, bestN := -1, 0
	for i := range s.Claims {
		n := 0
		for _, rd := range r.Readings {
			for _, v := range rd.Values {
				if slices.Contains(s.Claims[i].Members, v.Ref) {
					n++
				}
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	return best
}
