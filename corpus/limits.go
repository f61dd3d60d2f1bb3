package corpus

import (
	"fmt"
	"slices"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Corpus limits. crosscheck compares a handful to a few hundred articles
// of one story; the limits keep time and memory bounded, whatever is
// given, far above that. Inputs past a limit are skipped (or, for the
// sentences, cut) with one warning per limit naming the first input it
// cost and how many more; the rest loads as usual.
const (
	// DefaultMaxDocuments is how many articles are read: files, and
	// entries of JSON feeds and JSON Lines files.
	DefaultMaxDocuments = 2000
	// DefaultMaxBytes is how many bytes of article files are read in
	// all (each file is also held to Options.MaxSize).
	DefaultMaxBytes = 100 << 20
	// DefaultMaxPassages is how many sentences the corpus holds in all;
	// the article that reaches the limit keeps its first sentences.
	DefaultMaxPassages = 100_000
)

// limits tracks a load against the corpus limits.
type limits struct {
	maxDocs, maxPassages int
	maxBytes             int64
	bytes                int64 // read so far
	// Inputs skipped (or cut) at each limit: the first and how many.
	docs, size, passages overflow
}

// overflow is what one limit cost.
type overflow struct {
	first string
	n     int
}

func (o *overflow) add(name string) {
	if o.n == 0 {
		o.first = name
	}
	o.n++
}

func newLimits(opt Options) limits {
	l := limits{maxDocs: opt.MaxDocuments, maxBytes: opt.MaxBytes, maxPassages: opt.MaxPassages}
	if l.maxDocs <= 0 {
		l.maxDocs = DefaultMaxDocuments
	}
	if l.maxBytes <= 0 {
		l.maxBytes = DefaultMaxBytes
	}
	if l.maxPassages <= 0 {
		l.maxPassages = DefaultMaxPassages
	}
	return l
}

// takeBytes reports whether a file of n bytes named name may still be
// read, counting it if so.
func (l *limits) takeBytes(name string, n int64) bool {
	if l.bytes+n > l.maxBytes {
		l.size.add(name)
		return false
	}
	l.bytes += n
	return true
}

// takePassages holds d to the sentences left when the corpus holds n:
// d keeps its first sentences if not all fit, with a warning, and is
// skipped (false) if none do.
func (l *loader) takePassages(d *Document, n int) bool {
	room := l.lim.maxPassages - n
	switch {
	case room <= 0:
		l.lim.passages.add(d.Path)
		return false
	case len(d.Passages) > room:
		d.Passages = d.Passages[:room]
		last := d.Passages[room-1].Paragraph
		d.Removed = slices.DeleteFunc(d.Removed, func(r Removed) bool { return r.After > last })
		d.Captions = slices.DeleteFunc(d.Captions, func(c Caption) bool { return c.After > last })
		w := fmt.Sprintf("only its first %s sentences read: crosscheck reads at most %s sentences (the corpus limit)", thousands(room), thousands(l.lim.maxPassages))
		d.Warnings = append(d.Warnings, w)
		l.warn("%s: %s", d.Path, w)
	}
	return true
}

// warnings says what each limit cost, one line each.
func (l *limits) warnings() []string {
	var out []string
	say := func(o overflow, unit, limit string) {
		switch o.n {
		case 0:
		case 1:
			out = append(out, fmt.Sprintf("%s: %s: crosscheck reads at most %s (the corpus limit)", o.first, unit, limit))
		default:
			out = append(out, fmt.Sprintf("%s and %s more: %s: crosscheck reads at most %s (the corpus limit)", o.first, thousands(o.n-1), unit, limit))
		}
	}
	say(l.docs, "skipped", thousands(l.maxDocs)+" articles")
	say(l.size, "skipped", formatSize(l.maxBytes)+" of article files")
	say(l.passages, "skipped", thousands(l.maxPassages)+" sentences")
	return out
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string { return english.Sprint(n) }

var english = message.NewPrinter(language.English)
