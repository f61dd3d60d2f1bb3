package align

import (
	"cmp"
	"slices"
)

// Which conflicts a story reports. Comparing a claim's members finds
// every pair of values that disagree; a conflict is worth a reader's time
// only when the two passages surely state one fact, and only once. The
// rules here hold back the rest:
//
//   - a name spelled two ways conflicts only between members whose home
//     is the claim and that the alignment scored alike: a passage that
//     joined the claim for another of its facts, or shares it only through
//     others, mentions the person for another reason, and the misspelling
//     is listed among the story's variants anyway (counts and dates are
//     not held back so: a short sentence that joined a lead, "They had
//     been trapped for nine days", is often the very one that differs);
//   - two dates or times one member states together ("on Tuesday …
//     since May 2") are two events, not two versions of one;
//   - the same two values of the same two passages conflict once in the
//     whole story, in the claim where the passages are most surely one
//     fact.

// minConflictScore is the least pair score between two members of a
// claim for a name's two spellings in them to be reported as
// conflicting. It is the candidate threshold: a pair below it is no
// evidence of one fact.
func minConflictScore() float64 { return defaultTuning.CandidateScore }

// conflictHeld reports whether the conflict d of claim c is to be held
// back: a name's spellings in passages not surely aligned with each
// other, or dates or times another member states together (see
// fact.Analysis.TwoEvents).
func conflictHeld(s *Story, c *Claim, member map[Ref]int, d Difference) bool {
	if d.Status != Conflict || len(d.Values) != 2 {
		return false
	}
	if l := c.link; l.sim != nil {
		i, iok := member[d.Values[0].Ref]
		j, jok := member[d.Values[1].Ref]
		if iok && jok {
			if l.sim[i][j] < minConflictScore() && (d.Kind == KindName || d.Kind == KindPlace) {
				return true
			}
			if (d.Kind == KindName || d.Kind == KindPlace) && (l.joined[i] || l.joined[j]) {
				return true
			}
		}
	}
	return s.analysis().TwoEvents(c.Members, d)
}

// conflictKey identifies a conflict by its kind, passages and texts, in
// either order: two conflicts with the same key say the same thing, even
// where a passage writes a value twice.
type conflictKey struct {
	kind       Kind
	a, b       Ref
	textA, txB string
}

func keyOfConflict(d Difference) conflictKey {
	x, y := d.Values[0], d.Values[1]
	if cmp.Or(cmp.Compare(x.Ref.Doc, y.Ref.Doc), cmp.Compare(x.Ref.Passage, y.Ref.Passage), cmp.Compare(x.Text, y.Text)) > 0 {
		x, y = y, x
	}
	return conflictKey{d.Kind, x.Ref, y.Ref, x.Text, y.Text}
}

// pairStrength ranks how surely a claim's two members state one fact:
// members that both have their home in the claim first, then by pair
// score. Claims made by hand rank by their score.
func pairStrength(c *Claim, member map[Ref]int, a, b Ref) (homes int, score float64) {
	l := c.link
	if l.sim == nil {
		return 2, c.Score
	}
	i, iok := member[a]
	j, jok := member[b]
	if !iok || !jok {
		return 0, 0
	}
	if !l.joined[i] {
		homes++
	}
	if !l.joined[j] {
		homes++
	}
	return homes, l.sim[i][j]
}

// reportConflictsOnce holds back the conflicts conflictHeld rejects and
// keeps every other conflict in one claim only: the one whose two
// passages are most surely aligned.
func reportConflictsOnce(s *Story) {
	type place struct {
		claim  int
		homes  int
		score  float64
		offset int // of the first value, for a stable choice
	}
	best := map[conflictKey]place{}
	for i := range s.Claims {
		c := &s.Claims[i]
		member := make(map[Ref]int, len(c.Members))
		for k, m := range c.Members {
			member[m] = k
		}
		c.Differences = slices.DeleteFunc(c.Differences, func(d Difference) bool { return conflictHeld(s, c, member, d) })
		for _, d := range c.Differences {
			if d.Status != Conflict || len(d.Values) != 2 {
				continue
			}
			k := keyOfConflict(d)
			h, sc := pairStrength(c, member, d.Values[0].Ref, d.Values[1].Ref)
			p := place{i, h, sc, d.Values[0].Offset + d.Values[1].Offset}
			if old, ok := best[k]; !ok || p.homes > old.homes || p.homes == old.homes && p.score > old.score {
				best[k] = p
			}
		}
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		kept := map[conflictKey]bool{}
		c.Differences = slices.DeleteFunc(c.Differences, func(d Difference) bool {
			if d.Status != Conflict || len(d.Values) != 2 {
				return false
			}
			k := keyOfConflict(d)
			if best[k].claim != i || kept[k] {
				return true
			}
			kept[k] = true
			return false
		})
	}
}
