package ui

import "crosscheck/align"

// A filter narrows the claims the reader steps through.
type filter int

const (
	// filterAll keeps every claim.
	filterAll filter = iota
	// filterConflicts keeps claims holding a disputed fact.
	filterConflicts
	// filterShared keeps claims reported by two or more outlets.
	filterShared
	// filterSingle keeps claims reported by one outlet only.
	filterSingle
	// filterMarked keeps claims with a verdict or a note.
	filterMarked
	// filterUnmarked keeps claims with neither: what is left to check.
	filterUnmarked

	filterCount
)

// String names the filter in a word, for the header and tests.
func (f filter) String() string {
	switch f {
	case filterAll:
		return "all"
	case filterConflicts:
		return "conflicts"
	case filterShared:
		return "shared"
	case filterSingle:
		return "single"
	case filterMarked:
		return "marked"
	case filterUnmarked:
		return "unmarked"
	}
	return "unknown"
}

// label describes the filter for a person.
func (f filter) label() string {
	switch f {
	case filterConflicts:
		return "disputed facts only"
	case filterShared:
		return "shared by 2+ outlets"
	case filterSingle:
		return "one outlet only"
	case filterMarked:
		return "marked claims"
	case filterUnmarked:
		return "unmarked claims"
	}
	return "all claims"
}

// parseFilter returns the filter String names, as a session stores it.
func parseFilter(name string) (filter, bool) {
	for f := range filterCount {
		if f.String() == name {
			return f, true
		}
	}
	return filterAll, false
}

// next returns the filter after f in the cycle f steps through. Without
// marks (the reader has no session) the cycle skips the marked and
// unmarked filters.
func (f filter) next(marks bool) filter {
	n := (f + 1) % filterCount
	if !marks && (n == filterMarked || n == filterUnmarked) {
		return filterAll
	}
	return n
}

// keeps reports whether claim c passes the filter; marked says whether
// the claim carries a verdict or a note.
func (f filter) keeps(c *align.Claim, marked bool) bool {
	switch f {
	case filterMarked:
		return marked
	case filterUnmarked:
		return !marked
	case filterConflicts:
		return c.Disputes() > 0
	case filterShared:
		return len(c.Docs()) >= 2
	case filterSingle:
		return len(c.Docs()) == 1
	}
	return true
}
