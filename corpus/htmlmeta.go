package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An HTML page's metadata: site name, headline, date, address and byline
// from its meta tags, JSON-LD and <time> elements.

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

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
