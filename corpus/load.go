package corpus

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// DefaultMaxSize is the largest article file read unless Options says
// otherwise: 10 MB.
const DefaultMaxSize = 10 << 20

// Options controls how articles are loaded.
type Options struct {
	// MaxSize is the largest file (or fetched page) read, in bytes;
	// larger ones are skipped with a warning. Zero means DefaultMaxSize.
	MaxSize int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Fetch controls how web addresses among the paths are fetched.
	Fetch FetchOptions
	// Outlets names outlets, overriding what the articles say: keys are
	// paths as given, file names, web addresses or host names. Outlets
	// files (OutletFileNames) beside the articles do the same.
	Outlets map[string]string
	// OutletFolders are folders whose outlets files apply to every
	// article, as the folders named in paths do: the folder of a list
	// of web addresses.
	OutletFolders []string
	// MaxDocuments, MaxBytes and MaxPassages are the corpus limits (see
	// limits.go): how many articles, bytes of article files and
	// sentences are read in all. Zero means the default.
	MaxDocuments int
	MaxBytes     int64
	MaxPassages  int
}

// A Corpus is the set of documents loaded for one story.
type Corpus struct {
	// Documents are the usable articles in the order they were found.
	Documents []Document
	// Warnings describe problems met while loading: inputs skipped and
	// files repaired. Each names its file.
	Warnings []string
}

// Load reads the articles at paths, in the order given. Folders are read
// recursively in lexical order, skipping hidden entries and, with a note,
// files of unknown type. A path that does not exist or cannot be read is
// an error naming it; a file that is empty, binary, too large or holds no
// usable text is skipped with a warning naming it, and the rest still
// load. Fewer than two documents is not an error.
func Load(paths []string, opt Options) (*Corpus, error) {
	return LoadContext(context.Background(), paths, opt)
}

// LoadContext is Load with a context that can cancel fetching. Paths that
// are http(s) addresses are fetched first, concurrently (see
// FetchOptions), or read from the page cache; a page that cannot be had
// (no such host, an error status, no answer in time, not HTML, too big)
// is skipped with a warning naming its address, and the rest still load.
func LoadContext(ctx context.Context, paths []string, opt Options) (*Corpus, error) {
	l := newLoader(opt)
	l.fetchPages(ctx, paths)
	for _, p := range paths {
		if err := l.loadPath(p); err != nil {
			return nil, err
		}
	}
	return l.build(), nil
}

// LoadFS reads every article file in fsys below root, naming each document
// prefix + its path relative to root. It is how the embedded sample story
// is read.
func LoadFS(fsys fs.FS, root, prefix string, opt Options) (*Corpus, error) {
	l := newLoader(opt)
	err := fs.WalkDir(fsys, root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		f := formatFor(p)
		if e.IsDir() || f == nil {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
		l.addBytes(prefix+rel, "", b, f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l.build(), nil
}

type loader struct {
	opt  Options
	lim  limits
	c    *Corpus
	raws []rawArticle
	// texts maps each file's decoded text to the first path that held it,
	// so that a file given twice is read once.
	texts map[string]string
	// pages are the fetched pages (or why they could not be had), by
	// address.
	pages map[string]fetchResult
	// outlets names outlets: Options.Outlets, then outlets files found
	// beside the articles.
	outlets outletNames
}

func newLoader(opt Options) *loader {
	l := &loader{opt: opt, lim: newLimits(opt), c: &Corpus{}, texts: map[string]string{}}
	l.outlets = outletNames{given: opt.Outlets, warn: l.warn}
	for _, f := range opt.OutletFolders {
		l.outlets.addFolder(f)
	}
	return l
}

func (l *loader) maxSize() int64 {
	if l.opt.MaxSize > 0 {
		return l.opt.MaxSize
	}
	return DefaultMaxSize
}

// warn records a warning. File names can hold control characters too, so
// the message is made safe to print.
func (l *loader) warn(format string, args ...any) {
	l.c.Warnings = append(l.c.Warnings, safeName(fmt.Sprintf(format, args...)))
}
