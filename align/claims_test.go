package align_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// TestClaimInvariants checks, on every keyed story, what every consumer
// of a Story relies on.
func TestClaimInvariants(t *testing.T) {
	reach := align.DefaultTuning().SameDocReach
	for _, k := range storyKeys(t) {
		if k.skip != "" {
			continue
		}
		t.Run(k.name, func(t *testing.T) {
			s := alignStory(t, k).story
			seen := map[align.Ref]bool{}
			for i, c := range s.Claims {
				if want := fmt.Sprintf("c%d", i+1); c.ID != want {
					t.Errorf("claim %d has ID %q, want %q", i, c.ID, want)
				}
				if c.Score < 0 || c.Score > 1 {
					t.Errorf("%s: score %v outside [0, 1]", c.ID, c.Score)
				}
				if !slices.IsSortedFunc(c.Members, cmpRef) || len(slices.Compact(slices.Clone(c.Members))) != len(c.Members) {
					t.Errorf("%s: members %v not sorted or repeated", c.ID, c.Members)
				}
				for j, m := range c.Members {
					seen[m] = true
					for _, o := range c.Members[j+1:] {
						// A headline may share a claim with the body's
						// sentence that states its fact.
						if o.Doc == m.Doc && o.Passage-m.Passage > reach && !s.IsHeadline(m) {
							t.Errorf("%s holds %s and %s, far apart in one article", c.ID, s.Passage(m).ID, s.Passage(o).ID)
						}
					}
				}
				absent := c.Absent(len(s.Documents))
				if len(absent)+len(c.Docs()) != len(s.Documents) {
					t.Errorf("%s: %d outlets report it and %d do not, of %d", c.ID, len(c.Docs()), len(absent), len(s.Documents))
				}
			}
			for d, doc := range s.Documents {
				for p := range doc.Passages {
					if !seen[align.Ref{Doc: d, Passage: p}] {
						t.Errorf("%s is in no claim", doc.Passages[p].ID)
					}
				}
			}
		})
	}
}

func cmpRef(a, b align.Ref) int {
	if a.Doc != b.Doc {
		return a.Doc - b.Doc
	}
	return a.Passage - b.Passage
}

// article builds a document of one-sentence paragraphs.
func article(id string, sentences ...string) corpus.Document {
	d := corpus.Document{ID: id, Path: id + ".txt", Outlet: "Outlet " + id}
	for i, s := range sentences {
		d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", id, i+1), Paragraph: i + 1, Text: s})
	}
	return d
}

// claimsOf returns the IDs of the claims holding each passage.
func claimsOf(s *align.Story) map[string][]string {
	out := map[string][]string{}
	for _, c := range s.Claims {
		for _, m := range c.Members {
			id := s.Passage(m).ID
			out[id] = append(out[id], c.ID)
		}
	}
	return out
}

func shareClaim(s *align.Story, a, b string) bool {
	in := claimsOf(s)
	for _, c := range in[a] {
		if slices.Contains(in[b], c) {
			return true
		}
	}
	return false
}

// TestTwoFactSentenceJoinsBothClaimsWithoutChaining: one outlet states in
// one sentence two facts that the others report apart. Its sentence must
// reach both claims, and the two facts must not become one claim through
// it.
func TestTwoFactSentenceJoinsBothClaimsWithoutChaining(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"A strong earthquake struck the Kuyulu valley on Tuesday, damaging hundreds of homes.",
			"Rescuers pulled a 34-year-old woman alive from the rubble of her house in Kuyulu village after 20 hours.",
			"The regional governor visited the village school, which has been turned into a shelter for 200 families.",
			"Aftershocks continued through the night, the seismology institute said."),
		article("d2",
			"An earthquake hit the Kuyulu valley on Tuesday and damaged hundreds of homes, officials said.",
			"A woman aged 34 was pulled alive from the rubble in Kuyulu after 20 hours, and the governor visited the school where 200 families now shelter.",
			"Schools across the province will stay closed for a week."),
		article("d3",
			"Hundreds of homes were damaged when a quake struck the Kuyulu valley on Tuesday.",
			"Rescue teams freed a woman, 34, from the rubble of her house in Kuyulu village after 20 hours.",
			"The governor toured the village school, now a shelter for some 200 families.",
			"The seismology institute recorded dozens of aftershocks overnight."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"d1.2", "d2.2"}, {"d1.3", "d2.2"}, {"d1.2", "d3.2"}, {"d1.3", "d3.3"}, {"d1.1", "d3.1"}} {
		if !shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s share no claim: %v", p[0], p[1], claimsOf(s))
		}
	}
	for _, p := range [][2]string{{"d1.2", "d1.3"}, {"d1.2", "d3.3"}, {"d3.2", "d1.3"}, {"d1.1", "d2.3"}} {
		if shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s, two different facts, share a claim: %v", p[0], p[1], claimsOf(s))
		}
	}
}

// TestParaphraseAligns: the same fact in other words (synonyms, a number
// written out, a name misspelt) still makes one claim, while a sentence
// sharing many words but stating another fact stays out.
func TestParaphraseAligns(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"A freighter crashed into the Waalhaven bridge in Rotterdam on Thursday, injuring 12 people.",
			"Harbour master Pieter Vandersloot said the deck held.",
			"The bridge opened to traffic in 1968."),
		article("d2",
			"A cargo ship rammed the Waalhaven bridge in Rotterdam on Thursday, and fourteen people were hurt.",
			"The bridge will stay closed to traffic for months, the city said.",
			"Pieter Vandersloet, the harbour master, said the deck had held."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !shareClaim(s, "d1.1", "d2.1") {
		t.Errorf("the collision, told in other words with another count, is not one claim: %v", claimsOf(s))
	}
	if !shareClaim(s, "d1.2", "d2.3") {
		t.Errorf("the harbour master's words, his name spelt two ways, are not one claim: %v", claimsOf(s))
	}
	if shareClaim(s, "d1.3", "d2.2") {
		t.Errorf("the bridge's opening year and its closure share a claim: %v", claimsOf(s))
	}
}

// TestFirstAndLastAreTwoFacts: passages that count parts of one sequence
// (the first four out, the last four out) share most of their words but
// state two facts; the same part, told in other words, is one.
func TestFirstAndLastAreTwoFacts(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"Divers brought the first four boys out through the flooded Coventosa passage, rescuers said.",
			"The last four boys came out through the flooded Coventosa passage with divers, rescuers said."),
		article("d2",
			"The last four boys were brought out through the flooded Coventosa passage by divers.",
			"The first four boys were guided out through the flooded Coventosa passage by divers."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"d1.1", "d2.2"}, {"d1.2", "d2.1"}} {
		if !shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s, one part of the rescue, share no claim: %v", p[0], p[1], claimsOf(s))
		}
	}
	for _, p := range [][2]string{{"d1.1", "d2.1"}, {"d1.2", "d2.2"}} {
		if shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s, the first and the last out, share a claim: %v", p[0], p[1], claimsOf(s))
		}
	}
}

// TestStoryOrder checks that claims follow the articles: a passage only
// one outlet has comes after the claims of that outlet's earlier passages
// and before those of its later ones, as far as the shared claims allow.
func TestStoryOrder(t *testing.T) {
	for _, k := range storyKeys(t) {
		if k.skip != "" {
			continue
		}
		s := alignStory(t, k).story
		// first[r] is the index of the first claim holding r.
		first := map[align.Ref]int{}
		for i, c := range s.Claims {
			for _, m := range c.Members {
				if _, ok := first[m]; !ok {
					first[m] = i
				}
			}
		}
		// Pairs of one article's passages that come in the article's
		// order, against those that come reversed.
		agree, disagree := 0, 0
		for d, doc := range s.Documents {
			for p := range doc.Passages {
				for q := p + 1; q < len(doc.Passages); q++ {
					a, b := first[align.Ref{Doc: d, Passage: p}], first[align.Ref{Doc: d, Passage: q}]
					switch {
					case a < b:
						agree++
					case a > b:
						disagree++
					}
				}
			}
		}
		tau := float64(agree-disagree) / float64(max(1, agree+disagree))
		t.Logf("%-7s claim order against each article's order: Kendall tau %.2f", k.name, tau)
		floor := 0.7
		if k.validation {
			// Measured, not tuned: the floor only catches a regression.
			floor = 0.5
		}
		if tau < floor {
			t.Errorf("%s: claims do not follow the articles' order (tau %.2f, floor %.2f)", k.name, tau, floor)
		}
	}
}
