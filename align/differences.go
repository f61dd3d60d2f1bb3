package align

import (
	"slices"
	"strings"

	"crosscheck/align/fact"
)

// The facts compared inside claims are package fact's; these names keep
// them where the story's readers find them.

type (
	// A Kind is the type of a fact compared inside a claim.
	Kind = fact.Kind
	// A Status is the verdict on one fact across the outlets that state
	// it.
	Status = fact.Status
	// A Difference is the comparison of one fact across the members of a
	// claim.
	Difference = fact.Difference
	// A Value is a fact as one passage states it.
	Value = fact.Value
	// A Fact is one typed value stated in a passage.
	Fact = fact.Fact
	// A Variant is a name written more than one way across the corpus.
	Variant = fact.Variant
	// A VariantForm is one spelling of a variant name and where it occurs.
	VariantForm = fact.VariantForm
	// A Row is one fact a claim states, as its outlets give it.
	Row = fact.Row
	// A Reading is one version of a fact and where it is written.
	Reading = fact.Reading
	// A Dispute is a fact the outlets give differently, listed once for
	// the whole story.
	Dispute = fact.Dispute
	// A Span is a run of text in a word diff.
	Span = fact.Span
	// An Op says where a span of a word diff stands.
	Op = fact.Op
)

// The kinds of fact compared inside claims.
const (
	KindDate   = fact.KindDate
	KindTime   = fact.KindTime
	KindNumber = fact.KindNumber
	KindMoney  = fact.KindMoney
	KindName   = fact.KindName
	KindPlace  = fact.KindPlace
	KindQuote  = fact.KindQuote
	// KindDuration, KindCoast, KindAttribution, KindBearing and
	// KindDetail are the kinds of a length of time, a setting inland or
	// offshore, the source a statement is credited to, a bearing from a
	// place, and a word of a closed class (a rifle, a frigate, an
	// Australian).
	KindDuration    = fact.KindDuration
	KindCoast       = fact.KindCoast
	KindAttribution = fact.KindAttribution
	KindBearing     = fact.KindBearing
	KindDetail      = fact.KindDetail
)

// The verdicts on a fact, from weakest to strongest (see fact.Status).
const (
	Same       = fact.Same
	Compatible = fact.Compatible
	Differ     = fact.Differ
	Conflict   = fact.Conflict
)

// The places a span of a word diff can stand (see fact.Op).
const (
	Common = fact.Common
	OnlyA  = fact.OnlyA
	OnlyB  = fact.OnlyB
)

// DiffWords compares a and b word by word and returns the spans of both,
// in order (see fact.DiffWords).
func DiffWords(a, b string) []Span { return fact.DiffWords(a, b) }

// A ValueSpan is where a typed value stands in its passage, in bytes.
type ValueSpan struct {
	Start, End int
	Kind       Kind
	Status     Status
}

// ValueSpans returns where the values of c's differences stand in the
// passage ref points at, in the order the differences list them, each
// place once. A value is placed by its Offset; one whose Offset does not
// hold its Text (a value built by hand) is placed at its first occurrence.
func (s *Story) ValueSpans(c *Claim, ref Ref) []ValueSpan {
	text := s.Passage(ref).Text
	var out []ValueSpan
	for _, d := range c.Differences {
		for _, v := range d.Values {
			if v.Ref != ref || v.Text == "" {
				continue
			}
			start := v.Offset
			if start < 0 || start+len(v.Text) > len(text) || text[start:start+len(v.Text)] != v.Text {
				if start = strings.Index(text, v.Text); start < 0 {
					continue
				}
			}
			vs := ValueSpan{start, start + len(v.Text), d.Kind, d.Status}
			if !slices.Contains(out, vs) {
				out = append(out, vs)
			}
		}
	}
	return out
}
