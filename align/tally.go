package align

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// A Tally counts how the outlets of a claim state one fact they disagree
// on: "3 of 4 outlets say October 9; 1 says October 8".
type Tally struct {
	Kind Kind
	// Role says what the fact is about, as in Difference.Role.
	Role string
	// Readings are the versions of the fact, most outlets first. Values
	// that agree (the same date written two ways) are one reading.
	Readings []Reading
	// Outlets is how many documents state the fact.
	Outlets int
	// Majority indexes the reading most outlets give, or is -1 when no
	// reading is given by more outlets than every other.
	Majority int
	// Minority lists the documents whose reading conflicts with the
	// majority's: the outlets a fact-checker should look at first.
	Minority []int
}

// A Reading is one version of a fact and the outlets that give it.
type Reading struct {
	// Text is the version as the first outlet giving it writes it.
	Text string
	Norm string
	// Docs are the documents giving this version, in order.
	Docs []int
	Refs []Ref
}

// String describes the tally in one line: "2 of 3 outlets say October
// 9; 1 says October 8".
func (t Tally) String() string {
	var parts []string
	for i, r := range t.Readings {
		verb := "say"
		if len(r.Docs) == 1 {
			verb = "says"
		}
		if i == 0 {
			parts = append(parts, fmt.Sprintf("%d of %d outlets %s %s", len(r.Docs), t.Outlets, verb, r.Text))
		} else {
			parts = append(parts, fmt.Sprintf("%d %s %s", len(r.Docs), verb, r.Text))
		}
	}
	return strings.Join(parts, "; ")
}

// tallyClaim counts, for every fact of c on which outlets conflict, how
// many outlets give each version, and writes each difference's summary
// with those counts. A fact is the values joined by agreements and
// conflicts; a value that only refines others (a month against two
// different days) is not a version of its own.
func tallyClaim(s *Story, c *Claim) []Tally {
	type node struct {
		ref  Ref
		text string
		norm string
	}
	var nodes []node
	type at struct {
		ref    Ref
		offset int
	}
	index := map[at]int{}
	id := func(v Value) int {
		k := at{v.Ref, v.Offset}
		if i, ok := index[k]; ok {
			return i
		}
		index[k] = len(nodes)
		nodes = append(nodes, node{v.Ref, v.Text, v.Norm})
		return len(nodes) - 1
	}
	type edge struct {
		a, b int
		d    *Difference
	}
	fact := newUnionFind()
	same := newUnionFind()
	var conflicts []edge
	for i := range c.Differences {
		d := &c.Differences[i]
		if len(d.Values) != 2 || d.Status == Refine {
			continue
		}
		a, b := id(d.Values[0]), id(d.Values[1])
		fact.union(a, b)
		if d.Status == Agree {
			same.union(a, b)
		} else {
			conflicts = append(conflicts, edge{a, b, d})
		}
	}
	// Values of one fact with the same normalised form are one reading
	// even when no difference says so: identical names are never listed
	// as agreeing, and a conflict is kept once per pair of outlets.
	byNorm := map[[2]int]int{} // fact root, norm's node → first node
	normID := map[string]int{}
	for i, n := range nodes {
		nid, ok := normID[n.norm]
		if !ok {
			nid = len(normID)
			normID[n.norm] = nid
		}
		k := [2]int{fact.find(i), nid}
		if first, ok := byNorm[k]; ok && n.norm != "" {
			same.union(first, i)
		} else {
			byNorm[k] = i
		}
	}
	var tallies []Tally
	groupOf := map[int]int{} // fact root → tally index
	for _, e := range conflicts {
		root := fact.find(e.a)
		if _, ok := groupOf[root]; ok {
			continue
		}
		type reading struct {
			r       Reading
			members map[int]bool
		}
		var rs []*reading
		readingOf := map[int]*reading{} // agreement root → reading
		docs := map[int]bool{}
		for i, n := range nodes {
			if fact.find(i) != root {
				continue
			}
			r := readingOf[same.find(i)]
			if r == nil {
				r = &reading{r: Reading{Text: n.text, Norm: n.norm}, members: map[int]bool{}}
				readingOf[same.find(i)] = r
				rs = append(rs, r)
			}
			if !slices.Contains(r.r.Docs, n.ref.Doc) {
				r.r.Docs = append(r.r.Docs, n.ref.Doc)
			}
			r.r.Refs = append(r.r.Refs, n.ref)
			r.members[i] = true
			docs[n.ref.Doc] = true
		}
		slices.SortStableFunc(rs, func(x, y *reading) int { return cmp.Compare(len(y.r.Docs), len(x.r.Docs)) })
		t := Tally{Kind: e.d.Kind, Role: e.d.Role, Outlets: len(docs), Majority: -1}
		for _, r := range rs {
			slices.Sort(r.r.Docs)
			t.Readings = append(t.Readings, r.r)
		}
		if len(rs) == 1 || len(rs[0].r.Docs) > len(rs[1].r.Docs) {
			t.Majority = 0
			major := rs[0]
			for _, r := range rs[1:] {
				for _, ce := range conflicts {
					if r.members[ce.a] && major.members[ce.b] || r.members[ce.b] && major.members[ce.a] {
						for _, d := range r.r.Docs {
							if !slices.Contains(t.Minority, d) && !slices.Contains(major.r.Docs, d) {
								t.Minority = append(t.Minority, d)
							}
						}
					}
				}
			}
			slices.Sort(t.Minority)
		}
		groupOf[root] = len(tallies)
		tallies = append(tallies, t)
	}
	for i := range c.Differences {
		d := &c.Differences[i]
		var t *Tally
		if len(d.Values) == 2 && d.Status != Refine {
			if k, ok := groupOf[fact.find(id(d.Values[0]))]; ok {
				t = &tallies[k]
			}
		}
		d.Summary = summarise(s, d, t)
	}
	return tallies
}

// summarise writes a difference in one line, with the number of outlets
// giving each value when outlets disagree: "date: October 8 (1 of 3
// outlets) ≠ October 9 (2 of 3 outlets)".
func summarise(s *Story, d *Difference, t *Tally) string {
	var b strings.Builder
	b.WriteString(string(d.Kind))
	if d.Conversion {
		b.WriteString(" (conversion)")
	}
	b.WriteString(": ")
	texts := []string{compactText(d.Values[0].Text), compactText(d.Values[1].Text)}
	if d.Kind == KindQuote && d.Status == Conflict && len(d.Diff) > 0 {
		if a, bb, ok := changedWords(d.Diff); ok {
			texts = []string{"“…" + compactText(a) + "…”", "“…" + compactText(bb) + "…”"}
		}
	}
	for i, v := range d.Values {
		if i > 0 {
			b.WriteString(" " + statusSign(d.Status) + " ")
		}
		b.WriteString(texts[i])
		if t != nil && !d.Conversion {
			for _, r := range t.Readings {
				if slices.Contains(r.Refs, v.Ref) && slices.Contains(r.Docs, v.Ref.Doc) {
					fmt.Fprintf(&b, " (%d of %d outlets)", len(r.Docs), t.Outlets)
					break
				}
			}
		}
	}
	if d.Status == Conflict && t != nil && t.Majority >= 0 && len(t.Minority) > 0 {
		var names []string
		for _, doc := range t.Minority {
			names = append(names, s.Documents[doc].Outlet)
		}
		fmt.Fprintf(&b, "; minority: %s", strings.Join(names, ", "))
	}
	return b.String()
}

// changedWords picks, from a word diff, the stretch of changes that
// matters most (words replaced on both sides first, then the most
// meaningful words), changes at most two words apart taken together, and
// returns it as each side words it, with a word of context either side:
// "a terrible club" and "a really bad club"; "I, too, lost my son" and "I
// had lost a son".
func changedWords(spans []Span) (string, string, bool) {
	bestScore, bestA, bestB := 0, "", ""
	for i := 0; i < len(spans); i++ {
		if spans[i].Op == Same {
			continue
		}
		// Extend the stretch over changes separated by at most two words.
		j := i
		for j < len(spans) {
			if spans[j].Op == Same {
				if len(strings.Fields(spans[j].Text)) > 2 || j+1 >= len(spans) {
					break
				}
			}
			j++
		}
		for j > i && spans[j-1].Op == Same {
			j--
		}
		var a, b strings.Builder
		for _, sp := range spans[i:j] {
			if sp.Op != OnlyB {
				a.WriteString(sp.Text)
			}
			if sp.Op != OnlyA {
				b.WriteString(sp.Text)
			}
		}
		ca, cb := contentWords(a.String()), contentWords(b.String())
		score := ca + cb
		if hasLetter(a.String()) && hasLetter(b.String()) {
			score += 10 // words replaced, not only added or dropped
		}
		if score > bestScore {
			left, right := "", ""
			if i > 0 {
				t := spans[i-1].Text
				left = t[strings.LastIndexFunc(strings.TrimRightFunc(t, unicode.IsSpace), unicode.IsSpace)+1:]
			}
			if j < len(spans) {
				t := spans[j].Text
				k := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
				if e := strings.IndexFunc(t[k:], unicode.IsSpace); e >= 0 {
					t = t[:k+e]
				}
				right = t
			}
			join := func(mid string) string {
				return strings.Trim(strings.TrimSpace(left+mid+right), "“”\"'‘’ ")
			}
			bestScore, bestA, bestB = score, join(a.String()), join(b.String())
		}
		i = j
	}
	return bestA, bestB, bestScore > 0
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// contentWords counts the words of s that are not function words.
func contentWords(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !quoteStopWords[plainFold(w)] {
			n++
		}
	}
	return n
}

// compactText shortens a long value (a quote) for a one-line summary.
func compactText(s string) string {
	r := []rune(s)
	if len(r) <= 60 {
		return s
	}
	return string(r[:57]) + "…"
}

// statusSign is the sign written between two compared values.
func statusSign(s Status) string {
	switch s {
	case Agree:
		return "="
	case Refine:
		// "~", not "⊂": the values come in document order, and which one
		// is the more specific depends on the kind.
		return "~"
	}
	return "≠"
}

type unionFind struct{ parent map[int]int }

func newUnionFind() *unionFind { return &unionFind{parent: map[int]int{}} }

func (u *unionFind) find(x int) int {
	p, ok := u.parent[x]
	if !ok || p == x {
		return x
	}
	r := u.find(p)
	u.parent[x] = r
	return r
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u.parent[rb] = ra
	}
}
