package corpus

import (
	"bytes"
	"errors"
	"slices"
	"strconv"
	"strings"
)

// blankBinaryLines empties the lines of b that hold a NUL byte, keeping
// their line ends so that the other lines keep their numbers, and
// returns their numbers (from 1). A file whose every line holds one is
// returned as it was: it is binary, not a feed with a bad line.
func blankBinaryLines(b []byte) ([]byte, []int) {
	if bytes.IndexByte(b, 0) < 0 {
		return b, nil
	}
	var out bytes.Buffer
	var bad []int
	good := false
	for i, line := range bytes.SplitAfter(b, []byte("\n")) {
		if bytes.IndexByte(line, 0) >= 0 {
			bad = append(bad, i+1)
			if bytes.HasSuffix(line, []byte("\n")) {
				out.WriteByte('\n')
			}
			continue
		}
		if len(bytes.TrimSpace(line)) > 0 {
			good = true
		}
		out.Write(line)
	}
	if !good {
		return b, nil
	}
	return out.Bytes(), bad
}

// withBinaryLines adds to the entries read from the JSON Lines file p
// one for each line blankBinaryLines emptied, skipped with a warning
// naming its line, in line order.
func withBinaryLines(raws []rawArticle, p string, lines []int) []rawArticle {
	if len(lines) == 0 {
		return raws
	}
	for _, n := range lines {
		raws = append(raws, rawArticle{path: p + ":" + strconv.Itoa(n), format: "jsonl", err: errors.New("binary data (a NUL byte), not an article")})
	}
	slices.SortStableFunc(raws, func(a, b rawArticle) int { return entryLine(a.path) - entryLine(b.path) })
	return raws
}

// entryLine is the line number that ends a JSON Lines entry's path.
func entryLine(path string) int {
	n, _ := strconv.Atoi(path[strings.LastIndexByte(path, ':')+1:])
	return n
}
