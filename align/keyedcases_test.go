package align

import (
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

// The keyed stories of testdata: each story with its answer key of planted
// differences, the key's values found in the passages, and claims built
// from the key's facts (oracle claims).

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
