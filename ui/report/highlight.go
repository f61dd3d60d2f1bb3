package report

import (
	"strings"
	"unicode"

	"crosscheck/align"
)

// A segment is a run of a passage's text shown one way.
type segment struct {
	text string
	// diff: the words differ from the reference wording.
	diff bool
	// status is "conflict", "refine" or "agree" inside a value of one of
	// the claim's differences, else "".
	status string
}

// A valueRange is where a difference's value sits in a passage.
type valueRange struct {
	start, end int
	status     align.Status
}

// valueRanges finds in ref's passage the values of c's differences that
// it states.
func valueRanges(s *align.Story, c *align.Claim, ref align.Ref) []valueRange {
	var out []valueRange
	for _, vs := range s.ValueSpans(c, ref) {
		out = append(out, valueRange{vs.Start, vs.End, vs.Status})
	}
	return out
}

// highlight cuts text into segments: words it has that the reference
// lacks (the OnlyB spans of align.DiffWords(reference, text); nil spans
// for none), and the values of differences, a conflict outranking a
// refinement outranking an agreement where they overlap.
func highlight(text string, spans []align.Span, values []valueRange) []segment {
	if text == "" {
		return nil
	}
	diff := make([]bool, len(text))
	if spans != nil && rebuilds(text, spans) {
		pos := 0
		for _, sp := range spans {
			switch sp.Op {
			case align.Common:
				pos += len(sp.Text)
			case align.OnlyB:
				// Only the words: spaces around them stay unmarked.
				start := pos + len(sp.Text) - len(strings.TrimLeftFunc(sp.Text, unicode.IsSpace))
				end := pos + len(strings.TrimRightFunc(sp.Text, unicode.IsSpace))
				for i := start; i < end; i++ {
					diff[i] = true
				}
				pos += len(sp.Text)
			}
		}
		bridgeSpaces(text, diff)
	}
	rank := make([]int, len(text)) // 0 none, 1 agree, 2 refine, 3 conflict
	for _, v := range values {
		r := map[align.Status]int{align.Same: 1, align.Compatible: 2, align.Conflict: 3}[v.status]
		for i := max(v.start, 0); i < min(v.end, len(text)); i++ {
			rank[i] = max(rank[i], r)
		}
	}
	names := []string{"", "agree", "refine", "conflict"}
	var out []segment
	start := 0
	for i := 1; i <= len(text); i++ {
		if i < len(text) && diff[i] == diff[start] && rank[i] == rank[start] {
			continue
		}
		out = append(out, segment{text: text[start:i], diff: diff[start], status: names[rank[start]]})
		start = i
	}
	return out
}

// bridgeSpaces marks the white space between two marked words, so that
// a run of differing words reads as one highlight, not word by word.
func bridgeSpaces(text string, diff []bool) {
	for i := 0; i < len(text); {
		if diff[i] {
			i++
			continue
		}
		j := i
		for j < len(text) && !diff[j] {
			j++
		}
		if i > 0 && j < len(text) && strings.TrimSpace(text[i:j]) == "" {
			for k := i; k < j; k++ {
				diff[k] = true
			}
		}
		i = j
	}
}

// rebuilds reports whether the Same and OnlyB spans of a word diff spell
// text exactly, as they should; if not, nothing is marked rather than the
// wrong words.
func rebuilds(text string, spans []align.Span) bool {
	var b strings.Builder
	for _, sp := range spans {
		if sp.Op != align.OnlyA {
			b.WriteString(sp.Text)
		}
	}
	return b.String() == text
}
