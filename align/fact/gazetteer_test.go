package fact

import (
	"slices"
	"testing"

	"crosscheck/align/lang"
)

// lexWords is the words addName reads in a name by lexing it.
func lexWords(name string) []string {
	var words []string
	for _, l := range lex(name) {
		words = append(words, plainFold(l.low))
	}
	return words
}

// TestPlainNamesReadAsLexed checks that the shortcut for plain names gives
// exactly the words and keys lexing gives, on every name of the gazetteer
// and on names made to sit at the edge of plain.
func TestPlainNamesReadAsLexed(t *testing.T) {
	names := []string{"The Hague", "the Gambia", "The", "the", "THE GAMBIA", "US", "New York City",
		"Côte d'Ivoire", "U.S.", "Guinea-Bissau", "St. Louis", "New  York", " New York", "New York ", "Xi'an",
		"Saint John's", "Area 51", "Zürich", "", "a", "The the"}
	plain := 0
	for _, p := range lang.Gazetteer() {
		names = append(names, p.Name, p.Parent)
		names = append(names, p.Aliases...)
		names = append(names, p.Other...)
	}
	for _, n := range names {
		if w, ok := plainWords(n); ok {
			plain++
			if want := lexWords(n); !slices.Equal(w, want) {
				t.Errorf("plainWords(%q) = %q, lexing gives %q", n, w, want)
			}
		}
		if got, want := nameKey(n), foldKey(n); got != want {
			t.Errorf("nameKey(%q) = %q, foldKey gives %q", n, got, want)
		}
	}
	// The shortcut must be taken for most names, or it buys nothing.
	if plain < len(names)*3/4 {
		t.Errorf("%d of %d names read as plain; want most", plain, len(names))
	}
	for _, n := range []string{"Côte d'Ivoire", "U.S.", "Guinea-Bissau", "New  York", " New York", "", "Area 51"} {
		if _, ok := plainWords(n); ok {
			t.Errorf("plainWords(%q) took the shortcut; only letters and single spaces may", n)
		}
	}
}

// BenchmarkIndexGazetteer measures indexing the embedded gazetteer, which
// a report whose articles name a place pays once.
func BenchmarkIndexGazetteer(b *testing.B) {
	entries := lang.Gazetteer()
	b.ReportAllocs()
	for b.Loop() {
		indexGazetteer(entries)
	}
}
