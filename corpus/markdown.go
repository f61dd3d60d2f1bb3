package corpus

import (
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"crosscheck/corpus/internal/gfm"
)

// markdownParser is a CommonMark parser with the GitHub table,
// strikethrough and footnote extensions (see package gfm), built on first
// use.
var markdownParser = sync.OnceValue(gfm.NewParser)

// markdownParas turns a Markdown body into paragraphs of plain text,
// reading its structure with a CommonMark parser rather than guessing it
// line by line: every heading, paragraph, list item and quoted paragraph
// is a paragraph (a paragraph's lines laid out as in plain text, see
// splitParagraphs); inline markup, link targets, footnote markers and
// HTML tags go, their words stay. A paragraph holding only an image
// becomes a caption (its title, or else its description). Each table row
// is a paragraph of its own, its cells named by the header ("Port:
// Rotterdam; Injured: 12."). Footnotes are kept apart, as removed lines;
// HTML comments, which no reader sees, are dropped.
func markdownParas(body string) []para {
	src := []byte(body)
	doc := markdownParser().Parse(text.NewReader(src))
	var out []para
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if t := collapseSpace(inlineText(n, src)); t != "" {
				out = append(out, para{text: t})
			}
		case *ast.Paragraph, *ast.TextBlock:
			if img := loneImage(n); img != nil {
				if c := imageCaption(img, src); c != "" {
					out = append(out, para{text: c, caption: true, altText: len(img.Title) == 0})
				}
				break
			}
			out = append(out, textParas(splitParagraphs(inlineText(n, src)))...)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			out = append(out, textParas(splitParagraphs(blockLines(n, src)))...)
		case *ast.HTMLBlock:
			if n.HTMLBlockType == ast.HTMLBlockType2 {
				break // a comment
			}
			out = append(out, htmlBlockParas(blockLines(n, src)+closureLine(n, src))...)
		case *east.Table:
			out = append(out, tableParas(n, src)...)
		case *east.Footnote:
			var parts []string
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				parts = append(parts, collapseSpace(inlineText(c, src)))
			}
			if t := strings.TrimSpace(strings.Join(parts, " ")); t != "" {
				out = append(out, para{text: t, footnote: true})
			}
		default:
			return ast.WalkContinue, nil
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// inlineText returns the words of n's inline content: emphasis, code and
// link text kept, images, footnote markers and raw HTML left out, and
// line breaks as "\n".
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(util.UnescapePunctuations(c.Segment.Value(src)))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte('\n')
				}
			case *ast.CodeSpan:
				// Backslashes in code are as written.
				for t := c.FirstChild(); t != nil; t = t.NextSibling() {
					if t, ok := t.(*ast.Text); ok {
						b.Write(t.Segment.Value(src))
					}
				}
			case *ast.String:
				b.Write(c.Value)
			case *ast.AutoLink:
				b.Write(c.Label(src))
			case *ast.Image, *ast.RawHTML, *east.FootnoteLink, *east.FootnoteBacklink:
			case *ast.Paragraph, *ast.TextBlock:
				if b.Len() > 0 {
					b.WriteByte('\n')
				}
				walk(c)
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return html.UnescapeString(b.String())
}

// loneImage returns the image a paragraph holds and nothing else but
// spaces, or nil.
func loneImage(n ast.Node) *ast.Image {
	var img *ast.Image
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			if img != nil {
				return nil
			}
			img = c
		case *ast.Link:
			// A linked image: [![alt](src)](href).
			if i, ok := c.FirstChild().(*ast.Image); ok && c.ChildCount() == 1 && img == nil {
				img = i
				continue
			}
			return nil
		default:
			return nil
		}
	}
	return img
}

// imageCaption returns the caption of a lone image: its title when it has
// one, else its description (alt text).
func imageCaption(img *ast.Image, src []byte) string {
	if t := collapseSpace(html.UnescapeString(string(img.Title))); t != "" {
		return t
	}
	return collapseSpace(inlineText(img, src))
}

// tableParas turns a table into one paragraph per body row, each cell
// named by its column's header when there is one, ended with a full stop
// so that it reads as the statement it is.
func tableParas(t *east.Table, src []byte) []para {
	var header []string
	var out []para
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, collapseSpace(inlineText(c, src)))
		}
		if _, ok := r.(*east.TableHeader); ok {
			header = cells
			continue
		}
		var parts []string
		for i, c := range cells {
			if c == "" {
				continue
			}
			if i < len(header) && header[i] != "" {
				c = header[i] + ": " + c
			}
			parts = append(parts, c)
		}
		if len(parts) == 0 {
			continue
		}
		row := strings.Join(parts, "; ")
		if !endsSentence(row) {
			row += "."
		}
		out = append(out, para{text: row, tableRow: true})
	}
	return out
}

// blockLines returns the lines of a block node as written.
func blockLines(n ast.Node, src []byte) string {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(src))
	}
	return b.String()
}

// closureLine returns the closing line of an HTML block, when it has one.
func closureLine(n *ast.HTMLBlock, src []byte) string {
	if !n.HasClosure() {
		return ""
	}
	return string(n.ClosureLine.Value(src))
}

// htmlBlockParas reads the paragraphs of a block of HTML written in a
// Markdown file, as a saved page's are read.
func htmlBlockParas(s string) []para {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return nil
	}
	var out []para
	for _, n := range nodes {
		out = append(out, htmlParagraphs(n)...)
	}
	return out
}
