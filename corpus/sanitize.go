package corpus

import "strings"

// Sanitize removes everything from s that could drive a terminal rather than
// be shown by it: escape sequences (CSI, OSC including hyperlinks and window
// titles, DCS, SOS, PM, APC and two-byte escapes), their 8-bit C1 forms, all
// other C0 and C1 control characters except newline and tab, and the
// invisible bidirectional overrides that can disguise text. Printable text,
// including right-to-left scripts and emoji, is kept as it is.
func Sanitize(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
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
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
			// other control characters are dropped
		case isBidiControl(r), r == 0xAD: // bidi overrides and soft hyphens are invisible
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain reports whether s holds nothing Sanitize would remove.
func isPlain(s string) bool {
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) || isBidiControl(r) || r == 0xAD {
			return false
		}
	}
	return true
}

func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
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
