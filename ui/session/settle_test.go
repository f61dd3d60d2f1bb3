package session

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"crosscheck/align"
)

// withDisputes gives a hand-built strike story its disputes: the strike
// date (March 3 against March 4) and the length of the talks (nine hours
// against eight), each by the values as the passages write them.
func withDisputes(s *align.Story) *align.Story {
	val := func(r align.Ref, text, norm string) align.Value {
		return align.Value{Ref: r, Text: text, Norm: norm, Offset: strings.Index(s.Passage(r).Text, text)}
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		var vs []align.Value
		kind, role := align.KindDate, ""
		for _, r := range c.Members {
			text := s.Passage(r).Text
			for _, x := range []struct{ text, norm string }{{"March 3", "03-03"}, {"March 4", "03-04"}, {"March 5", "03-05"}} {
				if strings.Contains(text, x.text) {
					vs = append(vs, val(r, x.text, x.norm))
				}
			}
			for _, x := range []struct{ text, norm string }{{"nine hours", "9 h"}, {"eight hours", "8 h"}} {
				if strings.Contains(text, x.text) {
					vs = append(vs, val(r, x.text, x.norm))
					kind, role = align.KindNumber, "duration"
				}
			}
		}
		for k := 1; k < len(vs); k++ {
			st := align.Conflict
			if vs[0].Norm == vs[k].Norm {
				st = align.Same
			}
			c.Differences = append(c.Differences, align.Difference{Kind: kind, Role: role, Status: st, Values: []align.Value{vs[0], vs[k]}})
		}
	}
	s.FillSheet()
	return s
}

// disputeOf returns the index of the dispute of the given kind.
func disputeOf(t *testing.T, s *align.Story, kind align.Kind) int {
	t.Helper()
	for i, d := range s.Disputes {
		if d.Kind == kind {
			return i
		}
	}
	t.Fatalf("no %s dispute in %+v", kind, s.Disputes)
	return -1
}

// readingOf returns the index of the reading of dispute i with text.
func readingOf(t *testing.T, s *align.Story, i int, text string) int {
	t.Helper()
	for r, rd := range s.Disputes[i].Readings {
		if rd.Text == text {
			return r
		}
	}
	t.Fatalf("dispute %d has no reading %q", i, text)
	return -1
}

func TestSettlementsRoundTripAndFollowTheirDispute(t *testing.T) {
	path := tempPath(t)
	v1 := withDisputes(storyV1())
	s := mustOpen(t, path, v1)
	date, hours := disputeOf(t, v1, align.KindDate), disputeOf(t, v1, align.KindNumber)
	must(t, s.Settle(date, readingOf(t, v1, date, "March 3"), "Port authority log\x1b[31m, 4 March", "date: March 3 · March 4"))
	must(t, s.Settle(hours, -1, "", "duration: nine hours · eight hours"))
	must(t, s.Save())

	// The second run adds an article: the claims move, and the date
	// gains a third outlet.
	v2 := withDisputes(storyV2())
	r := mustOpen(t, path, v2)
	date2 := disputeOf(t, v2, align.KindDate)
	got, ok := r.Settlement(date2)
	if !ok || got.Unresolved || got.Reading != "March 3" || got.Source != "Port authority log, 4 March" || got.Time.IsZero() {
		t.Errorf("the date's settlement after a re-run: %+v, %v", got, ok)
	}
	hours2 := disputeOf(t, v2, align.KindNumber)
	if got, ok := r.Settlement(hours2); !ok || !got.Unresolved || got.Verdict() != "unresolved" {
		t.Errorf("the hours' settlement after a re-run: %+v, %v", got, ok)
	}
	if n := len(r.Settlements()); n != 2 || len(r.SettlementOrphans()) != 0 {
		t.Errorf("%d settlements, %d orphans; want 2 and none", n, len(r.SettlementOrphans()))
	}
}

func TestASettlementWhoseReadingIsGoneIsKeptAsAnOrphan(t *testing.T) {
	path := tempPath(t)
	v1 := withDisputes(storyV1())
	s := mustOpen(t, path, v1)
	date := disputeOf(t, v1, align.KindDate)
	must(t, s.Settle(date, readingOf(t, v1, date, "March 4"), "the union's statement", "date: March 3 · March 4"))
	must(t, s.Save())

	// The outlet that said March 4 corrected itself.
	v3 := withDisputes(mkStory(outlets3, []m{{0, strikeA}, {1, strings.Replace(strikeB, "March 4", "March 3", 1)}}, []m{{0, talksA}, {2, talksB}}))
	r := mustOpen(t, path, v3)
	if len(r.Settlements()) != 0 {
		t.Errorf("settlements %+v: the verified reading is gone", r.Settlements())
	}
	orphans := r.SettlementOrphans()
	if len(orphans) != 1 || orphans[0].Reading != "March 4" || orphans[0].Where != "c1" || orphans[0].Line == "" {
		t.Fatalf("orphans %+v", orphans)
	}
	// Kept and saved, and back when the dispute is.
	must(t, r.Settle(disputeOf(t, v3, align.KindNumber), 0, "", ""))
	must(t, r.Save())
	back := mustOpen(t, path, v1)
	if got, ok := back.Settlement(date); !ok || got.Reading != "March 4" {
		t.Errorf("the orphan did not come back: %+v, %v", got, ok)
	}
}

func TestSettleChangesAndRefusals(t *testing.T) {
	v1 := withDisputes(storyV1())
	date := disputeOf(t, v1, align.KindDate)
	s := mustOpen(t, tempPath(t), v1)
	must(t, s.Settle(date, 0, "a", ""))
	before, _ := s.Settlement(date)
	gen := s.gen
	must(t, s.Settle(date, 0, "a", ""))
	if s.gen != gen {
		t.Error("settling the same way again is a change")
	}
	must(t, s.Settle(date, 1, "b", ""))
	if after, _ := s.Settlement(date); after.Reading == before.Reading || after.Source != "b" {
		t.Errorf("resettled: %+v", after)
	}
	must(t, s.Unsettle(date))
	if _, ok := s.Settlement(date); ok {
		t.Error("unsettled dispute still settled")
	}
	must(t, s.Unsettle(date))
	if err := s.Settle(date, 7, "", ""); err == nil {
		t.Error("a reading that does not exist was settled")
	}
	if err := s.Settle(99, 0, "", ""); err == nil {
		t.Error("a dispute that does not exist was settled")
	}
	if err := ReadOnly("x").Settle(0, 0, "", ""); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only: %v", err)
	}
	if err := newSession("x").Settle(0, 0, "", ""); !errors.Is(err, ErrNotAttached) {
		t.Errorf("not attached: %v", err)
	}
}

func TestAFileWithoutSettlementsSavesWithout(t *testing.T) {
	path := tempPath(t)
	s := mustOpen(t, path, storyV1())
	must(t, s.SetVerdict(0, Verified))
	must(t, s.Save())
	var raw map[string]any
	if err := json.Unmarshal(readFile(t, path), &raw); err != nil {
		t.Fatal(err)
	}
	if _, ok := raw["settlements"]; ok {
		t.Error("a session without settlements writes a settlements field")
	}
}

// TestASettlementFollowsADisputeThatGainedAReading: a third outlet gives
// a third date, so the dispute's readings changed; it still holds the
// passages and the reading that was verified.
func TestASettlementFollowsADisputeThatGainedAReading(t *testing.T) {
	path := tempPath(t)
	v1 := withDisputes(storyV1())
	s := mustOpen(t, path, v1)
	date := disputeOf(t, v1, align.KindDate)
	must(t, s.Settle(date, readingOf(t, v1, date, "March 3"), "port log", ""))
	must(t, s.Save())
	v4 := withDisputes(mkStory(outlets4, []m{{3, "Ferry Watch says the strike began on March 5."}},
		[]m{{0, strikeA}, {1, strikeB}, {3, strings.Replace(strikeC, "March 3", "March 5", 1)}}))
	r := mustOpen(t, path, v4)
	date4 := disputeOf(t, v4, align.KindDate)
	if n := len(v4.Disputes[date4].Readings); n != 3 {
		t.Fatalf("the date has %d readings, want 3", n)
	}
	if got, ok := r.Settlement(date4); !ok || got.Reading != "March 3" {
		t.Errorf("settlement %+v, %v; want March 3 kept", got, ok)
	}
}
