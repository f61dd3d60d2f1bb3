package fact

import (
	"strings"
)

// Facts a person owns, across the story. An age is the age of the person
// it is said of, wherever the story says it: "Robert Buckley, 32," in
// one claim and "31-year-old Robert Buckley" in another are one fact,
// though no claim holds both; and so is the place a person is of
// ("Simpson of Fort Coffee", "Simpson, of Spiro").

// storyWide reports whether a slot key is a person's, compared across
// the story: an age, a home, a detail of a named person or thing (a
// nationality, the type of a ship).
func storyWide(key string) bool {
	return strings.HasPrefix(key, "age/") && !strings.HasPrefix(key, "age/the ") ||
		strings.HasPrefix(key, "detail/") && strings.Count(key, "/") == 2 || // a named person's or thing's
		storyEvent(key) // the time of the story's shooting
}

// StoryRows returns the rows of the slots a person owns (ages, homes), of
// the story's event and of its main counts (storycounts.go) whose values
// the story's passages give more than one way, judged across the whole
// story: one row per slot.
func (a *Analysis) StoryRows() []Row {
	byKey := map[string][]node{}
	var keys []string
	for d := range a.facts {
		for p := range a.facts[d] {
			for i := range a.facts[d][p] {
				f := &a.facts[d][p][i]
				if !storyWide(f.slotKey) && !storyCount(f.slotKey) {
					continue
				}
				if storyCount(f.slotKey) && (f.local || a.headRefs[d] == (Ref{d, p})) {
					continue // a headline's count, or a place's, meets the others in its claims
				}
				if _, ok := byKey[f.slotKey]; !ok {
					keys = append(keys, f.slotKey)
				}
				byKey[f.slotKey] = append(byKey[f.slotKey], node{ref: Ref{d, p}, fact: f, head: a.headRefs[d] == Ref{d, p}})
			}
		}
	}
	var out []Row
	for _, k := range keys {
		nodes := byKey[k]
		norms := map[string]bool{}
		for _, n := range nodes {
			norms[n.fact.Norm] = true
		}
		if len(norms) < 2 {
			continue
		}
		if (strings.HasSuffix(k, "/attack") || storyCount(k)) && a.oneArticleDisagrees(nodes) {
			// An article giving two times or places of "the shooting"
			// tells of two; one giving two counts of the dead, of two
			// moments or two groups.
			continue
		}
		if storyCount(k) && farApartAcross(nodes) {
			continue // "more than 59,000 killed" is another quake's, not this one's 24
		}
		grp := make([]int, len(nodes))
		for i := range grp {
			grp[i] = i
		}
		if r, _, ok := a.slotRow(nodes, grp, true); ok && r.Status.Disputed() {
			out = append(out, r)
		}
	}
	return out
}

// Key returns what identifies the row's slot across the story, or "".
func (r *Row) Key() string { return r.key }

// oneArticleDisagrees reports whether one article gives two of the values
// that cannot both be true: for the story's attack, a sign of two attacks
// (a spree at two places, at two times), not of a misreport.
func (a *Analysis) oneArticleDisagrees(nodes []node) bool {
	for i, x := range nodes {
		for _, y := range nodes[i+1:] {
			if x.ref.Doc != y.ref.Doc || x.fact.Norm == y.fact.Norm {
				continue
			}
			if st, _, ok := a.rate(factRef{x.ref, x.fact}, factRef{y.ref, y.fact}, true); ok && st >= Differ {
				return true
			}
		}
	}
	return false
}
