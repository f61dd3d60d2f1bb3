package corpus

import (
	"strings"
	"testing"
)

func TestCapDepth(t *testing.T) {
	tests := []struct {
		name, in, want string
		max, dropped   int
	}{
		{"shallow page unchanged", "<div><p>a</p><div>b</div></div>", "<div><p>a</p><div>b</div></div>", 3, 0},
		{"deep divs flattened, text kept, blocks still end paragraphs", "<div><div><div><div>x</div></div></div></div>", "<div><div><p>x<p></div></div>", 2, 4},
		{"deep inline tags flattened", "<b><i><u><s>x</s></u></i></b>", "<b><i>x</i></b>", 2, 4},
		{"void and self-closing tags do not nest", "<div><br><img src=a><hr/><span>x</span></div>", "<div><br><img src=a><hr/><span>x</span></div>", 2, 0},
		{"unclosed paragraphs are siblings", "<div><p>a<p>b<p>c<p>d</div>", "<div><p>a<p>b<p>c<p>d</div>", 2, 0},
		{"list items and cells close their siblings", "<ul><li>a<li>b<li>c</ul><table><tr><td>1<td>2<tr><td>3</table>", "<ul><li>a<li>b<li>c</ul><table><tr><td>1<td>2<tr><td>3</table>", 3, 0},
		{"a script is never dropped", "<div><div><script>var x = '<div>';</script></div></div>", "<div><p><script>var x = '<div>';</script><p></div>", 1, 2},
		{"stray end tags kept", "</div></span><div>x</div>", "</div></span><div>x</div>", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := capDepth(tt.in, tt.max)
			if got != tt.want || n != tt.dropped {
				t.Errorf("capDepth(%q, %d) = %q, %d; want %q, %d", tt.in, tt.max, got, n, tt.want, tt.dropped)
			}
		})
	}
}

func TestDeeplyNestedPageIsReadFlattened(t *testing.T) {
	const n = 20000
	page := "<html><head><title>Deep page</title></head><body><article>" + strings.Repeat("<div>", n) +
		"<p>The harbour bridge reopened on Monday after three weeks of repairs, officials said.</p><p>Trains will run again from Tuesday.</p>" +
		strings.Repeat("</div>", n) + "</article></body></html>"
	dir := t.TempDir()
	write(t, dir, "deep.html", page)
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 1 {
		t.Fatalf("documents = %d, warnings %q", len(c.Documents), c.Warnings)
	}
	if got, want := passageTexts(c.Documents[0]), "The harbour bridge reopened on Monday after three weeks of repairs, officials said.\nTrains will run again from Tuesday.\n"; got != want {
		t.Errorf("passages = %q, want %q", got, want)
	}
	if len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], "deep.html: elements nested more than 256 deep") {
		t.Errorf("warnings = %q, want one naming the file and the depth limit", c.Warnings)
	}
}
