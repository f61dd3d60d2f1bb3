package corpus

import (
	"fmt"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

// splitFrontMatter separates a leading front matter block from the body of
// a Markdown file: YAML between "---" lines (closed by "---" or "...") or
// TOML between "+++" lines, read by real YAML and TOML parsers so that
// folded and literal strings, quoting, escapes and comments mean what they
// mean. It returns the block's top-level fields with lower-case keys, each
// as text (see fieldText). A file without front matter returns nil fields
// and the text unchanged; a block that does not parse is still cut from
// the body, and problem says why its fields were not read.
func splitFrontMatter(text string) (fields map[string]string, body string, problem string) {
	t := strings.TrimLeft(text, "\n")
	var open string
	switch {
	case strings.HasPrefix(t, "---\n"):
		open = "---"
	case strings.HasPrefix(t, "+++\n"):
		open = "+++"
	default:
		return nil, text, ""
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
			return nil, text, ""
		}
		end, closing = len(nrest)-len(open)-1, len(open)+1
	}
	// What could drive a terminal goes before parsing: YAML refuses
	// control characters, and a value must not lose its words to one.
	block := Sanitize(strings.TrimPrefix(nrest[:end], "\n"))
	body = nrest[min(len(nrest), end+closing):]
	var raw map[string]any
	var err error
	if open == "+++" {
		_, err = toml.Decode(block, &raw)
	} else {
		err = yaml.Unmarshal([]byte(block), &raw)
	}
	if err != nil {
		kind := map[string]string{"---": "YAML", "+++": "TOML"}[open]
		fields = lineFields(block)
		return fields, body, fmt.Sprintf("front matter is not valid %s, read line by line: %s", kind, firstLine(err.Error()))
	}
	fields = map[string]string{}
	for k, v := range raw {
		if s := fieldText(v); s != "" {
			fields[strings.ToLower(strings.TrimSpace(k))] = s
		}
	}
	return fields, body, ""
}

// frontMatterLine is a "key: value" or "key = value" line of front
// matter.
var frontMatterLine = lazyRE(`^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$`)

// lineFields reads front matter that does not parse as one "key: value"
// line per field, as a person would: the value as written, without its
// quotes. Nothing readable is thrown away for one bad line.
func lineFields(block string) map[string]string {
	fields := map[string]string{}
	for _, line := range strings.Split(block, "\n") {
		m := frontMatterLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		v := strings.Trim(m[2], `"'`)
		if k := strings.ToLower(m[1]); v != "" && fields[k] == "" {
			fields[k] = v
		}
	}
	return fields
}

// fieldText turns a front matter value into text: a string as it is, a
// date as YYYY-MM-DD (with its time, when it has one, in RFC 3339), a
// number or boolean as written, a list's items joined with commas, and
// a table (an author written as {name: …}) by its name. Other nested
// structures give "".
func fieldText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(x)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format(time.DateOnly)
		}
		return x.Format(time.RFC3339)
	case []any:
		var items []string
		for _, e := range x {
			if s := fieldText(e); s != "" {
				items = append(items, s)
			}
		}
		return strings.Join(items, ", ")
	case map[string]any:
		for _, k := range []string{"name", "title", "value"} {
			if s := fieldText(x[k]); s != "" {
				return s
			}
		}
		return ""
	case bool, int, int64, uint64, float64:
		return fmt.Sprint(x)
	}
	return ""
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
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
