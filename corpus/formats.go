package corpus

// readPlain reads a plain-text article: all metadata comes from the text
// itself and the file name.
func readPlain(path, text string) ([]rawArticle, error) {
	return []rawArticle{{path: path, body: text}}, nil
}

// readMarkdown reads a Markdown article with optional YAML front matter
// (outlet/source/publication, title, date/published, url, author/byline).
func readMarkdown(path, text string) ([]rawArticle, error) {
	fields, body, _ := splitFrontMatter(text)
	body, _ = markdownToText(body)
	return []rawArticle{{
		path:   path,
		outlet: firstField(fields, "outlet", "source", "publication", "site", "site_name"),
		title:  firstField(fields, "title", "headline"),
		date:   firstField(fields, "date", "published", "published_at", "pubdate"),
		url:    firstField(fields, "url", "link", "canonical"),
		byline: firstField(fields, "byline", "author", "authors", "by"),
		body:   body,
	}}, nil
}
