package align_test

import (
	"strings"
	"testing"
)

// devHeadlineFloor is the least share of the development set's headline
// members (a headline the key names as stating a fact other outlets
// state too) that share a claim with another outlet's sentence of that
// fact. Headlines count tersely ("3 dead" against "three people died"),
// so they are placed by their count when their words are too few, and
// by the figure their bound covers ("4-Plus Earthquake"): 65 of 75.
const devHeadlineFloor = 0.86

// TestDevHeadlinesJoinTheirFacts checks, on the development set, that a
// headline stating a fact other outlets state shares a claim with one of
// their sentences of it.
func TestDevHeadlinesJoinTheirFacts(t *testing.T) {
	placed, all := 0, 0
	for _, ds := range devStories(t) {
		claimsOf := map[string][]int{}
		for i, c := range ds.story.Claims {
			for _, m := range c.Members {
				id := ds.story.Passage(m).ID
				claimsOf[id] = append(claimsOf[id], i)
			}
		}
		storyPlaced, storyAll := 0, 0
		for f, byDoc := range ds.located {
			if len(byDoc) < 2 {
				continue
			}
			for letter, ids := range byDoc {
				for _, h := range ids {
					if !strings.HasSuffix(h, ".headline") {
						continue
					}
					storyAll++
					if sharesWithOther(claimsOf, h, letter, byDoc) {
						storyPlaced++
					} else if testing.Verbose() {
						t.Logf("%s: %s (%s) apart from the fact's other outlets", ds.name, h, f)
					}
				}
			}
		}
		t.Logf("%-28s headlines placed %d of %d", ds.name, storyPlaced, storyAll)
		placed += storyPlaced
		all += storyAll
	}
	share := float64(placed) / float64(max(1, all))
	t.Logf("development set: headlines placed %d of %d (%.2f)", placed, all, share)
	if share < devHeadlineFloor {
		t.Errorf("headlines placed with their facts: %.2f, under the floor %.2f", share, devHeadlineFloor)
	}
}

// sharesWithOther reports whether passage h shares a claim with a member
// byDoc locates in another document than letter's.
func sharesWithOther(claimsOf map[string][]int, h, letter string, byDoc map[string][]string) bool {
	for other, ids := range byDoc {
		if other == letter {
			continue
		}
		for _, id := range ids {
			for _, c := range claimsOf[id] {
				for _, hc := range claimsOf[h] {
					if c == hc {
						return true
					}
				}
			}
		}
	}
	return false
}
