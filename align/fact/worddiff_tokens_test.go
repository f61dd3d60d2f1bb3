package fact

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// wordTokenRE is the regular expression tokens reads by hand.
var wordTokenRE = regexp.MustCompile(`[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]`)

// regexpTokens is tokens as the regular expression gives them.
func regexpTokens(text string) (toks []string, tail string) {
	at := 0
	for _, loc := range wordTokenRE.FindAllStringIndex(text, -1) {
		toks = append(toks, text[at:loc[1]])
		at = loc[1]
	}
	return toks, text[at:]
}

// checkTokens fails when tokens and the regular expression split text
// apart.
func checkTokens(t *testing.T, text string) {
	t.Helper()
	got, gotTail := tokens(text)
	want, wantTail := regexpTokens(text)
	if !slices.Equal(got, want) || gotTail != wantTail {
		t.Errorf("tokens(%q) = %q + %q, the regular expression gives %q + %q", text, got, gotTail, want, wantTail)
	}
}

// TestTokensAsTheRegexp checks the hand-read tokens against the regular
// expression on the edges of words: inner and trailing apostrophes,
// hyphens and periods, marks, digits of other scripts, white space the
// expression does not count as such, and bytes that are not UTF-8.
func TestTokensAsTheRegexp(t *testing.T) {
	for _, s := range []string{
		"", " ", "  \t\n", "don't", "don’t stop", "cease-fire", "U.S.", "U.S. officials", "a--b", "a-.b", "-a", "a-",
		"'tis", "rock 'n' roll", "6.1 km", "1,000", "3.5.", "e\u0301te\u0301", "\u0301a", "٣٤٥ km", "Ⅻ", "a\u00a0b", "a\u2009b",
		"a\vb", "a\u2028b", "x\xffy", "\xff", "a-\xff", "a.\u0301", "北京市 说", "👍 said.", "“Quoted,” he said.", "end.\n",
		"Witkoff and Kushner’s October 9 sit-down with the Hayya-led team.", "a\u200bb", "\ufeffBOM", "a'’b", "x.y.z.",
	} {
		checkTokens(t, s)
	}
	// Random texts of the characters that matter, and every rune class.
	alphabet := []rune("aZé\u0301٣5 \t\n\r\f\v\u00a0\u2009'’-.,;“”👍\ufffd北_")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		if rng.IntN(10) == 0 {
			b.WriteByte(0x80 + byte(rng.IntN(64))) // not UTF-8
		}
		checkTokens(t, b.String())
	}
}

// TestWordRunesAsTheRegexp checks isWordRune and isTokenSpace against the
// regular expression's classes on every rune.
func TestWordRunesAsTheRegexp(t *testing.T) {
	word := regexp.MustCompile(`^[\p{L}\p{M}\p{N}]$`)
	space := regexp.MustCompile(`^\s$`)
	bad := 0
	for r := rune(0); r <= utf8.MaxRune && bad < 10; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if isWordRune(r) != word.MatchString(s) || isTokenSpace(r) != space.MatchString(s) {
			t.Errorf("%U: isWordRune %v, isTokenSpace %v; the regular expression differs", r, isWordRune(r), isTokenSpace(r))
			bad++
		}
	}
}

// BenchmarkTokens measures splitting a passage into word tokens.
func BenchmarkTokens(b *testing.B) {
	text := "Witkoff and Kushner’s October 9 sit-down with the Hayya-led team was the next in-person meeting, U.S. officials said."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tokens(text)
	}
}
