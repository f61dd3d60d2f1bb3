package corpus

import (
	"regexp"
	"sync"
)

// A lazyRegexp is a regular expression compiled on first use, so that
// loading the package costs nothing for a command that reads no article
// (crosscheck --version, --help). It is the pattern of the standard
// library's internal/lazyregexp.
type lazyRegexp struct {
	src  string
	once sync.Once
	rx   *regexp.Regexp
	// need, when set, holds for every string the pattern matches: a
	// string it rejects is answered by MatchString and FindStringSubmatch
	// without compiling.
	need func(string) bool
}

// lazyPatterns lists every lazy regular expression made when the package
// was initialised, so that a test can check that each one compiles.
var lazyPatterns []*lazyRegexp

// lazyRE returns a regular expression that compiles src when first used;
// src must compile.
func lazyRE(src string) *lazyRegexp {
	l := &lazyRegexp{src: src}
	lazyPatterns = append(lazyPatterns, l)
	return l
}

// lazyREWhere returns lazyRE(src) whose MatchString and
// FindStringSubmatch answer no match, without compiling, for a string need
// rejects. need must hold for every
// string src matches; a cheap test of a shape the pattern requires spares
// most runs compiling a pattern whose Unicode classes are dear to compile.
func lazyREWhere(src string, need func(string) bool) *lazyRegexp {
	l := lazyRE(src)
	l.need = need
	return l
}

func (l *lazyRegexp) re() *regexp.Regexp {
	l.once.Do(func() { l.rx = regexp.MustCompile(l.src) })
	return l.rx
}

// String returns the source text, without compiling it.
func (l *lazyRegexp) String() string { return l.src }

func (l *lazyRegexp) MatchString(s string) bool {
	if l.need != nil && !l.need(s) {
		return false
	}
	return l.re().MatchString(s)
}

func (l *lazyRegexp) FindStringIndex(s string) []int { return l.re().FindStringIndex(s) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	if l.need != nil && !l.need(s) {
		return nil
	}
	return l.re().FindStringSubmatch(s)
}

func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.re().FindStringSubmatchIndex(s)
}

func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.re().FindAllStringIndex(s, n)
}

func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.re().FindAllStringSubmatchIndex(s, n)
}

func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.re().ReplaceAllString(src, repl)
}
