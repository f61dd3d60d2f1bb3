package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// decodeText turns raw file bytes into clean, NFC-normalised UTF-8 text with
// "\n" line ends and no terminal control sequences. It reports in warning why
// the bytes needed repair, if they did.
func decodeText(b []byte) (text string, warning string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		if u, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b); err == nil {
			b = u
		}
	}
	if !utf8.Valid(b) {
		if w, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil {
			b = w
			warning = "not valid UTF-8; read as Windows-1252"
		} else {
			b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
			warning = "not valid UTF-8; undecodable bytes replaced"
		}
	}
	s := string(b)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = Sanitize(s)
	return norm.NFC.String(s), warning
}

// looksBinary reports whether b is unlikely to be text: it holds a NUL byte,
// or more than a tenth of its runes are control characters or invalid.
func looksBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	sample := b
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	bad, total := 0, 0
	for len(sample) > 0 {
		r, size := utf8.DecodeRune(sample)
		sample = sample[size:]
		total++
		if r == utf8.RuneError && size == 1 {
			// Invalid UTF-8 may still be Windows-1252 text: count only
			// bytes that are control codes there too.
			continue
		}
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != 0x1b {
			bad++
		}
	}
	return total > 0 && bad*10 > total
}
