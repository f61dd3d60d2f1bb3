package align

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

// A Status is the verdict of comparing one fact across a claim's members.
type Status int

// The verdicts of a comparison, from weakest to strongest.
const (
	// Agree: the values are equal after normalisation ("Oct. 19" and
	// "October 19").
	Agree Status = iota
	// Refine: one value is a more specific form of the other ("Sharm
	// el-Sheikh" and "Egypt"; "September 9" and "September").
	Refine
	// Conflict: the values cannot both be true ("October 8" and
	// "October 9").
	Conflict
)

// String returns the status in lower case: "agree", "refine", "conflict".
func (s Status) String() string {
	switch s {
	case Agree:
		return "agree"
	case Refine:
		return "refine"
	case Conflict:
		return "conflict"
	}
	return "unknown"
}

// A Difference is the comparison of one fact (an event date, a count, a
// quote) across the members of a claim.
type Difference struct {
	Kind   Kind
	Status Status
	// Summary explains the difference in one line, naming the values and
	// how many outlets give each.
	Summary string
	// Values are the fact as each member states it.
	Values []Value
}

// A Value is a fact as one passage states it.
type Value struct {
	// Ref is the passage holding the value.
	Ref Ref
	// Text is the value exactly as written: a substring of the passage.
	Text string
	// Norm is the normalised value compared ("10-09" for "Oct. 9").
	Norm string
}

// A Variant is a name written more than one way across the corpus
// ("Whitkoff" and "Witkoff").
type Variant struct {
	Kind  Kind
	Forms []VariantForm
}

// A VariantForm is one spelling of a variant name and where it occurs.
type VariantForm struct {
	Text string
	Refs []Ref
}
