package corpus

import (
	"path/filepath"
	"testing"
)

// Date lines as real sites print them: with a time zone given as a
// country, a weekday, "hrs", a time joined by a dash, and numeric dates
// whose order the numbers decide.
func TestParseDateLineForms(t *testing.T) {
	for in, want := range map[string]string{
		"12:48PM BST 09 Sep 2013":                                     "2013-09-09",
		"11:39am UK, Monday 09 September 2013":                        "2013-09-09",
		"Sat Nov 12 2011, 01:19 hrs":                                  "2011-11-12",
		"Last updated 15:48 15/09/2013":                               "2013-09-15",
		"Posted: 03/14/2013 06:37:46 AM PDT":                          "2013-03-14",
		"Updated 5/5/2010 1:41 PM":                                    "2010-05-05",
		"April 10, 2007-7:07AM":                                       "2007-04-10",
		"Posted September 26, 2013-3:47pm Updated September 27, 2013": "2013-09-26",
	} {
		got, ok := ParseDate(in)
		if !ok || got.Format("2006-01-02") != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	// 4/9/2007 is April 9 in the United States and 4 September elsewhere:
	// no date is better than a wrong one.
	for _, in := range []string{"Updated 4/9/2007 6:04 PM", "The vote on 4/9/2007 was close.", "13/13/2013"} {
		if got, ok := ParseDate(in); ok {
			t.Errorf("ParseDate(%q) = %v, want no date", in, got)
		}
	}
}

// A date line after a standfirst dates the article, and is set aside.
func TestDateLineAfterStandfirst(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Ferry halted on the lake after engine fault\n\n"+
		"The lake ferry has stopped running for two weeks.\n\n"+
		"12:48PM BST 09 Sep 2013\n\n"+
		"The operator said on Monday that an engine fault had been found during an inspection.\n\n"+
		"Passengers will be carried by bus until repairs are finished.\n")
	write(t, dir, "b.txt", "Ferry halted on the lake\n\n"+
		"11:39am UK, Monday 09 September 2013\n\n"+
		"The lake ferry stopped running on Monday after an engine fault.\n")
	c, err := Load([]string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range c.Documents {
		if d.PublishedDate() != "2013-09-09" {
			t.Errorf("%s: date %q", d.Path, d.PublishedDate())
		}
		for _, p := range d.Passages {
			if p.Text == "12:48PM BST 09 Sep 2013" || p.Text == "11:39am UK, Monday 09 September 2013" {
				t.Errorf("%s: date line kept as text", d.Path)
			}
		}
	}
	// A date line deep in the text is not the article's date.
	write(t, dir, "c.txt", "Ferry halted\n\nThe ferry stopped. It will resume.\n\nCrews worked late.\n\nEngineers came.\n\nThe fault was found.\n\n12:48PM BST 09 Sep 2013\n\nMore later.\n")
	c, _ = Load([]string{filepath.Join(dir, "c.txt")}, Options{})
	if d := c.Documents[0]; d.PublishedDate() != "" {
		t.Errorf("a date line after four paragraphs dated the article: %s", d.PublishedDate())
	}
}
