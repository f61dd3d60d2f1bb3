package corpus

import (
	"strings"
)

// splitFrontMatter separates a leading front matter block from the body of
// a Markdown file: YAML between "---" lines (closed by "---" or "...") or
// TOML between "+++" lines. It returns the block's top-level scalar fields
// with lower-case keys. A file without front matter returns nil fields and
// the text unchanged. Nested structures are skipped and a list's items are
// joined with commas, which is all article metadata needs.
func splitFrontMatter(text string) (fields map[string]string, body string, ok bool) {
	t := strings.TrimLeft(text, "\n")
	var open string
	switch {
	case strings.HasPrefix(t, "---\n"):
		open = "---"
	case strings.HasPrefix(t, "+++\n"):
		open = "+++"
	default:
		return nil, text, false
	}
	rest := t[len(open)+1:]
	closers := []string{"\n" + open + "\n"}
	if open == "---" {
		closers = append(closers, "\n...\n")
	}
	// Find the closing line; positions are in "\n"+rest so that an empty
	// block is found too.
	nrest := "\n" + rest
	end, closing := -1, 0
	for _, marker := range closers {
		if i := strings.Index(nrest, marker); i >= 0 && (end < 0 || i < end) {
			end, closing = i, len(marker)
		}
	}
	if end < 0 {
		if !strings.HasSuffix(nrest, "\n"+open) {
			return nil, text, false
		}
		end, closing = len(nrest)-len(open)-1, len(open)+1
	}
	block := nrest[:end]
	bodyStart := end + closing
	fields = map[string]string{}
	var listKey string
	for _, line := range strings.Split(strings.TrimPrefix(block, "\n"), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if listKey != "" && strings.HasPrefix(strings.TrimSpace(line), "- ") {
			item := unquoteYAML(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "- ")))
			if fields[listKey] != "" {
				fields[listKey] += ", "
			}
			fields[listKey] += item
			continue
		}
		if line[0] == ' ' || line[0] == '\t' || line[0] == '-' || line[0] == '[' {
			continue
		}
		listKey = ""
		sep := ":"
		if open == "+++" {
			sep = "="
		}
		k, v, found := strings.Cut(line, sep)
		if !found {
			continue
		}
		k = strings.ToLower(strings.Trim(strings.TrimSpace(k), `"'`))
		v = strings.TrimSpace(v)
		switch {
		case v == "":
			listKey = k // a YAML list may follow
		case strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]"):
			var items []string
			for _, it := range strings.Split(v[1:len(v)-1], ",") {
				if it = unquoteYAML(strings.TrimSpace(it)); it != "" {
					items = append(items, it)
				}
			}
			fields[k] = strings.Join(items, ", ")
		default:
			fields[k] = unquoteYAML(v)
		}
	}
	return fields, nrest[min(len(nrest), bodyStart):], true
}

// unquoteYAML removes the quotes around a YAML scalar and a trailing comment.
func unquoteYAML(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"') {
		return strings.ReplaceAll(v[1:len(v)-1], `\"`, `"`)
	}
	if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v
}

// firstField returns the first non-empty value among keys.
func firstField(fields map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(fields[k]); v != "" {
			return v
		}
	}
	return ""
}
