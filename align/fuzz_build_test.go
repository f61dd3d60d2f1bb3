package align_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// FuzzBuild aligns documents made from the input: its lines are
// sentences, "|" moves to the next document (at most six), and each line
// is also told by a second outlet with its numbers changed, so that
// claims of several outlets and conflicts arise. Whatever the text,
// Build must not panic and the story must keep what every consumer
// relies on: every passage is in a claim, a claim's members are sorted
// and from its documents, and every value is the text of its passage at
// its offset.
//
//	go test ./align -run '^$' -fuzz FuzzBuild -fuzztime 1m
func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		"The ship struck the bridge on October 9, injuring 12 people.\nRepairs will cost €4 million.|A ship hit the bridge on Oct. 8 and hurt 14.",
		"“We will sail when we are paid fairly,” said Ana Reyes.|“We will sail again when paid fairly,” Reyes said.",
		"Whitkoff met al-Hayya in Doha at 1:53 p.m.|Witkoff met al-Hayya in Qatar at 13:53.",
		"", "|||||||", "a\nb\nc", strings.Repeat("x ", 500), "10km (6 miles) at 3 a.m. EST on Tuesday, 2026-10-09",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 4096 {
			return
		}
		var docs []corpus.Document
		for i, part := range strings.SplitN(in, "|", 6) {
			var lines []string
			for _, l := range strings.Split(part, "\n") {
				if l = corpus.SanitizeLine(l); l != "" {
					lines = append(lines, l)
				}
			}
			if len(lines) == 0 {
				continue
			}
			docs = append(docs, fuzzDoc(len(docs), fmt.Sprintf("Outlet %d", i), lines))
			docs = append(docs, fuzzDoc(len(docs), fmt.Sprintf("Echo %d", i), changeNumbers(lines)))
		}
		s, err := align.Build(context.Background(), docs, align.Options{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[align.Ref]bool{}
		for _, c := range s.Claims {
			for j, m := range c.Members {
				if m.Doc < 0 || m.Doc >= len(s.Documents) || m.Passage < 0 || m.Passage >= len(s.Documents[m.Doc].Passages) {
					t.Fatalf("%s: member %v out of range", c.ID, m)
				}
				if j > 0 && cmpRef(c.Members[j-1], m) >= 0 {
					t.Errorf("%s: members %v not sorted", c.ID, c.Members)
				}
				seen[m] = true
			}
			for _, d := range c.Differences {
				checkValues(t, s, d.Values)
			}
		}
		for _, d := range s.InArticle {
			checkValues(t, s, d.Values)
		}
		for d, doc := range s.Documents {
			for p := range doc.Passages {
				if !seen[align.Ref{Doc: d, Passage: p}] {
					t.Errorf("%s is in no claim", doc.Passages[p].ID)
				}
			}
		}
	})
}

func fuzzDoc(n int, outlet string, lines []string) corpus.Document {
	d := corpus.Document{ID: fmt.Sprintf("d%d", n+1), Path: outlet + ".txt", Outlet: outlet, Title: lines[0]}
	for i, l := range lines {
		d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", d.ID, i+1), Paragraph: i + 1, Text: l})
	}
	return d
}

// changeNumbers retells lines with every digit moved on by one.
func changeNumbers(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '0' + (r-'0'+1)%10
			}
			return r
		}, l)
	}
	return out
}

func checkValues(t *testing.T, s *align.Story, vs []align.Value) {
	t.Helper()
	for _, v := range vs {
		src := s.Source(v.Ref)
		if v.Offset < 0 || v.Offset+len(v.Text) > len(src) || src[v.Offset:v.Offset+len(v.Text)] != v.Text {
			t.Errorf("value %q at %d is not in %q", v.Text, v.Offset, src)
		}
	}
}
