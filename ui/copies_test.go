package ui

import (
	"context"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// A wire story several sites carried reads as one column "and 2 copies",
// and its article lists the sites that carried it.
func TestCopiesShowInTheReader(t *testing.T) {
	wire := []string{
		"A passenger ferry caught fire on Lake Varno on Tuesday evening, the coast guard said.",
		"Two crew members were taken to hospital with burns after the fire in the engine room.",
		"The operator suspended all crossings on the route until further notice.",
	}
	docs := []corpus.Document{
		article(1, "Lake Post", "2026-06-09", "A ferry caught fire on Lake Varno on Tuesday evening, the coast guard said.", "Two crew members suffered burns."),
		article(2, "Alder Courier", "2026-06-09", wire...),
		article(3, "Birch Ledger", "2026-06-09", wire...),
		article(4, "Cedar Herald", "2026-06-09", wire...),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := open(t, storyLoad(s), 120, 30)
	if got := screen(m); !strings.Contains(got, "and 2 copies") || !strings.Contains(got, "2 outlets") {
		t.Errorf("the claim screen does not show the copies:\n%s", got)
	}
	m = press(t, m, "l", "enter")
	if got := screen(m); !strings.Contains(got, "Also carried word for word by 2 other sites: Birch Ledger, Cedar Herald") {
		t.Errorf("the wire story's article does not list the sites:\n%s", got)
	}
}
