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
