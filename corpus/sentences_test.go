package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
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
		{"currency sign lost in decoding", "A clerk who earns? 900 a month. The fund will lend? 40.5 million to the port.",
			[]string{"A clerk who earns? 900 a month.", "The fund will lend? 40.5 million to the port."}},
		{"question before a count", "Who was hurt? 12 people were hurt. Was it 30? Nobody knew.",
			[]string{"Who was hurt?", "12 people were hurt.", "Was it 30?", "Nobody knew."}},
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
		{"title after a hyphen", "It was declared by then-Gov. Jerry Brown the next day. It burned.",
			[]string{"It was declared by then-Gov. Jerry Brown the next day.", "It burned."}},
		{"reference before its number", "He was convicted under s. 380(1)(a) of the Code, see pp. 12–14 and para. 7. The judge agreed.",
			[]string{"He was convicted under s. 380(1)(a) of the Code, see pp. 12–14 and para. 7.", "The judge agreed."}},
		{"a short word before a number still ends a sentence", "He saw the cat. 12 people were hurt.",
			[]string{"He saw the cat.", "12 people were hurt."}},
		{"dr and st", "Dr. Ilse Baarsma of St. Louis spoke. She left.",
			[]string{"Dr. Ilse Baarsma of St. Louis spoke.", "She left."}},
		{"title before possessive", "A representative of Mr. Witkoff declined to comment. Mr. Witkoff’s son died in 2011.",
			[]string{"A representative of Mr. Witkoff declined to comment.", "Mr. Witkoff’s son died in 2011."}},
		{"stacked ranks", "Lt. Gen. Mark Hale and Brig. Gen. Ana Cole met Sgt. Maj. Lee. They spoke.",
			[]string{"Lt. Gen. Mark Hale and Brig. Gen. Ana Cole met Sgt. Maj. Lee.", "They spoke."}},
		{"politicians' titles", "Gov. Kathy Hochul, Sen. Chuck Schumer and Rep. Marjorie Taylor Greene spoke. Nobody agreed.",
			[]string{"Gov. Kathy Hochul, Sen. Chuck Schumer and Rep. Marjorie Taylor Greene spoke.", "Nobody agreed."}},
		{"initialisms in a row", "The U.N. Security Council and U.S. officials met. The E.U. did not.",
			[]string{"The U.N. Security Council and U.S. officials met.", "The E.U. did not."}},
		{"initialism before a possessive or hyphen", "The U.S.’s position and U.S.-brokered talks stalled. Hamas left.",
			[]string{"The U.S.’s position and U.S.-brokered talks stalled.", "Hamas left."}},
		{"month with a year", "The Oct. 7, 2023 attack changed everything. Talks began in Jan. 2024.",
			[]string{"The Oct. 7, 2023 attack changed everything.", "Talks began in Jan. 2024."}},
		{"month ends a sentence", "Elections are due in Sept. The date is not set.",
			[]string{"Elections are due in Sept.", "The date is not set."}},
		{"a.m. before a weekday", "The vote is at 10 a.m. Friday in the council chamber. It is public.",
			[]string{"The vote is at 10 a.m. Friday in the council chamber.", "It is public."}},
		{"money and percentages", "Repairs cost $2.4 million, or 3.5% of the budget. The city paid.",
			[]string{"Repairs cost $2.4 million, or 3.5% of the budget.", "The city paid."}},
		{"sentence starting with a lower-case name", "The meeting was cancelled. al-Hayya was not told, officials said.",
			[]string{"The meeting was cancelled.", "al-Hayya was not told, officials said."}},
		{"web address", "Details are on www.example.org. The site is new.",
			[]string{"Details are on www.example.org.", "The site is new."}},
		{"washington d.c.", "He flew to Washington, D.C. The talks began at once.",
			[]string{"He flew to Washington, D.C.", "The talks began at once."}},
		{"company abbreviation mid-sentence", "Halden Shipping Co. said the ship was insured. Halden Inc. did not comment.",
			[]string{"Halden Shipping Co. said the ship was insured.", "Halden Inc. did not comment."}},
		{"e.g. and vs.", "Some towns, e.g. Millbrook, voted no. It was Smith vs. Jones in court.",
			[]string{"Some towns, e.g. Millbrook, voted no.", "It was Smith vs. Jones in court."}},
		{"exclamation inside quote before capital", "“Stop!” The crowd froze.",
			[]string{"“Stop!”", "The crowd froze."}},
		{"straight quotes", `"We will rebuild," the mayor said. "It will take time."`,
			[]string{`"We will rebuild," the mayor said.`, `"It will take time."`}},
		{"parenthetical sentence", "The bridge closed. (It reopened a day later.) Traffic resumed.",
			[]string{"The bridge closed.", "(It reopened a day later.)", "Traffic resumed."}},
		{"spaced ellipsis ends", "He said the plan was . . . unclear. Then he left.",
			[]string{"He said the plan was . . . unclear.", "Then he left."}},
		{"no. before a number", "The No. 2 official resigned. He was replaced.",
			[]string{"The No. 2 official resigned.", "He was replaced."}},
		{"jr. before a verb and before a sentence", "Martin Luther King Jr. spoke in 1963. He was 34. He was Jr. The crowd cheered.",
			[]string{"Martin Luther King Jr. spoke in 1963.", "He was 34.", "He was Jr.", "The crowd cheered."}},
		{"empty", "", nil},
		{"only white space", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SplitSentences(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got  %q\n want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitLong(t *testing.T) {
	long := strings.Repeat("word ", 400) // 2,000 bytes, no sentence end
	pieces := splitLong(long, maxPassageBytes)
	if len(pieces) != 2 {
		t.Fatalf("%d pieces, want 2", len(pieces))
	}
	for _, p := range pieces {
		if len(p) > maxPassageBytes || strings.HasPrefix(p, " ") || strings.HasSuffix(p, " ") {
			t.Errorf("piece of %d bytes: %.30q…", len(p), p)
		}
	}
	if strings.Join(pieces, " ") != strings.TrimSpace(long) {
		t.Error("pieces do not rebuild the text")
	}
	// Prefer a comma in the second half of the window.
	clause := strings.Repeat("a", 900) + ", " + strings.Repeat("b ", 400)
	if got := splitLong(clause, maxPassageBytes)[0]; !strings.HasSuffix(got, ",") {
		t.Errorf("first piece ends %q, want the comma", got[len(got)-5:])
	}
	// No space at all: cut on a rune boundary.
	runes := strings.Repeat("é", 1000) // 2,000 bytes
	for _, p := range splitLong(runes, maxPassageBytes) {
		if !utf8.ValidString(p) {
			t.Error("a piece is cut inside a rune")
		}
	}
	if got := splitLong("Short sentence.", maxPassageBytes); len(got) != 1 || got[0] != "Short sentence." {
		t.Errorf("short sentence: %q", got)
	}
}
