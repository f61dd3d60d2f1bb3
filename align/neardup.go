package align

import (
	"cmp"
	"slices"
)

// Near-duplicate claims. Splitting a group into its maximal cliques (see
// splitCliques) makes one claim of each set of members that are all
// linked; when a large group of leads lacks a few links (a headline that
// shares no word with one lead, an earlier article's lead), its cliques
// are the same leads again and again, each with another few members left
// out, and a reader sees one fact several times. A claim whose every two
// outlets' sentences share another claim tells nothing the others do not
// and is dropped. A fact whose claim was made twice, around each of two
// neighbouring sentences of one outlet, is made one claim. Nothing else
// is merged: the claims of two facts of one lead differ by a sentence of
// each fact, and the clique split keeps those sentences apart.

// nearDupShare is the share of the smaller claim's members the larger
// must hold for two claims to be near duplicates.
const nearDupShare = 0.8

// nearDupMembers is the fewest members a claim must have to be a near
// duplicate of another: in smaller claims one member more or less is
// another fact.
const nearDupMembers = 4

// dropNearDuplicates drops the claims that tell one fact again: each holds
// most of another claim's members (nearDupShare of the smaller's, both
// with nearDupMembers or more), and every two of its members from
// different outlets share another claim still kept, so that dropping it
// parts no two sentences. Smaller claims go first, the larger stays.
func dropNearDuplicates(ix *index, groups []claimGroup) []claimGroup {
	in := map[int][]int{} // passage → groups holding it
	for g, gr := range groups {
		for _, m := range gr.members {
			in[m] = append(in[m], g)
		}
	}
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(len(groups[a].members), len(groups[b].members)), cmp.Compare(b, a))
	})
	dropped := make([]bool, len(groups))
	// sharedElsewhere reports whether a and b share a kept group other
	// than g.
	sharedElsewhere := func(g, a, b int) bool {
		for _, h := range in[a] {
			if h != g && !dropped[h] && slices.Contains(in[b], h) {
				return true
			}
		}
		return false
	}
	for _, g := range order {
		gr := groups[g]
		if len(gr.members) < nearDupMembers {
			continue
		}
		dup := false
		for _, h := range in[gr.members[0]] {
			if h != g && !dropped[h] && nearDuplicates(gr, groups[h]) {
				dup = true
				break
			}
		}
		// A near duplicate need not hold the first member.
		for i := 1; !dup && i < len(gr.members); i++ {
			for _, h := range in[gr.members[i]] {
				if h != g && !dropped[h] && nearDuplicates(gr, groups[h]) {
					dup = true
					break
				}
			}
		}
		if !dup {
			continue
		}
		covered := true
		for i, a := range gr.members {
			for _, b := range gr.members[i+1:] {
				if ix.refs[a].Doc != ix.refs[b].Doc && !sharedElsewhere(g, a, b) {
					covered = false
					break
				}
			}
			if !covered {
				break
			}
		}
		dropped[g] = covered
	}
	var out []claimGroup
	for g, gr := range groups {
		if !dropped[g] {
			out = append(out, gr)
		}
	}
	return out
}

// nearDuplicates reports whether g and h hold most of one another's
// members: nearDupShare of the smaller's, both with nearDupMembers or more.
func nearDuplicates(g, h claimGroup) bool {
	if len(g.members) < nearDupMembers || len(h.members) < nearDupMembers {
		return false
	}
	return float64(countShared(g.members, h.members)) >= nearDupShare*float64(min(len(g.members), len(h.members)))
}

// mergeOneOutletTwice merges two near-duplicate claims whose members that
// differ are all one outlet's (the fact's claim made around each of two
// sentences of one article): merged, no two outlets' sentences share a
// claim that did not before.
func mergeOneOutletTwice(ix *index, groups []claimGroup) []claimGroup {
	in := map[int][]int{} // passage → groups holding it
	for g, gr := range groups {
		for _, m := range gr.members {
			in[m] = append(in[m], g)
		}
	}
	dead := make([]bool, len(groups))
	for g := range groups {
		for again := !dead[g]; again && len(groups[g].members) >= nearDupMembers; {
			again = false
			for _, m := range groups[g].members {
				for _, h := range in[m] {
					if h == g || dead[h] || !nearDuplicates(groups[g], groups[h]) || !differInOneOutlet(ix, groups[g], groups[h]) {
						continue
					}
					for _, n := range groups[h].members {
						if !slices.Contains(in[n], g) {
							in[n] = append(in[n], g)
						}
					}
					groups[g] = mergeGroups(groups[g], groups[h])
					dead[h] = true
					again = true
					break
				}
				if again {
					break
				}
			}
		}
	}
	var out []claimGroup
	for g, gr := range groups {
		if !dead[g] {
			out = append(out, gr)
		}
	}
	return out
}

// differInOneOutlet reports whether the members g and h do not share are
// all of one document, each near enough the other's sentences of that
// document to share a claim with them (see mayJoin).
func differInOneOutlet(ix *index, g, h claimGroup) bool {
	doc := -1
	for _, set := range [2][2]claimGroup{{g, h}, {h, g}} {
		for _, m := range set[0].members {
			if slices.Contains(set[1].members, m) {
				continue
			}
			if !ix.headline(m) && !mayJoin(ix, m, set[1].members) {
				return false
			}
			if d := ix.refs[m].Doc; doc >= 0 && d != doc {
				return false
			} else {
				doc = d
			}
		}
	}
	return true
}

// mergeGroups returns the claim of g's and h's members together.
func mergeGroups(g, h claimGroup) claimGroup {
	return claimGroup{
		members: sortedUnion(g.members, h.members),
		home:    sortedUnion(g.home, h.home),
		own:     sortedUnion(g.own, h.own),
		byValue: sortedUnion(g.byValue, h.byValue),
	}
}

// countShared returns how many elements a and b have in common.
func countShared(a, b []int) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}
