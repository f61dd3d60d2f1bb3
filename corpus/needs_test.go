package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestAuthorBioShapeIsNeeded checks that opensWithNameAndVerb, which
// spares most runs compiling the author's-bio pattern, holds for every
// line the pattern matches: on made-up bios and near misses, and on every
// line of the sample and, when they are present, the seeds and the dev
// set's stories. It must also reject most lines, or it spares nothing.
func TestAuthorBioShapeIsNeeded(t *testing.T) {
	var bio *lazyRegexp
	for _, r := range lineRules {
		if r.reason == ReasonAuthorBio && r.pattern.need != nil {
			bio = r.pattern
		}
	}
	if bio == nil {
		t.Fatal("no author's-bio rule with a shape test")
	}
	rx := regexp.MustCompile(bio.String())
	lines := []string{
		"Jane Smith is a reporter for the Harbour Gazette.",
		"Jane Q. Smith-Jones was the paper's Paris correspondent.",
		"Ana María O’Neill has been an editor at the desk since 2019.",
		"Łukasz Nowak covers the courts as a staff writer.",
		"Jean-Luc de Villiers is based in Brussels.", // "de" is not capitalised: no match
		"Jean-Luc Villiers Dupont Martin is a writer.",
		"Jean-Luc Villiers Dupont Martin Roux is a writer.", // five names: no match
		"Smith is a reporter.",                              // one name: no match
		"Jane  Smith is a reporter.",
		"JANE SMITH IS A REPORTER.",
		"Jane Smith\tis a reporter.",
		"É Smith is a writer.",
		"Jane Smith, 42, is a reporter.",
		"The storm was the worst in a decade, the editor said.",
	}
	for _, dir := range []string{"sample", "../../shared/seeds", "../../shared/devset/stories"} {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			b, err := os.ReadFile(path)
			if err == nil {
				lines = append(lines, strings.Split(string(b), "\n")...)
			}
			return nil
		})
	}
	matched, passed := 0, 0
	for _, line := range lines {
		need := opensWithNameAndVerb(line)
		if need {
			passed++
		}
		if rx.MatchString(line) {
			matched++
			if !need {
				t.Errorf("the pattern matches %q, which the shape test rejects", line)
			}
		}
		if bio.MatchString(line) != rx.MatchString(line) {
			t.Errorf("the rule and its pattern disagree on %q", line)
		}
	}
	t.Logf("%d lines, %d matched, %d passed the shape test", len(lines), matched, passed)
	if matched < 4 {
		t.Errorf("the pattern matched %d lines; the made-up bios alone should give 4", matched)
	}
	if passed*10 > len(lines) {
		t.Errorf("the shape test passed %d of %d lines; it should reject nearly all", passed, len(lines))
	}
}

// TestSyndicationNeedIsNeeded checks that mayNameSyndicator, which spares
// most runs compiling syndicationSource, holds for every line it matches,
// whatever the case of its letters (ſ and K fold to s and k).
func TestSyndicationNeedIsNeeded(t *testing.T) {
	rx := regexp.MustCompile(syndicationSource.String())
	lines := []string{
		"The post Storm hits coast appeared first on Harbour Gazette.",
		"THE POST STORM HITS COAST APPEARED FIRST ON HARBOUR GAZETTE",
		"the poſt Storm appeared firſt on Gazette",
		"The Post Storm Appeared First On Gazette.",
		"The post appeared first on Gazette.", // nothing between: no match
		"It appeared first on the wire.",
		"The post appeared on Gazette.",
	}
	matched := 0
	for _, line := range lines {
		m := rx.FindStringSubmatch(line)
		if m != nil {
			matched++
			if !mayNameSyndicator(line) {
				t.Errorf("syndicationSource matches %q, which mayNameSyndicator rejects", line)
			}
		}
		if got := syndicationSource.FindStringSubmatch(line); !slices.Equal(got, m) {
			t.Errorf("the lazy pattern gives %q on %q, the pattern %q", got, line, m)
		}
	}
	if matched != 4 {
		t.Errorf("%d lines matched, want 4", matched)
	}
}
