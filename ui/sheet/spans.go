package sheet

import (
	"slices"
	"strings"
	"unicode"

	"crosscheck/align"
)

// A Tone is how a stretch of passage text is lit. Where two spans overlap
// the higher tone wins: a typed value outranks the word diff, since its
// status says more ("Oct. 19" worded differently from "October 19" is
// still the same date), and a stronger status outranks a weaker one.
type Tone uint8

// The tones, weakest first.
const (
	Plain Tone = iota
	// Aside: the words of a member outside the part of its sentence the
	// claim is about (see align.Claim.Focus), shown muted.
	Aside
	// Changed: words the reference wording lacks.
	Changed
	// Same, Compatible, Differ and Conflict: a typed value of a row with
	// that status.
	Same
	Compatible
	Differ
	Conflict
)

// ToneOf is the tone of a typed value whose row has status s.
func ToneOf(s align.Status) Tone {
	switch s {
	case align.Conflict:
		return Conflict
	case align.Differ:
		return Differ
	case align.Compatible:
		return Compatible
	}
	return Same
}

// String names the tone, as the HTML report's classes do.
func (t Tone) String() string {
	switch t {
	case Aside:
		return "aside"
	case Changed:
		return "diff"
	case Same:
		return "same"
	case Compatible:
		return "compatible"
	case Differ:
		return "differ"
	case Conflict:
		return "conflict"
	}
	return "plain"
}

// A Span lights bytes [Start, End) of a passage with a tone.
type Span struct {
	Start, End int
	Tone       Tone
}

// Passage returns the spans lit in the passage ref points at, a member of
// claim c, when it is read against the wording of outlet refDoc: the
// words refDoc's passages in c lack, when the two wordings are close (see
// Changes; none when ref is refDoc's own or refDoc does not report c),
// then the typed values of c's rows (see Values). When c is about part
// of the passage (a sentence that states several facts, read for c's),
// the rest is Aside, and only the part's words are set against refDoc's.
func Passage(s *align.Story, c *align.Claim, ref align.Ref, refDoc int) []Span {
	var out []Span
	text := s.Passage(ref).Text
	if ref.Doc != refDoc {
		var against []string
		for _, m := range c.Members {
			if m.Doc == refDoc {
				against = append(against, s.Passage(m).Text)
			}
		}
		if len(against) > 0 {
			out = Changes(strings.Join(against, " "), text)
		}
	}
	if start, end, ok := c.FocusOf(ref); ok {
		out = slices.DeleteFunc(out, func(sp Span) bool { return sp.End <= start || sp.Start >= end })
		for i := range out {
			out[i].Start, out[i].End = max(out[i].Start, start), min(out[i].End, end)
		}
		if start > 0 {
			out = append(out, Span{0, start, Aside})
		}
		if end < len(text) {
			out = append(out, Span{end, len(text), Aside})
		}
	}
	return append(out, Values(s, c, ref)...)
}

// Values returns where the typed values of c's rows stand in the passage
// ref points at, each lit by its row's status, in row order, each place
// once. A value is placed by its Offset; one whose Offset does not hold
// its Text (a value set by hand) is placed at its first occurrence.
func Values(s *align.Story, c *align.Claim, ref align.Ref) []Span {
	text := s.Passage(ref).Text
	var out []Span
	for i := range c.Facts {
		r := &c.Facts[i]
		for _, rd := range r.Readings {
			for _, v := range rd.Values {
				if v.Ref != ref || v.Text == "" {
					continue
				}
				start := v.Offset
				if start < 0 || start+len(v.Text) > len(text) || text[start:start+len(v.Text)] != v.Text {
					if start = strings.Index(text, v.Text); start < 0 {
						continue
					}
				}
				sp := Span{start, start + len(v.Text), ToneOf(r.Status)}
				if !slices.Contains(out, sp) {
					out = append(out, sp)
				}
			}
		}
	}
	return out
}

// MaxWordDistance is how far apart two wordings may be for their word
// diff to be lit: the share of their letters, digits and punctuation that
// the diff sets apart (words only one of them has), from 0 for the same
// wording to 1 for wordings with no word in common. Past it a sentence is
// reworded rather than edited, and lighting every changed word would bury
// the values that matter under reverse video, as delta stops lighting
// words within a line past its max-line-distance (0.6). Chosen on the dev
// set's real coverage (see TestWordDistanceOnRealCoverage): below 0.5,
// most pairs lit are the same sentence with a figure, a name or a few
// words changed; above it, most are paraphrases sharing function words.
const MaxWordDistance = 0.5

// WordDistance is the share of two wordings' non-space characters that
// their word diff sets apart: 0 when they have the same words, 1 when
// they have none in common.
func WordDistance(spans []align.Span) float64 {
	apart, all := 0, 0
	for _, sp := range spans {
		n := 0
		for _, r := range sp.Text {
			if !unicode.IsSpace(r) {
				n++
			}
		}
		if sp.Op == align.Common {
			// Common spans hold one wording's text; both have it.
			all += 2 * n
		} else {
			apart += n
			all += n
		}
	}
	if all == 0 {
		return 0
	}
	return float64(apart) / float64(all)
}

// Changes returns the spans of text holding words reference lacks (case,
// quotes and dashes aside), when the two wordings are within
// MaxWordDistance of each other; nil otherwise. A run of changed words is
// one span, the spaces between them included; the spaces around it are
// not.
func Changes(reference, text string) []Span {
	spans := align.DiffWords(reference, text)
	if WordDistance(spans) > MaxWordDistance {
		return nil
	}
	var out []Span
	at := 0
	for _, sp := range spans {
		switch sp.Op {
		case align.Common:
			at += len(sp.Text)
		case align.OnlyB:
			start, end := at, at+len(sp.Text)
			at = end
			for start < end && isSpace(text[start]) {
				start++
			}
			for end > start && isSpace(text[end-1]) {
				end--
			}
			if start >= end || strings.IndexFunc(text[start:end], isWordRune) < 0 {
				continue
			}
			// Two runs with only white space between them are one.
			if n := len(out); n > 0 && strings.TrimSpace(text[out[n-1].End:start]) == "" {
				out[n-1].End = end
				continue
			}
			out = append(out, Span{start, end, Changed})
		}
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// Tones returns the tone of each byte of text under spans, the highest
// where they overlap. White space is lit only between two characters lit
// alike ("October 9" reads as one block), never at the edge of a lit
// stretch, so that every medium draws the same blocks.
func Tones(text string, spans []Span) []Tone {
	n := len(text)
	tones := make([]Tone, n)
	for _, sp := range spans {
		for i := max(0, sp.Start); i < min(sp.End, n); i++ {
			tones[i] = max(tones[i], sp.Tone)
		}
	}
	for i := 0; i < n; {
		if !isSpace(text[i]) {
			i++
			continue
		}
		j := i
		for j < n && isSpace(text[j]) {
			j++
		}
		t := Plain
		if i > 0 && j < n && tones[i-1] == tones[j] {
			t = tones[j]
		}
		for k := i; k < j; k++ {
			tones[k] = t
		}
		i = j
	}
	return tones
}

// A Segment is a run of text lit one way.
type Segment struct {
	Text string
	Tone Tone
}

// Segments cuts text into runs of one tone under spans.
func Segments(text string, spans []Span) []Segment {
	if text == "" {
		return nil
	}
	tones := Tones(text, spans)
	var out []Segment
	start := 0
	for i := 1; i <= len(text); i++ {
		if i < len(text) && tones[i] == tones[start] {
			continue
		}
		out = append(out, Segment{text[start:i], tones[start]})
		start = i
	}
	return out
}
