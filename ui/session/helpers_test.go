package session

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck/align"
	"crosscheck/corpus"
)

// m is one member of a hand-built claim: a passage of document doc.
type m struct {
	doc  int
	text string
}

// mkStory builds a story by hand: outlets name the documents, and each
// claim lists its members. Passages are numbered in the order they first
// appear; keys are content hashes as align makes them, so that a claim
// that gains a member gets a new key.
func mkStory(outlets []string, claims ...[]m) *align.Story {
	s := &align.Story{Title: "A hand-built story"}
	for i, o := range outlets {
		s.Documents = append(s.Documents, corpus.Document{ID: fmt.Sprintf("d%d", i+1), Outlet: o, Path: o + ".txt"})
	}
	for ci, members := range claims {
		c := align.Claim{ID: fmt.Sprintf("c%d", ci+1), Score: 0.5}
		var texts []string
		for _, mem := range members {
			d := &s.Documents[mem.doc]
			p := len(d.Passages)
			d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", d.ID, p+1), Paragraph: p + 1, Text: mem.text})
			c.Members = append(c.Members, align.Ref{Doc: mem.doc, Passage: p})
			texts = append(texts, strings.ToLower(mem.text))
		}
		slices.Sort(texts)
		sum := sha256.Sum256([]byte(strings.Join(texts, "\x00")))
		c.Key = hex.EncodeToString(sum[:8])
		s.Claims = append(s.Claims, c)
	}
	return s
}

// The passages of the hand-built stories: an invented ferry strike.
const (
	strikeA = "Ferry crews walked out at dawn on March 3, halting all crossings."
	strikeB = "Crews on the island ferries began a strike on the morning of March 4."
	strikeC = "The ferry strike started early on March 3 and stopped every crossing."
	talksA  = "Union leaders said talks with the operator had collapsed after nine hours."
	talksB  = "Negotiations broke down after eight hours, the union said."
	payA    = "The operator offered a raise of 4 percent."
	quoteA  = "“We will sail when we are paid fairly,” said the union chair."
	quoteB  = "“We will sail again when we are paid fairly,” the chair said."
)

var outlets3 = []string{"Harbour Gazette", "Island Times", "Coast Radio"}
var outlets4 = []string{"Harbour Gazette", "Island Times", "Coast Radio", "Ferry Watch"}

// storyV1 is the first run: three outlets.
func storyV1() *align.Story {
	return mkStory(outlets3,
		[]m{{0, strikeA}, {1, strikeB}},
		[]m{{0, talksA}, {2, talksB}},
		[]m{{1, payA}},
		[]m{{0, quoteA}, {1, quoteB}},
	)
}

// storyV2 is a re-run after a fourth article was added: the strike claim
// gains a member (new key), the order changes, and the pay passage was
// edited away, so its claim is gone.
func storyV2() *align.Story {
	return mkStory(outlets4,
		[]m{{3, "A fourth outlet's sentence of its own."}},
		[]m{{0, quoteA}, {1, quoteB}},
		[]m{{0, strikeA}, {1, strikeB}, {3, strikeC}},
		[]m{{0, talksA}, {2, talksB}},
		[]m{{1, "The operator offered a raise of 5 percent."}},
	)
}

// clock returns a fake clock starting at a fixed time and ticking one
// minute per call.
func clock() func() time.Time {
	t := time.Date(2026, 3, 5, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Minute)
		return t
	}
}

// tempPath returns a session path in a fresh folder.
func tempPath(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "story.json")
}

// mustOpen opens path, attaches story and sets a fake clock.
func mustOpen(t *testing.T, path string, story *align.Story) *Session {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.now = clock()
	s.Attach(story)
	return s
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
