package session

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"crosscheck/align"
	"crosscheck/corpus"
)

// ErrReadOnly is returned by changes to a read-only session: one opened
// with ReadOnly because its file could not be used.
var ErrReadOnly = errors.New("the session is read-only: marks are not saved")

// ErrNotAttached is returned by changes made before Attach.
var ErrNotAttached = errors.New("the session has no story attached")

// A FileError reports a session file that exists but cannot be used. The
// file is left exactly as it was.
type FileError struct {
	// Path is the session file.
	Path string
	// Corrupt is true when the file was read but is not a valid session,
	// false when it could not be read at all.
	Corrupt bool
	// Err says what is wrong.
	Err error
}

// Error names the file and says what is wrong with it.
func (e *FileError) Error() string {
	if e.Corrupt {
		return fmt.Sprintf("session file %s is not usable: %v", corpus.EscapeName(e.Path), e.Err)
	}
	err := e.Err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Sprintf("session file %s cannot be read: %v", corpus.EscapeName(e.Path), err)
}

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// bare returns the error a file-system error wraps, without the paths it
// names: messages name the session file themselves, made safe to print.
func bare(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}

// A Session is a fact-checker's marks on one corpus and the reader's
// position in it, tied to a file. It is safe for concurrent use.
type Session struct {
	mu       sync.Mutex
	path     string
	readOnly bool
	inputs   []string
	marks    []Mark
	pos      *filePosition
	now      func() time.Time

	// Set by Attach.
	story    *align.Story
	claimOf  []int // mark → claim, -1 for an orphan
	markOf   []int // claim → mark, -1 for none
	posClaim int   // the resolved position, -1 for none

	// settled are the settlements of disputed facts (settle.go).
	settled settlements

	// gen counts changes; saved is the gen last written.
	gen, saved uint64
	saveMu     sync.Mutex

	// What the session knows of its file, to merge what another reader
	// saved in it (see sync.go and merge.go).
	sync syncState
}

func newSession(path string) *Session {
	return &Session{path: path, now: time.Now, posClaim: -1}
}

// Open opens the session file at path. A file that does not exist yet is
// an empty session, created by the first Save. A file that cannot be read
// or is not a valid session gives a *FileError and is not touched; the
// caller may then go on with ReadOnly(path) or StartOver(path).
func Open(path string) (*Session, error) {
	s := newSession(path)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	f, err := decode(b)
	if err != nil {
		return nil, &FileError{Path: path, Corrupt: true, Err: err}
	}
	s.inputs = cleanLines(f.Inputs)
	s.pos = cleanPosition(f.Position)
	for _, m := range f.Marks {
		s.marks = append(s.marks, fromFileMark(m))
	}
	s.settled.load(f.Settlements)
	s.sync.read(b, s.marks, s.settled.list)
	return s, nil
}

// ReadOnly returns an empty session for path that never writes it: what
// the reader uses when the file is unusable and the user did not ask for
// a new session. Marks cannot be changed; the position can, in memory.
func ReadOnly(path string) *Session {
	s := newSession(path)
	s.readOnly = true
	return s
}

// StartOver returns an empty session for path. An existing file there is
// never deleted: it is renamed to path.corrupt-TIME when it is not a valid
// session, or path.old-TIME when it is, and movedTo names it ("" when there
// was none).
func StartOver(path string) (s *Session, movedTo string, err error) {
	if _, err := os.Lstat(path); err == nil {
		kind := "old"
		if b, err := os.ReadFile(path); err != nil {
			kind = "corrupt"
		} else if _, err := decode(b); err != nil {
			kind = "corrupt"
		}
		movedTo = asideName(path, kind, time.Now())
		if err := os.Rename(path, movedTo); err != nil {
			return nil, "", fmt.Errorf("cannot move session file %s aside to start a new one: %w", corpus.EscapeName(path), bare(err))
		}
		if err := syncDir(filepath.Dir(path)); err != nil {
			return nil, "", fmt.Errorf("moving session file %s aside: %w", corpus.EscapeName(path), bare(err))
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, "", &FileError{Path: path, Err: err}
	}
	return newSession(path), movedTo, nil
}

// asideName is a free name for a file moved aside from path.
func asideName(path, kind string, t time.Time) string {
	base := path + "." + kind + "-" + t.UTC().Format("20060102T150405Z")
	name := base
	for n := 2; ; n++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s-%d", base, n)
	}
}

// Path returns the session file's path.
func (s *Session) Path() string { return s.path }

// ReadOnly reports whether the session never saves.
func (s *Session) ReadOnly() bool { return s.readOnly }

// Inputs returns the corpus identity recorded in the session (see
// CorpusInputs), or nil.
func (s *Session) Inputs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.inputs)
}

// SetInputs records the identity of the corpus the session is about, for
// people who open the file. It is written with the next change; it is not
// a change itself.
func (s *Session) SetInputs(inputs []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inputs = slices.Clone(inputs)
}

// Attach matches the session's marks and position to story's claims (see
// the package comment). Call it once the story is built, and again if it
// is rebuilt; claim indexes in other methods are indexes in
// story.Claims.
func (s *Session) Attach(story *align.Story) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.story = story
	mt := s.reassign()
	rekey(mt, story, s.sync.base) // the file's marks as last seen, in the same terms
	s.posClaim = -1
	if p := s.pos; p != nil && len(story.Claims) > 0 {
		if cs := mt.candidates(identity{Key: p.ClaimKey, Passages: p.Passages}); len(cs) > 0 {
			s.posClaim = cs[0].claim
		} else {
			s.posClaim = min(max(p.Index, 0), len(story.Claims)-1)
		}
	}
	s.settled.attach(story)
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

// Position returns where the reader was: a claim index in the attached
// story and the name of its filter. ok is false when the session holds no
// position or no story is attached. When the claim is gone, the position
// is the claim now at its old index.
func (s *Session) Position() (claim int, filter string, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.posClaim < 0 || s.pos == nil {
		return 0, "", false
	}
	return s.posClaim, s.pos.Filter, true
}

// SetPosition records that the reader shows claim i with the named
// filter. It is saved with the next Save; the reader calls it on every
// move and saves on quit.
func (s *Session) SetPosition(i int, filter string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.story == nil || i < 0 || i >= len(s.story.Claims) {
		return
	}
	if s.pos != nil && s.posClaim == i && s.pos.Filter == filter && s.pos.ClaimKey == s.story.Claims[i].Key {
		return
	}
	id := identify(s.story, i)
	s.pos = &filePosition{ClaimKey: id.Key, ClaimID: id.ID, Index: i, Passages: id.Passages, Filter: filter}
	s.posClaim = i
	s.gen++
}

// Dirty reports whether the session has changes not yet saved.
func (s *Session) Dirty() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gen != s.saved && !s.readOnly
}

// Save writes the session to its file atomically (see the package
// comment) if anything changed since the last Save. A read-only session
// is never written and Save returns nil. Errors name the file; the
// session in memory is kept, so a later Save may succeed.
//
// Under the save lock, the file is read again first and what another
// reader saved since is merged in (see merge.go), so that two readers
// never lose each other's marks; News says how many marks that brought.
func (s *Session) Save() error {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	s.mu.Lock()
	if s.readOnly || s.gen == s.saved {
		s.mu.Unlock()
		return nil
	}
	s.mu.Unlock()
	unlock, err := lockSave(s.path)
	if err != nil {
		return fmt.Errorf("cannot save session file %s: %w", corpus.EscapeName(s.path), err)
	}
	defer unlock()
	removeStaleTemps(s.path)
	if err := s.mergeFile(); err != nil {
		return fmt.Errorf("cannot save session file %s: %w", corpus.EscapeName(s.path), bare(err))
	}
	s.mu.Lock()
	gen := s.gen
	f := &fileData{Schema: Schema, Inputs: nonNil(s.inputs), Saved: s.now().UTC().Truncate(time.Second), Marks: []fileMark{}}
	if s.pos != nil {
		p := *s.pos
		p.Passages = nonNil(p.Passages)
		f.Position = &p
	}
	for _, m := range s.marks {
		f.Marks = append(f.Marks, toFileMark(m))
	}
	f.Settlements = s.settled.file()
	written := s.sync.writing(s.marks, s.settled.list)
	s.mu.Unlock()

	data, err := encode(f)
	if err == nil {
		err = writeAtomic(s.path, data)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.sync.failed(written)
		return fmt.Errorf("cannot save session file %s: %w", corpus.EscapeName(s.path), bare(err))
	}
	s.saved = gen
	s.sync.wrote(data, written)
	return nil
}
