package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// encodeReport writes r as indented JSON, byte for byte as a json.Encoder
// with SetIndent("", "  ") and no HTML escaping writes it, except that its
// claims, the bulk of a large story's report, are made one at a time by
// claim(0) … claim(n-1) and written as they are made. The report is never
// held whole in memory: a story of thousands of articles needed several
// times its report's size to write it.
func encodeReport(w io.Writer, r jsonReport, n int, claim func(int) jsonClaim) error {
	r.Claims = nil
	head, err := encodeIndented(r, "")
	if err != nil {
		return err
	}
	// Top-level keys are indented by two spaces; a key inside a string
	// would have its quotes escaped.
	before, after, ok := bytes.Cut(head, []byte("\n  \"claims\": null"))
	if !ok {
		return errors.New("report: no claims field to write the claims in")
	}
	b := bufio.NewWriter(w)
	b.Write(before)
	b.WriteString("\n  \"claims\": [")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		c, err := encodeIndented(claim(i), "    ")
		if err != nil {
			return err
		}
		b.Write(c)
	}
	if n > 0 {
		b.WriteString("\n  ")
	}
	b.WriteByte(']')
	b.Write(after)
	b.WriteByte('\n')
	return b.Flush()
}

// encodeIndented encodes v with two-space indents after prefix, without
// HTML escaping and without a final newline.
func encodeIndented(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
