package align

import (
	"testing"
)

// claimsOf builds a story of the outlets' passages with the given claims,
// each a list of passages with their pair scores and which joined the
// claim from another, as Build would align them, and compares it.
type testMember struct {
	ref    Ref
	joined bool
}

func alignedStory(t *testing.T, outlets []outlet, claims [][]testMember, score float64) *Story {
	t.Helper()
	s := storyOf(t, outlets...)
	s.Claims = nil
	for _, ms := range claims {
		var c Claim
		c.link = links{sim: make([][]float64, len(ms)), joined: make([]bool, len(ms))}
		for i, m := range ms {
			c.Members = append(c.Members, m.ref)
			c.link.joined[i] = m.joined
			c.link.sim[i] = make([]float64, len(ms))
			for j := range ms {
				if i != j {
					c.link.sim[i][j] = score
				}
			}
		}
		c.Score = score
		s.Claims = append(s.Claims, c)
	}
	s.compareStory()
	return s
}

func countConflicts(s *Story) int {
	n := 0
	for _, c := range s.Claims {
		n += len(c.Conflicts())
	}
	return n
}

// TestConflictReportedOnce: passages in two overlapping claims conflict
// once in the story, in the claim where both are at home; a passage
// writing a value twice does not double the conflict.
func TestConflictReportedOnce(t *testing.T) {
	outlets := []outlet{
		{passages: []string{"Envoy Steve Whitkoff met them in Egypt on October 9."}},
		{passages: []string{"Envoy Steve Witkoff met them in Egypt on October 8, and Steve Witkoff said so."}},
		{passages: []string{"Talks went on."}},
	}
	s := alignedStory(t, outlets, [][]testMember{
		{{Ref{Doc: 0, Passage: 0}, true}, {Ref{Doc: 1, Passage: 0}, true}, {Ref{Doc: 2, Passage: 0}, false}},
		{{Ref{Doc: 0, Passage: 0}, false}, {Ref{Doc: 1, Passage: 0}, false}},
	}, 0.6)
	if n := countConflicts(s); n != 2 {
		t.Fatalf("%d conflicts in the story, want 2 (a date, a name): %v %v", n, summaries(s.Claims[0].Conflicts()), summaries(s.Claims[1].Conflicts()))
	}
	if len(s.Claims[1].Conflicts()) != 2 {
		t.Errorf("the conflict should be in the claim where both passages are at home")
	}
}

// TestNameConflictOnlyBetweenHomeMembers: a name spelled two ways
// conflicts between the two passages that state the claim's fact, not
// against a passage that joined the claim for another of its facts.
func TestNameConflictOnlyBetweenHomeMembers(t *testing.T) {
	outlets := []outlet{
		{passages: []string{"Councillor Siyabonga Mkhwanazi called the vote a gift to restaurants."}},
		{passages: []string{"Councillor Siyabonga Mkwanazi called the vote a gift to restaurants."}},
		{passages: []string{"Councillor Siyabonga Mkhwanazi, who voted against it, spoke later."}},
	}
	s := alignedStory(t, outlets, [][]testMember{
		{{Ref{Doc: 0, Passage: 0}, false}, {Ref{Doc: 1, Passage: 0}, false}, {Ref{Doc: 2, Passage: 0}, true}},
	}, 0.6)
	cs := s.Claims[0].Conflicts()
	if len(cs) != 1 || cs[0].Kind != KindName {
		t.Fatalf("conflicts = %v, want one name conflict", summaries(cs))
	}
	for _, v := range cs[0].Values {
		if v.Ref.Doc == 2 {
			t.Errorf("name conflict against the passage that joined: %s", cs[0].Summary)
		}
	}
}
