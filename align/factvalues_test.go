package align

import (
	"slices"
	"testing"
	"time"

	"crosscheck/align/fact"
)

// TestMarkNormsAcrossWordings: two outlets that give one value in other
// words ("about 14 miles", "14 miles"; "shortly after 2:09 am PST", "at
// 2:09 a.m.") mark one fact; other values do not.
func TestMarkNormsAcrossWordings(t *testing.T) {
	published := time.Date(2024, 5, 9, 12, 0, 0, 0, time.UTC)
	marks := func(sentence string) []string {
		var out []string
		for _, sv := range valueKeys(fact.Extract(sentence, published)) {
			out = append(out, sv.key.norm)
		}
		return out
	}
	cases := []struct {
		a, b string
		same bool
	}{
		{"The tremor began shortly after 2:09 am PST, officials said.", "The tremor struck at 2:09 a.m. near the dam.", true},
		{"The tremor struck at 2:09 a.m. near the dam.", "A second tremor struck at 2:19 a.m.", false},
		{"The fire started at about 10 a.m. in the mill.", "Crews were called to the mill at 10 a.m.", true},
		{"The fire started at about 10 a.m. in the mill.", "Crews were called to the mill at 11 a.m.", false},
		{"The market was open between 10 a.m. and 2 p.m. on Sunday.", "The mayor spoke at noon on Sunday.", false},
		{"The hikers walked about 14 miles before dark.", "The hikers had walked 14 miles by nightfall.", true},
		{"The hikers walked about 14 miles before dark.", "The hikers had walked 41 miles by nightfall.", false},
	}
	for _, c := range cases {
		ma, mb := marks(c.a), marks(c.b)
		shared := slices.ContainsFunc(ma, func(m string) bool { return slices.Contains(mb, m) })
		if shared != c.same {
			t.Errorf("%q marks %q, %q marks %q: shared %v, want %v", c.a, ma, c.b, mb, shared, c.same)
		}
	}
}

// TestCountKeyAcrossNouns: a headline's "4 dead" counts what a lead's
// "four people were killed" and "at least four people died" count; "4
// injured" and "40 dead" count something else.
func TestCountKeyAcrossNouns(t *testing.T) {
	published := time.Date(2024, 5, 9, 12, 0, 0, 0, time.UTC)
	counts := func(sentence string) []string {
		var out []string
		for _, sv := range valueKeys(fact.Extract(sentence, published)) {
			if ck := countKey(sv); ck != "" {
				out = append(out, ck)
			}
		}
		return out
	}
	head := counts("Ferry fire: 4 dead")
	if len(head) == 0 {
		t.Fatalf("the headline's count has no key")
	}
	cases := []struct {
		sentence string
		same     bool
	}{
		{"Four people were killed when fire swept through the ferry.", true},
		{"At least four people died after a blaze broke out on the ferry.", true},
		{"Four people were injured when fire swept through the ferry.", false},
		{"Ferry fire: 40 dead", false},
	}
	for _, c := range cases {
		got := counts(c.sentence)
		shared := slices.ContainsFunc(got, func(k string) bool { return slices.Contains(head, k) })
		if shared != c.same {
			t.Errorf("%q counts %q, the headline %q: shared %v, want %v", c.sentence, got, head, shared, c.same)
		}
	}
}
