package corpus

import (
	"fmt"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads a saved web page. The article's main text is found with
// go-readability (a port of Firefox's Reader View) and then cleaned like
// any other article; metadata comes from the page's meta tags, JSON-LD and
// <time> elements.
func readHTML(path, text string) ([]rawArticle, error) {
	doc, deep, err := parseHTML(text)
	if err != nil {
		return nil, fmt.Errorf("not readable as HTML: %v", err)
	}
	m := htmlMetadata(doc)
	a := rawArticle{
		path: path, format: "html",
		siteName: m.siteName, title: m.title, date: m.date, url: m.url, byline: m.byline,
	}
	if deep != "" {
		a.warnings = append(a.warnings, deep)
	}
	content, why := readableContent(doc, m.url)
	if why != "" {
		a.warnings = append(a.warnings, why)
	}
	a.paras = htmlParagraphs(content)
	if a.title == "" {
		a.title = m.h1
	}
	a.title = stripSiteSuffix(a.title, a.siteName)
	return []rawArticle{a}, nil
}

// readableContent returns the node holding the article's main text: the
// one go-readability finds, or the page's body without its navigation,
// header, footer and side panels when go-readability finds nothing. why
// says when the fallback was used.
func readableContent(doc *html.Node, pageURL string) (node *html.Node, why string) {
	u, _ := nurl.Parse(pageURL)
	if u == nil || u.Scheme == "" {
		u = &nurl.URL{Scheme: "https", Host: "example.invalid", Path: "/"}
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				node = nil
			}
		}()
		article, err := readability.FromDocument(doc, u)
		if err == nil && article.Node != nil {
			node = article.Node
		}
	}()
	if node != nil && len(strings.TrimSpace(nodeText(node))) > 0 {
		return node, ""
	}
	return pageBody(doc), "main text not found by readability; read the whole page"
}

// pageBody returns the page's <body> (or the document) with navigation,
// headers, footers, asides and forms removed.
func pageBody(doc *html.Node) *html.Node {
	body := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = doc
	}
	var strip func(n *html.Node)
	strip = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && isPageChrome(c) {
				n.RemoveChild(c)
			} else {
				strip(c)
			}
			c = next
		}
	}
	strip(body)
	return body
}

// isPageChrome reports whether n is a part of a page around the article.
func isPageChrome(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form, atom.Menu, atom.Dialog:
		return true
	}
	switch attr(n, "role") {
	case "navigation", "banner", "contentinfo", "complementary", "search", "dialog":
		return true
	}
	return false
}
