package corpus

import (
	"regexp"
	"testing"
)

// TestLazyPatternsCompile compiles every pattern the package compiles on
// first use, so that a bad one fails here rather than in a user's run.
func TestLazyPatternsCompile(t *testing.T) {
	if len(lazyPatterns) < 40 {
		t.Fatalf("only %d lazy patterns registered; the package has more", len(lazyPatterns))
	}
	for _, l := range lazyPatterns {
		if _, err := regexp.Compile(l.String()); err != nil {
			t.Errorf("%.60s: %v", l.String(), err)
		}
	}
}

// TestLazyRegexpMatchesCompiled checks that the lazy wrapper answers as
// the compiled expression does.
func TestLazyRegexpMatchesCompiled(t *testing.T) {
	l := lazyRE(`(\d+)-(\d+)`)
	rx := regexp.MustCompile(l.String())
	s := "pages 10-12 and 3-4"
	if got, want := l.ReplaceAllString(s, "$2"), rx.ReplaceAllString(s, "$2"); got != want {
		t.Errorf("ReplaceAllString = %q, want %q", got, want)
	}
	if got := l.FindAllStringIndex(s, -1); len(got) != 2 || got[1][0] != 16 {
		t.Errorf("FindAllStringIndex = %v", got)
	}
	if m := l.FindStringSubmatch(s); len(m) != 3 || m[1] != "10" {
		t.Errorf("FindStringSubmatch = %q", m)
	}
	if l.MatchString("none") {
		t.Error("matched a string without digits")
	}
}
