package align_test

import (
	"context"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// TestNoneAsNewsWritesItAgainstSome: two outlets write that there were no
// reports of injuries, as news does, and a third that three people were
// injured. The none is a figure of the people injured: the three
// sentences tell one fact, and the claim shows the outlets disagree.
func TestNoneAsNewsWritesItAgainstSome(t *testing.T) {
	docs := fireStory(
		"There were no reports of injuries, the fire service said.",
		"The fire service had no immediate reports of injuries or damage.",
		"Three people were injured, the fire service said.")
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := claimWith(s, "d1.2", "d3.2")
	if c == nil || claimWith(s, "d2.2", "d3.2") == nil {
		t.Fatalf("the nones and the three injured share no claim: %v", claimsOf(s))
	}
	if got := disputed(c); len(got) != 1 || !strings.HasPrefix(got[0], "people injured:") {
		t.Errorf("none against three injured: disputed %q, want the people injured", got)
	}
}

// TestNoDeathsIsNotNoInjuries: no deaths and no injuries are two slots;
// outlets that give one or the other do not disagree.
func TestNoDeathsIsNotNoInjuries(t *testing.T) {
	docs := fireStory(
		"No one was killed, the fire service said.",
		"There were no reports of injuries, the fire service said.",
		"The fire caused no deaths and did not do any damage to nearby homes, the fire service said.")
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Claims {
		if got := disputed(&c); len(got) > 0 {
			t.Errorf("claim %s disputes %q: no deaths and no injuries are two facts", c.ID, got)
		}
	}
}

// fireStory is an invented depot fire told by three outlets, the second
// sentence of each being told.
func fireStory(told1, told2, told3 string) []corpus.Document {
	return []corpus.Document{
		article("d1", "A fire broke out at the Varnen bus depot on Sunday night.", told1, "The cause of the blaze is not yet known."),
		article("d2", "Fire swept through the bus depot in Varnen late on Sunday.", told2, "Investigators are looking into the cause."),
		article("d3", "A fire destroyed the Varnen bus depot on Sunday night.", told3, "The cause is under investigation."),
	}
}
