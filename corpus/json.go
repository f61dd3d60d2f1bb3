package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// JSON article fields, by the names feeds and scrapers commonly use.
var (
	jsonOutletKeys = []string{"outlet", "source", "publication", "site", "site_name", "sitename", "publisher"}
	jsonTitleKeys  = []string{"title", "headline"}
	jsonDateKeys   = []string{"published", "date", "published_at", "publishedat", "pubdate", "date_published", "datepublished", "published_date"}
	jsonURLKeys    = []string{"url", "link", "canonical", "canonical_url"}
	jsonBylineKeys = []string{"byline", "author", "authors", "by"}
	jsonTextKeys   = []string{"text", "content", "body", "content_text", "article", "full_text", "fulltext", "content_html", "html", "description"}
	jsonListKeys   = []string{"articles", "items", "documents", "entries", "data", "results"}
)

// readJSON reads a JSON file holding one article object or an array of
// them (also an object whose "articles" or "items" field is that array, as
// in JSON Feed). Each array item is named "file.json#N", counting from 1.
func readJSON(path, text string) ([]rawArticle, error) {
	var v any
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, jsonError(text, err)
	}
	// A feed object: its articles are in a list, and its own name is the
	// outlet of those that name none (in JSON Feed, the feed's title).
	var feedOutlet string
	if obj, ok := v.(map[string]any); ok && jsonField(obj, jsonTextKeys...) == nil {
		for _, k := range jsonListKeys {
			if list, ok := lookupKey(obj, k).([]any); ok {
				v = list
				feedOutlet = jsonName(jsonField(obj, jsonOutletKeys...))
				if version := jsonString(lookupKey(obj, "version")); feedOutlet == "" && strings.Contains(version, "jsonfeed") {
					feedOutlet = jsonString(lookupKey(obj, "title"))
				}
				break
			}
		}
	}
	switch x := v.(type) {
	case map[string]any:
		return []rawArticle{jsonArticle(path, "json", x)}, nil
	case []any:
		out := make([]rawArticle, 0, len(x))
		for i, item := range x {
			p := fmt.Sprintf("%s#%d", path, i+1)
			obj, ok := item.(map[string]any)
			if !ok {
				out = append(out, rawArticle{path: p, format: "json", err: fmt.Errorf("not an article object (%s)", jsonKind(item))})
				continue
			}
			a := jsonArticle(p, "json", obj)
			if a.outlet == "" {
				a.outlet = feedOutlet
			}
			out = append(out, a)
		}
		if len(out) == 0 {
			return nil, errors.New("an empty JSON array")
		}
		return out, nil
	}
	return nil, fmt.Errorf("JSON %s, not an article object or an array of them", jsonKind(v))
}

// readJSONL reads a JSON Lines file: one article object per line, each
// named "file.jsonl:LINE". A line that is not an article object is skipped
// with a warning naming it; the other lines still load.
func readJSONL(path, text string) ([]rawArticle, error) {
	var out []rawArticle
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		p := fmt.Sprintf("%s:%d", path, i+1)
		var v any
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		err := dec.Decode(&v)
		if err == nil && dec.More() {
			err = errors.New("more than one JSON value on the line")
		}
		if err != nil {
			out = append(out, rawArticle{path: p, format: "jsonl", err: jsonError(line, err)})
			continue
		}
		obj, ok := v.(map[string]any)
		if !ok {
			out = append(out, rawArticle{path: p, format: "jsonl", err: fmt.Errorf("not an article object (%s)", jsonKind(v))})
			continue
		}
		out = append(out, jsonArticle(p, "jsonl", obj))
	}
	if len(out) == 0 {
		return nil, errors.New("no JSON lines")
	}
	return out, nil
}

// jsonArticle reads one article object.
func jsonArticle(path, format string, obj map[string]any) rawArticle {
	a := rawArticle{
		path:   path,
		format: format,
		outlet: jsonName(jsonField(obj, jsonOutletKeys...)),
		title:  jsonString(jsonField(obj, jsonTitleKeys...)),
		date:   jsonDate(jsonField(obj, jsonDateKeys...)),
		url:    jsonString(jsonField(obj, jsonURLKeys...)),
		byline: jsonName(jsonField(obj, jsonBylineKeys...)),
	}
	body := jsonString(jsonField(obj, jsonTextKeys...))
	if looksLikeHTML(body) {
		if doc, deep, err := parseHTML(body); err == nil {
			a.paras = htmlParagraphs(doc)
			if deep != "" {
				a.warnings = append(a.warnings, deep)
			}
		}
	} else {
		body = strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\r", "\n")
		a.paras = textParas(splitParagraphs(body))
	}
	if body == "" {
		a.err = errors.New("no article text (fields text, content or body)")
	}
	return a
}

// jsonField returns the value of the first of keys present in obj, keys
// matched without regard to case.
func jsonField(obj map[string]any, keys ...string) any {
	for _, k := range keys {
		if v := lookupKey(obj, k); v != nil {
			if s, ok := v.(string); ok && strings.TrimSpace(s) == "" {
				continue
			}
			return v
		}
	}
	return nil
}

func lookupKey(obj map[string]any, key string) any {
	if v, ok := obj[key]; ok {
		return v
	}
	for k, v := range obj {
		if strings.EqualFold(k, key) {
			return v
		}
	}
	return nil
}

// jsonString returns a scalar JSON value as text; a list of strings is
// joined into paragraphs.
func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case []any:
		var parts []string
		for _, e := range x {
			if s := jsonString(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "\n\n")
	case map[string]any:
		return jsonString(jsonField(x, "text", "value", "html", "content"))
	}
	return ""
}

// jsonName returns a person's or organisation's name: a string, an object's
// "name", or a list of them joined with commas.
func jsonName(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return jsonString(jsonField(x, "name", "title"))
	case []any:
		var names []string
		for _, e := range x {
			if n := jsonName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// jsonDate returns a date value as text; a number is a Unix time in
// seconds or, when large, milliseconds.
func jsonDate(v any) string {
	if n, ok := v.(json.Number); ok {
		f, err := strconv.ParseFloat(n.String(), 64)
		if err != nil || f <= 0 || f > 1e14 {
			return n.String()
		}
		if f > 1e11 {
			f /= 1000
		}
		return time.Unix(int64(f), 0).UTC().Format(time.DateOnly)
	}
	return jsonString(v)
}

func jsonKind(v any) string {
	switch v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case json.Number, float64:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return "a value"
}

// jsonError words a JSON decoding error with the line and column where it
// happened.
func jsonError(text string, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	off := int64(-1)
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF), strings.Contains(err.Error(), "unexpected EOF"):
		return errors.New("not valid JSON: it ends too early")
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if off < 0 {
		return fmt.Errorf("not valid JSON: %s", msg)
	}
	before := text[:min(int(off), len(text))]
	line := strings.Count(before, "\n") + 1
	col := len(before) - strings.LastIndexByte(before, '\n')
	return fmt.Errorf("not valid JSON at line %d, column %d: %s", line, col, msg)
}

var htmlMarkup = lazyRE(`(?i)</?(?:p|br|div|span|a|em|strong|b|i|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img|section|article)\b[^>]*>`)

// looksLikeHTML reports whether a JSON text field holds HTML markup.
func looksLikeHTML(s string) bool {
	return len(htmlMarkup.FindAllStringIndex(s, 3)) >= 2 || strings.HasPrefix(strings.TrimSpace(s), "<") && htmlMarkup.MatchString(s)
}
