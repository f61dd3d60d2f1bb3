package corpus

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The one sanitiser. Every string that comes from outside crosscheck and
// may be shown — article text and metadata, file and folder names, web
// addresses, session files, command-line values, search input — goes
// through one of these before it is kept or printed:
//
//   - Sanitize, for text that may run over several lines (an article, a
//     note): terminal control removed, newlines and tabs kept;
//   - SanitizeLine, for a one-line field (an outlet, a title, a byline, a
//     date, a search): the same, NFC-normalised, with all white space
//     made single spaces;
//   - EscapeName, for a file name, path or address shown as it is: every
//     character Sanitize would remove is written as a visible escape
//     ("\x1b", "\n", "\u202e") instead, so the name stays recognisable
//     and can never drive the terminal or split a line.
//
// Inside the package, cleanText and cleanLine are Sanitize and
// SanitizeLine for the readers, and safeName is EscapeName.
//
// What counts as terminal control: escape sequences of every kind (CSI,
// OSC including hyperlinks, window titles and clipboard writes, DCS, SOS,
// PM, APC and two-byte escapes) with their bodies, their 8-bit C1 forms,
// all other C0 and C1 control characters, invalid UTF-8, and the
// invisible format characters that can disguise text: bidirectional
// overrides, isolates and marks, zero-width spaces and joiners, word
// joiners, byte order marks, soft hyphens, interlinear annotations and
// tag characters. Zero-width joiners and non-joiners are kept where they
// are part of a script's text (Persian, Devanagari and the other scripts
// that join letters, and emoji sequences), tag characters inside an
// emoji flag. Printable text, right-to-left scripts and emoji included,
// is kept as it is.

// Sanitize removes everything from s that could drive a terminal rather
// than be shown by it, or hide or reorder text, keeping newlines and
// tabs (see the comment above for what that is). Line and paragraph
// separators (U+2028, U+2029) become newlines.
func Sanitize(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s) // invalid UTF-8 becomes U+FFFD
	var last rune   // the last rune kept
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b: // ESC
			i = skipEscape(rs, i)
		case r == 0x9b: // 8-bit CSI
			i = skipCSI(rs, i+1)
		case r == 0x9d, r == 0x90, r == 0x98, r == 0x9e, r == 0x9f: // 8-bit OSC, DCS, SOS, PM, APC
			i = skipString(rs, i+1)
		case r == '\n', r == '\t':
			b.WriteRune(r)
			last = r
		case r == 0x2028, r == 0x2029:
			b.WriteByte('\n')
			last = '\n'
		case isControl(r):
			// other control characters are dropped
		case isInvisible(r):
			if keepInvisible(last, r, next(rs, i)) {
				b.WriteRune(r)
				if !isTag(r) {
					last = r
				}
			}
		default:
			b.WriteRune(r)
			last = r
		}
	}
	return b.String()
}

// SanitizeLine makes s safe as a one-line field: Sanitize, NFC, and every
// run of white space (newlines and tabs included) one space, with none at
// either end.
func SanitizeLine(s string) string { return collapseSpace(cleanText(s)) }

// EscapeName makes a file name, path, web address or message quoting one
// safe to print on one line without hiding what it holds: each character
// Sanitize would remove is written as a visible escape — "\n", "\t",
// "\r", "\x1b" for other control characters and bytes that are not
// UTF-8, "\u202e" for invisible format characters — and the rest is
// kept as it is. The result never holds a control character.
func EscapeName(s string) string {
	if isPlain(s) && !strings.ContainsAny(s, "\n\t") {
		return s
	}
	var b strings.Builder
	var last rune // the last character written as it is
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		escaped := true
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case isControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == 0x2028, r == 0x2029,
			isInvisible(r) && !keepInvisible(last, r, nextInString(s, i+size)):
			if r > 0xffff {
				fmt.Fprintf(&b, `\U%08x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
			escaped = false
			if !isTag(r) {
				last = r
			}
		}
		if escaped {
			last = '\\'
		}
		i += size
	}
	return b.String()
}

// cleanText is Sanitize followed by NFC normalisation: how the readers
// clean text.
func cleanText(s string) string {
	s = Sanitize(s)
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// cleanLine is SanitizeLine.
func cleanLine(s string) string { return SanitizeLine(s) }

// safeName is EscapeName: file names and messages that quote them.
func safeName(s string) string { return EscapeName(s) }

// isPlain reports whether s is valid UTF-8 holding nothing Sanitize would
// remove or change.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || isControl(r) || isInvisible(r) || r == 0x2028 || r == 0x2029 {
			return false
		}
		i += size - 1
	}
	return true
}

// isControl reports whether r is a C0 or C1 control character or DEL,
// newline and tab included.
func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }

// invisibleRanges are the format characters that show nothing but can
// reorder, join, split or hide the text around them.
var invisibleRanges = []struct{ lo, hi rune }{
	{0x00AD, 0x00AD},   // soft hyphen
	{0x061C, 0x061C},   // Arabic letter mark
	{0x180E, 0x180E},   // Mongolian vowel separator
	{0x200B, 0x200F},   // zero-width space, non-joiner, joiner; LRM, RLM
	{0x202A, 0x202E},   // bidirectional embeddings and overrides
	{0x2060, 0x206F},   // word joiner, invisible operators, isolates, deprecated formats
	{0xFEFF, 0xFEFF},   // zero-width no-break space (byte order mark)
	{0xFFF9, 0xFFFB},   // interlinear annotation
	{0x1BCA0, 0x1BCA3}, // shorthand format controls
	{0x1D173, 0x1D17A}, // musical symbol format controls
	{0xE0001, 0xE0001}, // language tag
	{0xE0020, 0xE007F}, // tag characters
}

func isInvisible(r rune) bool {
	if r < 0xAD {
		return false
	}
	for _, g := range invisibleRanges {
		if r >= g.lo && r <= g.hi {
			return true
		}
	}
	return false
}

func isTag(r rune) bool { return r >= 0xE0020 && r <= 0xE007F }

// joiningScripts are the scripts whose text uses the zero-width joiner
// and non-joiner between letters to choose letter forms.
var joiningScripts = []*unicode.RangeTable{
	unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko, unicode.Mongolian,
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
	unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala,
	unicode.Tibetan, unicode.Myanmar, unicode.Khmer, unicode.Hebrew,
}

// keepInvisible reports whether the invisible character r, between the
// kept character prev and the next character next, is part of the text:
// a joiner between two letters of a joining script or inside an emoji
// sequence, or a tag character of an emoji flag (🏴 and its tags).
func keepInvisible(prev, r, next rune) bool {
	switch {
	case r == 0x200C || r == 0x200D:
		if inJoiningScript(prev) && inJoiningScript(next) {
			return true
		}
		return r == 0x200D && isEmojiPart(prev) && isEmojiPart(next)
	case isTag(r):
		return prev == 0x1F3F4
	}
	return false
}

func inJoiningScript(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsMark(r)) && unicode.In(r, joiningScripts...)
}

// isEmojiPart reports whether r can stand on either side of a joiner in
// an emoji sequence: a pictograph, a variation selector or a skin tone.
func isEmojiPart(r rune) bool {
	return r >= 0x2600 && r != utf8.RuneError && unicode.Is(unicode.So, r) || r == 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF
}

// next returns the rune after rs[i], or 0.
func next(rs []rune, i int) rune {
	if i+1 < len(rs) {
		return rs[i+1]
	}
	return 0
}

// nextInString returns the character at byte j of s, or 0 at the end or
// where the bytes are not UTF-8.
func nextInString(s string, j int) rune {
	if j < len(s) {
		if r, size := utf8.DecodeRuneInString(s[j:]); size > 1 || r != utf8.RuneError {
			return r
		}
	}
	return 0
}

// skipEscape returns the index of the last rune of the escape sequence that
// starts with ESC at rs[i].
func skipEscape(rs []rune, i int) int {
	if i+1 >= len(rs) {
		return i
	}
	switch rs[i+1] {
	case '[':
		return skipCSI(rs, i+2)
	case ']', 'P', 'X', '^', '_':
		return skipString(rs, i+2)
	}
	// Intermediate bytes (0x20–0x2F) then one final byte.
	j := i + 1
	for j < len(rs) && rs[j] >= 0x20 && rs[j] <= 0x2f {
		j++
	}
	if j < len(rs) {
		return j
	}
	return len(rs) - 1
}

// skipCSI returns the index of the final byte of a control sequence whose
// parameters start at rs[j].
func skipCSI(rs []rune, j int) int {
	for ; j < len(rs); j++ {
		if r := rs[j]; r >= 0x40 && r <= 0x7e {
			return j
		} else if r < 0x20 || r > 0x7e {
			// Malformed: stop the sequence here and drop only what came before.
			return j - 1
		}
	}
	return len(rs) - 1
}

// skipString returns the index of the terminator of a control string (OSC,
// DCS, SOS, PM, APC) whose body starts at rs[j]: BEL, ESC \ or 8-bit ST.
// An unterminated string runs to the end of the line.
func skipString(rs []rune, j int) int {
	for ; j < len(rs); j++ {
		switch rs[j] {
		case 0x07, 0x9c:
			return j
		case 0x1b:
			if j+1 < len(rs) && rs[j+1] == '\\' {
				return j + 1
			}
			return j - 1 // a new escape ends the string
		case '\n':
			return j - 1
		}
	}
	return len(rs) - 1
}
