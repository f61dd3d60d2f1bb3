package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestBoilerplateRules(t *testing.T) {
	tests := []struct{ line, reason string }{
		{"Sign up for our Harbour Morning newsletter", ReasonNewsletter},
		{"By signing up, you agree to the terms", ReasonNewsletter},
		{"Get the Valley Ledger's Daily Edition by email and never miss our top stories", ReasonNewsletter},
		{"Enter your email address", ReasonNewsletter},
		{"Subscribe", ReasonNewsletter},
		{"Already a member? Sign in to stop seeing this", ReasonMembership},
		{"Become a member and read without ads", ReasonMembership},
		{"Support the Ledger and get a free tote bag", ReasonMembership},
		{"Join Our Community", ReasonMembership},
		{"Log in", ReasonSignIn},
		{"Home › News › Region", ReasonNavigation},
		{"News / Politics / Local", ReasonNavigation},
		{"Read more", ReasonReadMore},
		{"RELATED: Council approves new parks budget", ReasonReadMore},
		{"To learn more about our podcast, click here.", ReasonReadMore},
		{"© 2026 Harbour Gazette. All rights reserved.", ReasonCopyright},
		{"Copyright 2026 Valley Ledger", ReasonCopyright},
		{"The post Ferry resumes appeared first on Lake Times.", ReasonSyndication},
		{"This article was originally published by Lake Times.", ReasonSyndication},
		{"This story appeared in the Lake Times.", ReasonSyndication},
		{"No Result", ReasonWidget},
		{"View All Result", ReasonWidget},
		{"Advertisement", ReasonWidget},
		{"Facebook Twitter WhatsApp Email", ReasonWidget},
		{"5 min read", ReasonWidget},
		{"We use cookies to improve your experience.", ReasonWidget},
		{"Workers clear the quay on Friday. (Ana Ruiz/Harbour Gazette)", ReasonCaption},
		{"Firefighters at the scene (AP Photo/Lee Chan)", ReasonCaption},
		{"Crowds at the harbour, March 3, 2026. (Photo by Jo Pike via Getty Images)", ReasonCaption},
		{"Photo: Kai Berg", ReasonCaption},
		{"Jo Smit is a reporter for the Gazette in Rotterdam, covering shipping.", ReasonAuthorBio},
		{"Follow Jo Smit on Mastodon", ReasonAuthorBio},
		{"Email Ana Ruiz at ana@example.org", ReasonAuthorBio},
		{"Contact the author at ana@example.org", ReasonAuthorBio},
		{"Reporting by Jo Smit; Editing by Ann Lee", ReasonCredits},
		{"The Associated Press contributed to this report.", ReasonCredits},
		{"(The Ledger's night desk is keeping you updated until morning.)", ReasonEditorNote},
		{"Editor's note: An earlier version misspelled the mayor's name.", ReasonEditorNote},
	}
	for _, tt := range tests {
		if got, _ := classifyLine(tt.line); got != tt.reason {
			t.Errorf("classifyLine(%q) = %q, want %q", tt.line, got, tt.reason)
		}
	}
}

// Reporting that uses the words boilerplate uses must be kept.
func TestBoilerplateRulesKeepReporting(t *testing.T) {
	for _, line := range []string{
		"Russia and China said they would not support the resolution.",
		"The group said in a newsletter to its members that it would join the strike.",
		"Councillors voted to subscribe to the regional water authority's charter.",
		"He urged supporters to sign up as volunteers at the town hall.",
		"The donation of $2 million will pay for a new roof, the trust said.",
		"Members of the community gathered outside the library on Sunday.",
		"Officials said they had been unable to log in to the flood-warning system for hours.",
		"The copyright dispute between the two publishers went to court in May.",
		"The minister (who resigned in March) declined to comment on the report.",
		"Witkoff met al-Hayya in Egypt on October 8, the network reported.",
		"She said the bridge, which opened in 1968, is one of the main links to the port.",
		"“Read more books,” the librarian told the children.",
		"The ship, built in 2004 (and renamed in 2019), was carrying steel.",
	} {
		if got, _ := classifyLine(line); got != "" {
			t.Errorf("classifyLine(%q) = %q, want it kept", line, got)
		}
	}
}

func TestStructureOfACopiedPage(t *testing.T) {
	page := strings.Join([]string{
		"HARBOUR GAZETTE", "Menu", "HARBOUR GAZETTE",
		"Home › Local",
		"Ferry halted after engine fire on the lake",
		"By Jo Smit",
		"Published: Friday, May 1, 2026 10:30 am CEST",
		"The lake ferry was halted on Thursday after a small engine fire broke out during the evening crossing, the operator said.",
		"All 84 passengers were taken ashore by a second boat.",
		"Investigation",
		"The cause of the fire is being investigated, a spokeswoman for the operator said.",
		"You can help keep local news free. Support the Gazette today.",
		"Inspectors will board the ferry on Monday.",
		"Jo Smit is a reporter for the Harbour Gazette, covering transport.",
		"More from the Gazette",
		"Lake levels fall after a dry spring",
		"April 29, 2026",
		"School bus routes change in June...",
		"© 2026 Harbour Gazette",
	}, "\n")
	d := buildFrom(t, "gazette.txt", page)
	wantMeta(t, d, "Harbour Gazette", "Ferry halted after engine fire on the lake", "2026-05-01", "", "Jo Smit")
	want := "The lake ferry was halted on Thursday after a small engine fire broke out during the evening crossing, the operator said.\n" +
		"All 84 passengers were taken ashore by a second boat.\n" +
		"The cause of the fire is being investigated, a spokeswoman for the operator said.\n" +
		"Inspectors will board the ferry on Monday.\n"
	if got := passageTexts(d); got != want {
		t.Errorf("passages:\n got  %q\n want %q", got, want)
	}
	for _, r := range []struct{ reason, text string }{
		{ReasonRepeated, "HARBOUR GAZETTE"}, {ReasonNavigation, "Home › Local"}, {ReasonHeadline, "Ferry halted"},
		{ReasonBylineLine, "By Jo Smit"}, {ReasonDateLine, "Published: Friday"}, {ReasonSubheading, "Investigation"},
		{ReasonMembership, "Support the Gazette"}, {ReasonAuthorBio, "Jo Smit is a reporter"},
		{ReasonRelated, "Lake levels fall"}, {ReasonRelated, "April 29, 2026"}, {ReasonRelated, "School bus routes"},
		{ReasonCopyright, "© 2026 Harbour Gazette"},
	} {
		if !hasRemoved(d, r.reason, r.text) {
			t.Errorf("%q not removed as %q: %+v", r.text, r.reason, d.Removed)
		}
	}
	// Removed lines remember where they stood: the subheading came after
	// the second paragraph.
	for _, r := range d.Removed {
		if r.Text == "Investigation" && r.After != 2 {
			t.Errorf("subheading After = %d, want 2", r.After)
		}
	}
}

func TestReaderAddressedSentenceInsideArticleIsKept(t *testing.T) {
	d := buildFrom(t, "a.txt", "Heat wave grips the valley\n\n"+
		"Temperatures reached 38C in the valley on Sunday, the weather service said.\n\n"+
		"If you live near the river, you should expect the water supply to be cut at night, the utility said.\n\n"+
		"The heat is expected to ease by Wednesday.\n")
	if !strings.Contains(passageTexts(d), "If you live near the river") {
		t.Errorf("a reported warning to residents was removed: %+v", d.Removed)
	}
}

func TestCrossDocumentRepeatedLines(t *testing.T) {
	dir := t.TempDir()
	common := "The council approved the plan by nine votes to four on Tuesday evening."
	write(t, dir, "a.txt", "Council backs harbour plan\n\n"+
		"The harbour plan won the council's backing after a long debate, the mayor said.\n\n"+
		"Listen to the Harbour Hour podcast\n\n"+
		common+"\n\n"+
		"Construction is due to start in the spring.\n\n"+
		"Advertisement\n\nThe Gazette app is the fastest way to get local news.\n\nAdvertisement\n")
	write(t, dir, "b.txt", "Harbour plan passes\n\n"+
		"Councillors backed the harbour redevelopment on Tuesday.\n\n"+
		common+"\n\n"+
		"Listen to the Harbour Hour podcast\n\n"+
		"Opponents said they would appeal.\n\n"+
		"Advertisement\n\nThe Gazette app is the fastest way to get local news.\n\nAdvertisement\n")
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range c.Documents {
		text := passageTexts(d)
		if !strings.Contains(text, common) {
			t.Errorf("%s: a sentence of reporting shared by both (wire copy) was removed: %+v", d.Path, d.Removed)
		}
		if strings.Contains(text, "podcast") || strings.Contains(text, "Gazette app") {
			t.Errorf("%s: a line repeated across the corpus was kept:\n%s", d.Path, text)
		}
		if !hasRemoved(d, ReasonCrossRepeat, "Harbour Hour podcast") || !hasRemoved(d, ReasonCrossRepeat, "Gazette app") {
			t.Errorf("%s: removed = %+v", d.Path, d.Removed)
		}
	}
	// Alone, the same file keeps the unpunctuated line out as a subheading
	// but has no reason to drop the app sentence.
	c, err = Load([]string{filepath.Join(dir, "a.txt")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if hasRemoved(c.Documents[0], ReasonCrossRepeat, "") {
		t.Errorf("a single document has lines repeated across documents: %+v", c.Documents[0].Removed)
	}
}

func TestDateline(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "wire.txt", "ROTTERDAM, Oct. 9 (Reuters) — A cargo ship drifted into a road bridge in Rotterdam on Thursday, injuring 14 people, emergency services said.\n\nThe bridge was closed.\n")
	write(t, dir, "other.md", "---\noutlet: Lowlands Courier\ndate: 2026-10-10\n---\n\nA ship hit the Waalhaven bridge on Thursday. Twelve people were hurt.\n")
	write(t, dir, "plain.txt", "GAZA CITY, Gaza Strip, November 14, 2025 — Aid trucks crossed into the territory on Friday, officials said.\n")
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Document{}
	for _, d := range c.Documents {
		byName[filepath.Base(d.Path)] = d
	}
	w := byName["wire.txt"]
	if w.Dateline != "ROTTERDAM, Oct. 9 (Reuters) —" || w.Outlet != "Reuters" || w.OutletSource != OutletFromDateline {
		t.Errorf("dateline %q outlet %q (%s)", w.Dateline, w.Outlet, w.OutletSource)
	}
	// The dateline has no year: the other article's date gives it.
	if w.PublishedDate() != "2026-10-09" {
		t.Errorf("published = %q, want 2026-10-09", w.PublishedDate())
	}
	if !strings.HasPrefix(w.Passages[0].Text, "A cargo ship drifted") {
		t.Errorf("dateline not cut from the sentence: %q", w.Passages[0].Text)
	}
	if !hasRemoved(w, ReasonDateline, "ROTTERDAM") {
		t.Errorf("dateline not kept in removed: %+v", w.Removed)
	}
	p := byName["plain.txt"]
	if p.PublishedDate() != "2025-11-14" || !strings.HasPrefix(p.Passages[0].Text, "Aid trucks") {
		t.Errorf("full dateline: date %q passage %q", p.PublishedDate(), p.Passages[0].Text)
	}
	for _, notDateline := range []string{
		"US officials — speaking on condition of anonymity — said the talks failed.",
		"NATO - the alliance - met on Friday.",
		"Hamas officials met in Doha.",
	} {
		if dl, ok := findDateline(notDateline); ok {
			t.Errorf("findDateline(%q) = %+v, want none", notDateline, dl)
		}
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-11-14":                                 "2025-11-14",
		"2025-11-14T23:30:00-05:00":                  "2025-11-14",
		"2025-11-14T03:00:00.000Z":                   "2025-11-14",
		"November 14, 2025":                          "2025-11-14",
		"Nov. 14, 2025":                              "2025-11-14",
		"Nov 14 2025":                                "2025-11-14",
		"14 November 2025":                           "2025-11-14",
		"Fri 14 Nov 2025 10.32 GMT":                  "2025-11-14",
		"Friday, November 14, 2025 at 10:30 a.m. ET": "2025-11-14",
		"Published: Nov 14, 2025 | 10:30 AM EST":     "2025-11-14",
		"Updated 3:45 PM EST, November 14, 2025":     "2025-11-14",
		"Mon, 02 Jan 2006 15:04:05 -0700":            "2006-01-02",
		"Sept. 9, 2025":                              "2025-09-09",
	} {
		got, ok := ParseDate(in)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"", "November 14", "an architect of the Hamas-led Oct. 7, 2023 attack on Israel",
		"The meeting on November 14, 2025 was cancelled.", "2025-02-30", "Part of November 14, 2025",
		"In News",
	} {
		if got, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) = %v, want no date", in, got)
		}
	}
}

func TestOutletCues(t *testing.T) {
	tests := []struct {
		name, text, outlet, source string
	}{
		{"name repeated in appeals", "Council backs plan\n\nThe council backed the plan on Tuesday, the mayor said.\n\n" +
			"Get The Lakeside Herald's Morning Edition by email\n\nSupport The Lakeside Herald Community today.\n\nThank you for reading The Lakeside Herald.\n",
			"The Lakeside Herald", OutletFromSiteName},
		{"copyright line", "Council backs plan\n\nThe council backed the plan on Tuesday, the mayor said.\n\n© 2026 Lake Times Media Ltd. All rights reserved.\n",
			"Lake Times Media", OutletFromCopyright},
		{"editor's note", "The council backed the plan on Tuesday, the mayor said.\n\nIt passed by nine votes.\n\n" +
			"(North Shore Radio's night desk is updating this story. All North Shore Radio reports use local time.)\n",
			"North Shore Radio", OutletFromSiteName},
		{"syndication beats everything in the text", "Council backs plan\n\nThe council backed the plan on Tuesday, the mayor said.\n\n" +
			"The post Council backs plan appeared first on Lake Times.\n\n© 2026 Aggregator Hub\n",
			"Lake Times", OutletFromSyndication},
	}
	for _, tt := range tests {
		d := buildFrom(t, "0042_9f86d081884c7d65.txt", tt.text)
		if d.Outlet != tt.outlet || d.OutletSource != tt.source {
			t.Errorf("%s: outlet %q (%s), want %q (%s)", tt.name, d.Outlet, d.OutletSource, tt.outlet, tt.source)
		}
	}
	d := buildFrom(t, "0042_9f86d081884c7d65.txt", "The council backed the plan on Tuesday, the mayor said.\n")
	if d.Outlet != "0042_9f86d0" || d.OutletSource != OutletFromFileLabel {
		t.Errorf("no cue: outlet %q (%s)", d.Outlet, d.OutletSource)
	}
	d = buildFrom(t, "harbour-gazette.txt", "The council backed the plan on Tuesday, the mayor said.\n")
	if d.Outlet != "Harbour Gazette" || d.OutletSource != OutletFromFileName {
		t.Errorf("file name: outlet %q (%s)", d.Outlet, d.OutletSource)
	}
	if got := fileLabel("feed.jsonl:3"); got != "feed:3" {
		t.Errorf("fileLabel of a JSON line = %q", got)
	}
}

// buildFrom reads text as a plain-text file named name and cleans it on
// its own.
func buildFrom(t *testing.T, name, text string) Document {
	t.Helper()
	raws, err := readPlain(name, text)
	if err != nil {
		t.Fatal(err)
	}
	return buildDocument(raws[0], nil).doc
}

func TestHeadlineWorded(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.md", "---\ntitle: Flood closes Millbrook library for the winter\n---\n\n"+
		"Flood closes Millbrook library for winter\n\nA burst main flooded the library on Tuesday, officials said.\n")
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := c.Documents[0]
	if !hasRemoved(d, ReasonHeadline, "for winter") || len(d.Body()) != 1 {
		t.Errorf("a headline worded a little differently from the metadata title: removed %+v", d.Removed)
	}
}

// TestDashThenSpace: the short cut findDateline takes before its pattern
// passes every dash a dateline can end with, before any white space the
// pattern's \s matches.
func TestDashThenSpace(t *testing.T) {
	for p, want := range map[string]bool{
		"WASHINGTON — The":    true,
		"GAZA CITY –\tAid":    true,
		"(Reuters) -\nTalks":  true,
		"ROTTERDAM --\r\nx":   true,
		"A well-known port":   false,
		"Ships came — ":       true,
		"No dash at all":      false,
		"A trailing dash -":   false,
		"Dashes—joined—words": false,
	} {
		if got := dashThenSpace(p); got != want {
			t.Errorf("dashThenSpace(%q) = %v, want %v", p, got, want)
		}
		if want {
			continue
		}
		if _, ok := findDateline(p); ok {
			t.Errorf("findDateline(%q) found a dateline where no dash is followed by space", p)
		}
	}
	if m := datelineExpr.FindStringIndex("WASHINGTON —\tThe"); m == nil {
		t.Errorf("the dateline pattern does not take a tab after the dash; dashThenSpace need not either")
	}
}
