package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// seedsDir is where the real articles the project develops against live,
// outside the repository. Tests that read them skip when it is absent.
const seedsDir = "../../shared/seeds"

func loadSeeds(t testing.TB) *Corpus {
	t.Helper()
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skip("seed articles not present:", err)
	}
	c, err := Load([]string{seedsDir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// seedJunk are fragments of page furniture in the seed files: none may
// survive in a passage.
var seedJunk = regexp.MustCompile(`(?i)newsletter|daily edition|signing up|sign in|join our|community|support toi|docunation|our journalism|reader support|ad-free|no result|view all result|read more|appeared first on|©|founding editor|is a reporter for|keeping you updated|featured image|click here|smackdown|schlossberg|eisenhower|venezuela|marjorie taylor greene|\(.*/.*\)$`)

func TestSeedsMustShow(t *testing.T) {
	c := loadSeeds(t)
	if len(c.Documents) != 5 || len(c.Warnings) != 0 {
		t.Fatalf("documents = %d, warnings %q", len(c.Documents), c.Warnings)
	}
	for _, d := range c.Documents {
		assertTerminalSafe(t, d)
		for _, p := range d.Passages {
			if seedJunk.MatchString(p.Text) {
				t.Errorf("%s: passage %s is page furniture: %q", filepath.Base(d.Path), p.ID, p.Text)
			}
			for _, abbr := range []string{"Mr.", "U.S.", "Sgt.", "Oct.", "Rep.", "Dr."} {
				if strings.HasSuffix(p.Text, " "+abbr) || p.Text == abbr {
					t.Errorf("%s: passage %s ends with %q: %q", filepath.Base(d.Path), p.ID, abbr, p.Text)
				}
			}
		}
		if d.Outlet == "" || strings.HasPrefix(d.Outlet, "Article ") || strings.Contains(d.Outlet, "Community") {
			t.Errorf("%s: outlet %q", filepath.Base(d.Path), d.Outlet)
		}
	}
	dnyuz := seedDoc(t, c, "004_")
	if dnyuz.PublishedDate() != "2025-11-14" || dnyuz.Outlet != "New York Times" || dnyuz.OutletSource != OutletFromSyndication {
		t.Errorf("DNYUZ copy: date %q outlet %q (%s)", dnyuz.PublishedDate(), dnyuz.Outlet, dnyuz.OutletSource)
	}
	// The title is the headline line the page repeats above the date line,
	// not the aggregator's name: find it in the file rather than copy it.
	raw, _ := os.ReadFile(filepath.Join(seedsDir, filepath.Base(dnyuz.Path)))
	lines := strings.Split(string(raw), "\n")
	var headline string
	for i, l := range lines {
		if isDateLine(l) {
			for j := i - 1; j >= 0; j-- {
				if wordCount(lines[j]) >= 5 {
					headline = strings.TrimSpace(lines[j])
					break
				}
			}
			break
		}
	}
	if headline == "" || dnyuz.Title != headline || strings.Count(string(raw), headline) < 2 {
		t.Errorf("DNYUZ copy: title %q, want the repeated headline %q", dnyuz.Title, headline)
	}
	toi := seedDoc(t, c, "001_")
	if toi.Outlet != "The Times of Israel" {
		t.Errorf("001 outlet = %q, want the name its appeals repeat", toi.Outlet)
	}
	if len(toi.Captions) != 2 {
		t.Errorf("001 captions = %d, want 2", len(toi.Captions))
	}
}

// TestSeedsKeepEveryReportedSentence checks that every sentence of the
// seed files' paragraphs is a passage unless its paragraph was removed
// with a reason: nothing is lost on the way. (Which paragraphs are
// removed was checked by reading the files against the output; the test
// keeps it from changing silently.)
func TestSeedsKeepEveryReportedSentence(t *testing.T) {
	c := loadSeeds(t)
	for _, d := range c.Documents {
		raw, err := os.ReadFile(filepath.Join(seedsDir, filepath.Base(d.Path)))
		if err != nil {
			t.Fatal(err)
		}
		kept := map[string]bool{}
		for _, p := range d.Passages {
			kept[p.Text] = true
		}
		removed := map[string]string{}
		for _, r := range d.Removed {
			removed[r.Text] = r.Reason
		}
		text, _ := decodeText(raw)
		for _, line := range splitParagraphs(text) {
			if removed[line] != "" {
				continue
			}
			for _, s := range SplitSentences(line) {
				if !kept[s] {
					t.Errorf("%s: sentence neither kept nor removed: %q", filepath.Base(d.Path), s)
				}
			}
		}
		// Paragraph counts as checked by reading each file against the
		// output: every paragraph of reporting is there.
		want := map[string]int{"000_": 17, "001_": 15, "002_": 7, "003_": 9, "004_": 13}[filepath.Base(d.Path)[:4]]
		if n := d.Passages[len(d.Passages)-1].Paragraph; n != want {
			t.Errorf("%s: %d paragraphs of reporting, want %d", filepath.Base(d.Path), n, want)
		}
		// What was removed from the body of the article must be removed
		// for a reason that is not about the text being reporting.
		for _, r := range d.Removed {
			if r.Reason == ReasonSubheading && wordCount(r.Text) > 12 {
				t.Errorf("%s: long line removed as a subheading: %q", filepath.Base(d.Path), r.Text)
			}
		}
	}
}

func seedDoc(t *testing.T, c *Corpus, prefix string) Document {
	t.Helper()
	for _, d := range c.Documents {
		if strings.HasPrefix(filepath.Base(d.Path), prefix) {
			return d
		}
	}
	t.Fatalf("no seed %s*", prefix)
	return Document{}
}
