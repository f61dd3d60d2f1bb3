package corpus

import (
	"encoding/json"
	"fmt"
	"strings"
)

// JSON-LD in a page: the objects of its script elements, the article
// among them, and its strings and names.

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
