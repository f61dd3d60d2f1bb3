package session

import (
	"fmt"
	"path/filepath"
	"testing"

	"crosscheck/align"
)

// bigStory is a hand-built story of n claims of three passages each.
func bigStory(n int) *align.Story {
	claims := make([][]m, n)
	for i := range claims {
		for d := range 3 {
			claims[i] = append(claims[i], m{d, fmt.Sprintf("Outlet %d states fact number %d in its own words.", d, i)})
		}
	}
	return mkStory(outlets3, claims...)
}

// BenchmarkAttach matches 500 marks to a 2,000-claim story in which every
// marked claim changed its key (a member was edited), so each is found by
// its passages.
func BenchmarkAttach(b *testing.B) {
	story := bigStory(2000)
	s := newSession("")
	s.Attach(story)
	for i := 0; i < 2000; i += 4 {
		s.SetVerdict(i, Verified)
	}
	for k := range s.marks {
		s.marks[k].ClaimKey = "changed"
	}
	b.ResetTimer()
	for b.Loop() {
		s.Attach(story)
	}
	if c := s.Counts(); c.Verified != 500 {
		b.Fatalf("%+v", c)
	}
}

// BenchmarkSave saves a session of 500 marks: encoding, writing, two
// fsyncs and a rename.
func BenchmarkSave(b *testing.B) {
	story := bigStory(2000)
	s := newSession(filepath.Join(b.TempDir(), "s.json"))
	s.Attach(story)
	for i := 0; i < 2000; i += 4 {
		s.SetVerdict(i, Verified)
	}
	for b.Loop() {
		s.gen++
		if err := s.Save(); err != nil {
			b.Fatal(err)
		}
	}
}
