package lang

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
)

func TestCalendar(t *testing.T) {
	for _, c := range []struct {
		w    string
		want int
	}{{"january", 1}, {"sept", 9}, {"sep", 9}, {"may", 5}, {"dec", 12}, {"june", 6}, {"mayor", 0}, {"October", 0}} {
		if got, ok := Month(c.w); got != c.want || ok != (c.want > 0) {
			t.Errorf("Month(%q) = %d, %v; want %d", c.w, got, ok, c.want)
		}
	}
	if full, ok := MonthAbbrev("oct"); full != "october" || !ok {
		t.Errorf(`MonthAbbrev("oct") = %q, %v`, full, ok)
	}
	for _, w := range []string{"may", "october", "june"} {
		if _, ok := MonthAbbrev(w); ok {
			t.Errorf("MonthAbbrev(%q) is an abbreviation; it is a name", w)
		}
	}
	if d, ok := Weekday("sunday"); d != 7 || !ok {
		t.Errorf(`Weekday("sunday") = %d, %v; want 7`, d, ok)
	}
	if o, ok := Zone("bst"); o != 60 || !ok {
		t.Errorf(`Zone("bst") = %d, %v; want 60`, o, ok)
	}
	// A US zone is not a fixed one, nor the other way round.
	if _, ok := Zone("eastern"); ok {
		t.Error(`Zone("eastern") found; it is a US zone`)
	}
	if o, ok := USZone("pt"); o != -480 || !ok {
		t.Errorf(`USZone("pt") = %d, %v; want -480`, o, ok)
	}
	if _, ok := USZone("gmt"); ok {
		t.Error(`USZone("gmt") found`)
	}
}

func TestNumbers(t *testing.T) {
	if v, ok := Cardinal("ninety"); v != 90 || !ok {
		t.Errorf(`Cardinal("ninety") = %g, %v`, v, ok)
	}
	// Each class answers only for its own words.
	if _, ok := Cardinal("hundred"); ok {
		t.Error(`Cardinal("hundred") found; it is a scale`)
	}
	if _, ok := Scale("dozen"); ok {
		t.Error(`Scale("dozen") found; it is a collective`)
	}
	if v, ok := Scale("bn"); v != 1e9 || !ok {
		t.Errorf(`Scale("bn") = %g, %v`, v, ok)
	}
	if v, ok := Collective("couple"); v != 2 || !ok {
		t.Errorf(`Collective("couple") = %g, %v`, v, ok)
	}
	if lo, hi, ok := Vague("dozens"); lo != 24 || hi != 99 || !ok {
		t.Errorf(`Vague("dozens") = %g, %g, %v`, lo, hi, ok)
	}
	if n, ok := Ordinal("tenth"); n != 10 || !ok {
		t.Errorf(`Ordinal("tenth") = %d, %v`, n, ok)
	}
	// Hedges are longest first: "at least" is found before "least" could
	// be, "no more than" before "more than".
	hs := Hedges()
	idx := func(text string) int { return slices.IndexFunc(hs, func(h Hedge) bool { return h.Text == text }) }
	if idx("no more than") > idx("more than") || idx("well over") > idx("over") || idx("as many as") < 0 {
		t.Errorf("hedges out of order: %v", hs)
	}
	for _, h := range hs {
		if strings.Join(h.Words, " ") != h.Text || !slices.Contains([]string{">=", "<=", "upto", "nearly", "~"}, h.Kind) {
			t.Errorf("hedge %+v", h)
		}
	}
}

func TestMeasures(t *testing.T) {
	// Factors in the table are the float64 values of the exact fractions.
	for _, c := range []struct {
		sym            string
		factor, offset float64
	}{{"km/h", 1 / 3.6, 0}, {"°F", 5.0 / 9, -32 * 5.0 / 9}, {"month", 365.25 * 86400 / 12, 0}, {"mile", 1609.344, 0}} {
		u := UnitSymbol(c.sym)
		if u == nil || u.Factor != c.factor || u.Offset != c.offset {
			t.Errorf("UnitSymbol(%q) = %+v, want factor %v offset %v", c.sym, u, c.factor, c.offset)
		}
	}
	// A unit is one pointer, by whichever word it is reached.
	if UnitNamed("kilometres") != UnitNamed("km") || UnitNamed("km") != UnitSymbol("km") || UnitNamed("km") == nil {
		t.Error("the words of one unit give different units")
	}
	if u := UnitNamed("hours"); u == nil || u.Dim != "duration" || u.Factor != 3600 {
		t.Errorf(`UnitNamed("hours") = %+v`, u)
	}
	if UnitSymbol("km²") == nil || UnitNamed("km²") != nil {
		t.Error("square kilometres are reached by symbol, not by a word")
	}
}

func TestCurrencies(t *testing.T) {
	for _, c := range []struct {
		got  func(string) (string, bool)
		w    string
		want string
	}{
		{CurrencySymbol, "€", "EUR"}, {CurrencySymbol, "$", "USD"}, {DollarPrefix, "c", "CAD"}, {DollarPrefix, "r", "BRL"},
		{CurrencyLetters, "R", "ZAR"}, {CurrencyLetters, "Rs", "INR"}, {CurrencyName, "rand", "ZAR"}, {CurrencyName, "sterling", "GBP"},
	} {
		if code, ok := c.got(c.w); code != c.want || !ok {
			t.Errorf("%q gives %q, %v; want %q", c.w, code, ok, c.want)
		}
	}
	if _, ok := CurrencyLetters("r"); ok {
		t.Error("letters before the digits match as written: lower-case r is not the rand")
	}
	if !CurrencyCode("nok") || CurrencyCode("NOK") || CurrencyCode("abc") {
		t.Error("CurrencyCode takes lower-case ISO codes")
	}
	if !Dollar("SGD") || Dollar("BRL") || Dollar("EUR") {
		t.Error("Dollar: a bare $ may be the Singapore dollar, not the real or the euro")
	}
	if r, ok := USDRate("USD"); r != 1 || !ok {
		t.Errorf(`USDRate("USD") = %g, %v`, r, ok)
	}
}

func TestWordsAndPlaces(t *testing.T) {
	// Name stop words include the months' names, the weekdays and the four
	// cardinal points, but not the abbreviations or the other points.
	for w, want := range map[string]bool{"the": true, "october": true, "monday": true, "western": true, "north": true,
		"central": true, "oct": false, "northeast": false, "witkoff": false} {
		if NameStopWord(w) != want {
			t.Errorf("NameStopWord(%q) = %v, want %v", w, !want, want)
		}
	}
	for w, want := range map[string]float64{"north": 0, "southwest": 225, "northwest": 315} {
		if got, ok := Compass(w); got != want || !ok {
			t.Errorf("Compass(%q) = %g, %v; want %g", w, got, ok, want)
		}
	}
	for _, w := range []string{"southwestern", "south-west", "central"} {
		if _, ok := Compass(w); ok {
			t.Errorf("Compass(%q) found; it is not a point", w)
		}
		if !Direction(w) {
			t.Errorf("Direction(%q) = false", w)
		}
	}
	if c, ok := CountryOf("tel aviv"); c != "israel" || !ok {
		t.Errorf(`CountryOf("tel aviv") = %q, %v`, c, ok)
	}
	if e, ok := Event("wounded"); e != "injured" || !ok {
		t.Errorf(`Event("wounded") = %q, %v`, e, ok)
	}
	if Quake("temblor") != "quake" || Quake("aftershocks") != "aftershock" || Quake("shake") != "" {
		t.Error("Quake")
	}
	if !StopWord("according") || StopWord("ship") || !FunctionWord("whose") || !SpeechVerb("told") || !Title("sheikh") {
		t.Error("word lists")
	}
}

func TestGazetteer(t *testing.T) {
	byName := map[string]Place{}
	for _, p := range Gazetteer() {
		if _, dup := byName[p.Name]; dup {
			t.Errorf("%s is listed twice", p.Name)
		}
		byName[p.Name] = p
	}
	for _, p := range Gazetteer() {
		if p.Parent != "" && byName[p.Parent].Name == "" {
			t.Errorf("%s is inside %s, which the gazetteer does not list", p.Name, p.Parent)
		}
	}
	if in := byName["India"]; in.UTC != 330 || !in.UTCKnown || in.DST != "none" {
		t.Errorf("India = %+v, want UTC+5:30 without daylight saving", in)
	}
	if us := byName["United States"]; us.UTCKnown || !slices.Contains(us.Aliases, "US") {
		t.Errorf("United States = %+v, want no single offset and the alias US", us)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Pütürge": "Puturge", "Karaağaçlı": "Karaagacli", "Łódź": "Lodz", "Straße": "Strasse", "plain": "plain"} {
		if got := StripMarks(in); got != want {
			t.Errorf("StripMarks(%q) = %q, want %q", in, got, want)
		}
	}
	if a, b := Skeleton("etxeberria"), Skeleton("echeverria"); a != b {
		t.Errorf("Skeleton: %q and %q differ", a, b)
	}
	if a, b := Skeleton("phillips"), Skeleton("filips"); a != b {
		t.Errorf("Skeleton: %q and %q differ", a, b)
	}
	if a, b := Skeleton("johnson"), Skeleton("jackson"); a == b {
		t.Errorf("Skeleton: johnson and jackson are both %q", a)
	}
}

// TestListsHoldEachWordOnce: a word listed twice in one list, or a key
// given two rows, is a mistake in the data.
func TestListsHoldEachWordOnce(t *testing.T) {
	err := fs.WalkDir(data, "data", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimPrefix(path, "data/")
		seen := map[string]bool{}
		for _, line := range lines(name) {
			var keys []string
			switch {
			case name == "rates.tsv" || name == "details.tsv" || name == "time_events.tsv":
				f := strings.Split(line, "\t")
				keys = []string{f[0] + " " + f[1]} // a currency's rate a year, a class's value, an event's label
			case strings.HasSuffix(name, ".tsv"):
				keys = []string{strings.Split(line, "\t")[0]}
			case strings.HasSuffix(name, "_cues.txt"):
				keys = []string{strings.Join(strings.Fields(line), " ")} // a phrase a line
			case name == "place_countries.txt":
				ws := strings.Fields(line)
				keys = []string{strings.Join(ws[:len(ws)-1], " ")}
			default:
				keys = strings.Fields(line)
			}
			for _, k := range keys {
				if seen[k] && name != "gazetteer.tsv" {
					t.Errorf("%s lists %q twice", name, k)
				}
				seen[k] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestQuestionsAndSpans(t *testing.T) {
	for _, w := range []string{"what", "how", "which"} {
		if !WhWord(w) || !QuestionOpener(w) {
			t.Errorf("%q: a wh-word opens a question", w)
		}
	}
	for _, w := range []string{"could", "did", "is"} {
		if WhWord(w) || !QuestionOpener(w) {
			t.Errorf("%q opens a question, and is no wh-word", w)
		}
	}
	for _, w := range []string{"the", "police", "said"} {
		if QuestionOpener(w) {
			t.Errorf("%q opens no question", w)
		}
	}
	for _, w := range []string{"since", "until", "between"} {
		if !SpanOpener(w) {
			t.Errorf("%q opens a span of time", w)
		}
	}
	if SpanOpener("on") {
		t.Error(`"on" opens a date, not a span`)
	}
}
