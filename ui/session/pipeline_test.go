package session

import (
	"context"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// TestMarksSurviveAddingAnArticle runs the real pipeline: marks made on
// the sample story read without one outlet are matched after a re-run
// with all five. However alignment regroups, no mark is lost and none
// lands on a claim that holds less than half of its passages.
func TestMarksSurviveAddingAnArticle(t *testing.T) {
	c, err := corpus.LoadSample(corpus.Options{})
	must(t, err)
	build := func(docs []corpus.Document) *align.Story {
		s, err := align.Build(context.Background(), docs, align.Options{})
		must(t, err)
		return s
	}
	before := build(c.Documents[:len(c.Documents)-1])
	after := build(c.Documents)

	path := tempPath(t)
	s := mustOpen(t, path, before)
	marked := map[string][]string{} // note → passages hashes
	keys := map[string]string{}     // note → claim key
	for i := range before.Claims {
		note := before.Claims[i].ID
		must(t, s.SetNote(i, note))
		marked[note] = identify(before, i).Passages
		keys[note] = before.Claims[i].Key
	}
	must(t, s.Save())

	r := mustOpen(t, path, after)
	attached := r.Marks()
	if got := len(attached) + len(r.Orphans()); got != len(marked) {
		t.Fatalf("%d marks after the re-run, want all %d", got, len(marked))
	}
	rekeyed := 0
	for i, m := range attached {
		if keys[m.Note] != after.Claims[i].Key {
			rekeyed++
		}
		was := marked[m.Note]
		now := map[string]int{}
		for _, h := range identify(after, i).Passages {
			now[h]++
		}
		held := 0
		for _, h := range was {
			if now[h] > 0 {
				now[h]--
				held++
			}
		}
		if 2*held < len(was) {
			t.Errorf("mark of %s is on %s, which holds %d of its %d passages", m.Note, after.Claims[i].ID, held, len(was))
		}
	}
	t.Logf("%d claims marked with 4 outlets; with 5: %d on a claim (%d of them by passages, the key having changed), %d orphans",
		len(marked), len(attached), rekeyed, len(r.Orphans()))
	if 2*len(attached) < len(marked) {
		t.Errorf("only %d of %d marks found their claim again", len(attached), len(marked))
	}
}
