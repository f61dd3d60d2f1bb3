package align

// tuning holds the alignment's thresholds and weights. Scores are the pair
// model's (see modelScore), from 0 to 1. The values in defaultTuning were
// chosen with TestTuneThresholds on the project's answer keys; most sit on
// a broad plateau, where small changes move the scores by less than the
// keys' noise. The thresholds of judging facts (how far two figures may
// be apart, what "about" allows) are package fact's, in fact/tuning.go.
type tuning struct {
	// CandidateScore is the least score for a pair of passages to count
	// as evidence at all; weaker pairs count as unrelated.
	CandidateScore float64
	// MergeScore is the least mean score between the members of two
	// groups for them to become one claim (average linkage).
	MergeScore float64
	// OverwhelmScore is the least score that links two passages whose
	// events clash (one tells of another time, or they name other days
	// and other people's ages): below it the link is vetoed.
	OverwhelmScore float64
	// SupportScore and SupportShare keep claims from chaining: at least
	// SupportShare of the cross pairs of two merging groups must score
	// SupportScore or more (and be candidates), so that every member is
	// like most others.
	SupportScore, SupportShare float64
	// AlsoScore is the least mean score between a passage and the home
	// members of a claim of at least AlsoSize passages for the passage to
	// join that claim too: a lead that sums up several facts, each
	// reported apart elsewhere, belongs to each of their claims. At least
	// AlsoShare of the members must score SupportScore with it.
	AlsoScore float64
	AlsoSize  int
	AlsoShare float64
	// HeadlineScore is the least mean score a headline must have with a
	// claim's passages to join a claim that holds no passage of its own
	// article: a headline sums up its article, and a fact the article's
	// body does not tell in that claim is seldom the headline's.
	HeadlineScore float64
	// SecondaryWeight is how much the passages that joined a claim count,
	// against its home members, when another passage is weighed for
	// joining it.
	SecondaryWeight float64
	// ContainWeight scales how much of a claim member a passage contains
	// when it is weighed for joining: a short sentence may be wholly
	// contained in a long lead.
	ContainWeight float64
	// PairScore is the least mean score between the passages of a claim
	// that only two outlets report: one outlet's sentence is not paired
	// with another's on a loose likeness (see dropWeakPairs).
	PairScore float64
	// MemberScore is the least mean score a member of a claim must have
	// with the claim's other outlets' passages: a sentence that average
	// linkage or a join let in, but that is like few of the others,
	// leaves the claim.
	MemberScore float64
	// ValueShare is the least share of a claim's outlets that must give a
	// value (a figure with what it counts, a time, an amount) for a
	// passage of another outlet that states it to join the claim.
	ValueShare float64
	// ValueReach is how many times as many documents as a claim holds
	// may state a value for it to join passages to the claim: a value
	// far more outlets give is common to several facts.
	ValueReach int
	// MarkSpread is the most passages, on average, that the documents
	// giving a value may state it in for the value to mark one fact (see
	// internValues): a figure an article repeats from sentence to
	// sentence is its topic.
	MarkSpread float64
	// BridgeShare is how much of the words two members of a claim that
	// are not alike share with a third member must be the same words for
	// the two to state one fact (see splitCliques): a lead's clause that
	// each of two short sentences restates, not two of its clauses.
	BridgeShare float64
	// SameDocReach is how far apart, in passages, two passages of one
	// document in one claim may be (a quote split across two sentences).
	SameDocReach int
	// NameBoost multiplies the weight of names (words capitalised where
	// they occur and never written in lower case in the story): who and
	// where say more about which fact a sentence states than common words.
	NameBoost float64
	// GeneralWeight multiplies the weight of generalWords.
	GeneralWeight float64
	// AttributionWeight multiplies the weight of terms a passage has only
	// in its attribution ("according to …", ", officials said").
	AttributionWeight float64
	// NumberNormShare is how much of a number's weight counts against a
	// passage when the other passage does not share it. Numbers that
	// agree are strong evidence; numbers that differ (10 dead, 24 dead)
	// are often the very difference a reader wants to see, and must not
	// keep the two passages apart.
	NumberNormShare float64
	// Concentration is the power of a term's documents-to-passages ratio
	// in its weight: a term that recurs in many passages of each document
	// is a topic, not the mark of one fact.
	Concentration float64
}

// defaultTuning is the tuning Build uses.
var defaultTuning = tuning{
	CandidateScore:    0.1,
	MergeScore:        0.35,
	OverwhelmScore:    0.8,
	SupportScore:      0.1,
	SupportShare:      0.5,
	AlsoScore:         0.3,
	AlsoSize:          2,
	AlsoShare:         0.5,
	HeadlineScore:     0.5,
	SecondaryWeight:   0.5,
	ContainWeight:     0.4,
	MemberScore:       0.25,
	PairScore:         0.5,
	ValueShare:        0.5,
	ValueReach:        2,
	MarkSpread:        1.25,
	BridgeShare:       0.3,
	SameDocReach:      1,
	NameBoost:         1.2,
	GeneralWeight:     0.75,
	AttributionWeight: 0.3,
	NumberNormShare:   0.35,
	Concentration:     0.25,
}
