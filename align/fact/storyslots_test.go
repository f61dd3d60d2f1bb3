package fact

import (
	"strings"
	"testing"

	"crosscheck/corpus"
)

// TestStoryRows: facts one person, one named thing or the story's event
// owns are judged across the story, though no claim holds two readings:
// an age, a ship's type, the time, the place and the weapon of the
// shooting, the quake's epicentre and strength; two times whose clauses
// name no event are not.
func TestStoryRows(t *testing.T) {
	docs := []corpus.Document{
		{Passages: []corpus.Passage{
			{Text: "Witnesses heard sounds of gunfire around 10:30 a.m. in the building."},
			{Text: "Harlan Voss, 41, was arrested on the highway."},
			{Text: "The frigate INS Torvald was nearby."},
			{Text: "The store opened at 9 a.m. as usual."},
			{Text: "He was arrested after the shootings at Harwell Advisors."},
			{Text: "A magnitude 4.1 quake recorded in Dorran County woke residents."},
			{Text: "Employees said the shooter brought a rifle into the building."},
			{Text: "The strong and shallow quake woke the valley."},
		}},
		{Passages: []corpus.Passage{
			{Text: "The gunman walked into the office about 10 a.m., police said."},
			{Text: "Police named the suspect as 42-year-old Harlan Voss."},
			{Text: "The patrol vessel INS Torvald answered the call."},
			{Text: "Staff arrived at 8 a.m., before the doors opened."},
			{Text: "The tower houses B&K Accounting, where the shooting occurred."},
			{Text: "The earthquake erupted near Pellham in Lake County."},
			{Text: "He walked in with a shotgun and opened fire on his bosses."},
			{Text: "The survey rates a 4.1 as a \"light\" quake."},
		}},
	}
	a := Analyse(docs)
	var claims [][]Ref
	for d := range docs {
		for p := range docs[d].Passages {
			claims = append(claims, []Ref{{Doc: d, Passage: p}})
		}
	}
	a.FindVariants(claims)
	got := map[string]string{}
	for _, r := range a.StoryRows() {
		var rs []string
		for _, rd := range r.Readings {
			rs = append(rs, rd.Text)
		}
		got[r.Slot] = r.Status.String() + ": " + strings.Join(rs, " · ")
	}
	for slot, want := range map[string]string{
		"time of the shooting":          "differ: around 10:30 a.m. · about 10 a.m.",
		"age of Harlan Voss":            "conflict: 41 · 42-year-old",
		"type of vessel of INS Torvald": "conflict: frigate · patrol vessel",
		"place of the shooting":         "conflict: Harwell Advisors · B&K Accounting",
		"place of the epicentre":        "conflict: Dorran County · Pellham · Lake County",
		"weapon of the shooting":        "conflict: rifle · shotgun",
		"strength of the quake":         "conflict: strong · light",
	} {
		if got[slot] != want {
			t.Errorf("%s: got %q, want %q", slot, got[slot], want)
		}
	}
	if len(got) != 7 {
		t.Errorf("want seven rows across the story, got %v", got)
	}
}

// TestStoryRowsSpree: an article that gives two places of "the shooting"
// tells of two shootings; the places are not set against each other
// across the story.
func TestStoryRowsSpree(t *testing.T) {
	docs := []corpus.Document{
		{Passages: []corpus.Passage{
			{Text: "Police said the shootings at Harwell Advisors began the spree."},
			{Text: "Witnesses said the shooting at Dunmore Mall came later."},
		}},
		{Passages: []corpus.Passage{
			{Text: "The tower houses B&K Accounting, where the shooting occurred."},
		}},
	}
	a := Analyse(docs)
	a.FindVariants([][]Ref{{{Doc: 0, Passage: 0}}, {{Doc: 0, Passage: 1}}, {{Doc: 1, Passage: 0}}})
	for _, r := range a.StoryRows() {
		t.Errorf("a row across the story of a spree: %s %s", r.Slot, r.Status)
	}
}

// TestStoryRowsDead: how people died, said of the dead a clause counts,
// is judged across the story between sentences giving as many dead; not
// between different counts, nor where a sentence tells of two ways, and
// one way written two ways agrees.
func TestStoryRowsDead(t *testing.T) {
	rows := func(texts ...string) map[string]string {
		var docs []corpus.Document
		var claims [][]Ref
		for d, s := range texts {
			docs = append(docs, corpus.Document{Passages: []corpus.Passage{{Text: s}}})
			claims = append(claims, []Ref{{Doc: d, Passage: 0}})
		}
		a := Analyse(docs)
		a.FindVariants(claims)
		got := map[string]string{}
		for _, r := range a.StoryRows() {
			var rs []string
			for _, rd := range r.Readings {
				rs = append(rs, rd.Text)
			}
			got[r.Slot] = r.Status.String() + ": " + strings.Join(rs, " · ")
		}
		return got
	}
	got := rows("Rescuers said the 4 miners were burned to death.", "Four workers suffocated after the blast, the company said.")
	if want := "conflict: burned to death · suffocated"; got["how they died of the 4 dead"] != want || len(got) != 1 {
		t.Errorf("four dead burned and suffocated: got %v, want %q", got, want)
	}
	for _, texts := range [][]string{
		{"Rescuers said the 4 miners were burned to death.", "Three workers suffocated after the blast, the company said."},
		{"Rescuers said the 4 miners were burned to death.", "Two of the 4 workers were burned to death and two suffocated."},
		{"Rescuers said the 4 miners were burned to death.", "Four workers were burnt to death after the blast."},
	} {
		for slot, r := range rows(texts...) {
			if strings.HasPrefix(slot, "how they died") && !strings.HasPrefix(r, "same") {
				t.Errorf("%q: a row across the story: %s %s", texts, slot, r)
			}
		}
	}
}
