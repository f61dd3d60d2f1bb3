package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

func renderMarkdown(t *testing.T, in Input) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, in, Markdown); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// section returns the part of memo under the heading line head, up to
// the next heading of the same or a higher level.
func section(memo, head string) string {
	i := strings.Index(memo, "\n"+head+"\n")
	if i < 0 {
		return ""
	}
	rest := memo[i+len(head)+2:]
	level := strings.Index(head, " ")
	if j := regexp.MustCompile(`(?m)^#{1,` + string(rune('0'+level)) + `} `).FindStringIndex(rest); j != nil {
		rest = rest[:j[0]]
	}
	return rest
}

func TestMarkdownMemo(t *testing.T) {
	in := handInput(t)
	memo := renderMarkdown(t, in)

	if !strings.HasPrefix(memo, "# Fact-check memo: Ferry crews strike on Islay\n") {
		t.Errorf("memo starts %q", memo[:60])
	}
	if !strings.Contains(memo, "3 marked (1 verified, 1 disputed, 1 with a note only), 1 orphaned") {
		t.Error("the memo does not sum up the marks")
	}
	// The outlets with their dates; a table row never breaks on an
	// outlet's pipe.
	outlets := section(memo, "## Outlets")
	for _, row := range []string{"| d1 | Harbour Gazette | 2026-03-04 | gazette.md |",
		"| d2 | Island Times | undated | [https://times.example.org/strike](https://times.example.org/strike) |",
		"| radio.txt |"} {
		if !strings.Contains(outlets, row) {
			t.Errorf("outlets lack %q:\n%s", row, outlets)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(outlets), "\n") {
		if n := len(regexp.MustCompile(`(^|[^\\])\|`).FindAllString(line, -1)); n != 5 {
			t.Errorf("table row with %d cell borders: %q", n, line)
		}
	}

	// When and by what the memo was made; the disputed facts first, one
	// line each, with their settlements.
	if !strings.Contains(memo, "Made 2026-03-07 08:00 UTC by crosscheck v1.2.3 (rev 0123abc).") {
		t.Error("the memo does not say when and by what it was made")
	}
	if strings.Index(memo, "## Disputed facts") > strings.Index(memo, "## Outlets") {
		t.Error("the disputed facts do not open the memo")
	}
	disputes := section(memo, "## Disputed facts")
	for _, want := range []string{
		"- ⚠ date: March 3 (Harbour Gazette, Coast \\& \\<b\\>Radio\\</b\\> \\| \\*Live\\*) · March 4 (Island Times) — c1\n",
		"- ⚠ money: €2.5 million (Harbour Gazette) · €3 million (Coast \\& \\<b\\>Radio\\</b\\> \\| \\*Live\\*) — c5\n" +
			"  - **Settled:** verified: €2.5 million · checked in: the operator's statement \\<b\\>of 6 March\\</b\\> (2026-03-06 14:30 UTC)\n",
		"- ⚠ date, Harbour Gazette headline against body: March 2 (headline) · March 3 (body) — d1\n  - **Settled:** unresolved",
	} {
		if !strings.Contains(disputes, want) {
			t.Errorf("the disputed facts lack %q:\n%s", want, disputes)
		}
	}
	if !strings.Contains(section(memo, "## Orphaned settlements"), "Formerly c8: hours of talks") {
		t.Error("the orphaned settlement is not listed")
	}

	// Claims with a disputed fact or a mark: c1, c2 (note), c3
	// (verified), c5 (conflict); not c4 (neither).
	for _, head := range []string{"### c1 — 1 disputed fact — disputed", "### c2 — noted", "### c3 — verified", "### c5 — 1 disputed fact"} {
		if section(memo, head) == "" {
			t.Errorf("memo lacks %q", head)
		}
	}
	if strings.Contains(memo, "### c4") {
		t.Error("memo lists c4, which has neither a disputed fact nor a mark")
	}
	c1 := section(memo, "### c1 — 1 disputed fact — disputed")
	for _, want := range []string{
		"Reported by 3 of 3 outlets (alignment 0.61).",
		"- **Harbour Gazette:** Ferry crews walked out at dawn on **March 3** in **Port Ellen**, halting all crossings.",
		"- **Island Times:** Crews on the island ferries began a strike at dawn on **March 4** on **Islay**, halting all crossings.",
		"- **Coast \\& \\<b\\>Radio\\</b\\> \\| \\*Live\\*:** Ferry crews walked out on **March 3**, union leader Ewan MacLeod said.",
		"- ⚠ date: March 3 (Harbour Gazette, Coast \\& \\<b\\>Radio\\</b\\> \\| \\*Live\\*) · March 4 (Island Times)\n",
		"- _Also: ◇ place: Port Ellen · Islay_",
		"**Verdict: disputed** (2026-03-06 14:30 UTC)",
		"> Two dates for the walkout.\n> \\- check the harbour log \\<today\\>\n",
	} {
		if !strings.Contains(c1, want) {
			t.Errorf("c1 lacks %q:\n%s", want, c1)
		}
	}
	orphans := section(memo, "## Orphaned marks")
	if !strings.Contains(orphans, "### Formerly c9 — unsure") || !strings.Contains(orphans, "A sentence that was later edited out.") ||
		!strings.Contains(orphans, "> Was this in the first version?") {
		t.Errorf("orphans:\n%s", orphans)
	}

	in.Only = Conflicts
	memo = renderMarkdown(t, in)
	if !strings.Contains(memo, "## Claims with conflicts") || strings.Count(memo, "\n### ") != 2 || strings.Contains(memo, "Orphaned") {
		t.Errorf("--only conflicts:\n%s", memo)
	}
	in.Only = Disputes
	memo = renderMarkdown(t, in)
	if !strings.Contains(memo, "## Claims of the disputed facts") || strings.Count(memo, "\n### ") != 2 || strings.Contains(memo, "Orphaned marks") {
		t.Errorf("--only conflicts:\n%s", memo)
	}
	in.Only = Marked
	memo = renderMarkdown(t, in)
	if strings.Count(memo, "\n### c") != 3 || strings.Contains(memo, "### c5") {
		t.Errorf("--only marked:\n%s", memo)
	}
	in = Input{Story: handStory(t), Only: Marked}
	if memo = renderMarkdown(t, in); !strings.Contains(memo, "## Marked claims\n\nNone.") {
		t.Errorf("no marks:\n%s", memo)
	}
}

func TestMarkdownEscape(t *testing.T) {
	tests := []struct{ in, line, start string }{
		{"plain words, 3.5 percent.", "plain words, 3.5 percent.", "plain words, 3.5 percent."},
		{"*bold* _it_ `code` [a](b) <b> x|y #1 ~s~ &amp;", `\*bold\* \_it\_ \` + "`code\\`" + ` \[a\](b) \<b\> x\|y \#1 \~s\~ \&amp;`, ""},
		{"- item", "- item", `\- item`},
		{"12. item", "12. item", `12\. item`},
		{"  + item", "  + item", `  \+ item`},
		{`back\slash`, `back\\slash`, `back\\slash`},
		{"two\nlines", "two lines", "two lines"},
	}
	for _, tt := range tests {
		if got := mdEscape(tt.in); got != tt.line {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.line)
		}
		start := tt.start
		if start == "" {
			start = tt.line
		}
		if got := mdLine(tt.in); got != start {
			t.Errorf("mdLine(%q) = %q, want %q", tt.in, got, start)
		}
	}
}
