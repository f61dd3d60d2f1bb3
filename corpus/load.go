package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
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

// addBytes decodes and parses one file's bytes, keeping its articles for
// build or warning why it cannot be used. f is the file's format, nil to
// guess it from the text. url, when not empty, is the web address the
// bytes were fetched from: it becomes the articles' url.
func (l *loader) addBytes(p, url string, b []byte, f *format) {
	defer func() {
		if r := recover(); r != nil {
			l.warn("%s: skipped: could not be read (internal error: %v); please report this", p, r)
		}
	}()
	raws, warnings := readArticles(p, b, f)
	for _, w := range warnings {
		l.warn("%s: %s", p, w)
	}
	if len(raws) == 0 {
		return
	}
	if first, ok := l.texts[raws[0].key]; ok {
		l.warn("%s: skipped: the same text as %s", p, first)
		return
	}
	l.texts[raws[0].key] = p
	for _, r := range raws {
		if r.err != nil {
			l.warn("%s: skipped: %v", r.path, r.err)
			continue
		}
		if l.full(r.path) {
			continue
		}
		if url != "" {
			r.url = url
		}
		l.raws = append(l.raws, r.rawArticle)
	}
}

// full reports whether the corpus holds as many articles as it may, and
// if so counts input name as skipped.
func (l *loader) full(name string) bool {
	if len(l.raws) < l.lim.maxDocs {
		return false
	}
	l.lim.docs.add(name)
	return true
}

// readResult is one entry read from a file; key identifies the file's text.
type readResult struct {
	rawArticle
	key string
}

// readArticles turns one file's bytes into raw articles. A file that
// cannot be used yields no articles and a warning saying why ("skipped:
// …"); repairs (an encoding guessed) are warnings too and the articles
// carry them.
func readArticles(p string, b []byte, f *format) (out []readResult, warnings []string) {
	b = utf16ToUTF8(b)
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, []string{"skipped: empty file"}
	}
	var binaryLines []int
	if f == nil || f.name == "jsonl" {
		// One bad line of JSON Lines must not cost the others.
		b, binaryLines = blankBinaryLines(b)
	}
	if looksBinary(b) {
		return nil, []string{"skipped: binary data, not text"}
	}
	text, repair := decodeText(b)
	if strings.TrimSpace(text) == "" {
		return nil, []string{"skipped: empty file (no text once control characters are removed)"}
	}
	if repair != "" {
		warnings = append(warnings, repair)
	}
	if f == nil {
		f = sniffFormat(text)
	}
	if len(binaryLines) > 0 && f.name != "jsonl" {
		return nil, []string{"skipped: binary data, not text"}
	}
	if f.name == "html" {
		// Said once for the file; the reader then finds nothing to cap.
		var deep string
		if text, deep = flattenDeep(text); deep != "" {
			warnings = append(warnings, deep)
		}
	}
	raws, err := f.read(p, text)
	if err != nil {
		return nil, append(warnings, "skipped: "+err.Error())
	}
	raws = withBinaryLines(raws, p, binaryLines)
	for _, r := range raws {
		if repair != "" {
			r.warnings = append(r.warnings, repair)
		}
		// Sanitised now so that lines compare across documents as they
		// will be shown; buildDocument does it again whatever its input.
		out = append(out, readResult{rawArticle: sanitizeRaw(r), key: text})
	}
	return out, warnings
}

// build cleans every article read, using lines repeated across them as a
// boilerplate signal, and numbers the documents.
func (l *loader) build() *Corpus {
	shared := sharedLines{}
	if len(l.raws) > 1 {
		for _, r := range l.raws {
			seen := map[string]bool{}
			for _, p := range r.paras {
				k := lineKey(p.text)
				if !seen[k] {
					seen[k] = true
					shared[k]++
				}
			}
		}
	}
	var docs []built
	passages := 0
	for _, r := range l.raws {
		b, ok := l.buildOne(r, shared)
		if !ok {
			continue
		}
		if len(b.doc.Passages) == 0 {
			l.warn("%s: skipped: no usable article text", r.path)
			continue
		}
		if encodedData(b.doc.Passages) {
			l.warn("%s: skipped: encoded data (long runs of letters and digits), not article text", r.path)
			continue
		}
		if !l.takePassages(&b.doc, passages) {
			continue
		}
		passages += len(b.doc.Passages)
		docs = append(docs, b)
	}
	for _, w := range l.lim.warnings() {
		l.warn("%s", w)
	}
	inferDatelineYears(docs)
	for i := range docs {
		d := docs[i].doc
		d.ID = fmt.Sprintf("d%d", i+1)
		d.addHeadline()
		n := 0
		for j := range d.Passages {
			if d.Passages[j].Headline {
				d.Passages[j].ID = d.ID + "." + HeadlineID
				continue
			}
			n++
			d.Passages[j].ID = fmt.Sprintf("%s.%d", d.ID, n)
		}
		l.c.Documents = append(l.c.Documents, d)
	}
	return l.c
}

// buildOne cleans one article, turning a panic into a warning: one bad
// file must never stop the others.
func (l *loader) buildOne(r rawArticle, shared sharedLines) (b built, ok bool) {
	defer func() {
		if x := recover(); x != nil {
			l.warn("%s: skipped: could not be cleaned (internal error: %v); please report this", r.path, x)
			ok = false
		}
	}()
	b = buildDocument(r, shared)
	if n := l.outlets.lookup(r.path, r.url); n != "" {
		b.doc.Outlet, b.doc.OutletSource = n, OutletFromUser
	}
	return b, true
}

// inferDatelineYears dates documents whose only date is a dateline without
// a year ("ROTTERDAM, Oct. 9 (Reuters) —"), taking the year that puts the
// dateline nearest to the other documents' dates.
func inferDatelineYears(docs []built) {
	var dates []time.Time
	for _, b := range docs {
		if !b.doc.Published.IsZero() {
			dates = append(dates, b.doc.Published)
		}
	}
	for i := range docs {
		b := &docs[i]
		if !b.doc.Published.IsZero() || b.dateline == nil || b.dateline.month == 0 || len(dates) == 0 {
			continue
		}
		var best time.Time
		var bestGap time.Duration
		for _, ref := range dates {
			for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
				t, ok := b.dateline.date(y)
				if !ok {
					continue
				}
				gap := t.Sub(ref).Abs()
				if best.IsZero() || gap < bestGap {
					best, bestGap = t, gap
				}
			}
		}
		if !best.IsZero() && bestGap < 183*24*time.Hour {
			b.doc.Published = best
		}
	}
}

// encodedData reports whether most of the passages' text is runs of 40
// or more letters, digits and base64 symbols without a space: base64,
// hex dumps and hashes, which no article is made of. Scripts written
// without spaces (Chinese, Japanese, Thai) are not counted as such runs.
func encodedData(ps []Passage) bool {
	var long, total int
	for _, p := range ps {
		for _, w := range strings.Fields(p.Text) {
			total += len(w)
			if len(w) >= 40 && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-") == "" {
				long += len(w)
			}
		}
	}
	return total > 0 && long*2 > total
}

// pathError words a file-system error so that it names the path once and
// says what is wrong in plain words.
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

func formatSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
