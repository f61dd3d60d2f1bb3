package align

import (
	"context"
	"testing"
)

// Floors under which comparison on oracle claims is a regression.
var oracleFloors = map[string]struct {
	recall    float64
	falseMax  int
	accuracy  float64
	coverage  float64
	unlistMax int
}{
	"sample": {recall: 1.0, falseMax: 0, unlistMax: 0, accuracy: 0.95, coverage: 0.9},
	// Coverage counts the key's agreeing pairs a difference states; a name
	// every outlet writes alike, and a figure told of earlier events
	// beside this one's, are no longer set side by side (a fact sheet
	// by slot tells nothing of them), hence quake's and vote's.
	"quake":  {recall: 0.95, falseMax: 0, unlistMax: 0, accuracy: 0.95, coverage: 0.92},
	"vote":   {recall: 0.95, falseMax: 0, unlistMax: 0, accuracy: 0.95, coverage: 0.85},
	"rescue": {recall: 0.95, falseMax: 0, unlistMax: 0, accuracy: 0.95, coverage: 0.85},
	// Validation stories: scored, never tuned on.
	"wildfire": {recall: 0.5, falseMax: 1, unlistMax: 8, accuracy: 0.95, coverage: 0.6},
	"trial":    {recall: 0.65, falseMax: 0, unlistMax: 6, accuracy: 0.95, coverage: 0.6},
}

// TestDifferencesAgainstKeysOracle compares facts inside claims built from
// the answer keys' facts (the passages the key says state one fact), so
// that comparison is measured apart from alignment, and scores the
// differences: conflict recall, false conflicts (on values the key says
// are compatible, and on values the key does not list), and how often
// agree/refine pairs get the key's verdict.
func TestDifferencesAgainstKeysOracle(t *testing.T) {
	for _, kc := range loadKeyedCases(t) {
		t.Run(kc.name, func(t *testing.T) {
			s := &Story{Documents: kc.docs, Claims: kc.oracleClaims(t)}
			s.compareStory()
			ks := kc.score(s)
			report(t, "oracle", kc.name, ks)
			f := oracleFloors[kc.name]
			if ks.recall() < f.recall || ks.falseCompatible > f.falseMax || ks.falseUnlisted > f.unlistMax ||
				ks.accuracy() < f.accuracy || float64(ks.compatibleFound)/float64(max(1, ks.compatible)) < f.coverage {
				t.Errorf("%s below floor: recall %.2f (≥%.2f), false conflicts %d (≤%d), unlisted %d (≤%d), accuracy %.2f (≥%.2f), coverage %.2f (≥%.2f)",
					kc.name, ks.recall(), f.recall, ks.falseCompatible, f.falseMax, ks.falseUnlisted, f.unlistMax,
					ks.accuracy(), f.accuracy, float64(ks.compatibleFound)/float64(max(1, ks.compatible)), f.coverage)
			}
		})
	}
}

// endToEndFloors are the least conflict recall and the most conflicts the
// key does not list (or that repeat one already reported) on the claims
// Build aligns: just under and just over what the alignment achieves.
// Vote's two are one misspelt name set against passages the key files
// under other facts of the same councillor.
var endToEndFloors = map[string]struct {
	recall    float64
	unlistMax int
}{
	"sample": {recall: 0.95, unlistMax: 0},
	"quake":  {recall: 0.75, unlistMax: 0},
	"vote":   {recall: 0.9, unlistMax: 2},
	// Rescue's one: its headline's "All 13 rescued" against "all 12
	// members … rescued", a real discrepancy its key (written before
	// headlines were passages) does not list.
	"rescue": {recall: 0.95, unlistMax: 1},
	// Validation stories: scored, never tuned on.
	"wildfire": {recall: 0.3, unlistMax: 10},
	"trial":    {recall: 0.6, unlistMax: 10},
}

// TestDifferencesAgainstKeysEndToEnd scores the differences of the claims
// Build aligns, against endToEndFloors; a conflict between values the key
// says are compatible is a regression of comparison.
func TestDifferencesAgainstKeysEndToEnd(t *testing.T) {
	for _, kc := range loadKeyedCases(t) {
		t.Run(kc.name, func(t *testing.T) {
			s, err := Build(context.Background(), kc.docs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			ks := kc.score(s)
			report(t, "end-to-end", kc.name, ks)
			if ks.falseCompatible > oracleFloors[kc.name].falseMax {
				t.Errorf("%s: %d conflicts between values the key says are compatible", kc.name, ks.falseCompatible)
			}
			f := endToEndFloors[kc.name]
			if ks.recall() < f.recall || ks.falseUnlisted > f.unlistMax {
				t.Errorf("%s below floor: recall %.2f (≥%.2f), unlisted or repeated conflicts %d (≤%d)",
					kc.name, ks.recall(), f.recall, ks.falseUnlisted, f.unlistMax)
			}
		})
	}
}
