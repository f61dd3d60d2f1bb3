package align

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"crosscheck/align/fact"
	"crosscheck/corpus"
)

// A Story is the aligned analysis of the documents about one event.
type Story struct {
	// Title names the story: the first document headline found.
	Title string
	// Documents are the input documents, in input order, without the
	// copies of others (see Copies); a Ref's Doc indexes this slice.
	Documents []corpus.Document
	// Copies lists, for each document, the input documents that carry
	// its text word for word (a wire story many sites ran, each with its
	// own page around it); nil when no document is a copy of another.
	// Copies are not aligned: their source stands for them.
	Copies [][]corpus.Document
	// Claims are the facts of the story in the order it is told.
	Claims []Claim
	// Variants are names spelled more than one way across the corpus.
	Variants []Variant
	// InArticle are the facts one article states two incompatible ways,
	// such as a headline figure against the body's: each difference's
	// values are from one document, the first from its headline passage
	// (or, for a document made without one, a Ref with Passage
	// HeadlinePassage pointing at its Title; see IsHeadline and Source).
	InArticle []Difference
	// Disputes are the facts the outlets give differently, each once,
	// those involving most outlets first.
	Disputes []Dispute

	// facts is the typed facts of every passage and what comparing them
	// needs to know of the whole story.
	facts *fact.Analysis
}

// A Ref points at one passage of a Story: Documents[Doc].Passages[Passage].
type Ref = fact.Ref

// HeadlinePassage is the Passage of a Ref that points at the Title of a
// document made without a headline passage (by hand, in tests and
// tools); it appears only in Story.InArticle.
const HeadlinePassage = fact.HeadlinePassage

// A Claim is one fact as reported by the outlets that state it: usually
// one passage per outlet (two when an outlet splits the fact, such as a
// quote, across neighbouring sentences), members alike on average and most
// of them pairwise. A passage that states several facts, such as a lead,
// belongs to the claim of each.
type Claim struct {
	// ID is the claim's position-based identifier: "c1", "c2", ….
	ID string
	// Key identifies the claim by content, not position: a hash of its
	// member passages' folded text. It survives re-runs that add articles.
	Key string
	// Members are the claim's passages, ordered by document.
	Members []Ref
	// Score is how sure the alignment is, from 0 to 1: the mean pair-model
	// probability that two members of different outlets state the same
	// fact (1 for a claim only one outlet reports).
	Score float64
	// Differences are the typed comparisons between members' facts.
	Differences []Difference
	// Facts are the fact sheet's rows for the claim: one per fact its
	// members state, disputed ones first.
	Facts []Row

	// focus holds, by member, the byte offsets of the part of its
	// passage the claim is about, {0, 0} for all of it; nil when the
	// claim is about every member's whole passage (see Focus).
	focus [][2]int
	// judged holds, by member, the parts of its passage whose facts the
	// claim compares: its focus, and its facts of the slots the claim's
	// own passages give; nil for a member read whole.
	judged [][][2]int
}

// Focus returns the part of the passage of member i that c is about, as
// byte offsets into its text, or false when c is about all of it. A
// sentence that states several facts (a lead) belongs to the claim of
// each, and is read in each for that fact alone: the clause that the
// claim's other outlets share with it.
func (c *Claim) Focus(i int) (start, end int, ok bool) {
	if i < 0 || i >= len(c.focus) || c.focus[i][1] == 0 {
		return 0, 0, false
	}
	return c.focus[i][0], c.focus[i][1], true
}

// FocusOf is Focus for the member r points at; false when r is no member.
func (c *Claim) FocusOf(r Ref) (start, end int, ok bool) {
	return c.Focus(slices.Index(c.Members, r))
}

// Docs returns the indexes of the documents that report c, in order.
func (c *Claim) Docs() []int {
	var ds []int
	for _, m := range c.Members {
		if len(ds) == 0 || ds[len(ds)-1] != m.Doc {
			ds = append(ds, m.Doc)
		}
	}
	return ds
}

// CopiesOf returns the documents that carry the text of document doc.
func (s *Story) CopiesOf(doc int) []corpus.Document {
	if doc < 0 || doc >= len(s.Copies) {
		return nil
	}
	return s.Copies[doc]
}

// Reports reports whether document doc has a passage in c.
func (c *Claim) Reports(doc int) bool {
	return slices.ContainsFunc(c.Members, func(r Ref) bool { return r.Doc == doc })
}

// Absent returns the indexes of the documents among n that do not report
// c: "not reported by X" is information a fact-checker needs.
func (c *Claim) Absent(n int) []int {
	var out []int
	for d := range n {
		if !c.Reports(d) {
			out = append(out, d)
		}
	}
	return out
}

// Disputes returns how many of the claim's rows are disputed.
func (c *Claim) Disputes() int {
	n := 0
	for i := range c.Facts {
		if c.Facts[i].Status.Disputed() {
			n++
		}
	}
	return n
}

// Conflicts returns the differences of c whose status is Conflict.
func (c *Claim) Conflicts() []Difference {
	var out []Difference
	for _, d := range c.Differences {
		if d.Status == Conflict {
			out = append(out, d)
		}
	}
	return out
}

// HasConflict reports whether any of c's differences is a conflict.
func (c *Claim) HasConflict() bool {
	return slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Status == Conflict })
}

// Passage returns the passage r points at.
func (s *Story) Passage(r Ref) *corpus.Passage {
	return &s.Documents[r.Doc].Passages[r.Passage]
}

// Ref returns the reference of the passage with the given ID ("d2.7").
func (s *Story) Ref(id string) (Ref, bool) {
	for d := range s.Documents {
		for p := range s.Documents[d].Passages {
			if s.Documents[d].Passages[p].ID == id {
				return Ref{Doc: d, Passage: p}, true
			}
		}
	}
	return Ref{}, false
}

// ConflictCount returns how many claims hold a conflict.
func (s *Story) ConflictCount() int {
	n := 0
	for i := range s.Claims {
		if s.Claims[i].HasConflict() {
			n++
		}
	}
	return n
}

// Options tunes Build.
type Options struct {
	// Progress, when set, is called as work advances with the fraction
	// done, from 0 to 1.
	Progress func(done float64)
	// Embed, when set, returns a sentence vector for each text (from an
	// embedding server the user runs; see package embedding). Their
	// cosine is one feature of the pair model. When it fails, or returns
	// vectors that do not fit, Build aligns without them; Embed's caller
	// reports why.
	Embed func(ctx context.Context, texts []string) ([][]float32, error)
}

// Build aligns docs into a Story. It stops early, returning ctx's error,
// when ctx is cancelled.
func Build(ctx context.Context, docs []corpus.Document, opt Options) (*Story, error) {
	progress := opt.Progress
	if progress == nil {
		progress = func(float64) {}
	}
	s := &Story{Title: storyTitle(docs)}
	s.setCopiesAside(docs)
	s.facts = fact.Analyse(s.Documents)
	ix := newIndexOf(s.Documents, s.facts)
	if opt.Embed != nil {
		ix.setEmbeddings(ctx, opt.Embed)
	}
	progress(0.2)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.Claims = buildClaims(ix)
	progress(0.7)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		c.ID = fmt.Sprintf("c%d", i+1)
		c.Key = claimKey(s, c)
	}
	s.compareStory()
	progress(1)
	return s, nil
}

// storyTitle is the first headline among docs, or "" when none has one.
func storyTitle(docs []corpus.Document) string {
	for _, d := range docs {
		if d.Title != "" {
			return d.Title
		}
	}
	return ""
}

// claimKey hashes a claim's member passages' folded text, in a fixed
// order, so that the same claim gets the same key in another run.
func claimKey(s *Story, c *Claim) string {
	texts := make([]string, len(c.Members))
	for i, m := range c.Members {
		texts[i] = strings.ToLower(strings.Join(strings.Fields(corpus.Fold(s.Passage(m).Text)), " "))
	}
	slices.Sort(texts)
	sum := sha256.Sum256([]byte(strings.Join(texts, "\x00")))
	return hex.EncodeToString(sum[:8])
}
