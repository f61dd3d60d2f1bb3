package corpus

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// articleText is a small article of n sentences, different for each i.
func articleText(i, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Harbour Story Number %d Today\n\n", i)
	for k := 0; k < n; k++ {
		fmt.Fprintf(&b, "Inspectors counted %d cracks in span %d of bridge %d on Monday.\n\n", k+1, k+2, i)
	}
	return b.String()
}

func TestDocumentLimit(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 5; i++ {
		write(t, dir, fmt.Sprintf("a%d.txt", i), articleText(i, 2))
	}
	var feed strings.Builder
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&feed, `{"outlet": "Feed %d", "text": "The bridge %d reopened on Monday after repairs."}`+"\n", i, i)
	}
	write(t, dir, "b.jsonl", feed.String())
	c, err := Load([]string{dir}, Options{MaxDocuments: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 3 {
		t.Errorf("%d documents, want the limit of 3", len(c.Documents))
	}
	want := filepath.Join(dir, "a3.txt") + " and 2 more: skipped: crosscheck reads at most 3 articles (the corpus limit)"
	if len(c.Warnings) != 1 || c.Warnings[0] != want {
		t.Errorf("warnings %q, want [%q]", c.Warnings, want)
	}
}

func TestFeedEntriesCountTowardsTheDocumentLimit(t *testing.T) {
	dir := t.TempDir()
	var feed strings.Builder
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&feed, `{"outlet": "Feed %d", "text": "The bridge %d reopened on Monday after repairs."}`+"\n", i, i)
	}
	write(t, dir, "feed.jsonl", feed.String())
	c, err := Load([]string{dir}, Options{MaxDocuments: 4})
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "feed.jsonl") + ":5 and 1 more: skipped: crosscheck reads at most 4 articles (the corpus limit)"
	if len(c.Documents) != 4 || len(c.Warnings) != 1 || c.Warnings[0] != want {
		t.Errorf("%d documents, warnings %q; want 4 and [%q]", len(c.Documents), c.Warnings, want)
	}
}

func TestByteLimit(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 3; i++ {
		write(t, dir, fmt.Sprintf("a%d.txt", i), articleText(i, 20))
	}
	one := int64(len(articleText(0, 20)))
	c, err := Load([]string{dir}, Options{MaxBytes: 2*one + 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 2 || len(c.Warnings) != 1 || !strings.HasPrefix(c.Warnings[0], filepath.Join(dir, "a2.txt")+": skipped: crosscheck reads at most") {
		t.Errorf("%d documents, warnings %q", len(c.Documents), c.Warnings)
	}
}

func TestPassageLimitCutsThenSkips(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 4; i++ {
		write(t, dir, fmt.Sprintf("a%d.txt", i), articleText(i, 10))
	}
	c, err := Load([]string{dir}, Options{MaxPassages: 25})
	if err != nil {
		t.Fatal(err)
	}
	// The sentences of the bodies count; a headline, a passage too, is
	// the title.
	var counts []int
	for _, d := range c.Documents {
		n := 0
		for _, p := range d.Passages {
			if !p.Headline {
				n++
			}
		}
		counts = append(counts, n)
	}
	if fmt.Sprint(counts) != "[10 10 5]" {
		t.Errorf("passages per document %v, want [10 10 5]", counts)
	}
	want := []string{
		filepath.Join(dir, "a2.txt") + ": only its first 5 sentences read: crosscheck reads at most 25 sentences (the corpus limit)",
		filepath.Join(dir, "a3.txt") + ": skipped: crosscheck reads at most 25 sentences (the corpus limit)",
	}
	if strings.Join(c.Warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(c.Warnings, "\n"), strings.Join(want, "\n"))
	}
	if len(c.Documents) == 3 && len(c.Documents[2].Warnings) != 1 {
		t.Errorf("the cut document's warnings %q", c.Documents[2].Warnings)
	}
}
