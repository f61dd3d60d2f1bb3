package align

import (
	"slices"
	"strings"
)

// A Kind is the type of a fact compared inside a claim.
type Kind string

// The kinds of fact compared inside claims.
const (
	KindDate   Kind = "date"
	KindTime   Kind = "time"
	KindNumber Kind = "number"
	KindMoney  Kind = "money"
	KindName   Kind = "name"
	KindPlace  Kind = "place"
	KindQuote  Kind = "quote"
)

// A Status is the verdict on one fact across the outlets that state it.
type Status int

// The verdicts on a fact, from weakest to strongest. Differ and Conflict
// are disputes: a fact-checker must see them.
const (
	// Same: the readings are equal once normalised ("Oct. 19" and
	// "October 19").
	Same Status = iota
	// Compatible: one reading refines, contains or converts the other
	// ("Sharm el-Sheikh" and "Egypt"; "September 9" and "September";
	// "10 km" and "6 miles").
	Compatible
	// Differ: figures for one thing that differ although hedges let both
	// be true ("at least 5 dead" and "24 dead").
	Differ
	// Conflict: the readings cannot both be true ("October 8" and
	// "October 9").
	Conflict
)

// String returns the status in lower case: "same", "compatible",
// "differ", "conflict".
func (s Status) String() string {
	switch s {
	case Same:
		return "same"
	case Compatible:
		return "compatible"
	case Differ:
		return "differ"
	case Conflict:
		return "conflict"
	}
	return "unknown"
}

// Disputed reports whether s is Differ or Conflict.
func (s Status) Disputed() bool { return s >= Differ }

// A Difference is the comparison of one fact (an event date, a count, a
// quote) across the members of a claim.
type Difference struct {
	Kind   Kind
	Status Status
	// Summary explains the difference in one line, naming the values and,
	// when outlets disagree, how many give each and which outlets hold the
	// minority reading: "date: October 8 (1 of 3 outlets) ≠ October 9 (2
	// of 3 outlets); minority: Article 3".
	Summary string
	// Role says what the values are about when the sentences tell: the
	// counted thing ("killed", "person injured", "home destroyed"), the
	// unit's dimension ("length", "magnitude"), the currency, the speaker of
	// a quote.
	Role string
	// Values are the fact as each member states it: two values, from two
	// outlets, or from one passage for a conversion.
	Values []Value
	// Conversion is true when both values are in one passage, one
	// restating the other in another unit, currency or time zone ("10km (6
	// miles)"): the same value, listed as agreeing.
	Conversion bool
	// Diff is the word diff of two quotes that differ (Kind quote), first
	// value against second; nil otherwise.
	Diff []Span
}

// A Value is a fact as one passage states it.
type Value struct {
	// Ref is the passage holding the value.
	Ref Ref
	// Text is the value exactly as written: a substring of the passage.
	Text string
	// Norm is the normalised value compared ("10-09" for "Oct. 9").
	Norm string
	// Offset is where Text starts in the passage, in bytes.
	Offset int
}

// A Variant is a name written more than one way across the corpus
// ("Whitkoff" and "Witkoff").
type Variant struct {
	Kind  Kind
	Forms []VariantForm
	// Accents is true when the forms differ only in diacritics ("Pütürge"
	// and "Puturge"): one name written the same way, not a misspelling.
	Accents bool
}

// A VariantForm is one spelling of a variant name and where it occurs.
type VariantForm struct {
	Text string
	Refs []Ref
}

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
