package align

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"crosscheck/corpus"
)

// syntheticStory generates, deterministically, a story told by outlets
// articles of paragraphs sentences-ish paragraphs each. The story has
// facts (who did what, where, how many); each outlet reports a subset of
// them in roughly the story's order, each in its own words: synonyms
// swapped, words dropped, numbers sometimes changed, names sometimes
// misspelt, with filler, attribution and background only it has.
func syntheticStory(outlets, paragraphs int) []corpus.Document {
	docs, _ := syntheticStoryFacts(outlets, paragraphs)
	return docs
}

// syntheticStoryFacts is syntheticStory with the fact each passage states,
// by passage ID; attribution and colour sentences state none.
func syntheticStoryFacts(outlets, paragraphs int) ([]corpus.Document, map[string]int) {
	factOf := map[string]int{}
	r := rand.New(rand.NewPCG(uint64(outlets), uint64(paragraphs)))
	syllables := []string{"ka", "lo", "mer", "tis", "van", "dor", "sel", "pri", "gun", "bes", "ra", "to", "lin", "qua", "zef", "mo", "hal", "tre", "dun", "ish"}
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		return b.String()
	}
	capital := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
	// A vocabulary of rare words and names, and the news words and
	// synonyms every outlet uses.
	// The vocabulary grows with the text, as real vocabularies do.
	scale := max(1, outlets*paragraphs/3000)
	var rare, names []string
	for range 4000 * scale {
		rare = append(rare, word(4+r.IntN(2)))
	}
	for range 600 * scale {
		names = append(names, capital(word(3+r.IntN(2))))
	}
	common := strings.Fields(`the a of in on at for with after before said officials people city government
		police report reported according week day year official statement news local region area told later
		earlier new first last two three many more than about near into from by was were has had have been`)
	verbs := [][]string{{"struck", "hit", "rammed"}, {"injured", "hurt", "wounded"}, {"killed", "died", "dead"},
		{"closed", "shut"}, {"approved", "adopted", "passed"}, {"cancelled", "scrapped"}, {"met", "meeting"},
		{"rescued", "freed", "saved"}, {"arrested", "detained"}, {"announced", "unveiled"}}
	type fact struct {
		names, words []string
		verb         []string
		number       int
	}
	nFacts := paragraphs * 2
	facts := make([]fact, nFacts)
	for i := range facts {
		f := &facts[i]
		for range 1 + r.IntN(2) {
			f.names = append(f.names, names[r.IntN(len(names))])
		}
		for range 4 + r.IntN(4) {
			f.words = append(f.words, rare[r.IntN(len(rare))])
		}
		f.verb = verbs[r.IntN(len(verbs))]
		f.number = 2 + r.IntN(500*scale)
	}
	docs := make([]corpus.Document, outlets)
	for o := range docs {
		d := &docs[o]
		d.ID = fmt.Sprintf("d%d", o+1)
		d.Path = fmt.Sprintf("synthetic/outlet-%02d.txt", o+1)
		d.Outlet = "Outlet " + capital(word(2))
		// Which facts this outlet reports, in roughly story order.
		start := r.IntN(nFacts / 4)
		var order []int
		for i := start; len(order) < paragraphs && i < start+nFacts; i++ {
			if r.Float64() < 0.6 {
				order = append(order, i%nFacts)
			}
		}
		for i := range order {
			if j := i + r.IntN(3) - 1; j >= 0 && j < len(order) {
				order[i], order[j] = order[j], order[i]
			}
		}
		for p, fi := range order {
			f := facts[fi]
			var w []string
			w = append(w, capital(common[r.IntN(len(common))]))
			for _, n := range f.names {
				if r.Float64() < 0.9 {
					if r.Float64() < 0.05 {
						n = n[:len(n)-1] + "h" + n[len(n)-1:] // a misspelling
					}
					w = append(w, n)
				}
			}
			w = append(w, f.verb[r.IntN(len(f.verb))])
			for _, x := range f.words {
				if r.Float64() < 0.7 {
					w = append(w, x)
				}
				if r.Float64() < 0.5 {
					w = append(w, common[r.IntN(len(common))])
				}
			}
			n := f.number
			if r.Float64() < 0.2 {
				n += 1 + r.IntN(5)
			}
			w = append(w, fmt.Sprint(n), common[r.IntN(len(common))])
			for range r.IntN(6) {
				w = append(w, rare[r.IntN(len(rare))]) // background only this outlet has
			}
			text := strings.Join(w, " ") + ", " + common[r.IntN(len(common))] + " said."
			id := fmt.Sprintf("%s.%d", d.ID, len(d.Passages)+1)
			factOf[id] = fi
			d.Passages = append(d.Passages, corpus.Passage{ID: id, Paragraph: p + 1, Text: text})
			if r.Float64() < 0.4 { // a second sentence: attribution and colour
				var v []string
				v = append(v, capital(common[r.IntN(len(common))]))
				for range 8 + r.IntN(8) {
					if r.Float64() < 0.3 {
						v = append(v, rare[r.IntN(len(rare))])
					} else {
						v = append(v, common[r.IntN(len(common))])
					}
				}
				d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", d.ID, len(d.Passages)+1), Paragraph: p + 1, Text: strings.Join(v, " ") + "."})
			}
		}
	}
	return docs, factOf
}

func benchmarkBuild(b *testing.B, docs []corpus.Document) {
	n := 0
	for _, d := range docs {
		n += len(d.Passages)
	}
	b.ReportMetric(float64(n), "passages")
	b.ResetTimer()
	for b.Loop() {
		if _, err := Build(context.Background(), docs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func benchmarkClaims(b *testing.B, docs []corpus.Document) {
	for b.Loop() {
		buildClaims(newIndex(docs))
	}
}

// BenchmarkBuildSeeds aligns the five real seed articles, when present.
func BenchmarkBuildSeeds(b *testing.B) {
	if _, err := os.Stat("../../shared/seeds"); err != nil {
		b.Skip("the seed articles are not at ../../shared/seeds")
	}
	c, err := corpus.Load([]string{"../../shared/seeds"}, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchmarkBuild(b, c.Documents)
}

// BenchmarkBuild50x60 aligns a generated story of 50 outlets with 60
// paragraphs each: the target is under a second.
func BenchmarkBuild50x60(b *testing.B) { benchmarkBuild(b, syntheticStory(50, 60)) }

// BenchmarkBuild100x120 and BenchmarkBuild50x240 align four times that
// input, with twice the outlets and paragraphs, or four times the
// paragraphs: the target is at most five times the time.
func BenchmarkBuild100x120(b *testing.B) { benchmarkBuild(b, syntheticStory(100, 120)) }
func BenchmarkBuild50x240(b *testing.B)  { benchmarkBuild(b, syntheticStory(50, 240)) }

// BenchmarkClaims50x60 and BenchmarkClaims100x120 time the alignment
// alone, without the comparison of facts inside claims.
func BenchmarkClaims50x60(b *testing.B)   { benchmarkClaims(b, syntheticStory(50, 60)) }
func BenchmarkClaims100x120(b *testing.B) { benchmarkClaims(b, syntheticStory(100, 120)) }

func BenchmarkClaims50x240(b *testing.B) { benchmarkClaims(b, syntheticStory(50, 240)) }

// TestBuildIsDeterministic: the same input gives the same claims, though
// candidate pairs are scored in parallel.
func TestBuildIsDeterministic(t *testing.T) {
	docs := syntheticStory(20, 30)
	a := buildClaims(newIndex(docs))
	b := buildClaims(newIndex(docs))
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatal("two runs on the same input gave different claims")
	}
	if len(a) == 0 {
		t.Fatal("no claims")
	}
}

// duplicateStory is copies of the sample story's articles, as a folder of
// syndicated or re-saved pages would be: copies documents in all.
func duplicateStory(b *testing.B, copies int) []corpus.Document {
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []corpus.Document
	for i := range copies {
		d := c.Documents[i%len(c.Documents)]
		d.ID = fmt.Sprintf("d%d", i+1)
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkBuildDuplicates300 and BenchmarkBuildDuplicates1200 align 300
// and 1,200 documents that are copies of five articles: each passage has
// hundreds of identical twins, which must not make the work quadratic.
func BenchmarkBuildDuplicates300(b *testing.B)  { benchmarkBuild(b, duplicateStory(b, 300)) }
func BenchmarkBuildDuplicates1200(b *testing.B) { benchmarkBuild(b, duplicateStory(b, 1200)) }
func BenchmarkBuildDuplicates600(b *testing.B)  { benchmarkBuild(b, duplicateStory(b, 600)) }

// BenchmarkBuildHugePassage aligns the sample story with one more document
// whose only passage is megabytes of unsplittable text (an encoded blob):
// only its first maxAnalysed bytes are read.
func BenchmarkBuildHugePassage(b *testing.B) {
	docs := duplicateStory(b, 5)
	blob := strings.Repeat("qXk3Zr9wPb7Tn2Lm ", 1<<18)
	docs = append(docs, corpus.Document{ID: "d6", Passages: []corpus.Passage{{ID: "d6.1", Text: blob}}})
	benchmarkBuild(b, docs)
}

// BenchmarkCompareStory measures extracting every passage's facts and
// comparing them inside the claims of the quake story (seven outlets).
func BenchmarkCompareStory(b *testing.B) {
	c, err := corpus.Load([]string{"../testdata/stories/quake"}, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	s, err := Build(context.Background(), c.Documents, Options{})
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, d := range s.Documents {
		n += len(d.Passages)
	}
	b.ReportMetric(float64(n), "passages")
	b.ReportAllocs()
	for b.Loop() {
		s.facts = nil
		s.compareStory()
	}
}

// tinyArticles generates n short articles, deterministically: news briefs
// of one or a few sentences, each its own outlet, about n/5 events, so
// that each event is told by about five of them in their own words.
func tinyArticles(n, sentences int) []corpus.Document {
	r := rand.New(rand.NewPCG(uint64(n), uint64(sentences)))
	syllables := []string{"ka", "lo", "mer", "tis", "van", "dor", "sel", "pri", "gun", "bes", "ra", "to", "lin", "qua", "zef", "mo"}
	word := func(k int) string {
		var b strings.Builder
		for range k {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		return b.String()
	}
	verbs := []string{"opened", "closed", "won", "lost", "approved", "rejected", "announced", "cancelled", "sold", "bought"}
	common := strings.Fields("the a of in on at for with said officials city report week new after about")
	type event struct {
		name, place, thing, verb string
		number                   int
	}
	events := make([]event, max(1, n/5))
	for i := range events {
		// Names, places and things from a vocabulary that grows with the
		// corpus, as real vocabularies do.
		events[i] = event{strings.ToUpper(word(1)[:1]) + word(4), strings.ToUpper(word(1)[:1]) + word(3), word(4), verbs[r.IntN(len(verbs))], 2 + r.IntN(900)}
	}
	docs := make([]corpus.Document, n)
	for i := range docs {
		d := &docs[i]
		d.ID = fmt.Sprintf("d%d", i+1)
		d.Path = fmt.Sprintf("brief-%05d.txt", i+1)
		d.Outlet = fmt.Sprintf("Brief %d", i+1)
		for k := range sentences {
			e := events[r.IntN(len(events))]
			if k == 0 {
				e = events[i%len(events)]
			}
			text := fmt.Sprintf("%s %s the %s in %s %s %d %s %s.", e.name, e.verb, e.thing, e.place,
				common[r.IntN(len(common))], e.number, common[r.IntN(len(common))], word(4))
			d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", d.ID, k+1), Paragraph: k + 1, Text: text})
		}
	}
	return docs
}

// BenchmarkBuildTiny2000, BenchmarkBuildTiny61000 and
// BenchmarkBuildSmall10000 align thousands of tiny articles: 2,000 of one
// line, 61,000 of one or two lines (a large JSON Lines feed), 10,000 of
// five. Candidate pairs and claims must stay bounded, so that time and
// memory grow no faster than n log n.
func BenchmarkBuildTiny2000(b *testing.B)   { benchmarkBuild(b, tinyArticles(2000, 1)) }
func BenchmarkBuildTiny61000(b *testing.B)  { benchmarkBuild(b, tinyArticles(61000, 2)) }
func BenchmarkBuildSmall10000(b *testing.B) { benchmarkBuild(b, tinyArticles(10000, 5)) }
