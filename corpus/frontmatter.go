package corpus

import (
	"strings"
)

// splitFrontMatter separates a leading YAML front matter block ("---" lines)
// from the body of a Markdown file and returns its top-level scalar fields
// with lower-case keys. A file without front matter returns nil fields and
// the text unchanged. Only "key: value" pairs are read; nested structures
// and lists are skipped, which is all article metadata needs.
func splitFrontMatter(text string) (fields map[string]string, body string, ok bool) {
	t := strings.TrimLeft(text, "\n")
	if !strings.HasPrefix(t, "---\n") {
		return nil, text, false
	}
	rest := t[len("---\n"):]
	end := -1
	for _, marker := range []string{"\n---\n", "\n...\n"} {
		if i := strings.Index(rest, marker); i >= 0 && (end < 0 || i < end) {
			end = i
		}
	}
	closing := 5
	if end < 0 {
		if strings.HasSuffix(rest, "\n---") {
			end, closing = len(rest)-4, 4
		} else {
			return nil, text, false
		}
	}
	fields = map[string]string{}
	for _, line := range strings.Split(rest[:end], "\n") {
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
			continue
		}
		k, v, found := strings.Cut(line, ":")
		if !found {
			continue
		}
		fields[strings.ToLower(strings.TrimSpace(k))] = unquoteYAML(strings.TrimSpace(v))
	}
	return fields, rest[min(len(rest), end+closing):], true
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
