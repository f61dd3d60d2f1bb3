package corpus

import "testing"

func TestSanitize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text kept", "Witkoff met al-Hayya.\n\tDone", "Witkoff met al-Hayya.\n\tDone"},
		{"CSI colour", "red \x1b[31mtext\x1b[0m here", "red text here"},
		{"cursor movement and clear screen", "a\x1b[2J\x1b[H\x1b[10;20Hb", "ab"},
		{"OSC window title with BEL", "x\x1b]0;pwned\x07y", "xy"},
		{"OSC 8 hyperlink with ST", "see \x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\ now", "see here now"},
		{"DCS", "a\x1bP1$r0m\x1b\\b", "ab"},
		{"8-bit CSI", "a\u009b31mb", "ab"},
		{"C1 controls", "a\u0085b\u0090q\u009cc", "abc"},
		{"C0 controls", "a\x00b\x07c\x08d\re\x7f", "abcde"},
		{"bidi override", "abc\u202Edef\u202C", "abcdef"},
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
