package corpus

import (
	"encoding/json"
	"path/filepath"
	"strings"
)

// rawArticle is what a format reader yields: metadata as found and the body
// as text, before cleaning.
type rawArticle struct {
	path   string
	format string
	// Metadata as the file states it. siteName is the outlet named by a web
	// page's own metadata, which a syndication footer in the text overrides:
	// an aggregator's page names the aggregator.
	outlet, siteName, title, date, url, byline string
	// paras are the article's paragraphs in reading order, captions
	// marked where the reader knows them.
	paras    []para
	warnings []string
	// err is set for an entry that could not be read (a bad JSON Lines
	// line): it is skipped with a warning naming it.
	err error
}

// A format reads one kind of article file.
type format struct {
	name string
	exts []string
	read func(path, text string) ([]rawArticle, error)
}

// formats are the article formats crosscheck reads, by file extension.
var formats = []*format{
	{"text", []string{".txt", ".text"}, readPlain},
	{"markdown", []string{".md", ".markdown"}, readMarkdown},
	{"html", []string{".html", ".htm", ".xhtml"}, readHTML},
	{"json", []string{".json"}, readJSON},
	{"jsonl", []string{".jsonl", ".ndjson"}, readJSONL},
}

// FormatNames lists the file extensions read as articles, for help texts.
const FormatNames = ".txt, .md, .markdown, .html, .htm, .json, .jsonl"

// formatFor returns the format read for path's extension, or nil.
func formatFor(path string) *format {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		for _, e := range f.exts {
			if e == ext {
				return f
			}
		}
	}
	return nil
}

func formatNamed(name string) *format {
	for _, f := range formats {
		if f.name == name {
			return f
		}
	}
	return nil
}

var htmlStart = lazyRE(`(?i)^(?:<!doctype html|<html|<head|<body|<meta|<article|<!--)`)

// sniffFormat guesses the format of text read from standard input or from
// a file named with an unknown extension.
func sniffFormat(text string) *format {
	t := strings.TrimSpace(text)
	switch {
	case htmlStart.MatchString(t):
		return formatNamed("html")
	case strings.HasPrefix(t, "{") && !json.Valid([]byte(t)):
		return formatNamed("jsonl")
	case strings.HasPrefix(t, "{"), strings.HasPrefix(t, "["):
		return formatNamed("json")
	case strings.HasPrefix(t, "---\n"), strings.HasPrefix(t, "+++\n"), strings.HasPrefix(t, "# "):
		return formatNamed("markdown")
	}
	return formatNamed("text")
}

// readPlain reads a plain-text article: all metadata comes from the text
// itself and the file name.
func readPlain(path, text string) ([]rawArticle, error) {
	return []rawArticle{{path: path, format: "text", paras: textParas(splitParagraphs(text))}}, nil
}

// readMarkdown reads a Markdown article with optional YAML (or TOML) front
// matter (outlet/source/publication, title, date/published, url,
// author/byline).
func readMarkdown(path, text string) ([]rawArticle, error) {
	fields, body, problem := splitFrontMatter(text)
	var warnings []string
	if problem != "" {
		warnings = append(warnings, problem)
	}
	return []rawArticle{{
		warnings: warnings,
		path:     path,
		format:   "markdown",
		outlet:   firstField(fields, "outlet", "source", "publication", "site", "site_name", "publisher"),
		title:    firstField(fields, "title", "headline"),
		date:     firstField(fields, "date", "published", "published_at", "pubdate", "date_published"),
		url:      firstField(fields, "url", "link", "canonical", "source_url"),
		byline:   firstField(fields, "byline", "author", "authors", "by"),
		paras:    markdownParas(body),
	}}, nil
}
