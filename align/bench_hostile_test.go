package align

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"crosscheck/corpus"
)

// Hostile shapes of input, as issue 15 measured them: time must grow at
// most in proportion to the input (or n log n), whatever its shape.

// oneWordArticle is a document of n one-word sentences, next to a short
// one: every passage is a claim of one outlet, which story order once
// placed by scanning the article for each of them.
func oneWordArticle(n int) []corpus.Document {
	r := rand.New(rand.NewPCG(15, uint64(n)))
	words := strings.Fields("harbour bridge ferry council strike repair deck span pier crane tug barge quay lock canal")
	long := corpus.Document{ID: "d1", Path: "words.txt", Outlet: "Words"}
	for i := range n {
		w := words[r.IntN(len(words))]
		long.Passages = append(long.Passages, corpus.Passage{ID: fmt.Sprintf("d1.%d", i+1), Paragraph: i + 1, Text: strings.ToUpper(w[:1]) + w[1:] + "."})
	}
	short := corpus.Document{ID: "d2", Path: "other.txt", Outlet: "Other",
		Passages: []corpus.Passage{{ID: "d2.1", Paragraph: 1, Text: "The harbour bridge reopened on Monday after repairs."}}}
	return []corpus.Document{long, short}
}

// BenchmarkBuildOneWordLines10k and …40k align an article of 10,000 and
// 40,000 one-word sentences: four times the input should take about four
// times as long (it took sixteen).
func BenchmarkBuildOneWordLines10k(b *testing.B) { benchmarkBuild(b, oneWordArticle(10_000)) }
func BenchmarkBuildOneWordLines40k(b *testing.B) { benchmarkBuild(b, oneWordArticle(40_000)) }

// templatedArticles is n articles of one sentence each, all cut from a
// few templates with their places and numbers changed, as wire copy
// retold many times is.
func templatedArticles(n int) []corpus.Document {
	r := rand.New(rand.NewPCG(15, uint64(n)))
	templates := []string{
		"Officials said the ferry carried %d passengers when it struck the pier in %s on %s.",
		"The fire in %[2]s destroyed %[1]d homes and forced people to leave on %[3]s, officials said.",
		"Police in %[2]s arrested %[1]d people after the protest on %[3]s, a spokesman said.",
		"The council of %[2]s voted %[1]d to 3 on %[3]s to close the old bridge.",
		"Rescuers in %[2]s pulled %[1]d miners from the shaft on %[3]s.",
	}
	places := strings.Fields("Aldport Brenmoor Calder Dunholt Eskby Farrow Glenmere Hollin Ivesby Jarrow Kestle Lorn")
	days := strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
	docs := make([]corpus.Document, n)
	for i := range docs {
		text := fmt.Sprintf(templates[r.IntN(len(templates))], 2+r.IntN(500), places[r.IntN(len(places))], days[r.IntN(len(days))])
		docs[i] = corpus.Document{ID: fmt.Sprintf("d%d", i+1), Path: fmt.Sprintf("a%05d.txt", i), Outlet: fmt.Sprintf("Outlet %d", i+1),
			Passages: []corpus.Passage{{ID: fmt.Sprintf("d%d.1", i+1), Paragraph: 1, Text: text}}}
	}
	return docs
}

// BenchmarkBuildTemplated500 and …2000 align 500 and 2,000 one-sentence
// articles cut from five templates: candidate pairs and clusters must
// stay bounded when every article resembles hundreds of others.
func BenchmarkBuildTemplated500(b *testing.B)  { benchmarkBuild(b, templatedArticles(500)) }
func BenchmarkBuildTemplated2000(b *testing.B) { benchmarkBuild(b, templatedArticles(2000)) }

// smallArticles is n articles of six sentences drawn from a vocabulary of
// 300 words: every passage shares words with thousands of others.
func smallArticles(n int) []corpus.Document {
	r := rand.New(rand.NewPCG(15, uint64(n)))
	syllables := strings.Fields("ka lo mi ren tor sa vi nel dor pa qui zu ber fan gol hu jen mar nok pel")
	vocab := make([]string, 300)
	for i := range vocab {
		var w strings.Builder
		for range 2 + r.IntN(3) {
			w.WriteString(syllables[r.IntN(len(syllables))])
		}
		vocab[i] = w.String()
	}
	docs := make([]corpus.Document, n)
	for i := range docs {
		d := corpus.Document{ID: fmt.Sprintf("d%d", i+1), Path: fmt.Sprintf("s%05d.txt", i), Outlet: fmt.Sprintf("Outlet %d", i+1)}
		for p := range 6 {
			words := make([]string, 8+r.IntN(9))
			for k := range words {
				words[k] = vocab[r.IntN(len(vocab))]
			}
			words[0] = strings.ToUpper(words[0][:1]) + words[0][1:]
			d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", d.ID, p+1), Paragraph: p/2 + 1, Text: strings.Join(words, " ") + "."})
		}
		docs[i] = d
	}
	return docs
}

// BenchmarkBuildSmall500 and …2000 align 500 and 2,000 small articles of
// a narrow vocabulary (the corpus limit is 2,000 articles): four times
// the input should take about four times as long.
func BenchmarkBuildSmall500(b *testing.B)  { benchmarkBuild(b, smallArticles(500)) }
func BenchmarkBuildSmall2000(b *testing.B) { benchmarkBuild(b, smallArticles(2000)) }
