package corpus

import (
	"fmt"
	"strings"
)

// The corpus built from the raw articles read: lines shared across them
// counted, each article cleaned, unusable ones skipped, documents numbered.

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
