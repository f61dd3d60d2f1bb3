package align

import (
	"slices"
	"testing"

	"crosscheck/corpus"
)

// indexOfDocs returns an index of passages whose documents are docs, in
// order: enough for the near-duplicate rules, which read which outlet a
// member is from and where it stands in its article.
func indexOfDocs(docs ...int) *index {
	ix := &index{tune: defaultTuning}
	for _, d := range docs {
		for len(ix.docs) <= d {
			ix.docs = append(ix.docs, corpus.Document{})
		}
		ix.refs = append(ix.refs, Ref{Doc: d, Passage: len(ix.docs[d].Passages)})
		ix.docs[d].Passages = append(ix.docs[d].Passages, corpus.Passage{})
	}
	return ix
}

func membersOf(groups []claimGroup) [][]int {
	var out [][]int
	for _, g := range groups {
		out = append(out, g.members)
	}
	return out
}

func TestDropNearDuplicates(t *testing.T) {
	ix := indexOfDocs(0, 1, 2, 3, 4, 5, 6, 7)
	lead := claimGroup{members: []int{0, 1, 2, 3, 4}, own: []int{0, 1, 2, 3}}
	again := claimGroup{members: []int{0, 1, 2, 3, 5}, own: []int{0, 1, 2, 3}}
	tests := []struct {
		name   string
		groups []claimGroup
		want   [][]int
	}{{
		// Every pair of again's members is in another claim: it tells
		// the lead's fact again, and dropping it parts no two sentences.
		name: "every pair kept elsewhere",
		groups: []claimGroup{lead, again,
			{members: []int{0, 1, 2, 5, 6}},
			{members: []int{3, 5, 7}}},
		want: [][]int{{0, 1, 2, 3, 4}, {0, 1, 2, 5, 6}, {3, 5, 7}},
	}, {
		// Passage 5 shares a claim with 0 to 3 only in again: it stays,
		// and so does the lead, which alone holds 4 with them.
		name:   "a pair no other claim holds",
		groups: []claimGroup{lead, again},
		want:   [][]int{{0, 1, 2, 3, 4}, {0, 1, 2, 3, 5}},
	}, {
		// Claims of three are too small to call near duplicates: one
		// member more or less is another fact.
		name: "small claims",
		groups: []claimGroup{{members: []int{0, 1, 2}}, {members: []int{0, 1, 5}},
			{members: []int{0, 5}}, {members: []int{1, 5}}},
		want: [][]int{{0, 1, 2}, {0, 1, 5}, {0, 5}, {1, 5}},
	}, {
		// Two claims that share half their members are two facts.
		name: "half shared",
		groups: []claimGroup{{members: []int{0, 1, 2, 3}}, {members: []int{0, 1, 6, 7}},
			{members: []int{6, 7, 0}}, {members: []int{6, 7, 1}}},
		want: [][]int{{0, 1, 2, 3}, {0, 1, 6, 7}, {6, 7, 0}, {6, 7, 1}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := membersOf(dropNearDuplicates(ix, slices.Clone(tt.groups)))
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDropNearDuplicatesIgnoresPairsOfOneOutlet(t *testing.T) {
	groups := []claimGroup{
		{members: []int{0, 1, 2, 3, 4}},
		{members: []int{0, 1, 2, 3, 5}},
		{members: []int{1, 2, 5}},
		{members: []int{3, 5}},
	}
	// Passages 0 and 5 are one article's: that they share no other claim
	// parts no two outlets' sentences, and the second claim tells the
	// first's fact again.
	got := membersOf(dropNearDuplicates(indexOfDocs(0, 1, 2, 3, 4, 0), slices.Clone(groups)))
	want := [][]int{{0, 1, 2, 3, 4}, {1, 2, 5}, {3, 5}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("0 and 5 of one outlet: got %v, want %v", got, want)
	}
	// Of two outlets, 0 and 5 share only the second claim: it stays.
	got = membersOf(dropNearDuplicates(indexOfDocs(0, 1, 2, 3, 4, 5), slices.Clone(groups)))
	if !slices.EqualFunc(got, membersOf(groups), slices.Equal) {
		t.Errorf("0 and 5 of two outlets: got %v, want %v", got, membersOf(groups))
	}
}

func TestMergeOneOutletTwice(t *testing.T) {
	tests := []struct {
		name string
		docs []int
		a, b int // the members the two claims do not share
		want [][]int
	}{
		// 4 and 5 are two sentences of one article, each the home of
		// a claim the other outlets' sentences joined: one fact.
		{"one outlet's two sentences", []int{0, 1, 2, 3, 4, 4}, 4, 5, [][]int{{0, 1, 2, 3, 4, 5}}},
		// 4 and 5 are two outlets' and were never linked: merging the
		// claims would make them one fact.
		{"two outlets", []int{0, 1, 2, 3, 4, 5}, 4, 5, [][]int{{0, 1, 2, 3, 4}, {0, 1, 2, 3, 5}}},
		// 4 and 7 are one article's, too far apart to share a claim.
		{"far apart in one article", []int{0, 1, 2, 3, 4, 4, 4, 4}, 4, 7, [][]int{{0, 1, 2, 3, 4}, {0, 1, 2, 3, 7}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			groups := []claimGroup{
				{members: []int{0, 1, 2, 3, tt.a}, home: []int{tt.a}, own: []int{tt.a}},
				{members: []int{0, 1, 2, 3, tt.b}, home: []int{tt.b}, own: []int{tt.b}, byValue: []int{0}},
			}
			out := mergeOneOutletTwice(indexOfDocs(tt.docs...), groups)
			if got := membersOf(out); !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			if len(out) == 1 {
				both := []int{tt.a, tt.b}
				if !slices.Equal(out[0].own, both) || !slices.Equal(out[0].home, both) || !slices.Equal(out[0].byValue, []int{0}) {
					t.Errorf("merged claim: own %v, home %v, byValue %v; want both sentences its own and home, 0 joined by value", out[0].own, out[0].home, out[0].byValue)
				}
			}
		})
	}
}
