//go:build !unix

package session

import (
	"errors"
	"os"
)

// tryLock reports that locks are not supported: saves merge unguarded
// and readers are not told of each other.
func tryLock(f *os.File, exclusive bool) error { return errors.ErrUnsupported }

func unlockFile(f *os.File) {}
