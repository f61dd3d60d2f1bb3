package fact

import (
	"strings"
	"unicode/utf8"

	"crosscheck/corpus"
)

// An Analysis is the typed facts of a story's passages and what comparing
// them needs to know of the whole story: each article's clock, the places
// its passages say hold other places, the exchange rates it states, the
// words it writes in lower case and the names it spells two ways.
type Analysis struct {
	// facts holds each passage's facts: facts[doc][passage].
	facts [][][]Fact
	// headlines holds each document's headline facts: those of its
	// headline passage, or of its Title when it has none.
	headlines [][]Fact
	// headRefs points at each document's headline: its headline passage,
	// or Passage HeadlinePassage for a document made without one.
	headRefs []Ref
	clocks   []clockContext
	// learned maps a place the gazetteer does not know to the place the
	// story says holds it.
	learned map[string]string
	// variantPairs holds the pairs of folded spellings found to be one name
	// written two ways across the story (see FindVariants).
	variantPairs map[[2]string]bool
	// family maps each folded spelling of a variant name to its variant
	// in variants (see FindVariants).
	family   map[string]int
	variants []Variant
	// lowerWords are the words the story writes in lower case: a
	// capitalised word among them opens a sentence; it is not a name.
	lowerWords map[string]bool
	// narrow holds, in an Analysis narrowed for one claim (see Within),
	// the facts its passages are read as holding; nil otherwise.
	narrow map[Ref][]Fact
	// rates are the exchange rates the story states (see learnRates).
	rates map[rateKey]float64
	// together holds the pairs of places some passage names together
	// ("Aoraki/Mount Cook National Park"): names of one place, or of
	// places that belong together, never two readings of one.
	together map[[2]string]bool
}

// Analyse extracts the facts of every passage and headline of docs, and
// what the story teaches about places, clocks, exchange rates and the
// spelling of names.
func Analyse(docs []corpus.Document) *Analysis {
	a := &Analysis{learned: map[string]string{}, lowerWords: map[string]bool{}, together: map[[2]string]bool{}}
	for d := range docs {
		doc := &docs[d]
		var ps [][]Fact
		var speakers []string
		open := false
		for p := range doc.Passages {
			// A quotation goes on from sentence to sentence within its
			// paragraph.
			if p > 0 && doc.Passages[p].Paragraph != doc.Passages[p-1].Paragraph {
				open = false
			}
			var fs []Fact
			var speaker string
			text := Analysed(doc.Passages[p].Text)
			fs, speaker, open = extractPassage(text, doc.Published, open && !doc.Passages[p].Headline)
			placesTogether(text, fs, a.together)
			ps = append(ps, fs)
			speakers = append(speakers, speaker)
			learnPlaces(fs, a.learned)
			collectLowerWords(Analysed(doc.Passages[p].Text), a.lowerWords)
		}
		resolveSpeakers(ps, speakers)
		a.facts = append(a.facts, ps)
		if doc.HasHeadline() {
			a.headlines = append(a.headlines, ps[0])
			a.headRefs = append(a.headRefs, Ref{d, 0})
		} else {
			a.headlines = append(a.headlines, Extract(Analysed(doc.Title), doc.Published))
			a.headRefs = append(a.headRefs, Ref{d, HeadlinePassage})
		}
	}
	a.labelQuotes()
	a.clocks = clockContexts(docs, a)
	a.rates = learnRates(a.facts)
	return a
}

// Facts returns the typed facts of the passage r points at.
func (a *Analysis) Facts(r Ref) []Fact { return a.facts[r.Doc][r.Passage] }

// factAt returns the fact a value was taken from, or nil.
func (a *Analysis) factAt(v Value) *Fact {
	var fs []Fact
	if v.Ref.Passage == HeadlinePassage {
		fs = a.headlines[v.Ref.Doc]
	} else {
		fs = a.facts[v.Ref.Doc][v.Ref.Passage]
	}
	for i := range fs {
		if fs[i].Start == v.Offset && fs[i].Text == v.Text {
			return &fs[i]
		}
	}
	return nil
}

// MaxAnalysed is the most of a passage, in bytes, that alignment and
// comparison read. A sentence is rarely over a few hundred bytes; a
// "passage" of megabytes is a file the reader could not split (a data
// dump, an encoded blob), and reading all of it would stall the story.
const MaxAnalysed = 8 << 10

// Analysed returns the part of text that is analysed: all of it, or its
// first MaxAnalysed bytes cut at a space.
func Analysed(text string) string {
	if len(text) <= MaxAnalysed {
		return text
	}
	cut := MaxAnalysed
	if i := strings.LastIndexByte(text[:cut], ' '); i > cut/2 {
		cut = i
	}
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// labelQuotes names each quotation's slot after its speaker as the story
// writes the name: "the quotation of Vandersloot", "the quotation of
// LaCalamita".
func (a *Analysis) labelQuotes() {
	written := map[string]string{}
	for d := range a.facts {
		for p := range a.facts[d] {
			for i := range a.facts[d][p] {
				for _, w := range nameWordsOf(&a.facts[d][p][i]) {
					if _, ok := written[w.fold]; !ok {
						written[w.fold] = w.text
					}
				}
			}
		}
	}
	for d := range a.facts {
		for p := range a.facts[d] {
			for i := range a.facts[d][p] {
				f := &a.facts[d][p][i]
				if f.Kind != KindQuote || f.Role == "" {
					continue
				}
				name := written[f.Role]
				if name == "" {
					name = strings.ToUpper(f.Role[:1]) + f.Role[1:]
				}
				f.Slot = "the quotation of " + name
			}
		}
	}
}

// placesTogether returns the pairs of place keys (and of a place's or
// name's words) that a passage writes as one: the words of one name, and
// places written side by side, with nothing but a slash, a hyphen or a
// bracket between them ("Aoraki/Mt Cook"). Places a sentence lists ("north
// of Santa Rosa and San Francisco") are two places, not one.
func placesTogether(text string, fs []Fact, out map[[2]string]bool) {
	pairAll := func(keys []string) {
		for i, a := range keys {
			for _, b := range keys[i+1:] {
				if a != b {
					out[foldPair(a, b)] = true
				}
			}
		}
	}
	keysOf := func(f *Fact) []string {
		var keys []string
		if p, ok := f.v.(*placeValue); ok {
			keys = append(keys, p.key)
		}
		for _, w := range nameWordsOf(f) {
			keys = append(keys, w.fold) // "Aoraki" the name, beside "Mt Cook" the place
		}
		return keys
	}
	var run []string
	prev := -1
	for i := range fs {
		f := &fs[i]
		if f.Kind != KindPlace && f.Kind != KindName {
			continue
		}
		keys := keysOf(f)
		pairAll(keys)
		if prev >= 0 && fs[prev].End <= f.Start && strings.Trim(text[fs[prev].End:f.Start], " /-()") == "" {
			run = append(run, keys...)
		} else {
			pairAll(run)
			run = keys
		}
		prev = i
	}
	pairAll(run)
}
