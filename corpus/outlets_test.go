package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const outletTestArticle = "The bridge was closed on Thursday after a cargo ship struck it. Repairs start soon.\n"

// Outlets named by the user: an outlets file beside the articles (by file
// name or path below its folder), --outlet over it, and both over what
// the articles say. The outlets file is not read as an article.
func TestOutletsFileAndFlag(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "000_b8657bbdad9a1a27.txt", outletTestArticle)
	write(t, dir, "bbc.txt", "The port said the bridge would stay shut for four months.\n")
	write(t, dir, "sub/c.md", "---\noutlet: Metadata Name\n---\n\nThe city said repairs would cost millions of euros.\n")
	write(t, dir, "d.txt", "Engineers inspected the deck on Friday morning.\n")
	write(t, dir, "outlets.toml", "\"000_b8657bbdad9a1a27.txt\" = \"Harbour Gazette\"\n\"sub/c.md\" = \"Courier \\u001b[31mRed\"\n")
	c, err := Load([]string{dir}, Options{Outlets: map[string]string{"d.txt": "Flag Name"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range c.Documents {
		got[filepath.Base(d.Path)] = d.Outlet + " / " + d.OutletSource
	}
	for file, want := range map[string]string{
		"000_b8657bbdad9a1a27.txt": "Harbour Gazette / " + OutletFromUser,
		"c.md":                     "Courier Red / " + OutletFromUser,
		"d.txt":                    "Flag Name / " + OutletFromUser,
		"bbc.txt":                  "BBC / " + OutletFromFileName,
	} {
		if got[file] != want {
			t.Errorf("%s: outlet %q, want %q", file, got[file], want)
		}
	}
	if w := strings.Join(c.Warnings, "\n"); strings.Contains(w, "outlets.toml") {
		t.Errorf("the outlets file was read as an article: %s", w)
	}
}

func TestOutletsYAMLAndBadFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", outletTestArticle)
	write(t, dir, "outlets.yaml", "a.txt: >-\n  The Harbour\n  Gazette\n")
	c, err := Load([]string{filepath.Join(dir, "a.txt")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := c.Documents[0]; d.Outlet != "The Harbour Gazette" {
		t.Errorf("outlet %q", d.Outlet)
	}
	bad := t.TempDir()
	write(t, bad, "a.txt", outletTestArticle)
	write(t, bad, "outlets.toml", "a.txt = [1, 2]\n")
	c, _ = Load([]string{bad}, Options{})
	if w := strings.Join(c.Warnings, "\n"); !strings.Contains(w, filepath.Join(bad, "outlets.toml")+": not used: the value of") {
		t.Errorf("warnings %q", c.Warnings)
	}
}

func TestParseOutletFlag(t *testing.T) {
	k, n, err := ParseOutletFlag("https://x.example/a?b=c=The  Paper")
	if err != nil || k != "https://x.example/a?b=c" || n != "The Paper" {
		t.Errorf("got %q %q %v", k, n, err)
	}
	for _, bad := range []string{"x.txt", "=Name", "x.txt="} {
		if _, _, err := ParseOutletFlag(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
