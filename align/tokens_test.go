package align

import (
	"slices"
	"strings"
	"testing"
)

func terms(text string) []string {
	var out []string
	for _, t := range tokenize(text) {
		out = append(out, t.term)
	}
	return out
}

// TestTokenizeMakesVariantsOneTerm checks that the spellings news reports
// use for one thing give the same terms.
func TestTokenizeMakesVariantsOneTerm(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"the U.S. envoy", "the US envoy"},
		{"the U.S. envoy", "the United States envoy"},
		{"on Oct. 19", "on October 19"},
		{"a cease-fire", "a ceasefire"},
		{"a cease fire", "a ceasefire"},
		{"Mr. Witkoff said", "Witkoff said"},
		{"near Pütürge", "near Puturge"},
		{"Gov. Karaağaçlı", "Gov. Karaagacli"},
		{"an air strike", "an airstrike"},
		{"12 per cent", "12%"},
		{"the 2,000 troops", "the 2000 troops"},
		{"at 1:53 p.m.", "at 13:53"},
		{"three people", "3 people"},
		{"a dozen houses", "12 houses"},
		{"$2.6m", "$2.6 million"},
		{"the neighbouring town", "the neighboring town"},
		{"injured", "hurt"},
		{"wounded", "injuries"},
		{"killed", "dead"},
		{"freighter", "vessel"},
		{"rammed", "struck"},
		{"the meeting was called off", "the meeting was cancelled"},
		{"the date is still not clear", "the date is unclear"},
		{"his son passed away", "his son died"},
		{"close to 200 people", "nearly 200 people"},
	} {
		if a, b := terms(c.a), terms(c.b); !slices.Equal(a, b) {
			t.Errorf("%q → %v, %q → %v: want the same terms", c.a, a, c.b, b)
		}
	}
}

// TestTokenizeKeepsDifferentThingsApart checks the other side: words that
// look alike but name different things stay different terms.
func TestTokenizeKeepsDifferentThingsApart(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"6.1", "6.10"}, // the same number: see below
		{"October 8", "October 9"},
		{"closed", "opened"},
		{"Iran", "Iraq"},
		{"the first four", "the last four"},
	} {
		a, b := terms(c.a), terms(c.b)
		if c.a == "6.1" {
			if !slices.Equal(a, b) {
				t.Errorf("6.1 and 6.10 are one number: %v, %v", a, b)
			}
			continue
		}
		if slices.Equal(a, b) {
			t.Errorf("%q and %q both give %v: want different terms", c.a, c.b, a)
		}
	}
}

func TestTokenizeSplitsNamesAndMarksThem(t *testing.T) {
	ts := tokenize("He met Khalil al-Hayya and the Hayya-led team in Doha.")
	var got []string
	capitals := map[string]bool{}
	for _, t := range ts {
		got = append(got, t.term)
		if t.capital {
			capitals[t.term] = true
		}
	}
	want := []string{"meet", "khalil", "hayya", "hayya", "led", "team", "doha", "qatar"}
	if !slices.Equal(got, want) {
		t.Errorf("terms %v, want %v", got, want)
	}
	if !capitals["khalil"] || !capitals["hayya"] || capitals["team"] {
		t.Errorf("capitalised terms %v: want khalil and hayya, not team", capitals)
	}
	for _, tk := range ts {
		if tk.term == "#" || strings.HasPrefix(tk.term, "#") != tk.number {
			t.Errorf("token %+v: numbers and only numbers start with #", tk)
		}
	}
}

func TestScanWords(t *testing.T) {
	got := scanWords("Al-Hayya's 20,000 fighters—at #t1353, 6.1 — don't ")
	want := []string{"Al-Hayya's", "20,000", "fighters", "at", "#t1353", "6.1", "don't"}
	if !slices.Equal(got, want) {
		t.Errorf("scanWords = %q, want %q", got, want)
	}
}

func TestAttributionSpans(t *testing.T) {
	for _, c := range []struct {
		text string
		attr []string // words that must be marked
		fact []string // words that must not
	}{
		{"The meeting was canceled, the Lebanese channel Al-Mayadeen reported.",
			[]string{"Lebanese", "Al-Mayadeen", "reported"}, []string{"meeting", "canceled"}},
		{"According to The New York Times, the talks reflected a wish for a direct line.",
			[]string{"New", "York", "Times"}, []string{"talks", "direct", "line"}},
		{"“I told him that I had lost a son,” he said, “and that we were both members of a really bad club.”",
			[]string{"he"}, []string{"lost", "son", "club"}},
		{"Officials said the toll rose to 24.", nil, []string{"toll", "rose"}},
	} {
		spans := attributionSpans(c.text)
		in := func(w string) bool {
			i := strings.Index(c.text, w)
			for _, sp := range spans {
				if i >= sp[0] && i < sp[1] {
					return true
				}
			}
			return false
		}
		for _, w := range c.attr {
			if !in(w) {
				t.Errorf("%q: %q not marked as attribution (spans %v)", c.text, w, spans)
			}
		}
		for _, w := range c.fact {
			if in(w) {
				t.Errorf("%q: %q marked as attribution (spans %v)", c.text, w, spans)
			}
		}
	}
}
