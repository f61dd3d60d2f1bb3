package lang

import (
	"embed"
	"strconv"
	"strings"
	"sync"
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
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

// rows returns the tab-separated fields of a data file's lines.
func rows(name string) [][]string {
	var out [][]string
	for _, line := range lines(name) {
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

// wordSet returns a function that reads, on its first call, a list of
// words separated by white space, and returns it as a set.
func wordSet(name string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		set := map[string]bool{}
		for _, line := range lines(name) {
			for _, w := range strings.Fields(line) {
				set[w] = true
			}
		}
		return set
	})
}

// wordTable returns a function that reads, on its first call, a table of
// two columns (a key, then a value) as a map.
func wordTable(name string) func() map[string]string {
	return sync.OnceValue(func() map[string]string {
		m := map[string]string{}
		for _, r := range rows(name) {
			m[r[0]] = field(r, 1)
		}
		return m
	})
}

// numbered returns a function that reads, on its first call, a list of
// one word a line, and returns each word's line number, from 1.
func numbered(name string) func() map[string]int {
	return sync.OnceValue(func() map[string]int {
		m := map[string]int{}
		for i, line := range lines(name) {
			m[strings.TrimSpace(line)] = i + 1
		}
		return m
	})
}

// grouped returns a function that reads, on its first call, a table of
// groups (a name, then the words of the group separated by spaces), and
// returns the name of each word's group.
func grouped(name string) func() map[string]string {
	return sync.OnceValue(func() map[string]string {
		m := map[string]string{}
		for _, r := range rows(name) {
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
