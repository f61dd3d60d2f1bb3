package corpus

import (
	"encoding/json"
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

// skippedElements never hold article text.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Object: true, atom.Embed: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Title: true,
}

// blockElements end the paragraph before them and start a new one.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Figure: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Br: true, atom.Body: true, atom.Html: true, atom.Caption: true,
}

// htmlParagraphs renders the text under n as paragraphs, one per block
// element, with <figcaption> text marked as captions.
func htmlParagraphs(n *html.Node) (paras []para) {
	var cur strings.Builder
	flush := func() {
		if p := collapseSpace(cur.String()); p != "" {
			paras = append(paras, para{text: p})
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skippedElements[n.DataAtom] || isHidden(n) {
				return
			}
			if n.DataAtom == atom.Figcaption {
				flush()
				if c := collapseSpace(nodeText(n)); c != "" {
					paras = append(paras, para{text: c, caption: true})
				}
				return
			}
			if n.DataAtom == atom.Img {
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
			cur.WriteByte(' ')
		}
	}
	if n != nil {
		walk(n)
	}
	flush()
	return paras
}

func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// nodeText returns all text under n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && skippedElements[n.DataAtom] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
			if c.Type == html.ElementNode && blockElements[c.DataAtom] {
				b.WriteByte(' ')
			}
		}
	}
	walk(n)
	return b.String()
}

// rawText returns the text children of n as written: the body of a
// <script> element.
func rawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// pageMeta is the metadata a web page gives about its article.
type pageMeta struct {
	siteName, title, h1, date, url, byline string
}

// htmlMetadata reads the article's metadata from meta tags (Open Graph,
// article:*, Dublin Core, author), JSON-LD, <time> and the first <h1>.
func htmlMetadata(doc *html.Node) pageMeta {
	meta := map[string]string{}
	var canonical, timeDate, h1, docTitle string
	var ld []map[string]any
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"))))
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, ok := meta[key]; !ok {
						meta[key] = v
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case atom.Time:
				if timeDate == "" {
					timeDate = firstNonEmpty(attr(n, "datetime"), collapseSpace(nodeText(n)))
				}
			case atom.H1:
				if h1 == "" {
					h1 = collapseSpace(nodeText(n))
				}
			case atom.Title:
				if docTitle == "" {
					docTitle = collapseSpace(nodeText(n))
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") {
					ld = append(ld, jsonLDObjects(rawText(n))...)
				}
				return
			}
			if attr(n, "itemprop") == "datePublished" && timeDate == "" {
				timeDate = firstNonEmpty(attr(n, "datetime"), attr(n, "content"))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	article := jsonLDArticle(ld)
	m := pageMeta{h1: h1}
	m.siteName = firstNonEmpty(meta["og:site_name"], ldName(article["publisher"]), meta["application-name"])
	m.title = firstNonEmpty(meta["og:title"], meta["twitter:title"], ldString(article["headline"]))
	if m.title == "" && h1 == "" {
		m.title = docTitle
	}
	m.date = firstNonEmpty(meta["article:published_time"], meta["og:article:published_time"],
		ldString(article["datePublished"]), meta["datepublished"], meta["pubdate"], meta["publishdate"],
		meta["publish-date"], meta["date"], meta["dc.date"], meta["dc.date.issued"], meta["dcterms.created"],
		meta["parsely-pub-date"], meta["sailthru.date"], timeDate)
	m.url = firstNonEmpty(canonical, meta["og:url"], ldString(article["url"]))
	byline := firstNonEmpty(meta["author"], meta["article:author"], meta["dc.creator"], meta["parsely-author"], ldName(article["author"]))
	if strings.HasPrefix(byline, "http://") || strings.HasPrefix(byline, "https://") {
		byline = ldName(article["author"])
	}
	m.byline = strings.TrimSpace(bylinePrefix.ReplaceAllString(byline, ""))
	return m
}

// jsonLDObjects decodes a JSON-LD script into its objects, flattening
// arrays and @graph lists.
func jsonLDObjects(text string) []map[string]any {
	text = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(text), "<![CDATA["), "]]>"))
	var v any
	if json.Unmarshal([]byte(text), &v) != nil {
		return nil
	}
	var out []map[string]any
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		case map[string]any:
			out = append(out, x)
			if g, ok := x["@graph"]; ok {
				add(g, depth+1)
			}
		}
	}
	add(v, 0)
	return out
}

var ldArticleType = lazyRE(`(?i)article|posting|report`)

// jsonLDArticle returns the JSON-LD object describing the article: the
// first of an article type, or the first with a publication date.
func jsonLDArticle(objs []map[string]any) map[string]any {
	for _, o := range objs {
		if t := ldString(o["@type"]); ldArticleType.MatchString(t) {
			return o
		}
	}
	for _, o := range objs {
		if _, ok := o["datePublished"]; ok {
			return o
		}
	}
	return map[string]any{}
}

// ldString returns a JSON-LD value as text: a string, the first string of
// a list, or a number.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case float64:
		return fmt.Sprint(x)
	}
	return ""
}

// ldName returns the name of a JSON-LD person or organisation (or a list
// of them, joined), or the value itself when it is a string.
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// stripSiteSuffix removes a site name appended to a page title
// ("Bridge shut | Harbour Gazette" → "Bridge shut").
func stripSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " — ", " – ", " · ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 && sameText(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func findFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findFirst(c, match); f != nil {
			return f
		}
	}
	return nil
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
