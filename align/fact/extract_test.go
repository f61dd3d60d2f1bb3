package fact

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// factsOf returns "text = norm" for the facts of kind k in text, for an
// article published on pub ("" when undated).
func factsOf(t *testing.T, text, pub string, k Kind) []string {
	t.Helper()
	var p time.Time
	if pub != "" {
		var err error
		if p, err = time.Parse(time.DateOnly, pub); err != nil {
			t.Fatal(err)
		}
	}
	var out []string
	for _, f := range Extract(text, p) {
		if f.Kind != k {
			continue
		}
		if text[f.Start:f.End] != f.Text {
			t.Errorf("%q: fact text %q is not the passage's bytes %d–%d", text, f.Text, f.Start, f.End)
		}
		out = append(out, f.Text+" = "+f.Norm)
	}
	return out
}

type extractCase struct {
	text, pub string
	want      []string
}

func runExtract(t *testing.T, k Kind, cases []extractCase) {
	t.Helper()
	for _, c := range cases {
		got := factsOf(t, c.text, c.pub, k)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s facts of %q (published %q):\n got %q\nwant %q", k, c.text, c.pub, got, c.want)
		}
	}
}

func TestExtractDates(t *testing.T) {
	runExtract(t, KindDate, []extractCase{
		{"The envoys met in Egypt on October 8, before the signing.", "", []string{"October 8 = 10-08"}},
		{"An interview broadcast on Oct. 19 on CBS.", "", []string{"Oct. 19 = 10-19"}},
		{"The vote on Sept 9 and the review on 8 October.", "", []string{"Sept 9 = 09-09", "8 October = 10-08"}},
		{"It happened on 2025-10-08 and was posted 11/14/25.", "", []string{"2025-10-08 = 2025-10-08", "11/14/25 = 2025-11-14"}},
		{"The attack of Oct. 7, 2023 changed everything.", "", []string{"Oct. 7, 2023 = 2023-10-07"}},
		{"The plan was unveiled in September at the White House.", "", []string{"September = 09"}},
		{"Two earthquakes struck in February 2023.", "", []string{"February 2023 = 2023-02"}},
		{"His son died of an overdose in 2011.", "", []string{"2011 = 2011"}},
		// Weekdays resolve against the article's date: the last such day,
		// or the next one when the clause speaks of the future.
		{"The quake struck on Tuesday morning.", "2026-03-18", []string{"Tuesday = 2026-03-17"}},
		{"The quake struck on Tuesday.", "2026-03-17", []string{"Tuesday = 2026-03-17"}},
		{"Schools will stay shut until next Tuesday.", "2026-03-18", []string{"Tuesday = 2026-03-24"}},
		{"Talks are scheduled to resume on Friday.", "2026-03-18", []string{"Friday = 2026-03-20"}},
		{"A meeting scheduled to take place Wednesday was cancelled.", "", []string{"Wednesday = Wednesday"}},
		{"The first closure is set for Saturday, 5 December.", "2026-09-09", []string{"Saturday, 5 December = 2026-12-05"}},
		{"The first closure is set for the first Saturday in December.", "2026-10-02", []string{"first Saturday in December = 2026-12-05"}},
		{"When council voted last month to close the street.", "2026-10-02", []string{"last month = 2026-09"}},
		{"His son was killed earlier this year.", "2025-11-14", []string{"earlier this year = 2025"}},
		// "May" alone is a verb; a day without a month is not a date; a
		// time is not a day.
		{"Plans may still change; the 9 boys may leave.", "", nil},
		{"It hit at 10:37 on a Tuesday.", "", []string{"Tuesday = Tuesday"}},
		// A date in a quote is the speaker's, not a fact to compare.
		{"“We met on October 8,” he said.", "", nil},
	})
}

func TestExtractTimes(t *testing.T) {
	runExtract(t, KindTime, []extractCase{
		{"The quake hit at 0737 GMT at a depth of 10km.", "", []string{"0737 GMT = 07:37 GMT"}},
		{"The quake hit at 1037 local time.", "", []string{"1037 local time = 10:37"}},
		{"It struck at 10:37 a.m. local time.", "", []string{"10:37 a.m. local time = 10:37"}},
		{"It hit the span at 1:53 p.m. (1153 GMT).", "", []string{"1:53 p.m. = 13:53", "1153 GMT = 11:53 GMT"}},
		{"The last four came out at 1.53pm local time (12.53pm BST).", "", []string{"1.53pm local time = 13:53", "12.53pm BST = 12:53 BST"}},
		{"The final group left the cave at 13:53.", "", []string{"13:53 = 13:53"}},
		{"The quake hit at 3:37 a.m. Eastern time.", "", []string{"3:37 a.m. Eastern time = 03:37 US-eastern"}},
		{"It struck shortly after 10:30 a.m. local time.", "", []string{"shortly after 10:30 a.m. local time = 10:30–10:50"}},
		{"The group emerged just before 2 p.m.", "", []string{"just before 2 p.m. = 13:40–14:00"}},
		{"The meeting ended at 1353, or 1400 hours.", "", []string{"1353 = 13:53", "1400 hours = 14:00"}},
		// Scores, ratios, years and decimals are not times.
		{"The score was 2:1 at half-time and they won 3-1.", "", nil},
		{"In 1353 the town was founded; the magnitude was 6.1.", "", nil},
		{"Verse 3:16 is often quoted.", "", nil},
	})
}

func TestExtractQuantities(t *testing.T) {
	runExtract(t, KindNumber, []extractCase{
		// What a count counts: the event and the counted thing.
		{"A magnitude 6.1 earthquake struck, killing at least 10 people, injuring 75 and bringing down dozens of houses.", "",
			[]string{"magnitude 6.1 = 6.1 magnitude", "at least 10 people = ≥10 people killed", "75 = 75 injured", "dozens of houses = 24–99 home"}},
		{"An earthquake of magnitude 5.9 shook the region, killing 24 people and injuring nearly 190.", "",
			[]string{"magnitude 5.9 = 5.9 magnitude", "24 people = 24 people killed", "nearly 190 = 161.5–190 injured"}},
		{"The death toll from the earthquake has risen to 24.", "", []string{"24 = 24 killed"}},
		{"A further 186 people were injured, 23 of them seriously.", "", []string{"186 people = 186 people injured", "23 = 23 count"}},
		{"A 6.1-magnitude earthquake and a 4.7 magnitude aftershock.", "", []string{"6.1-magnitude = 6.1 magnitude", "4.7 magnitude = 4.7 magnitude"}},
		{"More than 40 aftershocks followed, the strongest measuring 4.7.", "", []string{"More than 40 aftershocks = ≥40 aftershock", "4.7 = 4.7 magnitude"}},
		{"57 homes were destroyed and 318 buildings damaged.", "", []string{"57 homes = 57 home destroyed", "318 buildings = 318 building damaged"}},
		{"Pütürge, a town of about 20,000 people, lies near the fault.", "", []string{"about 20,000 people = ~20000 people population"}},
		{"Gunmen killed 5 and wounded 12.", "", []string{"5 = 5 killed", "12 = 12 injured"}},
		{"Twenty-four people died.", "", []string{"Twenty-four people = 24 people killed"}},
		{"At least a dozen people were injured.", "", []string{"At least a dozen people = ≥12 people injured"}},
		{"Tens of thousands of people fled.", "", []string{"Tens of thousands of people = 20000–99990 people evacuated"}},
		// None is a count of what happened; "one" counts only so.
		{"No deaths have been reported, but two firefighters suffered minor injuries.", "",
			[]string{"No deaths = 0 killed", "two firefighters = 2 firefighter injured"}},
		{"Nobody was hurt; no one died and no residents were injured.", "",
			[]string{"Nobody = 0 injured", "no one = 0 killed", "no residents = 0 resident injured"}},
		{"None of its 19 crew was injured; none of us knows why.", "", []string{"19 crew = 19 crew injured"}},
		{"The fire has killed one person; one woman said she lost everything.", "", []string{"one person = 1 people killed"}},
		{"A man was found dead, the first confirmed death in the fire.", "", []string{"first confirmed death = 1 killed"}},
		// What a share or a group of people is: contained, a population,
		// evacuated; an earlier figure is marked.
		{"It was 35% contained, up from 20% on Monday.", "", []string{"35% = 35 %", "20% = 20 %"}},
		{"Containment stood at 35 percent.", "", []string{"35 percent = 35 %"}},
		{"About 1,500 residents of Cobb and Loch Lomond are under evacuation orders.", "",
			[]string{"About 1,500 residents = ~1500 resident evacuated"}},
		{"Hidden Valley Lake, a gated subdivision of about 2,800 residents, where roughly 2,800 people live.", "",
			[]string{"about 2,800 residents = ~2800 resident population", "roughly 2,800 people = ~2800 people population"}},
		{"The fire forced about 1,200 people from their homes.", "", []string{"about 1,200 people = ~1200 people evacuated"}},
		// Ranges, tallies and proportions.
		{"the safe passage of 100 to 200 Hamas fighters", "", []string{"100 to 200 Hamas fighters = 100–200 fighter"}},
		{"Council approved it by 107 votes to 99.", "", []string{"107 votes = 107 vote for", "99 = 99 vote against"}},
		{"The vote was 108 to 99.", "", []string{"108 = 108 vote for", "99 = 99 vote against"}},
		{"It passed with 108 votes in favour, 99 against and nine abstentions.", "", []string{"108 votes = 108 vote for", "99 against = 99 vote against", "nine = 9 abstained"}},
		{"The resolution passed with 13 votes in favor.", "", []string{"13 votes = 13 vote for"}},
		{"About three in five backed it; 61% of them online.", "", []string{"About three in five = ~60 %", "61% = 61 %"}},
		// Measures with units, and conversions.
		{"at a depth of 10km (6 miles)", "", []string{"10km = 10 km", "6 miles = 6 mile"}},
		{"some 37 miles southeast of the city", "", []string{"some 37 miles = ~37 mile"}},
		{"a 172-metre cargo vessel drifting at 4.5 knots, about 8.3 kilometres an hour", "", []string{"172-metre = 172 m", "4.5 knots = 4.5 knot", "about 8.3 kilometres an hour = ~8.3 km/h"}},
		{"Water peaked at 7.5m (24.6ft); 7.5m people live downstream.", "", []string{"7.5m = 7.5 m", "24.6ft = 24.6 ft", "7.5m people = 7500000 people population"}},
		{"temperatures of minus four degrees Celsius (25 degrees Fahrenheit)", "", []string{"minus four degrees Celsius = -4 °C", "25 degrees Fahrenheit = 25 °F"}},
		{"ending a 10-day ordeal after nine days underground", "", []string{"10-day = 10 day", "nine days = 9 day"}},
		{"Schools will be closed for a week; the pilot runs for a year.", "", []string{"a week = 1 week", "a year = 1 year"}},
		{"It was the third time the proposal came to council.", "", []string{"the third time = 3 time"}},
		// Years, dates, ages, identifiers, scores and quotes are not counts.
		{"His son died at the age of 22 of an overdose in 2011.", "", []string{"22 = 22 age"}},
		{"Mehmet Aslan, 41, a shopkeeper, and a 34-year-old woman.", "", []string{"41 = 41 age", "34-year-old = 34 age"}},
		{"an architect of the Oct. 7, 2023 attack", "", nil},
		{"Trump’s 20-point plan for Gaza", "", []string{"20-point = 20 point"}},
		{"The key obstacle was Sump No. 2, on the 105 and 107 routes.", "", nil},
		{"Liverpool won 3-1; the score was 2:1 at half-time.", "", nil},
		{"an interview with 60 Minutes", "", nil},
		{"“We will send 500 troops,” the minister said.", "", nil},
		{"One of the sources said a second tremor followed.", "", nil},
	})
}

func TestExtractMoney(t *testing.T) {
	runExtract(t, KindMoney, []extractCase{
		{"The EU announced €2 million ($2.3 million) in aid.", "", []string{"€2 million = EUR 2000000", "$2.3 million = USD 2300000"}},
		{"Repairs will cost an estimated €2.6 million.", "", []string{"an estimated €2.6 million = EUR 2600000"}},
		{"The bill was put at €2.6m, or about $2.8m.", "", []string{"€2.6m = EUR 2600000", "about $2.8m = USD ~2800000"}},
		{"It approved a R26-million plan; the R26 million pilot.", "", []string{"R26-million = ZAR 26000000", "R26 million = ZAR 26000000"}},
		{"the 26 million rand ($1.5 million) pilot", "", []string{"26 million rand = ZAR 26000000", "$1.5 million = USD 1500000"}},
		{"would provide 2 million euros in emergency aid", "", []string{"2 million euros = EUR 2000000"}},
		{"a £1.7m grant and US$5bn in loans", "", []string{"£1.7m = GBP 1700000", "US$5bn = USD 5000000000"}},
		// Weights and plain numbers are not money.
		{"a 150-pound sack and 2 pounds of rice", "", nil},
	})
}

func TestExtractPlaces(t *testing.T) {
	runExtract(t, KindPlace, []extractCase{
		{"The meeting was initially set for Istanbul.", "", []string{"Istanbul = istanbul"}},
		{"They met in Sharm el-Sheikh, Egypt, before the signing.", "", []string{"Sharm el-Sheikh = sharm el sheikh", "Egypt = egypt"}},
		{"A quake struck eastern Turkey’s Malatya province.", "", []string{"eastern Turkey’s Malatya province = malatya"}},
		{"It struck Malatya’s Pütürge district on Tuesday.", "", []string{"Malatya’s Pütürge district = puturge ⊂ malatya"}},
		{"A ship rammed a bridge in Rotterdam’s Charlois district.", "", []string{"Rotterdam’s Charlois district = charlois ⊂ rotterdam"}},
		{"The bridge in the Netherlands, near the town of Puturge.", "", []string{"Netherlands = netherlands", "Puturge = puturge"}},
		{"An official from the U.S. met the US envoy in Türkiye.", "", []string{"U.S. = united states", "US = united states", "Türkiye = turkey"}},
		// Not places: an organisation named after one, a pronoun, a person.
		{"The New York Times reported it; the envoy told us.", "", nil},
		{"Jordan Peterson spoke.", "", nil},
	})
}

func TestExtractNames(t *testing.T) {
	runExtract(t, KindName, []extractCase{
		{"Hamas has not received notice about its meeting with US envoy Steve Whitkoff.", "", []string{"Hamas = hamas", "Steve Whitkoff = steve whitkoff"}},
		{"Mr. Witkoff and Mr. al-Hayya have met before.", "", []string{"Witkoff = witkoff", "al-Hayya = hayya"}},
		{"Gov. Selim Karaağaçlı said 1,250 personnel had been deployed.", "", []string{"Selim Karaağaçlı = selim karaagacli"}},
		{"Earlier Wednesday, the official said so.", "", nil},
	})
}

func TestExtractQuotes(t *testing.T) {
	for _, c := range []struct {
		text, wantText, wantSpeaker string
	}{
		{"“I told him that I had lost a son,” Witkoff said.", "“I told him that I had lost a son,”", "witkoff"},
		{"“No ship goes under that bridge until it is safe,” said Pieter Vandersloet, the harbour master.", "“No ship goes under that bridge until it is safe,”", "vandersloet"},
		{"“Our teams are in every village,” Karaagacli told reporters.", "“Our teams are in every village,”", "karaagacli"},
		{"“We were lucky, extraordinarily lucky, that the deck held,” Pieter Vandersloot, Rotterdam’s harbour master, told reporters.", "“We were lucky, extraordinarily lucky, that the deck held,”", "vandersloot"},
		{"“We have yet to receive any notification,” the Hamas official told Al Manassa.", "“We have yet to receive any notification,”", ""},
		{"“He mentioned his son, and I told him that I, too, lost my son.", "“He mentioned his son, and I told him that I, too, lost my son.", ""},
		{"We’re both members of a terrible club — parents who have buried their children.”", "We’re both members of a terrible club — parents who have buried their children.”", ""},
	} {
		fs := Extract(c.text, time.Time{})
		i := slices.IndexFunc(fs, func(f Fact) bool { return f.Kind == KindQuote })
		if i < 0 {
			t.Errorf("no quote in %q", c.text)
			continue
		}
		if fs[i].Text != c.wantText || fs[i].Role != c.wantSpeaker {
			t.Errorf("quote of %q = %q by %q, want %q by %q", c.text, fs[i].Text, fs[i].Role, c.wantText, c.wantSpeaker)
		}
	}
	// A quoted label of two words is not a remark.
	if fs := factsOf(t, "It called the force an “occupying force.”", "", KindQuote); len(fs) != 0 {
		t.Errorf("label taken as a quote: %q", fs)
	}
}

// TestFactTextIsExactSpan checks the contract on every fact of a mixed
// passage: its text is the passage's bytes at its offsets.
func TestFactTextIsExactSpan(t *testing.T) {
	text := "ANKARA — A magnitude 6.1 quake hit at 10:37 a.m. local time (0737 GMT) on Tuesday, killing “at least 10” people in eastern Turkey’s Malatya province; €2 million ($2.3 million) was pledged, said Gov. Selim Karaağaçlı."
	for _, f := range Extract(text, time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC)) {
		if text[f.Start:f.End] != f.Text || strings.TrimSpace(f.Text) != f.Text {
			t.Errorf("fact %s %q does not match its span %d–%d", f.Kind, f.Text, f.Start, f.End)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	passages := []string{
		"A magnitude 6.1 earthquake struck eastern Turkey’s Malatya province on Tuesday, killing at least 10 people, injuring 75 and bringing down dozens of houses in villages around the town of Puturge, officials said.",
		"The quake hit at 0737 GMT at a depth of 10km (6 miles), the Disaster and Emergency Management Authority said.",
		"“Our teams are in every village and they will not stop until every house has been checked,” Karaagacli said.",
		"The European Union announced €2 million ($2.3 million) in emergency aid and said search-and-rescue teams from Greece and Bulgaria were on standby.",
		"Witkoff and Kushner’s October 9 sit-down with the Hayya-led team was the next in-person meeting between the sides.",
	}
	pub := time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC)
	bytes := 0
	for _, p := range passages {
		bytes += len(p)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range passages {
			Extract(p, pub)
		}
	}
}
