package fact

import "testing"

// TestPlural: the plural a slot's label names its counted group by; a
// word ending in "man" is made "men" only when it is a noun of people
// ("German" and "human" are not).
func TestPlural(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"man", "men"},
		{"woman", "women"},
		{"fireman", "firemen"},
		{"german", "germans"},
		{"human", "humans"},
		{"home", "homes"},
		{"box", "boxes"},
		{"city", "cities"},
	} {
		if got := plural(c.in); got != c.want {
			t.Errorf("plural(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
