package align_test

import (
	"testing"

	"crosscheck/align"
)

// devNearDuplicateCeiling is the most pairs of near-duplicate claims the
// development set may hold (see nearDuplicatePairs). Before they were
// dropped and merged there were 61; most that are left are by design,
// one lead that states several facts in the claim of each, beside each
// fact's own sentence. Keeping the headline of one person's death out of
// the claims of another's took two away.
const devNearDuplicateCeiling = 37

// nearDuplicatePairs counts the pairs of claims of four or more members
// of which 80% of the smaller's members are in the larger: a reader sees
// their sentences twice.
func nearDuplicatePairs(s *align.Story) int {
	var sets []map[align.Ref]bool
	for _, c := range s.Claims {
		if len(c.Members) < 4 {
			continue
		}
		set := map[align.Ref]bool{}
		for _, m := range c.Members {
			set[m] = true
		}
		sets = append(sets, set)
	}
	n := 0
	for i, a := range sets {
		for _, b := range sets[i+1:] {
			shared := 0
			for m := range a {
				if b[m] {
					shared++
				}
			}
			if float64(shared) >= 0.8*float64(min(len(a), len(b))) {
				n++
			}
		}
	}
	return n
}

// TestDevNearDuplicateClaims checks that the development set's stories
// do not tell one fact in several claims of nearly the same members.
func TestDevNearDuplicateClaims(t *testing.T) {
	all := 0
	for _, ds := range devStories(t) {
		n := nearDuplicatePairs(ds.story)
		t.Logf("%-28s near-duplicate claim pairs %d", ds.name, n)
		all += n
	}
	t.Logf("development set: near-duplicate claim pairs %d", all)
	if all > devNearDuplicateCeiling {
		t.Errorf("%d pairs of near-duplicate claims, over the ceiling %d", all, devNearDuplicateCeiling)
	}
}
