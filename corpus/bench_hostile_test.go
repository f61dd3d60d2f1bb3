package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// deepPage is a web page whose article sits inside n nested <div>s.
func deepPage(n int) []byte {
	return []byte("<html><head><title>Deep page</title></head><body>" + strings.Repeat("<div>", n) +
		"<p>The harbour bridge reopened on Monday after three weeks of repairs, officials said.</p>" +
		strings.Repeat("</div>", n) + "</body></html>")
}

// BenchmarkReadDeepHTML20k and …100k read pages nested 20,000 and
// 100,000 deep: with the depth capped before parsing, five times the
// page takes about five times as long (it took minutes).
func BenchmarkReadDeepHTML20k(b *testing.B)  { benchmarkRead(b, "deep.html", deepPage(20_000)) }
func BenchmarkReadDeepHTML100k(b *testing.B) { benchmarkRead(b, "deep.html", deepPage(100_000)) }

// BenchmarkReadTinyJSONLines reads a JSON Lines feed of 61,000 tiny
// articles (about 10 MB), as issue 15 did: the corpus keeps the first
// 2,000 and counts the rest.
func BenchmarkReadTinyJSONLines(b *testing.B) {
	var feed strings.Builder
	for i := range 61_000 {
		fmt.Fprintf(&feed, `{"outlet": "Outlet %d", "title": "Item %d", "text": "Inspectors counted %d cracks in span %d of the bridge on Monday."}`+"\n", i, i, i%97, i%13)
	}
	dir := b.TempDir()
	write(b, dir, "feed.jsonl", feed.String())
	for b.Loop() {
		c, err := Load([]string{dir}, Options{})
		if err != nil || len(c.Documents) != DefaultMaxDocuments {
			b.Fatalf("%v: %d documents", err, len(c.Documents))
		}
	}
}

func benchmarkRead(b *testing.B, name string, content []byte) {
	b.SetBytes(int64(len(content)))
	for b.Loop() {
		raws, _ := readArticles(name, content, formatFor(name))
		for _, r := range raws {
			buildDocument(r.rawArticle, nil)
		}
	}
}
