package session

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Two readers on one session. Each reader holds a shared lock on
// .NAME.open beside the session file for as long as it runs, so that a
// reader can tell whether another one has the session open; and every
// save holds an exclusive lock on .NAME.lock while it reads the file
// again, merges (see merge.go) and writes it, so that two saves never
// interleave and neither loses the other's marks. Both are advisory
// locks of the operating system (flock), which it drops when the process
// ends, however it ends: a reader that was killed leaves no stale lock,
// only the two empty files. Where there is no such lock (see
// lock_other.go) saves still merge, without the guard.

// saveLockWait is how long a save waits for another reader's save to end.
const saveLockWait = 5 * time.Second

// errBusy says that another process holds a lock.
var errBusy = errors.New("locked by another process")

// lockPath and openPath name the lock files of the session file path.
func lockPath(path string) string { return sideFile(path, ".lock") }
func openPath(path string) string { return sideFile(path, ".open") }

// sideFile is a hidden file beside path: .NAME<suffix>.
func sideFile(path, suffix string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+suffix)
}

// lockSave takes the exclusive save lock of the session file path,
// waiting up to saveLockWait for another reader's save to end, and
// returns the function that releases it. When the lock file cannot be
// made (a read-only folder), the save goes on unlocked: it will fail on
// writing the session anyway, with a clearer message.
func lockSave(path string) (unlock func(), err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return func() {}, nil
	}
	f, err := os.OpenFile(lockPath(path), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return func() {}, nil
	}
	deadline := time.Now().Add(saveLockWait)
	for {
		err := tryLock(f, true)
		if err == nil {
			return func() { unlockFile(f); f.Close() }, nil
		}
		if !errors.Is(err, errBusy) || time.Now().After(deadline) {
			f.Close()
			if errors.Is(err, errBusy) {
				return nil, errors.New("another reader has been saving it for too long; the marks stay in memory and the next change tries again")
			}
			return func() {}, nil // locks not supported here: go on unlocked
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// presence is a reader's shared lock on .NAME.open.
type presence struct{ f *os.File }

// join registers a reader of the session file path and reports whether
// another reader has it open. A reader that cannot take the lock is not
// told about others, and others are not told about it; nothing else
// depends on it.
func join(path string) (p *presence, others bool) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false
	}
	f, err := os.OpenFile(openPath(path), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, false
	}
	// Alone if an exclusive lock can be had; then share it. Otherwise
	// another reader shares it already.
	switch err := tryLock(f, true); {
	case err == nil:
	case errors.Is(err, errBusy):
		others = true
	default:
		f.Close()
		return nil, false
	}
	for i := 0; ; i++ {
		// Turning an exclusive lock into a shared one, or waiting for
		// a third reader's brief exclusive test to end.
		err := tryLock(f, false)
		if err == nil {
			return &presence{f}, others
		}
		if !errors.Is(err, errBusy) || i == 100 {
			f.Close()
			return nil, others
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// leave releases the reader's presence.
func (p *presence) leave() {
	if p != nil && p.f != nil {
		unlockFile(p.f)
		p.f.Close()
		p.f = nil
	}
}

// removeStaleTemps removes the temporary files that saves interrupted by
// a crash or a kill left beside the session file path (see writeAtomic).
// Call it with the save lock held: then no other save is writing one.
func removeStaleTemps(path string) {
	dir, prefix := filepath.Dir(path), "."+filepath.Base(path)+".tmp-"
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
