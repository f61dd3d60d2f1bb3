package session

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"crosscheck/align"
	"crosscheck/corpus"
)

// excerptLen is how many characters of a claim's first passage a mark
// keeps to describe it.
const excerptLen = 160

// PassageHash identifies a passage by its normalised text: typographic
// quotes and dashes folded, lower case, runs of white space made one
// space. Two runs over the same article give its passages the same hashes
// even when other articles were added.
func PassageHash(text string) string {
	norm := strings.ToLower(strings.Join(strings.Fields(corpus.Fold(text)), " "))
	sum := sha256.Sum256([]byte(norm))
	return hex.EncodeToString(sum[:8])
}

// identity is what a mark or a position stores about its claim.
type identity struct {
	Key      string
	ID       string
	Passages []string
	Outlets  []string
	Excerpt  string
}

// identify describes claim i of story.
func identify(story *align.Story, i int) identity {
	c := &story.Claims[i]
	id := identity{Key: c.Key, ID: c.ID}
	for _, m := range c.Members {
		id.Passages = append(id.Passages, PassageHash(story.Passage(m).Text))
		if o := story.Documents[m.Doc].Outlet; !slices.Contains(id.Outlets, o) {
			id.Outlets = append(id.Outlets, o)
		}
	}
	if len(c.Members) > 0 {
		id.Excerpt = excerpt(story.Passage(c.Members[0]).Text)
	}
	return id
}

func excerpt(s string) string {
	rs := []rune(strings.Join(strings.Fields(s), " "))
	if len(rs) <= excerptLen {
		return string(rs)
	}
	return strings.TrimRight(string(rs[:excerptLen-1]), " ") + "…"
}

// matcher finds claims of one story by identity.
type matcher struct {
	keys   map[string][]int       // claim key → claims
	hashes map[string]map[int]int // passage hash → claim → how many members have it
	sizes  []int                  // members per claim
}

func newMatcher(story *align.Story) *matcher {
	mt := &matcher{keys: map[string][]int{}, hashes: map[string]map[int]int{}, sizes: make([]int, len(story.Claims))}
	for i := range story.Claims {
		c := &story.Claims[i]
		mt.keys[c.Key] = append(mt.keys[c.Key], i)
		mt.sizes[i] = len(c.Members)
		for _, m := range c.Members {
			h := PassageHash(story.Passage(m).Text)
			if mt.hashes[h] == nil {
				mt.hashes[h] = map[int]int{}
			}
			mt.hashes[h][i]++
		}
	}
	return mt
}

// candidate is a claim an identity could belong to, with how well it
// fits: better candidates sort first.
type candidate struct {
	claim   int
	exact   bool    // same Key
	share   float64 // fraction of the identity's passages the claim holds
	jaccard float64 // overlap over union: prefers the claim closest in size
}

// compareFit orders candidates by fit alone, best first.
func (a candidate) compareFit(b candidate) int {
	if a.exact != b.exact {
		if a.exact {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(b.share, a.share); c != 0 {
		return c
	}
	return cmp.Compare(b.jaccard, a.jaccard)
}

// compare orders candidates by fit, then by claim order.
func (a candidate) compare(b candidate) int {
	return cmp.Or(a.compareFit(b), cmp.Compare(a.claim, b.claim))
}

// candidates returns the claims that may hold id, best first: the claims
// with its Key, then those holding at least half of its passages.
func (mt *matcher) candidates(id identity) []candidate {
	var out []candidate
	seen := map[int]bool{}
	for _, c := range mt.keys[id.Key] {
		if id.Key != "" {
			out = append(out, candidate{claim: c, exact: true, share: 1, jaccard: 1})
			seen[c] = true
		}
	}
	if n := len(id.Passages); n > 0 {
		overlap := map[int]int{}
		want := map[string]int{}
		for _, h := range id.Passages {
			want[h]++
		}
		for h, k := range want {
			for c, have := range mt.hashes[h] {
				overlap[c] += min(k, have)
			}
		}
		for c, o := range overlap {
			if seen[c] || 2*o < n {
				continue
			}
			union := n + mt.sizes[c] - o
			out = append(out, candidate{claim: c, share: float64(o) / float64(n), jaccard: float64(o) / float64(union)})
		}
	}
	slices.SortFunc(out, candidate.compare)
	return out
}

// assign matches marks to claims, one mark per claim, best fits first:
// claim[k] is the claim of marks[k], or -1 for an orphan. When two marks
// fit one claim (two claims merged), the better fit wins, then the newer
// mark; the other tries its next candidate or becomes an orphan.
func (mt *matcher) assign(marks []Mark) []int {
	type pair struct {
		mark int
		candidate
	}
	var pairs []pair
	for k, m := range marks {
		for _, c := range mt.candidates(markIdentity(m)) {
			pairs = append(pairs, pair{k, c})
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return cmp.Or(a.compareFit(b.candidate),
			marks[b.mark].Time.Compare(marks[a.mark].Time), // newer marks first
			cmp.Compare(a.mark, b.mark), cmp.Compare(a.claim, b.claim))
	})
	claim := make([]int, len(marks))
	for k := range claim {
		claim[k] = -1
	}
	taken := map[int]bool{}
	for _, p := range pairs {
		if claim[p.mark] >= 0 || taken[p.claim] {
			continue
		}
		claim[p.mark] = p.claim
		taken[p.claim] = true
	}
	return claim
}

func markIdentity(m Mark) identity {
	return identity{Key: m.ClaimKey, ID: m.ClaimID, Passages: m.Passages, Outlets: m.Outlets, Excerpt: m.Excerpt}
}

// setIdentity points m at the claim id describes.
func (m *Mark) setIdentity(id identity) {
	m.ClaimKey, m.ClaimID, m.Passages, m.Outlets, m.Excerpt = id.Key, id.ID, id.Passages, id.Outlets, id.Excerpt
}
