package session

import (
	"fmt"
	"strings"
	"time"

	"crosscheck/corpus"
)

// A Verdict is a fact-checker's judgement of a claim.
type Verdict string

// The verdicts. A mark may also have no verdict and only a note.
const (
	Verified Verdict = "verified"
	Disputed Verdict = "disputed"
	Unsure   Verdict = "unsure"
)

// Verdicts lists the verdicts in the order they are shown.
var Verdicts = []Verdict{Verified, Disputed, Unsure}

// Valid reports whether v is one of the verdicts or empty (no verdict).
func (v Verdict) Valid() bool {
	return v == "" || v == Verified || v == Disputed || v == Unsure
}

// ParseVerdict returns the verdict named s ("verified", "disputed",
// "unsure"), ignoring case.
func ParseVerdict(s string) (Verdict, error) {
	v := Verdict(strings.ToLower(strings.TrimSpace(s)))
	if v == "" || !v.Valid() {
		return "", fmt.Errorf("unknown verdict %q (want verified, disputed or unsure)", s)
	}
	return v, nil
}

// A Mark is what a fact-checker recorded about one claim, with enough of
// the claim to find it again in another run and to list it when it is
// gone.
type Mark struct {
	// Verdict is the judgement, or empty when the mark is only a note.
	Verdict Verdict
	// Note is free text; it never holds control characters other than
	// newline and tab.
	Note string
	// Time is when the verdict or note last changed.
	Time time.Time

	// ClaimKey is the Key of the claim the mark is on (or was on, for an
	// orphan).
	ClaimKey string
	// ClaimID is that claim's positional ID ("c12") in the last run that
	// saw it; it is for people, never for matching.
	ClaimID string
	// Passages are the hashes of the claim's member passages' normalised
	// text (see PassageHash): what re-identifies the claim when its Key
	// has changed.
	Passages []string
	// Outlets and Excerpt describe the claim for people when it can no
	// longer be found: the outlets reporting it and the start of its first
	// passage.
	Outlets []string
	Excerpt string
}

// IsZero reports whether m holds neither a verdict nor a note.
func (m Mark) IsZero() bool { return m.Verdict == "" && m.Note == "" }

// clone returns a copy of m sharing no slices with it.
func (m Mark) clone() Mark {
	m.Passages = append([]string(nil), m.Passages...)
	m.Outlets = append([]string(nil), m.Outlets...)
	return m
}

// cleanNote makes s safe to keep and to print: no escape sequences or
// control characters but newline and tab, Windows line ends made plain,
// and no white space around it.
func cleanNote(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(corpus.Sanitize(s))
}
