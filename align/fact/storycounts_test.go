package fact

import (
	"strings"
	"testing"

	"crosscheck/corpus"
)

// storyCountRows returns the rows of the story's main counts judged
// across the story of one document per list of passages, each passage a
// claim of its own; a passage starting "# " is its document's headline.
func storyCountRows(docs ...[]string) map[string]string {
	var ds []corpus.Document
	var claims [][]Ref
	for d, ps := range docs {
		var doc corpus.Document
		for p, s := range ps {
			head := strings.HasPrefix(s, "# ")
			doc.Passages = append(doc.Passages, corpus.Passage{Text: strings.TrimPrefix(s, "# "), Headline: head})
			claims = append(claims, []Ref{{Doc: d, Passage: p}})
		}
		ds = append(ds, doc)
	}
	a := Analyse(ds)
	a.FindVariants(claims)
	got := map[string]string{}
	for _, r := range a.StoryRows() {
		if !storyCount(r.key) {
			continue
		}
		var rs []string
		for _, rd := range r.Readings {
			rs = append(rs, rd.Text)
		}
		got[r.Slot] = r.Status.String() + ": " + strings.Join(rs, " · ")
	}
	return got
}

// TestStoryCounts: the story's main counts are judged across the story,
// though no claim holds two readings; smaller quakes that follow are its
// aftershocks.
func TestStoryCounts(t *testing.T) {
	for _, c := range []struct {
		docs       [][]string
		slot, want string
	}{
		{[][]string{
			{"Two aftershocks, of magnitude 2.7 and 2.1, followed within minutes."},
			{"Seismographs recorded at least 20 smaller earthquakes through the morning."},
		}, "aftershocks", "conflict: Two aftershocks · at least 20 smaller earthquakes"},
		{[][]string{
			{"Firefighters said 12 people were injured when the roof fell."},
			{"Fourteen people were hurt, the ambulance service said."},
		}, "people injured", "conflict: 12 people · Fourteen people"},
		{[][]string{
			{"At least 10 people were killed, police said on Monday."},
			{"The blast killed 24 people, officials said."},
		}, "people killed", "differ: At least 10 people · 24 people"},
	} {
		got := storyCountRows(c.docs...)
		if got[c.slot] != c.want || len(got) != 1 {
			t.Errorf("%q: got %v, want %s %q", c.docs, got, c.slot, c.want)
		}
	}
}

// TestStoryCountsKept: a count that may be a part's, another event's or a
// headline's is kept to its claims, and so are figures of one count too
// far apart to be readings of one, or two of them in one article.
func TestStoryCountsKept(t *testing.T) {
	for _, docs := range [][][]string{
		// a district's figure against the whole
		{{"In Leeds, 30 people were injured."}, {"Twelve people were injured, officials said."}},
		// another event's
		{{"A strong aftershock injured two people hours later."}, {"Five people were injured, officials said."}},
		// an earlier quake's toll, told for background
		{{"That quake killed about 9,000 people across the country."}, {"Six people were killed, police said."}},
		// one article gives two figures: two moments
		{{"Four people were killed, police said.", "By nightfall six people were killed."}, {"Five people were killed, officials said."}},
		// a headline meets the others in its claims
		{{"# 9 Killed In Blast", "Police gave no other figure."}, {"Six people were killed, officials said."}},
		// other workers: another group
		{{"Five other workers were rescued from the balcony."}, {"Twenty people were rescued from the roof, officials said."}},
	} {
		got := storyCountRows(docs...)
		for slot, r := range got {
			if !strings.HasPrefix(r, "same") {
				t.Errorf("%q: a row across the story: %s %s", docs, slot, r)
			}
		}
	}
}
