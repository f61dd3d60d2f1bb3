package session

import (
	"fmt"
	"slices"
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

// Mark returns the mark on claim i, if any.
func (s *Session) Mark(i int) (Mark, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i < 0 || i >= len(s.markOf) || s.markOf[i] < 0 {
		return Mark{}, false
	}
	return s.marks[s.markOf[i]].clone(), true
}

// Marks returns the marks on the attached story's claims, by claim index.
func (s *Session) Marks() map[int]Mark {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[int]Mark{}
	for i, k := range s.markOf {
		if k >= 0 {
			out[i] = s.marks[k].clone()
		}
	}
	return out
}

// Orphans returns the marks whose claim is not in the attached story (all
// marks before Attach), oldest first. They are kept and saved.
func (s *Session) Orphans() []Mark {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Mark
	for k, m := range s.marks {
		if s.story == nil || s.claimOf[k] < 0 {
			out = append(out, m.clone())
		}
	}
	slices.SortStableFunc(out, func(a, b Mark) int { return a.Time.Compare(b.Time) })
	return out
}

// Counts is how many claims carry each kind of mark, and how many marks
// are orphans.
type Counts struct {
	Verified, Disputed, Unsure int
	// NoteOnly counts marks with a note and no verdict.
	NoteOnly int
	Orphans  int
}

// Marked returns how many claims carry a mark.
func (c Counts) Marked() int { return c.Verified + c.Disputed + c.Unsure + c.NoteOnly }

// Counts counts the marks of the attached story.
func (s *Session) Counts() Counts {
	s.mu.Lock()
	defer s.mu.Unlock()
	var c Counts
	for k, m := range s.marks {
		if s.story == nil || s.claimOf[k] < 0 {
			c.Orphans++
			continue
		}
		switch m.Verdict {
		case Verified:
			c.Verified++
		case Disputed:
			c.Disputed++
		case Unsure:
			c.Unsure++
		default:
			c.NoteOnly++
		}
	}
	return c
}

// SetVerdict gives claim i the verdict v, keeping its note; an empty v
// clears the verdict as ClearVerdict does.
func (s *Session) SetVerdict(i int, v Verdict) error {
	if !v.Valid() {
		return fmt.Errorf("unknown verdict %q", v)
	}
	return s.change(i, func(m *Mark) { m.Verdict = v })
}

// ClearVerdict removes claim i's verdict. Its note stays; a mark left with
// neither is removed.
func (s *Session) ClearVerdict(i int) error {
	return s.change(i, func(m *Mark) { m.Verdict = "" })
}

// SetNote sets claim i's note, keeping its verdict; an empty note removes
// it. Control characters other than newline and tab are dropped.
func (s *Session) SetNote(i int, note string) error {
	note = cleanNote(note)
	return s.change(i, func(m *Mark) { m.Note = note })
}

// change applies f to claim i's mark (a new one if it has none), stamps
// the time and refreshes the claim's identity.
func (s *Session) change(i int, f func(*Mark)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return ErrReadOnly
	}
	if s.story == nil {
		return ErrNotAttached
	}
	if i < 0 || i >= len(s.markOf) {
		return fmt.Errorf("no claim %d: the story has %d claims", i, len(s.markOf))
	}
	k := s.markOf[i]
	var m Mark
	if k >= 0 {
		m = s.marks[k].clone()
	}
	before := m
	f(&m)
	if m.Verdict == before.Verdict && m.Note == before.Note {
		return nil
	}
	m.Time = s.now().UTC().Truncate(time.Second)
	m.setIdentity(identify(s.story, i))
	switch {
	case k < 0:
		s.marks = append(s.marks, m)
		s.claimOf = append(s.claimOf, i)
		s.markOf[i] = len(s.marks) - 1
	case m.IsZero():
		s.sync.removing(s.marks[k], m.Time)
		s.marks = slices.Delete(s.marks, k, k+1)
		s.claimOf = slices.Delete(s.claimOf, k, k+1)
		for c := range s.markOf {
			switch {
			case s.markOf[c] == k:
				s.markOf[c] = -1
			case s.markOf[c] > k:
				s.markOf[c]--
			}
		}
	default:
		s.marks[k] = m
	}
	s.gen++
	return nil
}
