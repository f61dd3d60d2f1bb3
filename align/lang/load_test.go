package lang

import (
	"slices"
	"strings"
	"testing"
)

// TestRowsSplitEveryFile checks that rows splits every data file's lines
// at their tabs, as strings.Split would, and that a row appended to
// leaves the next row as it was (the rows share one array of fields).
func TestRowsSplitEveryFile(t *testing.T) {
	entries, err := data.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		ls, rs := lines(e.Name()), rows(e.Name())
		if len(ls) != len(rs) {
			t.Fatalf("%s: %d lines, %d rows", e.Name(), len(ls), len(rs))
		}
		for i, line := range ls {
			if want := strings.Split(line, "\t"); !slices.Equal(rs[i], want) {
				t.Errorf("%s line %d: rows gives %q, want %q", e.Name(), i+1, rs[i], want)
			}
		}
		if len(rs) < 2 {
			continue
		}
		next := slices.Clone(rs[1])
		_ = append(rs[0], "appended")
		if !slices.Equal(rs[1], next) {
			t.Errorf("%s: appending to the first row changed the second to %q", e.Name(), rs[1])
		}
	}
}
