package report

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The HTML page checked strictly, and read back with x/net/html for the
// tests to find its parts.

func renderHTML(t *testing.T, in Input) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, in, HTML); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// voidElements are the HTML elements that have no end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// checkHTML checks page strictly: a doctype, every element closed in
// order, one html/head/title/body, a UTF-8 charset, unique ids, in-page
// links that resolve, and nothing that runs or loads: no scripts, event
// handlers, frames, images, links to style sheets, src attributes, or
// url() and @import in the style sheet.
func checkHTML(t *testing.T, page string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	var stack []string
	counts := map[string]int{}
	ids := map[string]bool{}
	var anchors []string
	sawDoctype, charset := false, false
	inStyle := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				t.Fatalf("tokenizer: %v", z.Err())
			}
			break
		}
		tok := z.Token()
		switch tt {
		case html.DoctypeToken:
			sawDoctype = strings.EqualFold(tok.Data, "html") && len(stack) == 0
		case html.StartTagToken, html.SelfClosingTagToken:
			if !sawDoctype {
				t.Fatalf("element <%s> before the doctype", tok.Data)
			}
			counts[tok.Data]++
			switch tok.Data {
			case "script", "iframe", "object", "embed", "img", "link", "base", "frame", "video", "audio", "source":
				t.Errorf("<%s> in a self-contained report", tok.Data)
			}
			for _, a := range tok.Attr {
				switch {
				case strings.HasPrefix(a.Key, "on"), a.Key == "src", a.Key == "srcset", a.Key == "style":
					t.Errorf("<%s %s=%q>", tok.Data, a.Key, a.Val)
				case a.Key == "id":
					if ids[a.Val] {
						t.Errorf("id %q used twice", a.Val)
					}
					ids[a.Val] = true
				case a.Key == "href" && strings.HasPrefix(a.Val, "#"):
					anchors = append(anchors, a.Val[1:])
				case a.Key == "href" && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://"):
					t.Errorf("link to %q", a.Val)
				case a.Key == "charset":
					charset = strings.EqualFold(a.Val, "utf-8")
				}
			}
			if tt == html.SelfClosingTagToken && !voidElements[tok.Data] {
				t.Errorf("<%s/> is not a void element", tok.Data)
			}
			if !voidElements[tok.Data] {
				stack = append(stack, tok.Data)
			}
			inStyle = tok.Data == "style"
		case html.EndTagToken:
			if len(stack) == 0 || stack[len(stack)-1] != tok.Data {
				t.Fatalf("</%s> closes %v", tok.Data, stack)
			}
			stack = stack[:len(stack)-1]
			inStyle = false
		case html.TextToken:
			if inStyle && (strings.Contains(tok.Data, "url(") || strings.Contains(tok.Data, "@import")) {
				t.Error("the style sheet loads something")
			}
		}
	}
	if len(stack) > 0 {
		t.Errorf("unclosed elements %v", stack)
	}
	for _, el := range []string{"html", "head", "title", "body", "style"} {
		if counts[el] != 1 {
			t.Errorf("%d <%s> elements, want 1", counts[el], el)
		}
	}
	if !charset {
		t.Error("no <meta charset=utf-8>")
	}
	for _, a := range anchors {
		if !ids[a] {
			t.Errorf("link to #%s, which is not in the page", a)
		}
	}
}

// parse returns page's document tree.
func parse(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// findAll returns the elements under n (n included) that satisfy ok.
func findAll(n *html.Node, ok func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	if n.Type == html.ElementNode && ok(n) {
		out = append(out, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, findAll(c, ok)...)
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), class)
}

func tag(name string, classes ...string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		if n.Data != name {
			return false
		}
		for _, c := range classes {
			if !hasClass(n, c) {
				return false
			}
		}
		return true
	}
}

// textOf returns the text under n.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// claimsOf returns the page's claim articles by id.
func claimsOf(doc *html.Node) map[string]*html.Node {
	out := map[string]*html.Node{}
	for _, a := range findAll(doc, tag("article", "claim")) {
		out[attr(a, "id")] = a
	}
	return out
}
