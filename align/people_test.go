package align_test

import (
	"context"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// TestOtherPeopleKeptApart: a story of two deaths tells of two people in
// sentences alike in every word but whose nationality; those of other
// nationalities and nothing else in common stay apart, while two that
// give one person two nationalities on one day share a claim, so that
// the discrepancy is shown.
func TestOtherPeopleKeptApart(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"A Dutch hiker has fallen to his death in the Vessen Alps, police said.",
			"Karel Vonk, 41, fell while walking to a hut below the Grauhorn on Sunday.",
			"His death came a day after a Canadian hiker died in a fall on the Weisskamm.",
			"Police said the weather was not a factor."),
		article("d2",
			"A Canadian hiker was killed in a fall from a ridge in the Vessen Alps, rescuers said.",
			"The 29-year-old Canadian fell on Saturday from a ridge of the Weisskamm.",
			"A day later a Dutch walker, Karel Vonk, died below the Grauhorn.",
			"Police said the weather played no part in either death."),
		article("d3",
			"A Dutch hiker has fallen to his death in the Vessen Alps, the second in two days.",
			"A Swiss hiker, 29, died on Saturday after falling from the Weisskamm.",
			"Karel Vonk, 41, was walking to a hut below the Grauhorn when he fell on Sunday."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"d1.1", "d2.1"}, {"d2.1", "d3.1"}} {
		if shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s, of other people, share a claim: %v", p[0], p[1], claimsOf(s))
		}
	}
	for _, p := range [][2]string{{"d1.1", "d3.1"}, {"d2.2", "d3.2"}} {
		if !shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s, of one person, share no claim: %v", p[0], p[1], claimsOf(s))
		}
	}
}
