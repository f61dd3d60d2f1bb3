package session

import (
	"os"
	"path/filepath"
)

// afterTempSync, when set (by tests), runs once the temporary file holds
// the new session and is synced, just before it is renamed over the old
// one: the moment a crash must not harm the previous session.
var afterTempSync func(tmp string)

// writeAtomic replaces the file at path with data so that, whatever
// happens, path holds either its old content or data, whole: data goes to
// a temporary file in the same folder, which is synced, closed and renamed
// over path; then the folder is synced so the rename itself is durable.
// The file is readable by its owner only: notes can be private.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if afterTempSync != nil {
		afterTempSync(tmp)
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes a rename or creation in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
