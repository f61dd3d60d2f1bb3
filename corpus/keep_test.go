package corpus

import (
	"strings"
	"testing"
)

// Nothing real is set aside: a sentence the page cut off at a comma, a
// standfirst that states a fact, a paragraph that is one quotation and a
// quoted remark that says "you" are the article's text, while labels,
// section headings, timestamps and explainer headlines are not.
func TestRealLinesAreKept(t *testing.T) {
	page := strings.Join([]string{
		"Quake shakes the northern valley",
		"A retired ferry pilot the second person to be hurt in the valley this month",
		"March 14, 2026 | 8:16 am",
		"A magnitude 4.2 earthquake struck the northern valley on Thursday morning,",
		"The quake was centred about 20 miles north of Millbrook, the survey said.",
		"Damage",
		"“We heard the windows rattle”",
		"Told the council: 'I hope we showed you that the dam held.'",
		"Inspectors will check the dam again on Monday.",
	}, "\n\n")
	d := buildFrom(t, "valley.txt", page)
	got := passageTexts(d)
	for _, keep := range []string{
		"A retired ferry pilot the second person to be hurt",
		"struck the northern valley on Thursday morning,",
		"We heard the windows rattle",
		"I hope we showed you that the dam held",
	} {
		if !strings.Contains(got, keep) {
			t.Errorf("%q was set aside: passages %q, removed %+v", keep, got, d.Removed)
		}
	}
	if !hasRemoved(d, ReasonSubheading, "Damage") {
		t.Errorf("the section heading was kept: removed %+v", d.Removed)
	}
	if !hasRemoved(d, ReasonHeadline, "Quake shakes") {
		t.Errorf("the headline is not the title: removed %+v", d.Removed)
	}
}

// Lines under a headline that are labels, timestamps or another headline
// stay out of the passages: only a standfirst written as a statement is
// kept.
func TestStandfirstsThatAreNotStatements(t *testing.T) {
	for _, line := range []string{
		"According to International Media And Sky TV",
		"Sat Nov 12 2011, 01:19 hrs GMT",
		"What the weekend car ban means for residents",
		"Live Updates And Local Coverage From The Valley",
	} {
		d := buildFrom(t, "a.txt", "Ferry halted after engine fire on the lake\n\n"+line+"\n\n"+
			"The lake ferry was halted on Thursday after a small engine fire broke out, the operator said.\n")
		if strings.Contains(passageTexts(d), line) {
			t.Errorf("%q under the headline was kept as a passage", line)
		}
	}
}

func TestIsCutSentenceAndQuotation(t *testing.T) {
	for _, tt := range []struct {
		line      string
		cut, quot bool
	}{
		{"A magnitude 4.6 earthquake struck the coast on Thursday,", true, false},
		{"Police said the gunman fled;", true, false},
		{"Residents, officials", false, false}, // too short to be a sentence
		{"“We heard gunshots”", false, true},
		{"'Pop, pop, pop'", false, true},
		{"\"Nobody has the right to violence\"", false, true},
		{"“He ran” and “she hid”", false, false},
		{"The boys' club", false, false},
	} {
		if got := isCutSentence(tt.line); got != tt.cut {
			t.Errorf("isCutSentence(%q) = %v", tt.line, got)
		}
		if got := isQuotation(tt.line); got != tt.quot {
			t.Errorf("isQuotation(%q) = %v", tt.line, got)
		}
	}
}
