package session

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

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
