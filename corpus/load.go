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

// DefaultMaxSize is the largest article file read unless Options says
// otherwise: 10 MB.
const DefaultMaxSize = 10 << 20

// Options controls how articles are loaded.
type Options struct {
	// MaxSize is the largest file read, in bytes; larger files are skipped
	// with a warning. Zero means DefaultMaxSize.
	MaxSize int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

// A Corpus is the set of documents loaded for one story.
type Corpus struct {
	// Documents are the usable articles in the order they were found.
	Documents []Document
	// Warnings describe inputs that were skipped: each names its file.
	Warnings []string
}

// readers maps file extensions to the format that reads them.
var readers = map[string]func(path string, text string) ([]rawArticle, error){
	".txt":      readPlain,
	".text":     readPlain,
	".md":       readMarkdown,
	".markdown": readMarkdown,
}

// Load reads the articles at paths, in the order given. Folders are read
// recursively in lexical order, skipping hidden entries and files of
// unknown type. A path that does not exist or cannot be read is an error
// naming it; a file that is empty, binary, too large or holds no usable text
// is skipped with a warning naming it, and the rest still load.
func Load(paths []string, opt Options) (*Corpus, error) {
	l := loader{opt: opt, c: &Corpus{}}
	for _, p := range paths {
		if err := l.loadPath(p); err != nil {
			return nil, err
		}
	}
	l.c.finish()
	return l.c, nil
}

// LoadFS reads every article file in fsys below root, naming each document
// prefix + its path relative to root. It is how the embedded sample story
// is read.
func LoadFS(fsys fs.FS, root, prefix string, opt Options) (*Corpus, error) {
	l := loader{opt: opt, c: &Corpus{}}
	err := fs.WalkDir(fsys, root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() || readers[strings.ToLower(filepath.Ext(p))] == nil {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
		l.addBytes(prefix+rel, b)
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.c.finish()
	return l.c, nil
}

type loader struct {
	opt Options
	c   *Corpus
}

func (l *loader) maxSize() int64 {
	if l.opt.MaxSize > 0 {
		return l.opt.MaxSize
	}
	return DefaultMaxSize
}

func (l *loader) warn(format string, args ...any) {
	l.c.Warnings = append(l.c.Warnings, fmt.Sprintf(format, args...))
}

func (l *loader) loadPath(p string) error {
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
			l.warn("standard input: skipped: larger than %s", formatSize(l.maxSize()))
			return nil
		}
		l.addBytes("-", b)
		return nil
	}
	info, err := os.Stat(p)
	if err != nil {
		return pathError(p, err)
	}
	if !info.IsDir() {
		return l.loadFile(p, info, true)
	}
	return filepath.WalkDir(p, func(q string, e fs.DirEntry, err error) error {
		if err != nil {
			return pathError(q, err)
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
		if readers[strings.ToLower(filepath.Ext(q))] == nil {
			l.warn("%s: skipped: not an article format (.txt, .md)", q)
			return nil
		}
		info, err := e.Info()
		if err != nil {
			return pathError(q, err)
		}
		return l.loadFile(q, info, false)
	})
}

// loadFile reads one file. Named files of unknown type are read as plain
// text: the user asked for them.
func (l *loader) loadFile(p string, info fs.FileInfo, named bool) error {
	if !info.Mode().IsRegular() {
		l.warn("%s: skipped: not a regular file", p)
		return nil
	}
	if info.Size() > l.maxSize() {
		l.warn("%s: skipped: %s is larger than the %s limit (see --max-size)", p, formatSize(info.Size()), formatSize(l.maxSize()))
		return nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return pathError(p, err)
	}
	l.addBytes(p, b)
	return nil
}

// addBytes decodes, parses and cleans one file's bytes, adding its
// documents or a warning.
func (l *loader) addBytes(p string, b []byte) {
	if len(strings.TrimSpace(string(b))) == 0 {
		l.warn("%s: skipped: empty file", p)
		return
	}
	if looksBinary(b) {
		l.warn("%s: skipped: binary data, not text", p)
		return
	}
	text, warning := decodeText(b)
	read := readers[strings.ToLower(filepath.Ext(p))]
	if read == nil {
		read = readPlain
	}
	arts, err := read(p, text)
	if err != nil {
		l.warn("%s: skipped: %v", p, err)
		return
	}
	for _, a := range arts {
		if warning != "" {
			a.warnings = append(a.warnings, warning)
		}
		d := buildDocument(a)
		if len(d.Passages) == 0 {
			l.warn("%s: skipped: no usable article text", a.path)
			continue
		}
		if d.Outlet == "" {
			d.Outlet = outletFromPath(a.path)
		}
		l.c.Documents = append(l.c.Documents, d)
	}
}

// finish numbers documents and passages and names outlets still unnamed.
func (c *Corpus) finish() {
	for i := range c.Documents {
		d := &c.Documents[i]
		d.ID = fmt.Sprintf("d%d", i+1)
		if d.Outlet == "" {
			d.Outlet = fmt.Sprintf("Article %d", i+1)
		}
		for j := range d.Passages {
			d.Passages[j].ID = fmt.Sprintf("%s.%d", d.ID, j+1)
		}
	}
}

// pathError words a file-system error so that it names the path once and
// says what is wrong in plain words.
func pathError(p string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or folder", p)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied", p)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", p, pe.Err)
	}
	return fmt.Errorf("%s: %v", p, err)
}

func formatSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
