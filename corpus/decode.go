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
	b = utf16ToUTF8(b)
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
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

// utf16ToUTF8 decodes text that starts with a UTF-16 byte order mark.
func utf16ToUTF8(b []byte) []byte {
	if !bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return b
	}
	if u, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b); err == nil {
		return u
	}
	return b
}

// looksBinary reports whether b is unlikely to be text: it holds a NUL byte,
// more than a tenth of its characters are control codes, or it is not
// UTF-8 and most of its bytes are outside ASCII (no Windows-1252 text is
// like that).
func looksBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	sample := b
	if len(sample) > 8192 {
		sample = sample[:8192]
		// Do not cut a character in two at the end of the sample.
		for i := 0; i < utf8.UTFMax && len(sample) > 0 && !utf8.RuneStart(b[len(sample)]); i++ {
			sample = sample[:len(sample)-1]
		}
	}
	bad, high, invalid, total := 0, 0, 0, 0
	for len(sample) > 0 {
		r, size := utf8.DecodeRune(sample)
		sample = sample[size:]
		total++
		if r == utf8.RuneError && size == 1 {
			invalid++
			continue
		}
		if r >= 0x80 {
			high++
		}
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != 0x1b {
			bad++
		}
	}
	if total == 0 {
		return false
	}
	return bad*10 > total || invalid > 0 && (invalid+high)*10 > total*4
}
