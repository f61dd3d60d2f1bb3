package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text kept", "Witkoff met al-Hayya.\n\tDone", "Witkoff met al-Hayya.\n\tDone"},
		{"CSI colour", "red \x1b[31mtext\x1b[0m here", "red text here"},
		{"cursor movement and clear screen", "a\x1b[2J\x1b[H\x1b[10;20Hb", "ab"},
		{"OSC window title with BEL", "x\x1b]0;pwned\x07y", "xy"},
		{"OSC 52 clipboard write", "x\x1b]52;c;cHduZWQ=\x07y", "xy"},
		{"OSC 8 hyperlink with ST", "see \x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\ now", "see here now"},
		{"DCS", "a\x1bP1$r0m\x1b\\b", "ab"},
		{"APC, PM and SOS", "a\x1b_apc\x1b\\b\x1b^pm\x1b\\c\x1bXsos\x1b\\d", "abcd"},
		{"8-bit CSI", "a\u009b31mb", "ab"},
		{"8-bit OSC ended by 8-bit ST", "a\u009d0;t\u009cb", "ab"},
		{"C1 controls", "a\u0085b\u0090q\u009cc", "abc"},
		{"C0 controls", "a\x00b\x07c\x08d\re\x7f", "abcde"},
		{"invalid UTF-8 replaced", "a\x9bb\xffc", "a\ufffdb\ufffdc"},
		{"bidi override", "abc\u202Edef\u202C", "abcdef"},
		{"bidi isolates and marks", "a\u2066b\u2069c\u200Ed\u200Fe\u061Cf", "abcdef"},
		{"zero-width space, word joiner, BOM", "Wit\u200Bkoff\u2060 \uFEFFsaid", "Witkoff said"},
		{"joiner in Latin text", "Wit\u200Dkoff and Wit\u200Ckoff", "Witkoff and Witkoff"},
		{"non-joiner in Persian kept", "می\u200Cخواهم", "می\u200Cخواهم"},
		{"joiner in Devanagari kept", "क्\u200Dष", "क्\u200Dष"},
		{"joiner in an emoji sequence kept", "👩\u200D🚒 firefighter", "👩\u200D🚒 firefighter"},
		{"joiner before bytes that are not UTF-8", "👩\u200D\xf0", "👩\ufffd"},
		{"emoji flag tags kept", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Scotland", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F Scotland"},
		{"stray tag characters (hidden ASCII)", "ok\U000E0069\U000E0067\U000E006E go", "ok go"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"soft hyphen", "co\u00ADoperate", "cooperate"},
		{"right-to-left text kept", "قال المتحدث", "قال المتحدث"},
		{"emoji kept", "bridge 🌉 closed", "bridge 🌉 closed"},
		{"unterminated OSC stops at line end", "a\x1b]0;title\nnext", "a\nnext"},
		{"lone ESC at end", "abc\x1b", "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Evil\x1b]0;x\x07 Wire \n", "Evil Wire"},
		{"two\nlines\tand\u2028more", "two lines and more"},
		{"Cafe\u0301", "Café"}, // NFC
		{"\u202eenilno", "enilno"},
	}
	for _, tt := range tests {
		if got := SanitizeLine(tt.in); got != tt.want {
			t.Errorf("SanitizeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"times-of-israel.txt", "times-of-israel.txt"},
		{"x\x1b]0;PWNED\x07\x1b]52;c;cHduZWQ=\x07.txt", `x\x1b]0;PWNED\x07\x1b]52;c;cHduZWQ=\x07.txt`},
		{"two\nlines.txt", `two\nlines.txt`},
		{"tab\there\r.md", `tab\there\r.md`},
		{"csi\u009b2J.txt", `csi\x9b2J.txt`},
		{"raw\x9bbyte\xff.txt", `raw\x9bbyte\xff.txt`},
		{"gnp.\u202etxt", `gnp.\u202etxt`},
		{"zero\u200bwidth", `zero\u200bwidth`},
		{"tag\U000E0041", `tag\U000e0041`},
		{"می\u200Cخواهم.txt", "می\u200Cخواهم.txt"},
		// Found by FuzzFileNames: a joiner before a byte that is not
		// UTF-8, or after an escaped character, joins nothing.
		{"👩\u200d\xf0", `👩\u200d\xf0`},
		{"\x0c\u200d🚒", `\x0c\u200d🚒`},
	}
	for _, tt := range tests {
		got := EscapeName(tt.in)
		if got != tt.want {
			t.Errorf("EscapeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if EscapeName(got) != got {
			t.Errorf("EscapeName is not idempotent on %q", got)
		}
		if !utf8.ValidString(got) || strings.IndexFunc(got, isControl) >= 0 {
			t.Errorf("EscapeName(%q) = %q still holds a control character", tt.in, got)
		}
	}
}
