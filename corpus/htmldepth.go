package corpus

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxHTMLDepth is how deeply elements may nest in a web page before it is
// parsed. Real pages nest a few dozen levels; the HTML parser and
// go-readability take time that grows with the depth for every element,
// so a page of tens of thousands of nested <div>s would take minutes.
// Deeper elements are flattened: their tags are dropped and their text is
// kept, read as part of the element that holds them (a dropped block
// still ends a paragraph).
const MaxHTMLDepth = 256

// parseHTML parses a page (or a fragment of one) with its nesting capped
// at MaxHTMLDepth, saying in warning when the cap flattened anything.
func parseHTML(page string) (doc *html.Node, warning string, err error) {
	page, warning = flattenDeep(page)
	doc, err = html.Parse(strings.NewReader(page))
	return doc, warning, err
}

// flattenDeep is capDepth at MaxHTMLDepth, with a warning saying what it
// did, or "".
func flattenDeep(page string) (string, string) {
	page, n := capDepth(page, MaxHTMLDepth)
	if n == 0 {
		return page, ""
	}
	return page, fmt.Sprintf("elements nested more than %d deep were read as one (%s tags left out)", MaxHTMLDepth, thousands(n))
}

// capDepth returns page with every element nested deeper than max
// flattened, and how many tags it dropped. It reads the page once with
// the HTML tokenizer, which takes time in proportion to its length;
// the page comes back unchanged when nothing is that deep.
//
// Nesting is counted as the tags are written, as a stack of open
// elements: an end tag closes the innermost open element of its name and
// those inside it; void elements (<br>, <img>) and self-closing tags do
// not nest; an end tag of an element whose start tag was dropped is
// dropped with it. Elements whose content is raw text (<script>,
// <style>, <textarea>, <title>) are never dropped, so their content is
// never read as article text.
func capDepth(page string, max int) (string, int) {
	z := html.NewTokenizer(strings.NewReader(page))
	var out strings.Builder
	var open []string           // the elements open, innermost last
	dropped := map[string]int{} // start tags dropped and not yet closed, by name
	n, offset := 0, 0           // tags dropped; bytes of the page read
	broken := false             // a paragraph was just started in place of dropped tags
	keep := func(raw []byte) {
		if n > 0 {
			out.Write(raw)
			broken = false
		}
	}
	drop := func(a atom.Atom) {
		if n == 0 {
			out.Grow(len(page))
			out.WriteString(page[:offset])
		}
		n++
		if blockElements[a] && !broken {
			// A paragraph, which the next one closes, so that it does
			// not nest, still ends the block the dropped tag ended.
			out.WriteString("<p>")
			broken = true
		}
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			b, _ := z.TagName()
			name := string(b)
			a := atom.Lookup(b)
			if voidElements[a] {
				break
			}
			open = closeImplied(open, name, a)
			if len(open) >= max && !rawTextElements[a] {
				drop(a)
				dropped[name]++
				offset += len(raw)
				continue
			}
			open = append(open, name)
		case html.EndTagToken:
			b, _ := z.TagName()
			name := string(b)
			if dropped[name] > 0 {
				drop(atom.Lookup(b))
				dropped[name]--
				offset += len(raw)
				continue
			}
			if i := lastOpen(open, name); i >= 0 {
				open = open[:i]
			}
		}
		keep(raw)
		offset += len(raw)
	}
	if n == 0 {
		return page, 0
	}
	return out.String(), n
}

// closeImplied closes what a start tag of name closes without an end
// tag, as the HTML parser does in the common cases: an open paragraph
// ends at the next block, a list item at the next item, a cell at the
// next cell or row. Only the innermost elements are looked at.
func closeImplied(open []string, name string, a atom.Atom) []string {
	for len(open) > 0 {
		top := open[len(open)-1]
		if !(top == "p" && blockElements[a] || slices.Contains(impliedEnd[name], top)) {
			break
		}
		open = open[:len(open)-1]
	}
	return open
}

// lastOpen returns the index of the innermost open element called name,
// or -1.
func lastOpen(open []string, name string) int {
	for i := len(open) - 1; i >= 0; i-- {
		if open[i] == name {
			return i
		}
	}
	return -1
}

// impliedEnd lists, for a start tag, the open elements it closes when
// they are innermost: the next item ends a list item, the next cell a
// cell, the next row a cell and a row.
var impliedEnd = map[string][]string{
	"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"},
	"option": {"option"}, "optgroup": {"option", "optgroup"},
	"td": {"td", "th"}, "th": {"td", "th"}, "tr": {"td", "th", "tr"},
	"thead": {"td", "th", "tr", "thead", "tbody", "tfoot"}, "tbody": {"td", "th", "tr", "thead", "tbody", "tfoot"},
	"tfoot": {"td", "th", "tr", "thead", "tbody", "tfoot"},
	"rb":    {"rb", "rt", "rp"}, "rt": {"rb", "rt", "rp"}, "rp": {"rb", "rt", "rp"},
}

// voidElements have no content and no end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Param: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// rawTextElements hold text the tokenizer does not read as tags.
var rawTextElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true, atom.Xmp: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}
