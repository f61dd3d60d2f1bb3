package session

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"crosscheck/align"
	"crosscheck/corpus"
)

// A Settlement is a fact-checker's finding on one of the story's disputed
// facts (align.Story.Disputes): the reading they verified, or that the
// fact is unresolved, and where they checked it. Like a mark, it is kept
// by the content of its dispute, not its position, so that it survives
// re-runs.
type Settlement struct {
	// Reading is the verified reading as the dispute wrote it ("14");
	// empty when Unresolved.
	Reading string
	// Unresolved is set when the fact-checker could not settle the fact.
	Unresolved bool
	// Source says where it was checked: a document, a call, a link. It
	// never holds control characters other than newline and tab.
	Source string
	// Time is when the settlement last changed.
	Time time.Time

	// What finds the dispute again: its kind and slot, its readings (each
	// by its normal form, else its folded text; sorted), and the hashes
	// of the passages holding its values (see PassageHash).
	Kind     string
	Slot     string
	Readings []string
	Passages []string
	// ReadingKey is Reading's key among Readings; empty when Unresolved.
	ReadingKey string

	// Where and Line describe the dispute for people when it can no
	// longer be found: the claim it was listed in ("c2", or the document
	// of a headline set against its body) and its line.
	Where, Line string
}

// Verdict says what the settlement found, in a word or two: "verified:
// 14" or "unresolved".
func (st Settlement) Verdict() string {
	if st.Unresolved {
		return "unresolved"
	}
	return "verified: " + st.Reading
}

func (st Settlement) clone() Settlement {
	st.Readings = slices.Clone(st.Readings)
	st.Passages = slices.Clone(st.Passages)
	return st
}

// readingKey identifies a reading within its dispute: its normal form, or
// its folded text when it has none.
func readingKey(rd *align.Reading) string {
	if rd.Norm != "" {
		return "=" + rd.Norm
	}
	return strings.ToLower(strings.Join(strings.Fields(corpus.Fold(rd.Text)), " "))
}

// disputeIdentity is what a settlement stores of dispute d of story.
func disputeIdentity(story *align.Story, d *align.Dispute, line string) Settlement {
	st := Settlement{Kind: string(d.Kind), Slot: d.Slot, Line: line}
	for i := range d.Readings {
		rd := &d.Readings[i]
		if k := readingKey(rd); !slices.Contains(st.Readings, k) {
			st.Readings = append(st.Readings, k)
		}
		for _, v := range rd.Values {
			if h := PassageHash(story.Source(v.Ref)); !slices.Contains(st.Passages, h) {
				st.Passages = append(st.Passages, h)
			}
		}
	}
	slices.Sort(st.Readings)
	slices.Sort(st.Passages)
	switch {
	case d.InArticle():
		st.Where = story.Documents[d.Doc].ID
	case d.Claim >= 0 && d.Claim < len(story.Claims):
		st.Where = story.Claims[d.Claim].ID
	}
	return st
}

// settlements are a session's settlements and, once a story is attached,
// which dispute each is on.
type settlements struct {
	list      []Settlement
	disputeOf []int // settlement → dispute, -1 for an orphan
	settledBy []int // dispute → settlement, -1 for none
}

// attach matches the settlements to story's disputes, one per dispute,
// best fits first: a dispute of the same kind, slot and readings; else one
// of the same kind that still gives the verified reading and holds at
// least half of the settlement's passages. A newer settlement wins a
// dispute two fit equally.
func (ss *settlements) attach(story *align.Story) {
	ss.settledBy = make([]int, len(story.Disputes))
	for i := range ss.settledBy {
		ss.settledBy[i] = -1
	}
	ss.disputeOf = make([]int, len(ss.list))
	for k := range ss.disputeOf {
		ss.disputeOf[k] = -1
	}
	type fit struct {
		settlement, dispute int
		exact               bool
		share               float64
	}
	ids := make([]Settlement, len(story.Disputes))
	for i := range story.Disputes {
		ids[i] = disputeIdentity(story, &story.Disputes[i], "")
	}
	var fits []fit
	for k, st := range ss.list {
		for i, id := range ids {
			if id.Kind != st.Kind {
				continue
			}
			if !st.Unresolved && !slices.Contains(id.Readings, st.ReadingKey) {
				continue
			}
			if id.Slot == st.Slot && slices.Equal(id.Readings, st.Readings) {
				fits = append(fits, fit{k, i, true, 1})
				continue
			}
			shared := 0
			for _, h := range st.Passages {
				if slices.Contains(id.Passages, h) {
					shared++
				}
			}
			if n := len(st.Passages); n > 0 && 2*shared >= n {
				fits = append(fits, fit{k, i, false, float64(shared) / float64(n)})
			}
		}
	}
	slices.SortStableFunc(fits, func(a, b fit) int {
		if a.exact != b.exact {
			if a.exact {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(b.share, a.share),
			ss.list[b.settlement].Time.Compare(ss.list[a.settlement].Time),
			cmp.Compare(a.dispute, b.dispute))
	})
	for _, f := range fits {
		if ss.disputeOf[f.settlement] >= 0 || ss.settledBy[f.dispute] >= 0 {
			continue
		}
		ss.disputeOf[f.settlement] = f.dispute
		ss.settledBy[f.dispute] = f.settlement
	}
}

// Settlement returns the settlement of dispute i of the attached story,
// if any.
func (s *Session) Settlement(i int) (Settlement, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ss := &s.settled
	if i < 0 || i >= len(ss.settledBy) || ss.settledBy[i] < 0 {
		return Settlement{}, false
	}
	return ss.list[ss.settledBy[i]].clone(), true
}

// Settlements returns the settlements of the attached story's disputes,
// by dispute index.
func (s *Session) Settlements() map[int]Settlement {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[int]Settlement{}
	for i, k := range s.settled.settledBy {
		if k >= 0 {
			out[i] = s.settled.list[k].clone()
		}
	}
	return out
}

// SettlementOrphans returns the settlements whose dispute is not in the
// attached story (all of them before Attach), oldest first. They are kept
// and saved, and come back if their dispute does.
func (s *Session) SettlementOrphans() []Settlement {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Settlement
	for k, st := range s.settled.list {
		if s.story == nil || s.settled.disputeOf[k] < 0 {
			out = append(out, st.clone())
		}
	}
	slices.SortStableFunc(out, func(a, b Settlement) int { return a.Time.Compare(b.Time) })
	return out
}

// Settle records that the fact-checker verified reading r of dispute i
// (an index in its Readings), or, with r < 0, that the dispute is
// unresolved; source says where they checked. line is the dispute as the
// reader writes it, kept to describe it should it be gone one day.
func (s *Session) Settle(i, r int, source, line string) error {
	return s.settle(i, func(story *align.Story, d *align.Dispute) (*Settlement, error) {
		st := disputeIdentity(story, d, line)
		st.Source = cleanNote(source)
		switch {
		case r < 0:
			st.Unresolved = true
		case r < len(d.Readings):
			st.Reading, st.ReadingKey = d.Readings[r].Text, readingKey(&d.Readings[r])
		default:
			return nil, fmt.Errorf("dispute %d has no reading %d", i, r)
		}
		return &st, nil
	})
}

// Unsettle removes dispute i's settlement.
func (s *Session) Unsettle(i int) error {
	return s.settle(i, func(*align.Story, *align.Dispute) (*Settlement, error) { return nil, nil })
}

// settle replaces dispute i's settlement with what f makes of it (nil
// removes it), stamping the time.
func (s *Session) settle(i int, f func(*align.Story, *align.Dispute) (*Settlement, error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return ErrReadOnly
	}
	if s.story == nil {
		return ErrNotAttached
	}
	ss := &s.settled
	if i < 0 || i >= len(ss.settledBy) {
		return fmt.Errorf("no dispute %d: the story has %d", i, len(ss.settledBy))
	}
	st, err := f(s.story, &s.story.Disputes[i])
	if err != nil {
		return err
	}
	k := ss.settledBy[i]
	switch {
	case st == nil && k < 0:
		return nil
	case st == nil:
		s.sync.unsettling(ss.list[k], s.now().UTC())
		ss.list = slices.Delete(ss.list, k, k+1)
		ss.disputeOf = slices.Delete(ss.disputeOf, k, k+1)
		for d := range ss.settledBy {
			switch {
			case ss.settledBy[d] == k:
				ss.settledBy[d] = -1
			case ss.settledBy[d] > k:
				ss.settledBy[d]--
			}
		}
	default:
		if k >= 0 {
			old := ss.list[k]
			if old.Unresolved == st.Unresolved && old.ReadingKey == st.ReadingKey && old.Source == st.Source {
				return nil
			}
		}
		st.Time = s.now().UTC().Truncate(time.Second)
		if k < 0 {
			ss.list = append(ss.list, *st)
			ss.disputeOf = append(ss.disputeOf, i)
			ss.settledBy[i] = len(ss.list) - 1
		} else {
			ss.list[k] = *st
		}
	}
	s.gen++
	return nil
}
