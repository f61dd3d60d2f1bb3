package corpus

import (
	"bytes"
	"strings"
)

// One file's bytes to raw articles: decoded, sniffed, read by its format's
// reader, and kept once.

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
