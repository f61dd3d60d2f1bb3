package align

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosscheck/corpus"
)

// differenceKey is an answer key's record of planted differences: which
// passages state each fact, and for pairs of values whether they agree,
// refine one another or conflict.
type differenceKey struct {
	Facts []struct {
		ID       string `json:"id"`
		Passages []struct {
			File     string `json:"file"`
			Contains string `json:"contains"`
		} `json:"passages"`
	} `json:"facts"`
	Differences []keyDifference `json:"differences"`
	Validation  bool            `json:"validation"`
}

type keyDifference struct {
	Fact   string `json:"fact"`
	Kind   string `json:"kind"`
	Status string `json:"status"`
	Values []struct {
		File string `json:"file"`
		Text string `json:"text"`
	} `json:"values"`
	Note string `json:"note"`
}

// keyedCase is one story with its answer key.
type keyedCase struct {
	name string
	// validation marks a story that is scored but never tuned on: its
	// floors guard against regressions, they do not steer behaviour.
	validation bool
	docs       []corpus.Document
	key        differenceKey
	// docOf maps a file name to its document index.
	docOf map[string]int
}

func loadKeyedCases(t *testing.T) []keyedCase {
	t.Helper()
	var cases []keyedCase
	read := func(name, keyPath string, docs []corpus.Document) {
		b, err := os.ReadFile(keyPath)
		if err != nil {
			t.Fatal(err)
		}
		var k differenceKey
		if err := json.Unmarshal(b, &k); err != nil {
			t.Fatalf("%s: %v", keyPath, err)
		}
		kc := keyedCase{name: name, validation: k.Validation, docs: docs, key: k, docOf: map[string]int{}}
		for i, d := range docs {
			kc.docOf[path.Base(d.Path)] = i
		}
		cases = append(cases, kc)
	}
	sample, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	read("sample", "../testdata/sample_key.json", sample.Documents)
	for _, name := range []string{"quake", "vote", "rescue", "wildfire", "trial"} {
		c, err := corpus.Load([]string{filepath.Join("../testdata/stories", name)}, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		read(name, filepath.Join("../testdata/stories", name+".key.json"), c.Documents)
	}
	return cases
}

// find returns the passage of file whose text contains text, preferring
// the given candidates.
func (kc *keyedCase) find(file, text string, prefer []Ref) (Ref, bool) {
	d, ok := kc.docOf[file]
	if !ok {
		return Ref{}, false
	}
	for _, r := range prefer {
		if r.Doc == d && strings.Contains(kc.docs[d].Passages[r.Passage].Text, text) {
			return r, true
		}
	}
	for p, ps := range kc.docs[d].Passages {
		if strings.Contains(ps.Text, text) {
			return Ref{Doc: d, Passage: p}, true
		}
	}
	return Ref{}, false
}

// oracleClaims builds one claim per fact of the key, holding the passages
// the key says state it: comparison measured apart from alignment.
func (kc *keyedCase) oracleClaims(t *testing.T) []Claim {
	var claims []Claim
	for _, f := range kc.key.Facts {
		var c Claim
		for _, p := range f.Passages {
			r, ok := kc.find(p.File, p.Contains, nil)
			if !ok {
				t.Fatalf("%s: fact %s: no passage of %s contains %q", kc.name, f.ID, p.File, p.Contains)
			}
			if !slices.Contains(c.Members, r) {
				c.Members = append(c.Members, r)
			}
		}
		slices.SortFunc(c.Members, func(a, b Ref) int {
			if a.Doc != b.Doc {
				return a.Doc - b.Doc
			}
			return a.Passage - b.Passage
		})
		c.ID = f.ID
		claims = append(claims, c)
	}
	return claims
}

// keyValue is a key value located in a passage: its byte span.
type keyValue struct {
	ref        Ref
	start, end int
}

// locate finds a key difference's values in the passages of its fact.
func (kc *keyedCase) locate(d keyDifference, facts map[string][]Ref) ([]keyValue, bool) {
	var out []keyValue
	for _, v := range d.Values {
		r, ok := kc.find(v.File, v.Text, facts[d.Fact])
		if !ok {
			return nil, false
		}
		text := kc.docs[r.Doc].Passages[r.Passage].Text
		i := strings.Index(text, v.Text)
		out = append(out, keyValue{r, i, i + len(v.Text)})
	}
	return out, true
}

// covers reports whether a produced value overlaps a key value.
func covers(v Value, k keyValue) bool {
	return v.Ref == k.ref && v.Offset < k.end && k.start < v.Offset+len(v.Text)
}

// matches reports whether a produced difference states the key
// difference's pair of values (in either order).
func matches(d Difference, kd keyDifference, kvs []keyValue) bool {
	// The keys file durations under numbers: they were written before a
	// length of time was a kind of its own.
	kind := string(d.Kind)
	if d.Kind == KindDuration {
		kind = string(KindNumber)
	}
	if kind != kd.Kind || len(d.Values) != 2 || len(kvs) != 2 {
		return false
	}
	return covers(d.Values[0], kvs[0]) && covers(d.Values[1], kvs[1]) ||
		covers(d.Values[0], kvs[1]) && covers(d.Values[1], kvs[0])
}

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

func (kc *keyedCase) describe(d Difference) string {
	var parts []string
	for _, v := range d.Values {
		parts = append(parts, fmt.Sprintf("%s %q", path.Base(kc.docs[v.Ref.Doc].Path), v.Text))
	}
	return string(d.Kind) + ": " + strings.Join(parts, " ≠ ")
}

func (kc *keyedCase) oracleClaimsNoFail() []Claim {
	var claims []Claim
	for _, f := range kc.key.Facts {
		c := Claim{ID: f.ID}
		for _, p := range f.Passages {
			if r, ok := kc.find(p.File, p.Contains, nil); ok {
				c.Members = append(c.Members, r)
			}
		}
		claims = append(claims, c)
	}
	return claims
}

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
