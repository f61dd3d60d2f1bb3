package corpus

import (
	"slices"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"title abbreviation", "Mr. Witkoff declined to comment. The White House did not respond.",
			[]string{"Mr. Witkoff declined to comment.", "The White House did not respond."}},
		{"initialism mid-sentence", "Breaking with long-standing U.S. protocol, Trump authorized it.",
			[]string{"Breaking with long-standing U.S. protocol, Trump authorized it."}},
		{"initialism before a name", "The U.S. Senate voted. It passed.",
			[]string{"The U.S. Senate voted.", "It passed."}},
		{"initialism ends a sentence", "He flew back to the U.S. The trip took a day.",
			[]string{"He flew back to the U.S.", "The trip took a day."}},
		{"month abbreviation", "It aired on Oct. 19 on CBS. He spoke.",
			[]string{"It aired on Oct. 19 on CBS.", "He spoke."}},
		{"rank", "They hold Master Sgt. Ran Gvili and two others.",
			[]string{"They hold Master Sgt. Ran Gvili and two others."}},
		{"decimal", "A 6.1-magnitude quake struck. Nobody died.",
			[]string{"A 6.1-magnitude quake struck.", "Nobody died."}},
		{"time", "It hit at 1:53 p.m. local time. Tugs arrived.",
			[]string{"It hit at 1:53 p.m. local time.", "Tugs arrived."}},
		{"time ends a sentence", "It hit at 1:53 p.m. The bridge shook.",
			[]string{"It hit at 1:53 p.m.", "The bridge shook."}},
		{"closing curly quote", "“I told him that I had lost a son,” Witkoff said. “And that we were both members.”",
			[]string{"“I told him that I had lost a son,” Witkoff said.", "“And that we were both members.”"}},
		{"quote ends with period inside", "He said it was “a moment of true Historic proportion.” Russia abstained.",
			[]string{"He said it was “a moment of true Historic proportion.”", "Russia abstained."}},
		{"question inside quote then lowercase", "“Why now?” he asked. Nobody knew.",
			[]string{"“Why now?” he asked.", "Nobody knew."}},
		{"initials of a name", "The report by J. R. Smith was published. It was long.",
			[]string{"The report by J. R. Smith was published.", "It was long."}},
		{"ellipsis mid-sentence", "He paused … and went on. Then he left.",
			[]string{"He paused … and went on.", "Then he left."}},
		{"number abbreviation", "He lives at No. 10 Downing Street. She does not.",
			[]string{"He lives at No. 10 Downing Street.", "She does not."}},
		{"single sentence without final stop", "Hamas officials met in Doha",
			[]string{"Hamas officials met in Doha"}},
		{"dr and st", "Dr. Ilse Baarsma of St. Louis spoke. She left.",
			[]string{"Dr. Ilse Baarsma of St. Louis spoke.", "She left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SplitSentences(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got  %q\n want %q", tt.in, got, tt.want)
			}
		})
	}
}
