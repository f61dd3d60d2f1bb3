package ui

import "crosscheck/align"

// A filter narrows the claims the reader steps through.
type filter int

const (
	// filterAll keeps every claim.
	filterAll filter = iota
	// filterConflicts keeps claims holding a conflict.
	filterConflicts
	// filterShared keeps claims reported by two or more outlets.
	filterShared
	// filterSingle keeps claims reported by one outlet only.
	filterSingle

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
	}
	return "unknown"
}

// label describes the filter for a person.
func (f filter) label() string {
	switch f {
	case filterConflicts:
		return "conflicts only"
	case filterShared:
		return "shared by 2+ outlets"
	case filterSingle:
		return "one outlet only"
	}
	return "all claims"
}

// next returns the filter after f in the cycle f steps through.
func (f filter) next() filter { return (f + 1) % filterCount }

// keeps reports whether claim c passes the filter.
func (f filter) keeps(c *align.Claim) bool {
	switch f {
	case filterConflicts:
		return c.HasConflict()
	case filterShared:
		return len(c.Docs()) >= 2
	case filterSingle:
		return len(c.Docs()) == 1
	}
	return true
}
