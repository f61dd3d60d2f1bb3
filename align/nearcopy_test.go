package align_test

import (
	"context"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// TestNearCopiesAlign: two outlets' nearly identical sentences share a
// claim however short they are, even when every word of them is the
// story's topic (too common to propose candidates) or a stop word.
func TestNearCopiesAlign(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"The Academy said on Friday that O'Brien will host the Oscars ceremony at the Dolby Theatre on March 15.",
			"O'Brien hosted the Oscars last year to strong reviews, and Oscars ratings rose with him as host.",
			"O'Brien, a former late-night host, said hosting the Oscars again was a thrill.",
			"Nominations for the Oscars O'Brien will host are announced on January 22.",
			"O'Brien will host the Oscars.",
			"So what does he do?",
			"As host, O'Brien's Oscars monologue last year ran for eleven minutes."),
		article("d2",
			"The Oscars, hosted by O'Brien, take place March 15 at the Dolby Theatre in Hollywood, the Academy said.",
			"O'Brien will host this year's Oscars.",
			"O'Brien's turn as Oscars host last year drew 19.7 million viewers, the most in five years.",
			"O'Brien joked that he had started writing host jokes for the Oscars.",
			"So what does he do?",
			"Voting for the Oscars O'Brien hosts opens on February 26."),
		article("d3",
			"O'Brien becomes the first Oscars host since Jimmy Kimmel to return.",
			"The Academy praised O'Brien's work as Oscars host last year.",
			"The 98th Oscars, with O'Brien as host, will be held on March 15 at the Dolby Theatre.",
			"Oscars producers Raj Kapoor and Katy Mullan return with their host O'Brien.",
			"O'Brien will host the Oscars again.",
			"The Oscars red carpet before O'Brien's opening as host will be streamed live."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"d1.5", "d2.2"}, {"d1.5", "d3.5"}, {"d2.2", "d3.5"}, {"d1.6", "d2.5"}} {
		if !shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s, near copies, share no claim: %v", p[0], p[1], claimsOf(s))
		}
	}
	if shareClaim(s, "d1.4", "d2.6") {
		t.Errorf("nominations and voting, two dates of the Oscars calendar, share a claim: %v", claimsOf(s))
	}
}
