package lang

import (
	"embed"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// data holds the lists; each file says in its header what it lists and
// how.
//
//go:embed data
var data embed.FS

// lines returns the lines of a data file, without blank lines and the
// comment lines that start with '#'.
func lines(name string) []string {
	b, err := data.ReadFile("data/" + name)
	if err != nil {
		panic("lang: " + err.Error()) // the files are embedded: a build error
	}
	text := string(b)
	out := make([]string, 0, strings.Count(text, "\n")+1)
	for line := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

// rows returns the tab-separated fields of a data file's lines. The rows
// share one array of fields, each capped at its own end, so that
// appending to a row copies it rather than overwriting the next.
func rows(name string) [][]string {
	ls := lines(name)
	n := 0
	for _, line := range ls {
		n += strings.Count(line, "\t") + 1
	}
	fields := make([]string, 0, n)
	out := make([][]string, len(ls))
	for i, line := range ls {
		start := len(fields)
		for {
			f, rest, found := strings.Cut(line, "\t")
			fields = append(fields, f)
			if !found {
				break
			}
			line = rest
		}
		out[i] = fields[start:len(fields):len(fields)]
	}
	return out
}

// A lazy is a table built the first time it is read. Once built, reading
// it costs an atomic load, so that the accessors are inlined and a
// look-up in a hot loop costs little more than the map access.
type lazy[T any] struct {
	v     atomic.Pointer[T]
	mu    sync.Mutex
	build func() T
}

// newLazy returns a table that build makes on first use.
func newLazy[T any](build func() T) *lazy[T] { return &lazy[T]{build: build} }

// get returns the table, building it on the first call.
func (l *lazy[T]) get() T {
	if p := l.v.Load(); p != nil {
		return *p
	}
	return l.fill()
}

// fill builds the table once, whichever goroutines ask for it first.
func (l *lazy[T]) fill() T {
	l.mu.Lock()
	defer l.mu.Unlock()
	if p := l.v.Load(); p != nil {
		return *p
	}
	v := l.build()
	l.v.Store(&v)
	return v
}

// wordSet returns a table of the list of words, separated by white
// space, in the data file name.
func wordSet(name string) *lazy[map[string]bool] {
	return newLazy(func() map[string]bool {
		ls := lines(name)
		set := make(map[string]bool, len(ls)) // at least a word a line
		for _, line := range ls {
			for _, w := range strings.Fields(line) {
				set[w] = true
			}
		}
		return set
	})
}

// wordTable returns a table of the two columns (a key, then a value) of
// the data file name.
func wordTable(name string) *lazy[map[string]string] {
	return newLazy(func() map[string]string {
		rs := rows(name)
		m := make(map[string]string, len(rs))
		for _, r := range rs {
			m[r[0]] = field(r, 1)
		}
		return m
	})
}

// numbered returns a table of the words of the data file name, one a
// line, to their line numbers, from 1.
func numbered(name string) *lazy[map[string]int] {
	return newLazy(func() map[string]int {
		ls := lines(name)
		m := make(map[string]int, len(ls))
		for i, line := range ls {
			m[strings.TrimSpace(line)] = i + 1
		}
		return m
	})
}

// grouped returns a table of the groups of the data file name (a name,
// then the group's words separated by spaces), from each word to its
// group's name.
func grouped(name string) *lazy[map[string]string] {
	return newLazy(func() map[string]string {
		rs := rows(name)
		m := make(map[string]string, len(rs)) // at least a word a group
		for _, r := range rs {
			for _, w := range strings.Fields(field(r, 1)) {
				m[w] = r[0]
			}
		}
		return m
	})
}

// field returns r[i], or "" when the row is shorter.
func field(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

// number parses a number in a data file; the files are embedded, so a
// malformed one is a build error.
func number(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic("lang: " + err.Error())
	}
	return v
}
