package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLoadSeeds loads the five real seed articles.
func BenchmarkLoadSeeds(b *testing.B) {
	if _, err := os.Stat(seedsDir); err != nil {
		b.Skip("seed articles not present")
	}
	for b.Loop() {
		if _, err := Load([]string{seedsDir}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadLarge loads a generated corpus of 200 articles (about 2 MB)
// in every format, built from the sample story and the format fixtures
// with page furniture around them.
func BenchmarkLoadLarge(b *testing.B) {
	dir := b.TempDir()
	var texts []string
	_ = fs.WalkDir(sampleFS, "sample", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			t, _ := fs.ReadFile(sampleFS, p)
			texts = append(texts, string(t))
		}
		return nil
	})
	fixtures, _ := filepath.Glob(filepath.Join("testdata", "formats", "*"))
	size := 0
	for i := 0; i < 200; i++ {
		var name, body string
		if i%4 == 3 && len(fixtures) > 0 {
			f := fixtures[i%len(fixtures)]
			t, _ := os.ReadFile(f)
			name, body = fmt.Sprintf("%03d-%s", i, filepath.Base(f)), string(t)
		} else {
			// A long article: the sample text three times with a
			// number that makes it unique, and page furniture around.
			t := texts[i%len(texts)]
			var sb strings.Builder
			sb.WriteString("Home › News › World\nSign in\n\n")
			for k := 0; k < 3; k++ {
				sb.WriteString(strings.ReplaceAll(t, "bridge", fmt.Sprintf("bridge %d-%d", i, k)))
				sb.WriteString("\n\nAdvertisement\n\nSign up for our newsletter and never miss a story.\n\n")
			}
			sb.WriteString("Related articles\nPort strike ends after two weeks\nOctober 2, 2026\n\n© 2026 Generated Gazette. All rights reserved.\n")
			name, body = fmt.Sprintf("%03d-generated-gazette.txt", i), sb.String()
		}
		size += len(body)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		c, err := Load([]string{dir}, Options{})
		if err != nil || len(c.Documents) < 150 {
			b.Fatalf("%v: %d documents", err, len(c.Documents))
		}
	}
}

// BenchmarkSplitSentences splits a long paragraph full of abbreviations.
func BenchmarkSplitSentences(b *testing.B) {
	p := strings.Repeat("Mr. Witkoff met Sgt. Ran Gvili in the U.S. on Oct. 19 at 1:53 p.m. The U.N. Security Council voted 13 to 0. “Why now?” he asked. ", 50)
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		SplitSentences(p)
	}
}
