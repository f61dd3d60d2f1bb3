package session

import (
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"time"

	"crosscheck/align"
	"crosscheck/corpus"
)

// syncState is what a session knows of its file as it last read or wrote
// it, so that a save can tell what another reader changed since (see
// merge.go). It is guarded by the session's mutex.
type syncState struct {
	// sum is the SHA-256 of the file's bytes; known is false when there
	// was no file.
	sum   [32]byte
	known bool
	// base are the file's marks then, in the attached story's terms, and
	// its settlements.
	base        []Mark
	baseSettled []Settlement
	// removed holds when this reader removed marks since, by markKey;
	// unsettled when it removed settlements, by settlementKey.
	removed, unsettled map[string]time.Time
	// news is what the reader has not been told yet.
	news News
	// presence is this reader's registration with the others (lock.go).
	presence *presence
}

// News is what saving learnt about the session file that the reader
// should tell.
type News struct {
	// Merged counts the marks another reader added, changed or removed
	// that saves merged here.
	Merged int
	// MovedAside names where a session file that another program had
	// made invalid was moved, ready to print, before this reader's
	// session was written in its place.
	MovedAside string
}

// read records the file's bytes, marks and settlements as just read.
func (y *syncState) read(b []byte, marks []Mark, settled []Settlement) {
	y.sum, y.known, y.base, y.baseSettled = sha256.Sum256(b), true, cloneMarks(marks), cloneSettlements(settled)
}

// removing records that m is removed at t.
func (y *syncState) removing(m Mark, t time.Time) {
	if y.removed == nil {
		y.removed = map[string]time.Time{}
	}
	y.removed[markKey(m)] = t
}

// unsettling records that the settlement st is removed at t.
func (y *syncState) unsettling(st Settlement, t time.Time) {
	if y.unsettled == nil {
		y.unsettled = map[string]time.Time{}
	}
	y.unsettled[settlementKey(st)] = t
}

// pendingWrite is what a save is writing, to finish (wrote) or undo
// (failed) once it is written.
type pendingWrite struct {
	marks              []Mark
	settled            []Settlement
	removed, unsettled map[string]time.Time
}

// writing takes the marks and settlements about to be written.
func (y *syncState) writing(marks []Mark, settled []Settlement) pendingWrite {
	p := pendingWrite{marks: cloneMarks(marks), settled: cloneSettlements(settled), removed: y.removed, unsettled: y.unsettled}
	y.removed, y.unsettled = nil, nil
	return p
}

// wrote records that data, holding p's marks and settlements, is now the
// file.
func (y *syncState) wrote(data []byte, p pendingWrite) {
	y.sum, y.known, y.base, y.baseSettled = sha256.Sum256(data), true, p.marks, p.settled
}

// failed records that p was not written: its removals are still to be
// merged.
func (y *syncState) failed(p pendingWrite) {
	y.removed = keepEarlier(y.removed, p.removed)
	y.unsettled = keepEarlier(y.unsettled, p.unsettled)
}

// keepEarlier adds to m the removals of old that m does not hold.
func keepEarlier(m, old map[string]time.Time) map[string]time.Time {
	for k, t := range old {
		if _, ok := m[k]; !ok {
			if m == nil {
				m = map[string]time.Time{}
			}
			m[k] = t
		}
	}
	return m
}

// mergeFile reads the session file again and merges what another reader
// saved in it since this one last read or wrote it. Call it with the save
// lock held and the session's mutex not. A file that is gone is not
// merged (it is written anew); a file that is no longer a valid session
// is moved aside, never deleted, and written anew.
func (s *Session) mergeFile() error {
	b, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sum := sha256.Sum256(b)
	if s.sync.known && sum == s.sync.sum {
		return nil
	}
	f, err := decode(b)
	if err != nil {
		aside := asideName(s.path, "corrupt", s.now())
		if err := os.Rename(s.path, aside); err != nil {
			return err
		}
		s.sync.news.MovedAside = corpus.EscapeName(aside)
		return nil
	}
	theirs := make([]Mark, 0, len(f.Marks))
	for _, m := range f.Marks {
		theirs = append(theirs, fromFileMark(m))
	}
	var mt *matcher
	if s.story != nil {
		mt = newMatcher(s.story)
		rekey(mt, s.story, theirs)
	}
	merged, taken := merge3(markRecords, s.sync.base, s.marks, theirs, s.sync.removed)
	s.marks = merged
	if mt != nil {
		s.reassignWith(mt)
	}
	var theirsSettled []Settlement
	for _, fs := range f.Settlements {
		theirsSettled = append(theirsSettled, fromFileSettlement(fs))
	}
	settled, takenSettled := merge3(settlementRecords, s.sync.baseSettled, s.settled.list, theirsSettled, s.sync.unsettled)
	s.settled.list = settled
	if s.story != nil {
		s.settled.attach(s.story)
	}
	s.sync.sum, s.sync.known, s.sync.base, s.sync.baseSettled = sum, true, theirs, theirsSettled
	s.sync.news.Merged += taken + takenSettled
	return nil
}

// rekey puts marks read from the file into the terms of story, as Attach
// puts the session's own: each mark that matches a claim takes that
// claim's identity.
func rekey(mt *matcher, story *align.Story, marks []Mark) {
	for k, c := range mt.assign(marks) {
		if c >= 0 {
			marks[k].setIdentity(identify(story, c))
		}
	}
}

// reassign matches the marks to the attached story's claims, one mark per
// claim (claimOf, markOf), and points each matched mark at its claim. It
// returns the matcher.
func (s *Session) reassign() *matcher {
	mt := newMatcher(s.story)
	s.reassignWith(mt)
	return mt
}

func (s *Session) reassignWith(mt *matcher) {
	s.claimOf = mt.assign(s.marks)
	s.markOf = make([]int, len(s.story.Claims))
	for i := range s.markOf {
		s.markOf[i] = -1
	}
	for k, c := range s.claimOf {
		if c >= 0 {
			s.markOf[c] = k
			s.marks[k].setIdentity(identify(s.story, c))
		}
	}
}

// News returns what saves learnt since the last call (see News) and
// forgets it. The reader calls it after each save and takes the marks
// again when another reader's were merged.
func (s *Session) News() News {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.sync.news
	s.sync.news = News{}
	return n
}

// Join registers the session's reader with the others that have the same
// session file open, for as long as it runs (until Close), and reports
// whether another reader has it open: then their saves are merged, and
// the user should know. A read-only session joins nothing.
func (s *Session) Join() (others bool) {
	if s.readOnly || s.path == "" {
		return false
	}
	p, others := join(s.path)
	s.mu.Lock()
	s.sync.presence = p
	s.mu.Unlock()
	// A save killed half-way leaves a temporary file; none is being
	// written while the save lock is held.
	if unlock, err := lockSave(s.path); err == nil {
		removeStaleTemps(s.path)
		unlock()
	}
	return others
}

// Close ends the reader's registration made by Join. The session is not
// saved: call Save first.
func (s *Session) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sync.presence.leave()
	s.sync.presence = nil
}

// cloneMarks copies marks, sharing no slices with them.
func cloneMarks(marks []Mark) []Mark {
	out := make([]Mark, len(marks))
	for i, m := range marks {
		out[i] = m.clone()
	}
	return out
}
