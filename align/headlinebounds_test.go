package align_test

import (
	"context"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// boundStory is an invented quake told by four outlets, each lead giving
// the magnitude (5.3) in its own words, and a second fact of the same
// slot kind (the people killed: an early count of 12, a later one of 15).
// The first outlet's headline is head.
func boundStory(head string) []corpus.Document {
	return []corpus.Document{
		withHeadline(article("d1",
			"A magnitude 5.3 earthquake struck near Varnen before dawn on Sunday, the national seismic network said.",
			"Twelve people were killed when a hostel collapsed in the old town, police said.",
			"By evening officials had raised the toll to 15 dead.",
			"Schools in the district will stay shut on Monday."), head),
		article("d2",
			"The national seismic network put the Sunday quake near Varnen at magnitude 5.3.",
			"Police said 12 people died in the collapse of a hostel in the old town.",
			"Officials later said 15 people had died.",
			"Ferries to the islands ran on time."),
		article("d3",
			"Seismologists measured Sunday's tremor under Varnen at magnitude 5.3.",
			"A collapsed hostel in the old town killed 12 people, according to police.",
			"The death toll rose to 15 late on Sunday, officials said.",
			"Engineers began inspecting the harbour wall."),
		article("d4",
			"A 5.3-magnitude quake shook Varnen early on Sunday.",
			"Twelve people died when a hostel fell in the old town, the police said.",
			"Officials said in the evening that 15 people were dead.",
			"The airport reopened at noon."),
	}
}

// TestHeadlineBoundJoinsTheFigureItCovers: a headline that bounds a
// figure from below ("5-Plus") states the fact whose figure it covers (a
// magnitude of 5.3), though it shares too few words with the leads to be
// placed by them.
func TestHeadlineBoundJoinsTheFigureItCovers(t *testing.T) {
	s, err := align.Build(context.Background(), boundStory("5-Plus Quake Rattles Coast"), align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"d2.1", "d3.1", "d4.1"} {
		if !shareClaim(s, "d1.headline", p) {
			t.Errorf("the headline's 5-plus magnitude is not with %s's 5.3: %v", p, claimsOf(s))
		}
	}
}

// TestHeadlineBoundCoveringTwoFiguresJoinsNeither: "more than 10 dead"
// covers both the early count (12) and the later one (15): which it
// states the headline does not say, so it joins neither claim by its
// bound.
func TestHeadlineBoundCoveringTwoFiguresJoinsNeither(t *testing.T) {
	s, err := align.Build(context.Background(), boundStory("More Than 10 Dead on Coast"), align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !shareClaim(s, "d2.2", "d3.2") || !shareClaim(s, "d2.3", "d3.3") || shareClaim(s, "d2.2", "d2.3") {
		t.Fatalf("the early and the later count are not two claims: %v", claimsOf(s))
	}
	for _, p := range []string{"d2.2", "d2.3"} {
		if shareClaim(s, "d1.headline", p) {
			t.Errorf("the headline's bound, which covers 12 and 15, is with %s: %v", p, claimsOf(s))
		}
	}
}
