package align_test

import (
	"context"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// TestLeadJoinsTheClaimOfEachValue: one outlet's lead gives the time, the
// magnitude and the depth of a quake in one sentence; the others give each
// in a sentence of its own, worded apart. The lead shares the words of
// each too thinly to be placed by them, but it states the same time and
// the same magnitude: it belongs to both claims.
func TestLeadJoinsTheClaimOfEachValue(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"Windows rattled from the orchards of the upper valley to the ferry piers on the coast when the ground under Varnen heaved at 3:47 a.m. on Sunday, a magnitude 5.2 jolt from deep beneath the disused copper mine.",
			"Farmers in the upper valley reported cracked walls and a fallen chimney.",
			"The regional fire service said it had received about forty calls."),
		article("d2",
			"Residents of Varnen were woken by strong shaking early on Sunday.",
			"The national seismic network's instruments recorded the first tremor at 3:47 a.m.",
			"Seismologists at the network rated the tremor magnitude 5.2, the strongest reading in a decade.",
			"A school gym was opened for families who did not want to sleep indoors."),
		article("d3",
			"Shaking was felt across the Varnen district before dawn on Sunday.",
			"Instruments of the national seismic network recorded the tremor at 3:47 a.m.",
			"Network seismologists measured it at magnitude 5.2, their strongest reading in ten years.",
			"Trains on the coast line were halted for inspections."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"d1.1", "d2.2"}, {"d1.1", "d3.2"}, {"d1.1", "d2.3"}, {"d1.1", "d3.3"}, {"d2.2", "d3.2"}, {"d2.3", "d3.3"}} {
		if !shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s give one value of the quake and share no claim: %v", p[0], p[1], claimsOf(s))
		}
	}
	for _, p := range [][2]string{{"d2.2", "d3.3"}, {"d2.3", "d3.2"}} {
		if shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s, the time and the magnitude, share a claim: %v", p[0], p[1], claimsOf(s))
		}
	}
}

// TestClaimMembersAreAllLinked: a sentence that states two facts is like
// the sentence of each, but those two sentences are not alike at all.
// Average linkage would make the three one claim, the sentence of one fact
// with the sentence of the other; each fact is a claim of its own, and the
// two-fact sentence belongs to both.
func TestClaimMembersAreAllLinked(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"The council voted 7 to 2 on Monday to close the Brenna ferry, and the mayor promised that bus service to the island would double by June.",
			"Ferry workers protested outside the town hall during the meeting."),
		article("d2",
			"Councillors voted 7 to 2 on Monday to close the Brenna ferry after forty years.",
			"The ferry's two boats will be sold."),
		article("d3",
			"Bus service to the island will double by June, the mayor promised.",
			"Commuters said the crossing by bus takes twice as long."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"d1.1", "d2.1"}, {"d1.1", "d3.1"}} {
		if !shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s state one fact and share no claim: %v", p[0], p[1], claimsOf(s))
		}
	}
	if shareClaim(s, "d2.1", "d3.1") {
		t.Errorf("the vote and the buses share a claim through the sentence that states both: %v", claimsOf(s))
	}
}

// withHeadline gives d the headline passage title, as the corpus reader
// makes it.
func withHeadline(d corpus.Document, title string) corpus.Document {
	d.Title = title
	h := corpus.Passage{ID: d.ID + ".headline", Text: title, Headline: true}
	d.Passages = append([]corpus.Passage{h}, d.Passages...)
	return d
}

// TestHeadlineJoinsWhatItsArticleTells: a headline sums up its own
// article. One that reads much like the other outlets' sentences about a
// protest stays out of their claim when its article says nothing of the
// protest: a headline joins a claim its article's body is not in only on
// strong likeness (HeadlineScore).
func TestHeadlineJoinsWhatItsArticleTells(t *testing.T) {
	docs := []corpus.Document{
		withHeadline(article("d1",
			"The council voted 7 to 2 on Monday to close the Brenna ferry.",
			"Bus service to the island will double by June."), "End of the line for Brenna ferry crews"),
		article("d2",
			"Councillors voted 7 to 2 on Monday to close the Brenna ferry after forty years.",
			"Ferry crews protested outside the Brenna town hall during the vote."),
		article("d3",
			"The vote to close the Brenna ferry passed 7 to 2 on Monday.",
			"Brenna ferry crews staged a protest at the town hall as councillors voted."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if shareClaim(s, "d1.headline", "d2.2") {
		t.Errorf("the headline is with a protest its article does not tell: %v", claimsOf(s))
	}
}

// claimWith returns the claim holding both passages, or nil.
func claimWith(s *align.Story, a, b string) *align.Claim {
	for i := range s.Claims {
		c := &s.Claims[i]
		var ida, idb bool
		for _, m := range c.Members {
			ida = ida || s.Passage(m).ID == a
			idb = idb || s.Passage(m).ID == b
		}
		if ida && idb {
			return c
		}
	}
	return nil
}

// disputed lists the disputed rows of c as "slot: reading · reading".
func disputed(c *align.Claim) []string {
	var out []string
	for _, r := range c.Facts {
		if r.Status.Disputed() {
			line := r.Slot + ":"
			for _, rd := range r.Readings {
				line += " " + rd.Text
			}
			out = append(out, line)
		}
	}
	return out
}

// TestJoinedSentenceIsComparedOnTheClaimsFacts: a lead that joined the
// claim of the injured, whose count it gives in a clause of its own,
// is compared there on that count: the outlets disagree, and the claim
// shows it.
func TestJoinedSentenceIsComparedOnTheClaimsFacts(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"A tram derailed in central Halvik on Monday morning, blocking the main square for hours, and injuring 15 passengers."),
		article("d2",
			"A tram left the rails in Halvik's main square on Monday.",
			"Twelve passengers were injured, the city's ambulance service said."),
		article("d3",
			"A Halvik tram came off the tracks on Monday in the main square.",
			"The ambulance service said 12 passengers were injured."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := claimWith(s, "d2.2", "d3.2")
	if c == nil || !shareClaim(s, "d1.1", "d2.2") {
		t.Fatalf("the injured are not one claim with the lead: %v", claimsOf(s))
	}
	found := false
	for i := range s.Claims {
		for _, d := range disputed(&s.Claims[i]) {
			found = found || strings.Contains(d, "15") && (strings.Contains(d, "12") || strings.Contains(d, "Twelve"))
		}
	}
	if !found {
		t.Errorf("15 injured against 12 is not shown: %v", disputed(c))
	}
}

// TestSingletonsStaySingle: each outlet has a sentence the other does not
// (a captain's memory, the fishermen's complaint), alike only in the
// story's words. Neither is a member to be placed beside the other: each stands
// alone, reported by one outlet. Two sentences that give the count of one
// thing stay one claim however their figures differ.
func TestSingletonsStaySingle(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"The council voted 7 to 2 on Monday to close the Brenna ferry.",
			"A retired captain recalled crossing the sound to school on the Brenna ferry.",
			"Eleven crew members will lose their jobs when the ferry stops."),
		article("d2",
			"Councillors voted 7 to 2 on Monday to close the Brenna ferry.",
			"Fishermen on the sound said the ferry's wake had damaged their nets for years.",
			"The ferry's 14 crew members will be offered other work, the council said."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !shareClaim(s, "d1.1", "d2.1") {
		t.Errorf("the vote is not one claim: %v", claimsOf(s))
	}
	if shareClaim(s, "d1.2", "d2.2") {
		t.Errorf("two sentences only one outlet each has are paired: %v", claimsOf(s))
	}
	if !shareClaim(s, "d1.3", "d2.3") {
		t.Errorf("the crew, 11 against 14, is not one claim: %v", claimsOf(s))
	}
}

// TestValueJoinsPastALooseMember: one outlet's vague sentence about the
// quake sits, on its loose likeness, in the claim of the quake's time,
// which the others give in sentences of their own; that outlet gives the
// time in another sentence, worded apart. The vague sentence does not
// hold the outlet's place in the claim: the sentence that gives the time
// joins it.
func TestValueJoinsPastALooseMember(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"Residents of Varnen were woken by strong shaking early on Sunday.",
			"The quake occurred at 3:47 a.m. about 9 miles north of Varnen and had a depth of 2 miles.",
			"A school gym was opened for families who did not want to sleep indoors."),
		article("d2",
			"Shaking was felt across the Varnen district before dawn on Sunday.",
			"The quake occurred at 3:47 a.m. about 9 miles north of Varnen, on the Orla fault.",
			"Trains on the coast line were halted for inspections."),
		article("d3",
			"Windows rattled in Varnen before dawn on Sunday.",
			"The quake occurred at 3:47 a.m. north of Varnen, the seismic network said.",
			"The ferry ran on time."),
		article("d4",
			"Officials tell residents that a Varnen earthquake began today at 3:47 a.m.",
			"Farmers counted cracked walls and one fallen chimney.",
			"The quake however occurred at a shallow depth."),
	}
	s, err := align.Build(context.Background(), docs, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]string{{"d4.1", "d1.2"}, {"d4.1", "d2.2"}, {"d4.1", "d3.2"}} {
		if !shareClaim(s, p[0], p[1]) {
			t.Errorf("%s and %s give the quake's time and share no claim: %v", p[0], p[1], claimsOf(s))
		}
	}
}
