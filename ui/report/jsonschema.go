package report

// The JSON report's shape (crosscheck/v1): a type for each object, its
// fields named as README's "JSON report" section names them.

// Schema is the identifier of the JSON report format. Later versions add
// fields but never remove or change these.
const Schema = "crosscheck/v1"

// jsonReport is the whole report, the object written to the output.
type jsonReport struct {
	Schema    string        `json:"schema"`
	Title     string        `json:"title"`
	Documents []jsonDoc     `json:"documents"`
	Claims    []jsonClaim   `json:"claims"`
	Variants  []jsonVariant `json:"variants"`
	Warnings  []string      `json:"warnings"`
	// Added after the first release of crosscheck/v1:
	Only    string       `json:"only,omitempty"`
	Session string       `json:"session,omitempty"`
	Marks   []jsonMark   `json:"marks"`
	Orphans []jsonOrphan `json:"orphans"`
	// InArticle are facts one article states two incompatible ways (its
	// headline against its body).
	InArticle []jsonInArticle `json:"in_article"`
	// Disputes are the facts the outlets give differently, each once,
	// those involving most outlets first.
	Disputes []jsonDispute `json:"disputes"`
	// Settlements are the session's settlements of the disputes, in
	// dispute order; SettlementOrphans those whose dispute is gone.
	Settlements       []jsonSettlement `json:"settlements"`
	SettlementOrphans []jsonSettlement `json:"settlement_orphans"`
}

// jsonSettlement is a fact-checker's settlement of a disputed fact: the
// reading verified (or unresolved) and where it was checked. Dispute
// indexes disputes (-1 for an orphan); Where is the claim (or document)
// the dispute is listed in, or was.
type jsonSettlement struct {
	Dispute    int    `json:"dispute"`
	Where      string `json:"where"`
	Kind       string `json:"kind"`
	Slot       string `json:"slot"`
	Reading    string `json:"reading"`
	Unresolved bool   `json:"unresolved"`
	Source     string `json:"source"`
	Time       string `json:"time"`
	Line       string `json:"line,omitempty"`
}

// jsonMark is a session's mark on a claim of the report.
type jsonMark struct {
	Claim   string `json:"claim"`
	Key     string `json:"key"`
	Verdict string `json:"verdict"`
	Note    string `json:"note"`
	Time    string `json:"time"`
}

// jsonOrphan is a mark whose claim is no longer found: the claim's former
// id and key, and what it said, for people.
type jsonOrphan struct {
	Claim   string   `json:"claim"`
	Key     string   `json:"key"`
	Verdict string   `json:"verdict"`
	Note    string   `json:"note"`
	Time    string   `json:"time"`
	Outlets []string `json:"outlets"`
	Excerpt string   `json:"excerpt"`
}

type jsonDoc struct {
	ID           string        `json:"id"`
	Path         string        `json:"path"`
	Format       string        `json:"format"`
	Outlet       string        `json:"outlet"`
	OutletSource string        `json:"outlet_source"`
	Title        string        `json:"title"`
	Published    string        `json:"published"`
	URL          string        `json:"url"`
	Byline       string        `json:"byline"`
	Dateline     string        `json:"dateline"`
	Passages     []jsonPassage `json:"passages"`
	Captions     []jsonCaption `json:"captions"`
	Removed      []jsonRemoved `json:"removed"`
	Warnings     []string      `json:"warnings"`
	// Copies are the documents that carry this one's text word for word
	// (a wire story other sites ran), set aside from the alignment.
	Copies []jsonCopy `json:"copies,omitempty"`
}

// jsonCopy is a document found to be a copy of another.
type jsonCopy struct {
	Path      string `json:"path"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published"`
}

type jsonCaption struct {
	Text   string `json:"text"`
	Credit string `json:"credit"`
	After  int    `json:"after_paragraph"`
}

type jsonPassage struct {
	ID        string `json:"id"`
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
	Headline  bool   `json:"headline,omitempty"`
}

type jsonRemoved struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
	After  int    `json:"after_paragraph"`
}

// jsonClaim is a claim. Its differences, compared pairwise, were
// replaced by its facts (one row per fact, one status per row).
type jsonClaim struct {
	ID       string   `json:"id"`
	Key      string   `json:"key"`
	Score    float64  `json:"score"`
	Passages []string `json:"passages"`
	// Documents are the documents that report the claim; Absent those
	// that do not, left out of stories of more than maxAbsentListed
	// documents.
	Documents []string         `json:"documents"`
	Absent    []string         `json:"absent,omitzero"`
	Conflicts []jsonDifference `json:"conflicts"`
	Facts     []jsonFact       `json:"facts"`
	// Focus lists the members the claim is about part of (a sentence
	// that states several facts, read for this claim's): that part's
	// text and offset. Left out when the claim is about every member's
	// whole sentence.
	Focus []jsonValue `json:"focus,omitempty"`
}

type jsonDifference struct {
	Kind       string      `json:"kind"`
	Status     string      `json:"status,omitempty"`
	Summary    string      `json:"summary"`
	Role       string      `json:"role,omitempty"`
	Conversion bool        `json:"conversion,omitempty"`
	Values     []jsonValue `json:"values"`
	// Diff is the word diff of two quotes: first value against second.
	Diff []jsonSpan `json:"diff,omitempty"`
}

type jsonValue struct {
	Passage string `json:"passage"`
	Text    string `json:"text"`
	Norm    string `json:"normalized,omitempty"`
	Offset  int    `json:"offset"`
}

type jsonSpan struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// jsonFact is one row of the fact sheet: a fact a claim states, what it
// is about, its readings and one status.
type jsonFact struct {
	Kind     string        `json:"kind"`
	Slot     string        `json:"slot"`
	Status   string        `json:"status"`
	Why      string        `json:"why"`
	Outlets  int           `json:"outlets"`
	Readings []jsonReading `json:"readings"`
}

type jsonReading struct {
	Text      string      `json:"text"`
	Norm      string      `json:"normalized,omitempty"`
	Documents []string    `json:"documents"`
	Values    []jsonValue `json:"values"`
	// Diff is a quotation's word diff: the first reading against this.
	Diff []jsonSpan `json:"diff,omitempty"`
}

// jsonDispute is a disputed fact of the story, listed once: in the claim
// where its readings are surest (Claim), or in one article, its headline
// against its body (Document).
type jsonDispute struct {
	Claim    string   `json:"claim,omitempty"`
	Document string   `json:"document,omitempty"`
	Also     []string `json:"also"`
	jsonFact
}

type jsonInArticle struct {
	Document string `json:"document"`
	jsonDifference
}

type jsonVariant struct {
	Kind    string     `json:"kind"`
	Accents bool       `json:"accents"`
	Forms   []jsonForm `json:"forms"`
}

type jsonForm struct {
	Text     string   `json:"text"`
	Passages []string `json:"passages"`
}
