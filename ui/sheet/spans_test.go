package sheet

import (
	"context"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// lit writes text with its changed spans in [brackets], its values in
// {braces:tone} and its words aside in (parentheses), the higher tone
// winning where they overlap.
func lit(text string, spans []Span) string {
	var b strings.Builder
	for _, seg := range Segments(text, spans) {
		switch seg.Tone {
		case Plain:
			b.WriteString(seg.Text)
		case Changed:
			b.WriteString("[" + seg.Text + "]")
		case Aside:
			b.WriteString("(" + seg.Text + ")")
		default:
			b.WriteString("{" + seg.Text + ":" + seg.Tone.String() + "}")
		}
	}
	return b.String()
}

func TestChanges(t *testing.T) {
	tests := []struct{ name, ref, text, want string }{
		{"one word", "Talks resumed on March 3.", "Talks resumed on March 4.", "Talks resumed on March [4]."},
		{"a run of words reads as one", "The crew left the ship.", "The whole night crew left the ship.", "The [whole night] crew left the ship."},
		{"case, quotes and dashes are not differences", "“Sail,” he said — twice.", `"sail," He said - twice.`, `"sail," He said - twice.`},
		{"the same wording", "The bridge reopened.", "The bridge reopened.", "The bridge reopened."},
		// Past MaxWordDistance: a sentence said again in other words is
		// not lit word by word.
		{"reworded", "The harbour master said the vessel lost power near the bridge.",
			"According to port officials, an engine failure left the freighter adrift.",
			"According to port officials, an engine failure left the freighter adrift."},
		{"punctuation alone is not lit", "He left, she said.", "He left; she said.", "He left; she said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lit(tt.text, Changes(tt.ref, tt.text)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestWordDistance(t *testing.T) {
	if d := WordDistance(align.DiffWords("a b c d", "a b c d")); d != 0 {
		t.Errorf("same words: distance %v, want 0", d)
	}
	if d := WordDistance(align.DiffWords("alpha beta", "gamma delta")); d != 1 {
		t.Errorf("no word in common: distance %v, want 1", d)
	}
	// One word of four changed on each side: 2 of 8 words apart.
	if d := WordDistance(align.DiffWords("one two three four", "one two three five")); d < 0.2 || d > 0.3 {
		t.Errorf("one word of four changed: distance %v, want about 0.25", d)
	}
	if d := WordDistance(nil); d != 0 {
		t.Errorf("nothing: distance %v, want 0", d)
	}
}

// story1 is one claim of three outlets whose rows were set by hand.
func story1(t *testing.T) (*align.Story, *align.Claim) {
	t.Helper()
	s := &align.Story{Documents: []corpus.Document{
		{Outlet: "Alpha", Passages: []corpus.Passage{{Text: "Of 14 crew, 14 people were hurt on Oct. 19."}}},
		{Outlet: "Beta", Passages: []corpus.Passage{{Text: "Twelve people were hurt on October 19."}}},
		{Outlet: "Gamma", Passages: []corpus.Passage{{Text: "Twelve people were hurt on October 19."}}},
	}}
	r := func(d int) align.Ref { return align.Ref{Doc: d} }
	v := func(d int, text, norm string) align.Value {
		return align.Value{Ref: r(d), Text: text, Norm: norm, Offset: strings.LastIndex(s.Passage(r(d)).Text, text)}
	}
	s.Claims = []align.Claim{{ID: "c1", Members: []align.Ref{r(0), r(1), r(2)}, Differences: []align.Difference{
		{Kind: align.KindNumber, Status: align.Conflict, Role: "people injured", Values: []align.Value{v(0, "14 people", "14"), v(1, "Twelve people", "12")}},
		{Kind: align.KindNumber, Status: align.Conflict, Role: "people injured", Values: []align.Value{v(0, "14 people", "14"), v(2, "Twelve people", "12")}},
		{Kind: align.KindDate, Status: align.Same, Values: []align.Value{v(0, "Oct. 19", "10-19"), v(1, "October 19", "10-19")}},
	}}}
	s.FillSheet()
	return s, &s.Claims[0]
}

func TestValuesAreLitByTheirRowsStatus(t *testing.T) {
	s, c := story1(t)
	got := lit(s.Passage(c.Members[0]).Text, Values(s, c, c.Members[0]))
	// The offset, not the first "14", places the value.
	if want := "Of 14 crew, {14 people:conflict} were hurt on {Oct. 19:same}."; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestPassageLightsChangesAgainstTheReferenceOutlet(t *testing.T) {
	s, c := story1(t)
	// Against Beta, Gamma's identical wording has no changed words (and
	// no date row holds Gamma's date).
	if got, want := lit(s.Passage(c.Members[2]).Text, Passage(s, c, c.Members[2], 1)), "{Twelve people:conflict} were hurt on October 19."; got != want {
		t.Errorf("against Beta: got %s, want %s", got, want)
	}
	// Against Alpha, the value outranks the changed word inside it.
	if got, want := lit(s.Passage(c.Members[1]).Text, Passage(s, c, c.Members[1], 0)), "{Twelve people:conflict} were hurt on {October 19:same}."; got != want {
		t.Errorf("against Alpha: got %s, want %s", got, want)
	}
	// The reference's own passage has values only.
	if got := Passage(s, c, c.Members[0], 0); len(got) != 2 {
		t.Errorf("the reference's own passage: %v, want its two values only", got)
	}
}

func TestSegmentsSpellTheText(t *testing.T) {
	text := "On Oct. 19 it rained."
	segs := Segments(text, []Span{{3, 10, Same}, {3, 7, Conflict}, {0, 21, Changed}})
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(s.Text)
	}
	if b.String() != text {
		t.Errorf("segments spell %q", b.String())
	}
	if got, want := lit(text, []Span{{3, 10, Same}, {3, 7, Conflict}}), "On {Oct.:conflict} {19:same} it rained."; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if Segments("", nil) != nil {
		t.Error("an empty text has segments")
	}
}

func TestSpacesAreLitOnlyBetweenLikeCharacters(t *testing.T) {
	text := "on March 4 on Islay today"
	spans := []Span{{0, 19, Changed}, {3, 10, Conflict}, {14, 19, Compatible}}
	if got, want := lit(text, spans), "[on] {March 4:conflict} [on] {Islay:compatible} today"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestPassageMutesWhatTheClaimIsNotAbout: on the sample, a sentence that
// says the bridge is closed and how long the city expects it to stay so
// is read in the claim of the closure for the closure: the rest is aside,
// and no word of it is lit as changed.
func TestPassageMutesWhatTheClaimIsNotAbout(t *testing.T) {
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := align.Build(context.Background(), c.Documents, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for i := range s.Claims {
		cl := &s.Claims[i]
		for k, m := range cl.Members {
			start, end, ok := cl.Focus(k)
			if !ok {
				continue
			}
			text := s.Passage(m).Text
			for _, sp := range Passage(s, cl, m, cl.Members[0].Doc) {
				inside := sp.Start >= start && sp.End <= end
				if sp.Tone == Aside && inside || sp.Tone == Changed && !inside {
					t.Errorf("%s, %s: %s %q, the claim being about %q", cl.ID, s.Passage(m).ID, sp.Tone, text[sp.Start:sp.End], text[start:end])
				}
			}
			if strings.Contains(text, "four months") && strings.Contains(text[start:end], "closed") {
				found = true
				got := lit(text, Passage(s, cl, m, cl.Members[0].Doc))
				if !strings.Contains(got, "(") || strings.Contains(got[:strings.Index(got, "(")], "four months") {
					t.Errorf("%s: %s", cl.ID, got)
				}
			}
		}
	}
	if !found {
		t.Error("no claim is about the closure alone in the sentence that says how long it lasts")
	}
}
