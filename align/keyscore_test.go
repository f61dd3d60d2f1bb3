package align

import (
	"fmt"
	"os"
	"slices"
	"testing"
)

// Scoring a story's differences and disputed facts against its answer key.

// keyScore is how a story's differences measure against its key.
type keyScore struct {
	conflicts, found  int // planted conflicts, and those reported as conflicts
	falseCompatible   int // conflicts reported between values the key says agree or refine
	falseUnlisted     int // conflicts reported between values the key does not list
	compatible        int // key agree/refine pairs
	compatibleFound   int // … that some difference states
	compatibleRight   int // … with the key's status
	missed, wrongs    []string
	notFound          []string // key agree/refine pairs no difference states
	unlisted          []string
	perKindConflicts  map[string][2]int
	producedConflicts int
}

func (ks keyScore) recall() float64 { return float64(ks.found) / float64(max(1, ks.conflicts)) }

func (ks keyScore) accuracy() float64 {
	return float64(ks.compatibleRight) / float64(max(1, ks.compatibleFound))
}

// score compares the story's facts with the key: its disputed facts (as
// the JSON lists them, each once) against the key's conflicts, and the
// claims' agreeing and refining differences against its agree/refine
// pairs. A dispute is a finding when two of its readings' values state a
// keyed conflict's; one that states none is unlisted, or false when it
// sets against each other values the key says agree or refine.
func (kc *keyedCase) score(s *Story) keyScore {
	facts := map[string][]Ref{}
	for _, c := range kc.oracleClaimsNoFail() {
		facts[c.ID] = c.Members
	}
	var all []Difference
	seen := map[string]bool{}
	ks := keyScore{perKindConflicts: map[string][2]int{}}
	for i := range s.Claims {
		for _, d := range s.Claims[i].Differences {
			if k := d.Key(); !d.Status.Disputed() && !seen[k] {
				seen[k] = true
				all = append(all, d)
			}
		}
	}
	// pairs holds, for each dispute, the pairs of values of two of its
	// readings.
	pairs := make([][]Difference, len(s.Disputes))
	for i := range s.Disputes {
		d := &s.Disputes[i]
		for p, rp := range d.Readings {
			for _, rq := range d.Readings[p+1:] {
				for _, x := range rp.Values {
					for _, y := range rq.Values {
						st := d.Status
						if x.Norm != "" && x.Norm == y.Norm {
							st = Same // one name with and without diacritics
						} else if own, ok := pairStatus(s, d, x, y); ok {
							st = own // the pair's own verdict, in the row's claim
						}
						pairs[i] = append(pairs[i], Difference{Kind: d.Kind, Status: st, Summary: d.Why, Values: []Value{x, y}})
					}
				}
			}
		}
	}
	disputeMatching := func(kd keyDifference, kvs []keyValue) *Difference {
		for i := range pairs {
			for k, d := range pairs[i] {
				if matches(d, kd, kvs) && (kd.Status != "conflict" || d.Status.Disputed()) {
					return &pairs[i][k]
				}
			}
		}
		return nil
	}
	type located struct {
		kd  keyDifference
		kvs []keyValue
	}
	var keyed []located
	for _, kd := range kc.key.Differences {
		kvs, ok := kc.locate(kd, facts)
		if !ok {
			continue
		}
		keyed = append(keyed, located{kd, kvs})
		describe := fmt.Sprintf("%s %s %s: %s | %s", kd.Fact, kd.Kind, kd.Status, kd.Values[0].Text, kd.Values[1].Text)
		pk := ks.perKindConflicts[kd.Kind]
		if kd.Status == "conflict" {
			ks.conflicts++
			pk[0]++
			if disputeMatching(kd, kvs) != nil {
				ks.found++
				pk[1]++
			} else {
				where := " (apart: alignment)"
				if shareClaim(s, kvs[0].ref, kvs[1].ref) {
					where = " (in one claim: comparison)"
				}
				ks.missed = append(ks.missed, describe+where)
			}
			ks.perKindConflicts[kd.Kind] = pk
			continue
		}
		ks.compatible++
		var got *Difference
		for i := range all {
			if matches(all[i], kd, kvs) {
				got = &all[i]
				if keyStatus(all[i].Status) == kd.Status {
					break
				}
			}
		}
		if got == nil {
			got = disputeMatching(kd, kvs)
		}
		if got == nil {
			ks.notFound = append(ks.notFound, describe)
			continue
		}
		ks.compatibleFound++
		if keyStatus(got.Status) == kd.Status {
			ks.compatibleRight++
		} else {
			ks.wrongs = append(ks.wrongs, describe+" → "+got.Status.String())
		}
	}
	for i := range s.Disputes {
		ks.producedConflicts++
		listed := false
		for _, d := range pairs[i] {
			for _, l := range keyed {
				if matches(d, l.kd, l.kvs) && l.kd.Status == "conflict" && d.Status.Disputed() {
					listed = true
				}
			}
		}
		if listed {
			continue
		}
		for _, d := range pairs[i] {
			for _, l := range keyed {
				if matches(d, l.kd, l.kvs) && d.Status.Disputed() {
					listed = true
					ks.falseCompatible++
					ks.unlisted = append(ks.unlisted, "key says "+l.kd.Status+" ("+l.kd.Fact+": "+l.kd.Values[0].Text+" | "+l.kd.Values[1].Text+"): "+s.Disputes[i].Why)
					break
				}
			}
			if listed {
				break
			}
		}
		if !listed {
			ks.falseUnlisted++
			ks.unlisted = append(ks.unlisted, "unlisted: "+s.Disputes[i].Why)
		}
	}
	return ks
}

// pairStatus returns the verdict on two values of a dispute that its
// claim's differences give, if they give one.
func pairStatus(s *Story, d *Dispute, x, y Value) (Status, bool) {
	if d.InArticle() {
		return 0, false
	}
	for _, df := range s.Claims[d.Claim].Differences {
		if len(df.Values) == 2 && (df.Values[0] == x && df.Values[1] == y || df.Values[0] == y && df.Values[1] == x) {
			return df.Status, true
		}
	}
	return 0, false
}

// shareClaim reports whether two passages are members of one claim.
func shareClaim(s *Story, a, b Ref) bool {
	for _, c := range s.Claims {
		if slices.Contains(c.Members, a) && slices.Contains(c.Members, b) {
			return true
		}
	}
	return false
}

func report(t *testing.T, mode, name string, ks keyScore) {
	t.Helper()
	t.Logf("%s %s: conflict recall %.2f (%d/%d), false conflicts %d on compatible values + %d unlisted (of %d reported); agree/refine: %d/%d found, %.2f right",
		mode, name, ks.recall(), ks.found, ks.conflicts, ks.falseCompatible, ks.falseUnlisted, ks.producedConflicts,
		ks.compatibleFound, ks.compatible, ks.accuracy())
	if testing.Verbose() {
		kinds := make([]string, 0, len(ks.perKindConflicts))
		for k := range ks.perKindConflicts {
			kinds = append(kinds, k)
		}
		slices.Sort(kinds)
		for _, k := range kinds {
			t.Logf("  %s conflicts: %d/%d", k, ks.perKindConflicts[k][1], ks.perKindConflicts[k][0])
		}
		for _, m := range ks.missed {
			t.Logf("  missed conflict: %s", m)
		}
		for _, u := range ks.unlisted {
			t.Logf("  false conflict: %s", u)
		}
		for _, w := range ks.wrongs {
			t.Logf("  wrong verdict: %s", w)
		}
		if os.Getenv("KEY_NOT_FOUND") != "" {
			for _, w := range ks.notFound {
				t.Logf("  not found: %s", w)
			}
		}
	}
}

// keyStatus names a status as the invented stories' keys do: "agree",
// "refine" or "conflict" (a Differ is a conflict there: the keys were
// written before figures that hedges reconcile were told apart).
func keyStatus(st Status) string {
	switch st {
	case Same:
		return "agree"
	case Compatible:
		return "refine"
	}
	return "conflict"
}
