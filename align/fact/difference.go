package fact

// A Ref points at one passage of a story: passage Passage of document
// Doc, both in input order.
type Ref struct {
	Doc, Passage int
}

// HeadlinePassage is the Passage of a Ref that points at a document's
// headline rather than at one of its passages.
const HeadlinePassage = -1

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
// quote) across the passages of a claim.
type Difference struct {
	Kind   Kind
	Status Status
	// Summary explains the difference in one line, naming the values and,
	// when outlets disagree, how many give each and which outlets hold the
	// minority reading: "date: October 8 (1 of 3 outlets) ≠ October 9 (2
	// of 3 outlets); minority: Article 3". This package leaves it empty;
	// package align writes it, knowing the outlets.
	Summary string
	// Role says what the values are about when the sentences tell: the
	// counted thing ("killed", "person injured", "home destroyed"), the
	// unit's dimension ("length", "magnitude"), the currency, the speaker of
	// a quote.
	Role string
	// Values are the fact as each passage states it: two values, from two
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
