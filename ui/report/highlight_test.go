package report

import (
	"strings"
	"testing"

	"crosscheck/align"
)

func TestHighlight(t *testing.T) {
	tests := []struct {
		name, ref, text string
		values          []valueRange
		want            string // text with [diff], {value:status} and [{both}] marked
	}{
		{"no reference", "", "Talks on March 4.", nil, "Talks on March 4."},
		{"one word", "Talks on March 3.", "Talks on March 4.", nil, "Talks on March [4]."},
		{"a run of words reads as one", "The crew left.", "The whole night crew left.", nil, "The [whole night] crew left."},
		{"case and quotes are not differences", "“Sail,” he said.", `"sail," He said.`, nil, `"sail," He said.`},
		{"value and diff", "Talks on March 3.", "Talks on March 4.", []valueRange{{9, 16, align.Conflict}}, "Talks on {March :conflict}[{4:conflict}]."},
		{"conflict outranks agreement", "x", "On Oct. 19 it rained.", []valueRange{{3, 10, align.Same}, {3, 7, align.Conflict}}, "[On ][{Oct.:conflict}][{ 19:agree}][ it rained.]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var spans []align.Span
			if tt.ref != "" {
				spans = align.DiffWords(tt.ref, tt.text)
			}
			segs := highlight(tt.text, spans, tt.values)
			var plain, marked strings.Builder
			for _, s := range segs {
				plain.WriteString(s.text)
				m := s.text
				if s.status != "" {
					m = "{" + m + ":" + s.status + "}"
				}
				if s.diff {
					m = "[" + m + "]"
				}
				marked.WriteString(m)
			}
			if plain.String() != tt.text {
				t.Errorf("segments spell %q, not the text", plain.String())
			}
			if marked.String() != tt.want {
				t.Errorf("got  %s\nwant %s", marked.String(), tt.want)
			}
		})
	}
}
