package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Reading the paths given: standard input, files and folders, within the
// size limits, and file-system errors worded for the user.

// CheckPaths reports the first of paths that cannot be read, naming it,
// so that a caller can fail before doing anything else. "-" (standard
// input) is always readable, and web addresses are checked when fetched.
func CheckPaths(paths []string) error {
	for _, p := range paths {
		if p == "-" || IsURL(p) {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return pathError(p, err)
		}
	}
	return nil
}

// loadPath reads one path as given: a fetched page, standard input ("-"),
// a file, or a folder walked in name order.
func (l *loader) loadPath(p string) error {
	if r, ok := l.pages[p]; ok {
		l.addPage(p, r)
		return nil
	}
	if p == "-" {
		in := l.opt.Stdin
		if in == nil {
			in = os.Stdin
		}
		b, err := io.ReadAll(io.LimitReader(in, l.maxSize()+1))
		if err != nil {
			return fmt.Errorf("standard input: %w", err)
		}
		if int64(len(b)) > l.maxSize() {
			l.warn("standard input: skipped: larger than the %s limit (see --max-size)", formatSize(l.maxSize()))
			return nil
		}
		if l.full("standard input") || !l.lim.takeBytes("standard input", int64(len(b))) {
			return nil
		}
		l.addBytes("-", "", b, nil)
		return nil
	}
	info, err := os.Stat(p)
	if err != nil {
		return pathError(p, err)
	}
	if !info.IsDir() {
		// A file named on the command line is read whatever its
		// extension: the user asked for it.
		return l.loadFile(p, info, formatFor(p), true)
	}
	l.outlets.addFolder(p)
	articles := 0
	defer func() {
		if articles == 0 {
			l.warn("%s: no article files in this folder (looked for %s)", p, FormatNames)
		}
	}()
	return filepath.WalkDir(p, func(q string, e fs.DirEntry, err error) error {
		if err != nil {
			if q == p {
				return pathError(q, err)
			}
			l.warn("%s: skipped: %s", q, problem(err))
			if e != nil && e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if q != p && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			return nil
		}
		f := formatFor(q)
		if f == nil && isOutletFile(q) {
			return nil
		}
		if f == nil {
			l.warn("%s: skipped: not an article format (%s)", q, FormatNames)
			return nil
		}
		articles++
		info, err := os.Stat(q) // follows a symbolic link to its file
		if err != nil {
			l.warn("%s: skipped: %s", q, problem(err))
			return nil
		}
		return l.loadFile(q, info, f, false)
	})
}

// loadFile reads one file. Errors reading a file named on the command line
// stop the load; inside a folder they are warnings.
func (l *loader) loadFile(p string, info fs.FileInfo, f *format, named bool) error {
	if !info.Mode().IsRegular() {
		l.warn("%s: skipped: not a regular file", p)
		return nil
	}
	if info.Size() > l.maxSize() {
		l.warn("%s: skipped: %s is larger than the %s limit (see --max-size)", p, formatSize(info.Size()), formatSize(l.maxSize()))
		return nil
	}
	if l.full(p) || !l.lim.takeBytes(p, info.Size()) {
		return nil
	}
	b, err := readLimited(p, l.maxSize())
	if err != nil {
		if named {
			return pathError(p, err)
		}
		l.warn("%s: skipped: %s", p, problem(err))
		return nil
	}
	if int64(len(b)) > l.maxSize() {
		l.warn("%s: skipped: larger than the %s limit (see --max-size)", p, formatSize(l.maxSize()))
		return nil
	}
	l.addBytes(p, "", b, f)
	return nil
}

// readLimited reads at most max+1 bytes of the file at p.
func readLimited(p string, max int64) ([]byte, error) {
	fh, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return io.ReadAll(io.LimitReader(fh, max+1))
}

// pathError words a file-system error so that it names the path once and
// says what is wrong in plain words.
func pathError(p string, err error) error {
	return fmt.Errorf("%s: %s", safeName(p), problem(err))
}

// problem says what a file-system error is, without the path.
func problem(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// formatSize words a size in bytes, KB or MB.
func formatSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
