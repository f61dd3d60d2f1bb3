package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck/corpus"
)

// outlet is one invented article for comparison tests: its date and the
// passages it holds.
type outlet struct {
	pub      string
	title    string
	passages []string
}

// storyOf builds a story of the outlets with one claim holding every
// passage, and compares it.
func storyOf(t *testing.T, outlets ...outlet) *Story {
	t.Helper()
	var docs []corpus.Document
	var c Claim
	for d, o := range outlets {
		doc := corpus.Document{ID: fmt.Sprintf("d%d", d+1), Outlet: fmt.Sprintf("Outlet %c", 'A'+d), Title: o.title}
		if o.pub != "" {
			p, err := time.Parse(time.DateOnly, o.pub)
			if err != nil {
				t.Fatal(err)
			}
			doc.Published = p
		}
		for p, text := range o.passages {
			doc.Passages = append(doc.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", doc.ID, p+1), Paragraph: p + 1, Text: text})
			c.Members = append(c.Members, Ref{Doc: d, Passage: p})
		}
		docs = append(docs, doc)
	}
	s := &Story{Documents: docs, Claims: []Claim{c}}
	s.compareStory()
	return s
}

// has reports whether the claim holds a difference of the kind and status
// between values containing a and b.
func has(s *Story, kind Kind, st Status, a, b string) bool {
	return findDifference(s.Claims[0].Differences, kind, st, a, b)
}

func describeAll(s *Story) string {
	var out []string
	for _, d := range s.Claims[0].Differences {
		out = append(out, d.Status.String()+" "+d.Summary)
	}
	return strings.Join(out, "\n  ")
}

// one makes an undated outlet with one passage.
func one(text string) outlet { return outlet{passages: []string{text}} }

// dated makes an outlet with one passage published on pub.
func dated(pub, text string) outlet { return outlet{pub: pub, passages: []string{text}} }

func TestCompareWithinClaim(t *testing.T) {
	type want struct {
		kind   Kind
		status Status
		a, b   string
	}
	for _, c := range []struct {
		name    string
		outlets []outlet
		want    []want
	}{
		{"two lengths of one ship conflict, not its distance from the bridge",
			[]outlet{one("The freighter, 172 metres long, hit the bridge."), one("The 180-metre freighter drifted 400 metres from the quay and hit the bridge.")},
			[]want{{KindNumber, Conflict, "172 metres", "180-metre"}}},
		{"days of one month conflict",
			[]outlet{one("They met in Egypt on October 8, shortly before the signing."), one("They met hours before an agreement was inked in Egypt on October 9.")},
			[]want{{KindDate, Conflict, "October 8", "October 9"}}},
		{"a month refines a day",
			[]outlet{one("They met in October before the signing."), one("They met in Egypt on October 8.")},
			[]want{{KindDate, Compatible, "October", "October 8"}}},
		{"an abbreviation agrees",
			[]outlet{one("In an interview broadcast on Oct. 19, he spoke."), one("In an interview aired October 19, he spoke.")},
			[]want{{KindDate, Same, "Oct. 19", "October 19"}}},
		{"a weekday resolved against the date conflicts with another day",
			[]outlet{dated("2026-10-09", "A ship struck the bridge on Thursday."), dated("2026-10-09", "A ship struck the bridge on Oct. 9.")},
			[]want{{KindDate, Conflict, "Thursday", "Oct. 9"}}},
		{"weekdays from different publication days agree",
			[]outlet{dated("2026-03-17", "The quake struck on Tuesday."), dated("2026-03-18", "The quake that struck on Tuesday killed 24.")},
			[]want{{KindDate, Same, "Tuesday", "Tuesday"}}},
		{"last month refines a day",
			[]outlet{dated("2026-10-02", "Council voted last month to close the street."), one("Council approved the trial on September 9.")},
			[]want{{KindDate, Compatible, "last month", "September 9"}}},
		// A hedged toll that differs is shown (Differ), one that restates
		// the figure is not.
		{"death tolls conflict and hedged tolls differ",
			[]outlet{one("The quake killed 10 people and injured 75."), one("The quake killed 24 people and injured 186."), one("It killed at least 10 people, officials said.")},
			[]want{{KindNumber, Conflict, "10 people", "24 people"}, {KindNumber, Conflict, "75", "186"},
				{KindNumber, Differ, "at least 10", "24 people"}, {KindNumber, Compatible, "at least 10", "10 people"}}},
		{"a toll told two ways agrees",
			[]outlet{one("The death toll has risen to 24, AFAD said."), one("The earthquake killed 24 people across the province.")},
			[]want{{KindNumber, Same, "24", "24 people"}}},
		// A figure inside a quotation is a figure of the story.
		{"a number in a quote is compared",
			[]outlet{one("“We have found 30 bodies,” the governor said."), one("The quake killed 24 people, the governor said.")},
			[]want{{KindNumber, Conflict, "30", "24 people"}}},
		{"magnitudes",
			[]outlet{one("A magnitude 6.1 earthquake struck."), one("A 6.1-magnitude earthquake struck."), one("An earthquake of magnitude 5.9 shook the region.")},
			[]want{{KindNumber, Same, "magnitude 6.1", "6.1-magnitude"}, {KindNumber, Conflict, "magnitude 6.1", "magnitude 5.9"}}},
		{"vague counts refine, hedged ones that differ differ",
			[]outlet{one("Dozens of houses collapsed."), one("In all, 57 homes were destroyed."), one("More than 40 aftershocks were recorded."), one("By Wednesday 74 aftershocks had been recorded.")},
			[]want{{KindNumber, Compatible, "Dozens of houses", "57 homes"}, {KindNumber, Differ, "More than 40", "74 aftershocks"}}},
		{"a round population refines an exact one",
			[]outlet{one("It lies near Puturge, a town of about 20,000 people."), one("Puturge, a district centre home to 21,500 people, was hit.")},
			[]want{{KindNumber, Compatible, "about 20,000", "21,500"}}},
		{"conversions across outlets agree",
			[]outlet{one("It struck at a depth of 10km (6 miles)."), one("It struck at a shallow depth of about six miles."), one("It struck at a depth of 10 kilometres.")},
			[]want{{KindNumber, Same, "10km", "10 kilometres"}, {KindNumber, Same, "6 miles", "about six miles"}, {KindNumber, Same, "10km", "6 miles"}}},
		{"a conversion is as precise as its figures",
			[]outlet{one("The river rose to 7.2 metres."), one("Water levels peaked at 7.5m (24.6ft) on Sunday.")},
			[]want{{KindNumber, Conflict, "7.2 metres", "7.5m"}}},
		{"money in one currency, and a conversion in one sentence",
			[]outlet{one("The EU announced €2 million ($2.3 million) in aid."), one("The EU would provide 2 million euros in aid.")},
			[]want{{KindMoney, Same, "€2 million", "2 million euros"}, {KindMoney, Compatible, "€2 million", "$2.3 million"}}},
		{"different sums conflict",
			[]outlet{one("Repairs will cost an estimated €2.6 million."), one("City engineers put the cost of repairs at €2.4 million.")},
			[]want{{KindMoney, Conflict, "€2.6 million", "€2.4 million"}}},
		{"rand written three ways",
			[]outlet{one("The council approved a R26-million plan."), one("The R26 million pilot will drive away shoppers."), one("The 26 million rand ($1.5 million) pilot starts soon.")},
			[]want{{KindMoney, Same, "R26-million", "R26 million"}, {KindMoney, Same, "R26 million", "26 million rand"}}},
		{"times across zones",
			[]outlet{dated("2026-03-17", "The quake hit eastern Turkey at 0737 GMT."), dated("2026-03-17", "The quake hit at 10:37 a.m. local time in Turkey."),
				dated("2026-03-17", "The quake hit Turkey at 3:37 a.m. Eastern time."), dated("2026-03-18", "It struck Turkey shortly after 10:30 a.m. local time.")},
			[]want{{KindTime, Same, "0737 GMT", "10:37 a.m. local time"}, {KindTime, Same, "0737 GMT", "3:37 a.m. Eastern time"},
				{KindTime, Compatible, "10:37 a.m.", "shortly after 10:30"}}},
		{"clock times",
			[]outlet{one("It hit the span at 1:53 p.m. in Rotterdam."), one("It hit at 13:53 in Rotterdam."), one("It hit shortly before 2 p.m. in Rotterdam."), one("It hit at 3:10 p.m. in Rotterdam.")},
			[]want{{KindTime, Same, "1:53 p.m.", "13:53"}, {KindTime, Compatible, "13:53", "shortly before 2 p.m."}, {KindTime, Conflict, "1:53 p.m.", "3:10 p.m."}}},
		{"places contain one another",
			[]outlet{one("The meeting was initially set for Istanbul."), one("A meeting scheduled to take place in Turkey was cancelled."), one("They met in Sharm el-Sheikh, Egypt."), one("They met in Egypt.")},
			[]want{{KindPlace, Compatible, "Istanbul", "Turkey"}, {KindPlace, Compatible, "Sharm el-Sheikh", "Egypt"}}},
		{"cities, regions and countries",
			[]outlet{one("A ship hit a bridge in Rotterdam’s Charlois district."), one("A ship hit a bridge in Rotterdam."), one("A ship hit a bridge in the Netherlands."),
				one("Council met in Cape Town on Wednesday."), one("A council in South Africa met."), one("Hamas officials met in Doha."), one("They met in Qatar.")},
			[]want{{KindPlace, Compatible, "Charlois", "Rotterdam"}, {KindPlace, Compatible, "Rotterdam", "Netherlands"},
				{KindPlace, Compatible, "Charlois", "Netherlands"}, {KindPlace, Compatible, "Cape Town", "South Africa"}, {KindPlace, Compatible, "Doha", "Qatar"}}},
		{"names with and without diacritics agree; misspellings conflict",
			[]outlet{one("Governor Selim Karaagacli said teams were searching."), one("The governor, Selim Karaağaçlı, said teams were searching."), one("The governor, Selim Karagaçlı, said teams were searching.")},
			[]want{{KindName, Same, "Karaagacli", "Karaağaçlı"}, {KindName, Conflict, "Karaağaçlı", "Karagaçlı"}, {KindName, Conflict, "Karaagacli", "Karagaçlı"}}},
		{"reworded quotes by one speaker",
			[]outlet{one("“We’re both members of a terrible club — parents who have buried their children,” Witkoff said."),
				one("“And that we were both members of a really bad club, parents who have buried children,” Witkoff said.")},
			[]want{{KindQuote, Conflict, "terrible club", "really bad club"}}},
		{"none against some",
			[]outlet{one("No deaths have been reported, Cal Fire said."), one("The fire has killed one person, officials said.")},
			[]want{{KindNumber, Conflict, "No deaths", "one person"}}},
		{"loose figures whose margins do not meet conflict",
			[]outlet{one("About 1,500 residents of Cobb are under evacuation orders."), one("About 1,200 residents of Cobb were ordered to evacuate.")},
			[]want{{KindNumber, Conflict, "About 1,500", "About 1,200"}}},
		{"a figure rounded to its last digit agrees",
			[]outlet{one("By Tuesday the fire had burned 29,650 acres."), one("By Tuesday the fire had burned 29,652 acres.")},
			[]want{{KindNumber, Same, "29,650", "29,652"}}},
		{"shares contained conflict",
			[]outlet{one("The wildfire was 20% contained Monday evening."), one("The wildfire was 35% contained by Tuesday morning.")},
			[]want{{KindNumber, Conflict, "20%", "35%"}}},
		{"prison terms conflict",
			[]outlet{one("He was sentenced to 12 years in prison."), one("He gets 11 years for the fraud, a prison term his victims called light."), one("The court imposed 12 years’ imprisonment.")},
			[]want{{KindDuration, Conflict, "12 years", "11 years"}, {KindDuration, Same, "12 years", "12 years"}}},
		{"the same month a year apart",
			[]outlet{one("The fund froze redemptions on March 8, 2021."), one("The fund stopped paying out in March 2020.")},
			[]want{{KindDate, Conflict, "March 8, 2021", "March 2020"}}},
		{"a bare dollar is any dollar the story converts",
			[]outlet{one("He was fined C$9.6 million (US$7.0 million) for diverting C$38.6 million."),
				one("He must pay a $9.6 million fine for taking $36.8 million.")},
			[]want{{KindMoney, Same, "C$9.6 million", "$9.6 million"}, {KindMoney, Conflict, "C$38.6 million", "$36.8 million"}}},
		{"one speaker's remark rendered two ways, and through a third",
			[]outlet{one("“We had a good day today, but this fire is far from over,” Chief Jerome Haslett said."),
				one("“Crews had a really good day out there, but this fire is a long way from over,” Haslett said."),
				one("Haslett said the fire was “far from over,” and warned of wind.")},
			[]want{{KindQuote, Conflict, "We had a good day", "Crews had a really good day"}, {KindQuote, Compatible, "We had a good day", "far from over"},
				{KindQuote, Conflict, "Crews had a really good day", "far from over"}}},
		{"a partial quote refines the full one",
			[]outlet{one("“Our teams are in every village and they will not stop until every house has been checked,” Karaagacli said."),
				one("Teams “will not stop until every house has been checked,” the governor, Selim Karaagacli, said.")},
			[]want{{KindQuote, Compatible, "will not stop", "Our teams"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := storyOf(t, c.outlets...)
			for _, w := range c.want {
				if !has(s, w.kind, w.status, w.a, w.b) {
					t.Errorf("want %s %s %q / %q; got\n  %s", w.kind, w.status, w.a, w.b, describeAll(s))
				}
			}
		})
	}
}

// TestCompareNoFalseConflicts holds pairs that look alike but are not one
// fact told two ways: none may be reported as a conflict.
func TestCompareNoFalseConflicts(t *testing.T) {
	for _, c := range []struct {
		name    string
		outlets []outlet
	}{
		{"killed and injured are different counts",
			[]outlet{one("The quake killed 24 people, officials said."), one("At least 186 people were injured, officials said.")}},
		{"a population is not a toll",
			[]outlet{one("Puturge, a town of about 20,000 people, was hit, killing 24 people."), one("The quake killed 24 people in Puturge.")}},
		{"a group is the sum of its parts",
			[]outlet{one("The rescue of a group of 13 ended on Tuesday."), one("The group, 11 boys and two instructors, went in on May 2.")}},
		{"the last four are part of the group",
			[]outlet{one("All 13 members of a caving group were rescued."), one("The last four members of a caving group were brought out on Tuesday.")}},
		{"figures far apart count different things",
			[]outlet{one("The resolution passed with 13 votes in favor."), one("The council motion was carried by 108 votes to 99.")}},
		{"an age is not a year",
			[]outlet{one("His son Andrew died at the age of 22 of an overdose."), one("His son, Andrew, died of an overdose in 2011.")}},
		{"a date is not a count",
			[]outlet{one("an architect of the Hamas-led Oct. 7, 2023 attack"), one("a senior figure in the October 7, 2023 massacre, with 7 aides")}},
		{"a plan's points are not fighters",
			[]outlet{one("as envisioned by Trump’s 20-point plan for Gaza"), one("all of Hamas’s roughly 20,000 fighters, under the plan")}},
		{"a score is not a time",
			[]outlet{one("The team won 3-1 and celebrated at 9 p.m."), one("The score was 2:1 at half-time and they celebrated at 9 p.m.")}},
		{"times of two events",
			[]outlet{one("The quake hit at 10:37 a.m. in Malatya."), one("More than 40 aftershocks followed, the strongest of magnitude 4.7 at 1:12 p.m. in Malatya.")}},
		{"dates of two events",
			[]outlet{one("The envoy previously met with al-Hayya in Egypt on October 8."), one("The army withdrew at the start of the ceasefire on October 10.")}},
		{"two weekdays from the articles' dates are two events",
			[]outlet{dated("2026-05-12", "The last four were brought out on Tuesday."), dated("2026-05-13", "The first four boys were brought out on Sunday.")}},
		{"compatible places and spellings",
			[]outlet{one("The meeting, set for Istanbul, was cancelled, U.S. officials said; the cease-fire held."),
				one("The meeting in Turkey was cancelled, US officials said; the ceasefire held in Doha and Qatar."),
				one("Talks in Sharm el-Sheikh, Egypt, in September, and in Doha on September 9.")}},
		{"different people with similar names",
			[]outlet{one("Israeli officials met Egyptian envoys on Sunday."), one("Israel met Egypt’s envoys on Sundays, said Marian Jacobs.")},
		},
		{"different remarks by one speaker",
			[]outlet{one("Mkwanazi said the plan had been “pushed through for the restaurants”."),
				one("Councillor Siyabonga Mkwanazi said: “It is a gift to the restaurants and a slap in the face for small traders.”")}},
		{"a ship's length is not how far it drifted",
			[]outlet{one("The freighter, 172 metres long, hit the bridge."), one("The freighter's engine failed roughly 400 metres from the bridge.")}},
		{"two dates one outlet states together are two events",
			[]outlet{dated("2026-05-12", "The last four were brought out on Tuesday, ending a rescue underway since May 2."),
				dated("2026-05-12", "The cavers were brought out on Tuesday."),
				dated("2026-05-12", "The cavers had been trapped since May 2.")}},
		{"a conversion one outlet states is not a conflict with another's",
			[]outlet{one("The judge ordered him to pay a fine of C$9.6 million (US$7.0 million)."), one("The judge ordered him to pay a $9.6 million fine."),
				one("The judge imposed a US$7.0 million fine.")}},
		{"a threshold is not the sum",
			[]outlet{one("He was convicted of fraud over C$5,000 for diverting C$38.6 million."), one("He was found guilty of taking $38.6 million.")}},
		{"years are not a count",
			[]outlet{one("Between 2013 and 2021, he collected money from 232 investors."), one("He took money from more than 200 people.")}},
		{"a population is not the evacuated, nor an earlier share the share",
			[]outlet{one("About 1,500 residents are under evacuation orders; containment is 35%, up from 20% on Monday."),
				one("The order was extended to Hidden Valley Lake, a gated subdivision of about 2,800 residents; the fire is 35% contained.")}},
		{"distances from two places",
			[]outlet{one("Lake County, about 100 miles (160 km) north of San Francisco, has burned before."), one("The fire is burning about 40 miles northeast of Santa Rosa.")}},
		{"a prison term is not the years a victim waited, nor parole, nor a further term",
			[]outlet{one("He was sentenced to 12 years in prison on Thursday."),
				one("Paquin had waited five years to hear the sentence; he could get parole after four years or serve another seven years in prison.")}},
		{"a courtroom and a section of the law are not counts",
			[]outlet{one("He was found guilty on three counts of fraud under s. 380(1)(a) of the Criminal Code."),
				one("About 40 of his former clients filled courtroom 5.09 as the judge found him guilty.")}},
		{"a decision's pages are not the clients in court",
			[]outlet{one("In a 64-page decision, the judge sentenced him."), one("About 40 of Thériault’s former clients heard the judge sentence him.")}},
		{"different currencies across outlets are not compared",
			[]outlet{one("The EU pledged €2 million in aid."), one("The EU pledged $2.3 million in aid.")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := storyOf(t, c.outlets...)
			for _, d := range s.Claims[0].Differences {
				if d.Status == Conflict {
					t.Errorf("false conflict: %s\n  all: %s", d.Summary, describeAll(s))
				}
			}
		})
	}
}

func TestFactRowCountsOutlets(t *testing.T) {
	s := storyOf(t,
		one("They met in Egypt on October 9."), one("They met in Egypt on October 9, before the deal."),
		one("They met in Egypt on Oct. 9."), one("They met in Egypt on October 8."),
	)
	c := s.Claims[0]
	var dates []Row
	for _, r := range c.Facts {
		if r.Kind == KindDate {
			dates = append(dates, r)
		}
	}
	if len(dates) != 1 {
		t.Fatalf("date rows = %+v, want one", dates)
	}
	r := dates[0]
	if r.Status != Conflict || r.Outlets() != 4 || len(r.Readings) != 2 || len(r.Readings[0].Docs) != 3 || !slices.Equal(minority(&r), []int{3}) {
		t.Errorf("row = %+v, want October 9 from 3 of 4 outlets and outlet 3 in the minority", r)
	}
	if got := r.Readings[1].Text; got != "October 8" {
		t.Errorf("the minority reading is %q, want October 8", got)
	}
	for _, d := range c.Conflicts() {
		if !strings.Contains(d.Summary, "(1 of 4 outlets)") || !strings.Contains(d.Summary, "(3 of 4 outlets)") || !strings.Contains(d.Summary, "minority: Outlet D") {
			t.Errorf("summary lacks the counts or the minority: %q", d.Summary)
		}
	}
	if len(s.Disputes) != 1 || s.Disputes[0].Claim != 0 || s.Disputes[0].Kind != KindDate {
		t.Errorf("disputes = %+v, want the date once", s.Disputes)
	}
	// An even split has no majority.
	s = storyOf(t, one("They met on October 9."), one("They met on October 8."))
	if r := s.Claims[0].Facts[0]; len(minority(&r)) != 0 {
		t.Errorf("an even split = %+v, want no majority", r)
	}
}

func TestQuoteDifferenceHasWordDiff(t *testing.T) {
	s := storyOf(t,
		one("“He mentioned his son, and I told him that I, too, lost my son,” Witkoff said."),
		one("“I told him that I had lost a son,” Witkoff said."),
	)
	i := slices.IndexFunc(s.Claims[0].Differences, func(d Difference) bool { return d.Kind == KindQuote })
	if i < 0 {
		t.Fatalf("no quote difference: %s", describeAll(s))
	}
	d := s.Claims[0].Differences[i]
	var only []string
	for _, sp := range d.Diff {
		if sp.Op != Common {
			only = append(only, strings.TrimSpace(sp.Text))
		}
	}
	if d.Status != Conflict || !slices.ContainsFunc(only, func(x string) bool { return strings.Contains(x, "too") }) {
		t.Errorf("quote difference %s with diff %q, want a conflict whose diff shows “too”", d.Status, only)
	}
	if !strings.Contains(d.Summary, "I, too, lost my son") || !strings.Contains(d.Summary, "I had lost a son") {
		t.Errorf("summary %q should show the reworded words", d.Summary)
	}
}

func TestInArticleHeadlineAgainstBody(t *testing.T) {
	s := storyOf(t,
		outlet{title: "Bridge repair bill put at $2.5 million", passages: []string{"Repairing the bridge will cost $2.6 million, engineers said."}},
		outlet{title: "Quake kills 24 in eastern Turkey", passages: []string{"The quake killed 24 people and injured 186."}},
		outlet{title: "Quake toll rises to 30", passages: []string{"The quake killed 24 people, officials said on Tuesday."}},
	)
	if len(s.InArticle) != 2 {
		t.Fatalf("in-article differences = %+v, want two", s.InArticle)
	}
	for _, d := range s.InArticle {
		if d.Values[0].Ref.Passage != HeadlinePassage || s.Source(d.Values[0].Ref) != s.Documents[d.Values[0].Ref.Doc].Title {
			t.Errorf("first value should be the headline's: %+v", d.Values[0])
		}
		if !strings.Contains(d.Summary, "headline against body") {
			t.Errorf("summary %q does not say headline against body", d.Summary)
		}
	}
}

func TestVariants(t *testing.T) {
	s := storyOf(t,
		outlet{passages: []string{"Hamas expected to meet envoy Steve Whitkoff in Istanbul.", "Whitkoff did not comment.", "The town of Pütürge was hit."}},
		outlet{passages: []string{"Steve Witkoff, the US envoy, planned to meet Hamas.", "Witkoff had traveled to Turkey.", "Israeli officials objected.", "The town of Puturge was hit."}},
		outlet{passages: []string{"Witkoff met al-Hayya in Egypt.", "Israel objected to the meeting, and so did Karen Smith."}},
		outlet{passages: []string{"Karin Smith, a lawyer, and Karen Jones were there."}},
	)
	forms := func(v Variant) []string {
		var out []string
		for _, f := range v.Forms {
			out = append(out, f.Text)
		}
		slices.Sort(out)
		return out
	}
	var got []string
	for _, v := range s.Variants {
		got = append(got, fmt.Sprintf("%v accents=%v", forms(v), v.Accents))
	}
	want := []string{"[Puturge Pütürge] accents=true", "[Whitkoff Witkoff] accents=false"}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("variants = %q, want %q", got, want)
	}
}
