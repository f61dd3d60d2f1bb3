package gfm

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// markdownCases are the constructs the copied parsers read, each beside
// the CommonMark they must not disturb.
var markdownCases = []string{
	"| Port | Injured |\n| :--- | ---: |\n| Rotterdam | 12 |\n| Antwerp \\| Gent | `a|b` |\n",
	"| a | b |\n|:-:|---|\n| 1 |\n| 1 | 2 | 3 |\n\ntext after\n",
	"not a table\n| a |\n|---x|\n",
	"Header | Other\n--- | ---\ncell | cell\n> quoted | row\n",
	"A ship struck the bridge[^1], police said.[^note] Again[^1].\n\n[^1]: The police statement.\n[^note]: A second note\n    with a lazy line.\n\n    And a paragraph.\n[^unused]: Never cited.\n",
	"![^1] an image-like marker, [^missing] and [^] and [^ ]: nothing.\n\n[^ ]: blank label\n",
	"~~struck~~ and ~single~ and ~~~three~~~ and **bold ~~in~~ it**, *em ~~x~~*.\n",
	"# Heading [^h]\n\n- item ~~one~~\n- item | two\n\n```\n| code | block |\n|---|---|\n```\n\n[^h]: heading note\n",
	"<!-- comment -->\n<div>raw | html</div>\n\n1. a[^x]\n2. b\n\n[^x]: x\n[link](http://e.example) <http://auto.example> www.not-linkified.example\n",
	"",
}

// TestParsesAsGoldmarksExtensionsDo reads every case, and every Markdown
// file of crosscheck's samples and test data, with NewParser and with
// goldmark's own extensions, and requires the same tree, node for node.
func TestParsesAsGoldmarksExtensionsDo(t *testing.T) {
	want := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Footnote)).Parser()
	got := NewParser()
	inputs := map[string]string{}
	for i, c := range markdownCases {
		inputs[fmt.Sprintf("case %d", i)] = c
	}
	files, _ := filepath.Glob("../../sample/*.md")
	more, _ := filepath.Glob("../../testdata/formats/*.md")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[f] = string(b)
	}
	if len(inputs) < len(markdownCases)+2 {
		t.Fatalf("found %d inputs: the sample's Markdown files are missing", len(inputs))
	}
	for name, in := range inputs {
		src := []byte(in)
		w := dump(want.Parse(text.NewReader(src)), src)
		g := dump(got.Parse(text.NewReader(src)), src)
		if w != g {
			t.Errorf("%s: the trees differ\ngoldmark:\n%s\ngfm:\n%s", name, w, g)
		}
	}
}

// dump writes a tree: each node's type, its own fields (not the links to
// other nodes), its lines or text, and its attributes, indented by depth.
func dump(doc ast.Node, src []byte) string {
	var b strings.Builder
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		fmt.Fprintf(&b, "%s%T", strings.Repeat("  ", depth), n)
		v := reflect.ValueOf(n).Elem()
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if f.Anonymous || !f.IsExported() {
				continue
			}
			fmt.Fprintf(&b, " %s=%v", f.Name, v.Field(i).Interface())
		}
		if n.Type() == ast.TypeBlock {
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				fmt.Fprintf(&b, " line%q", seg.Value(src))
			}
		}
		if t, ok := n.(*ast.Text); ok {
			fmt.Fprintf(&b, " text%q soft=%v hard=%v raw=%v", t.Segment.Value(src), t.SoftLineBreak(), t.HardLineBreak(), t.IsRaw())
		}
		for _, a := range n.Attributes() {
			fmt.Fprintf(&b, " @%s=%v", a.Name, a.Value)
		}
		b.WriteByte('\n')
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	return b.String()
}
