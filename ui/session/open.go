package session

import (
	"errors"
	"fmt"
	"os"

	"crosscheck/corpus"
)

// ForReader opens the session the reader keeps its marks in: file, or the
// default session of the corpus read from paths when file is "", and
// joins it (Join; the caller calls Close when the reader ends). With
// fresh (--new-session) an existing file is moved aside and a new session
// begins. A file that cannot be used is left untouched and a read-only
// session is returned instead, with a notice saying so for the user; the
// error is only for problems the reader cannot work around.
func ForReader(paths []string, file string, fresh bool) (s *Session, notice string, err error) {
	inputs, err := CorpusInputs(paths)
	if err != nil {
		return nil, "", err
	}
	path := file
	if path == "" {
		if path, err = DefaultPath(inputs); err != nil {
			return ReadOnly(""), "read-only session, marks will not be saved: " + err.Error(), nil
		}
	}
	if fresh {
		s, moved, err := StartOver(path)
		if err != nil {
			return nil, "", err
		}
		s.SetInputs(inputs)
		if moved != "" {
			notice = "started a new session; the previous session file was moved to " + corpus.EscapeName(moved)
		}
		return s, joinNotice(s, notice), nil
	}
	s, err = Open(path)
	var fe *FileError
	if errors.As(err, &fe) {
		return ReadOnly(path), "read-only session, marks will not be saved: " + fe.Error() + "\n" +
			"The file was left untouched. Run with --new-session to start a new session (the old file is moved aside, not deleted).", nil
	}
	if err != nil {
		return nil, "", err
	}
	s.SetInputs(inputs)
	return s, joinNotice(s, ""), nil
}

// OthersNotice is what a reader is told when another reader has its
// session open.
const OthersNotice = "another reader has this session open: marks from both are merged when saved (the later change to a claim wins)"

// joinNotice joins s's reader to the others (Join) and adds to notice
// that another one is open, if one is.
func joinNotice(s *Session, notice string) string {
	if !s.Join() {
		return notice
	}
	if notice == "" {
		return OthersNotice
	}
	return notice + "\n" + OthersNotice
}

// ForReport opens the session whose marks a report includes: file, which
// must exist and be valid, or, when file is "", the default session of
// the corpus read from paths if there is one. The default session is
// optional: when it cannot be used, ForReport returns no session and a
// warning, and the report goes on without marks.
func ForReport(paths []string, file string) (s *Session, warning string, err error) {
	if file != "" {
		if _, err := os.Stat(file); err != nil {
			return nil, "", fmt.Errorf("session file %s: %w", corpus.EscapeName(file), bare(err))
		}
		s, err := Open(file)
		return s, "", err
	}
	inputs, err := CorpusInputs(paths)
	if err != nil {
		return nil, "", nil
	}
	path, err := DefaultPath(inputs)
	if err != nil {
		return nil, "", nil
	}
	if _, err := os.Stat(path); err != nil {
		return nil, "", nil
	}
	s, err = Open(path)
	if err != nil {
		return nil, err.Error() + "; the report leaves out its marks", nil
	}
	return s, "", nil
}
