package align

import (
	"crosscheck/corpus"
	"slices"
	"testing"
)

// A headline in title case says a nationality of a person by a noun or
// by an adjective before a word for one; a country's name, an adjective
// of a thing, or a person two words on does not.
func TestHeadlineNations(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Briton Dies in Alpine Fall", []string{"united kingdom"}},
		{"Canadian Backcountry Skier Killed in Fall in Switzerland", []string{"canada"}},
		{"English Climber Dies on Mont Blanc", []string{"england", "united kingdom"}},
		{"Climber Dies in Fall in New Zealand", nil},
		{"Indian Navy Foils Pirate Attack on Merchant Ship", nil},
		{"Dutch: Hiker Found Dead", nil},
	}
	for _, tt := range tests {
		if got := headlineNations(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("headlineNations(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A clique that another holds but for a headline of another person than
// that clique's members is dropped; of two such, one stays; a clique that
// differs by a sentence, or by a headline of no other person, stays.
func TestWithoutOddHeadlines(t *testing.T) {
	doc := func(id, head, body string) corpus.Document {
		return corpus.Document{ID: id, Passages: []corpus.Passage{
			{ID: id + ".headline", Text: head, Headline: true},
			{ID: id + ".1", Paragraph: 1, Text: body},
		}}
	}
	ix := newIndex([]corpus.Document{
		doc("d1", "Canadian Skier Dies in Avalanche", "The avalanche buried a skier above the pass, police said."),
		doc("d2", "Skier Dies in Avalanche", "An avalanche buried a skier above the pass on the ridge."),
		doc("d3", "Briton Killed by Avalanche", "A British skier died after an avalanche came down above the pass."),
	})
	// Passages: 0 d1.headline, 1 d1.1, 2 d2.headline, 3 d2.1, 4 d3.headline, 5 d3.1.
	ms := []int{0, 1, 2, 3, 4, 5}
	bit := func(is ...int) (b uint64) {
		for _, i := range is {
			b |= 1 << i
		}
		return b
	}
	tests := []struct {
		cs, want []uint64
	}{
		// The Canadian headline beside the British sentence's clique.
		{[]uint64{bit(0, 2, 3), bit(5, 2, 3)}, []uint64{bit(5, 2, 3)}},
		// Two headlines of other people: the later clique stays.
		{[]uint64{bit(0, 2, 3), bit(4, 2, 3)}, []uint64{bit(4, 2, 3)}},
		// A headline of no one in particular, and a sentence, stay.
		{[]uint64{bit(2, 1, 4), bit(3, 1, 4)}, []uint64{bit(2, 1, 4), bit(3, 1, 4)}},
	}
	for _, tt := range tests {
		if got := withoutOddHeadlines(ix, ms, tt.cs); !slices.Equal(got, tt.want) {
			t.Errorf("withoutOddHeadlines(%b) = %b, want %b", tt.cs, got, tt.want)
		}
	}
}
