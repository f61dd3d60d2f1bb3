package align

import (
	"math"
	"slices"
	"sync"
	"unicode"

	"crosscheck/align/fact"
	"crosscheck/corpus"
)

// An index holds every passage of a corpus as a weighted term vector, with
// an inverted index from terms to passages for finding candidate pairs.
type index struct {
	docs []corpus.Document
	// refs maps a passage number (0…n-1 across the corpus) to its Ref.
	refs []Ref
	// pos is each passage's relative position in its document, 0 to 1.
	pos []float64
	// vecs are passages' terms with tf-idf weights, sorted by term id.
	vecs [][]weighted
	// norms are the vectors' lengths, numbers counted at NumberNormShare.
	norms []float64
	idf   []float64
	// inBody counts the body passages (not headlines) each term is in.
	inBody []int
	// postings lists, for each term, the passages holding it.
	postings [][]int
	// terms names each term id (for debugging and tests); number marks
	// numeric terms.
	terms  []string
	number []bool
	// name marks terms that are names: capitalised where they occur and
	// never written lower-case in the story.
	name []bool
	// bigrams are each passage's pairs of consecutive terms, sorted:
	// two passages that share word pairs say the same thing in the same
	// words, not merely about the same things.
	bigrams [][]uint64
	// reversal marks the passages that say something was called off
	// (see reversalTerms).
	reversal []bool
	// orders are the places in a sequence each passage's counts hold
	// ("the first four", "the last four"; see orderClash).
	orders []orderSet
	// events are the values that identify each passage's event: when it
	// happened and to whom (see eventMark).
	events []fact.Event
	// nations are the nationalities each passage says of people, as
	// countries with the countries that hold them (see nationsOf).
	nations [][]string
	// values are the typed values each passage states that can mark
	// one fact across outlets, as ids (see factValues); valuePostings
	// lists the passages stating each.
	values        [][]int32
	valuePostings [][]int
	// factSpans are where each passage states its typed facts, as byte
	// offsets, with the slot each is about (see factSlot): no clause
	// break falls inside one (see clausesOf), and a sentence read in a
	// claim for one fact is still compared there on the slots the claim's
	// own passages give (see membersFocus).
	factSpans [][]factSpan
	// valueDocs counts the documents whose bodies state each value.
	valueDocs []int
	// headsByCount lists, for each count of a known slot and figure
	// ("people killed 3"), the headlines that give it, whatever noun
	// they count by.
	headsByCount map[string][]int
	// bounds are the headlines that bound a count from below ("4-Plus
	// Earthquake") and the figures passages give of the slots they
	// bound (see boundedHeadlines).
	bounds countBounds
	// valueCount is each value's count key (see headsByCount), "" when
	// it is no count of a known slot.
	valueCount []string
	// valueSpans are where each passage states its marking values.
	valueSpans [][]valueSpan
	// slots are what each passage's values with a known role are about
	// ("people injured"), as ids: two passages that give the number of
	// the injured tell one fact, whether or not their figures agree.
	slots [][]int32
	// termIDs maps a term to its id; merged maps a name spelling to the
	// spelling it was merged into (see nameVariants).
	termIDs map[string]int
	merged  map[string]string
	// clauses holds the clauses of the passages whose focus in a claim
	// was sought, clauseRead which were read (see clausesOf).
	clauses    [][]clause
	clauseRead []bool
	// emb holds each passage's sentence vector, normalised, when an
	// embedding server gave them (see setEmbeddings); nil otherwise.
	emb  [][]float32
	tune tuning
	// onFeatures, when set, sees every candidate pair's features (for
	// fitting the pair model).
	onFeatures func(a, b int, f [nFeatures]float64)
}

type weighted struct {
	term int
	w    float64
}

func newIndex(docs []corpus.Document) *index { return newIndexOf(docs, nil) }

// termID returns the id of term, spelt as a passage writes it, or false
// when no passage of the index has it.
func (ix *index) termID(term string) (int, bool) {
	if m, ok := ix.merged[term]; ok {
		term = m
	}
	id, ok := ix.termIDs[term]
	return id, ok
}

// headline reports whether passage i is its article's headline.
func (ix *index) headline(i int) bool {
	r := ix.refs[i]
	return ix.docs[r.Doc].Passages[r.Passage].Headline
}

// nextBody returns the passage step (+1 or -1) from i, past a headline:
// the sentences around a lead are the next one and the previous
// article's last.
func (ix *index) nextBody(i, step int) int {
	j := i + step
	if j >= 0 && j < len(ix.refs) && ix.headline(j) {
		j += step
	}
	return j
}

// isLead reports whether passage i opens its article: its first sentence
// after the headline, or the headline, which sums up the story as a lead
// does.
func (ix *index) isLead(i int) bool {
	r := ix.refs[i]
	doc := &ix.docs[r.Doc]
	return r.Passage == 0 || r.Passage == 1 && doc.HasHeadline()
}

// newIndexOf indexes docs whose passages' typed facts are known, or, with
// facts nil, extracts them here.
func newIndexOf(docs []corpus.Document, facts *fact.Analysis) *index {
	ix := &index{docs: docs, tune: defaultTuning}
	for d := range docs {
		// Positions are in the body; the headline stands before it.
		n, head := len(docs[d].Passages), 0
		if docs[d].HasHeadline() {
			n, head = n-1, 1
		}
		for p := range docs[d].Passages {
			ix.refs = append(ix.refs, Ref{Doc: d, Passage: p})
			ix.pos = append(ix.pos, max(0, float64(p-head)+0.5)/float64(max(1, n)))
		}
	}
	toks := make([][]token, len(ix.refs))
	ix.orders = make([]orderSet, len(ix.refs))
	ix.events = make([]fact.Event, len(ix.refs))
	ix.nations = make([][]string, len(ix.refs))
	keys := make([][]statedValue, len(ix.refs))
	ix.factSpans = make([][]factSpan, len(ix.refs))
	dates := storyDates(docs)
	inParallel(len(toks), func(from, to int) {
		for i := from; i < to; i++ {
			r := ix.refs[i]
			text := fact.Analysed(docs[r.Doc].Passages[r.Passage].Text)
			toks[i] = tokenize(text)
			var fs []Fact
			if facts != nil {
				fs = facts.Facts(r)
			} else {
				fs = fact.Extract(text, docs[r.Doc].Published)
			}
			ix.orders[i] = ordersOf(fs)
			ix.events[i] = fact.EventOf(text, fs, dates[r.Doc])
			ix.nations[i] = nationsOf(fs)
			if docs[r.Doc].Passages[r.Passage].Headline && len(ix.nations[i]) == 0 {
				ix.nations[i] = headlineNations(text)
			}
			keys[i] = valueKeys(fs)
			for k := range fs {
				ix.factSpans[i] = append(ix.factSpans[i], factSpan{fs[k].Start, fs[k].End, fs[k].Kind, factSlot(&fs[k])})
			}
		}
	})
	ix.internValues(keys)
	ownTimes(ix.events, ix.refs, len(docs))
	// Names are found in the bodies, where capitals mark them; a
	// headline's spellings are merged as the bodies' are.
	bodyToks := slices.Clone(toks)
	for i := range bodyToks {
		if ix.headline(i) {
			bodyToks[i] = nil
		}
	}
	merge := nameVariants(ix.refs, bodyToks)
	ids := map[string]int{}
	ix.termIDs, ix.merged = ids, merge
	ix.clauses, ix.clauseRead = make([][]clause, len(toks)), make([]bool, len(toks))
	isName := []bool{}
	lower := []bool{}
	bags := make([][]int, len(toks))
	ix.bigrams = make([][]uint64, len(toks))
	ix.reversal = make([]bool, len(toks))
	// attributed[i] holds the terms of passage i found only in its
	// attribution clauses.
	attributed := make([]map[int]bool, len(toks))
	for i, ts := range toks {
		inFact := map[int]bool{}
		for _, t := range ts {
			term := t.term
			if m, ok := merge[term]; ok {
				term = m
			}
			id, ok := ids[term]
			if !ok {
				id = len(ids)
				ids[term] = id
				ix.terms = append(ix.terms, term)
				ix.number = append(ix.number, t.number)
				ix.postings = append(ix.postings, nil)
				isName = append(isName, false)
				lower = append(lower, false)
			}
			// A headline's capitals say nothing of names ("Ship Hits
			// Bridge").
			if ix.headline(i) {
			} else if t.capital {
				isName[id] = true
			} else if !t.number && !startsUpper(t.surface) {
				lower[id] = true
			}
			if n := len(bags[i]); n > 0 {
				ix.bigrams[i] = append(ix.bigrams[i], uint64(bags[i][n-1])<<32|uint64(id))
			}
			bags[i] = append(bags[i], id)
			if reversalTerms()[term] {
				ix.reversal[i] = true
			}
			if t.attribution {
				if !inFact[id] {
					if attributed[i] == nil {
						attributed[i] = map[int]bool{}
					}
					attributed[i][id] = true
				}
			} else {
				inFact[id] = true
				delete(attributed[i], id)
			}
		}
	}
	for i := range ix.bigrams {
		slices.Sort(ix.bigrams[i])
		ix.bigrams[i] = slices.Compact(ix.bigrams[i])
	}
	for i, bag := range bags {
		for _, t := range bag {
			if ps := ix.postings[t]; len(ps) == 0 || ps[len(ps)-1] != i {
				ix.postings[t] = append(ix.postings[t], i)
			}
		}
	}
	// Terms are weighed by the articles' bodies: a headline repeats the
	// words of its lead, and would make them look common.
	n := 0.0
	for i := range bags {
		if !ix.headline(i) {
			n++
		}
	}
	ix.idf = make([]float64, len(ids))
	ix.inBody = make([]int, len(ids))
	ix.name = make([]bool, len(ids))
	for t, ps := range ix.postings {
		// A term that recurs in many passages of each document is the
		// topic of a stretch of the story (the governor, the earlier
		// quake), not the mark of one fact.
		docs := map[int]bool{}
		inBody := 0
		for _, p := range ps {
			if !ix.headline(p) {
				docs[ix.refs[p].Doc] = true
				inBody++
			}
		}
		ix.inBody[t] = inBody
		if inBody == 0 {
			inBody = 1 // a word only headlines use
			docs[ix.refs[ps[0]].Doc] = true
		}
		ix.idf[t] = math.Log(1 + n/float64(inBody))
		ix.idf[t] *= math.Pow(float64(len(docs))/float64(inBody), ix.tune.Concentration)
		if isName[t] && !lower[t] {
			ix.idf[t] *= ix.tune.NameBoost
			ix.name[t] = true
		} else if generalTerms()[ix.terms[t]] {
			ix.idf[t] *= ix.tune.GeneralWeight
		}
	}
	ix.vecs = make([][]weighted, len(bags))
	ix.norms = make([]float64, len(bags))
	for i, bag := range bags {
		slices.Sort(bag)
		var v []weighted
		var sq float64
		for j := 0; j < len(bag); {
			k := j
			for k < len(bag) && bag[k] == bag[j] {
				k++
			}
			t := bag[j]
			w := (1 + math.Log(float64(k-j))) * ix.idf[t]
			if attributed[i][t] {
				w *= ix.tune.AttributionWeight
			}
			v = append(v, weighted{t, w})
			if ix.number[t] {
				w *= ix.tune.NumberNormShare
			}
			sq += w * w
			j = k
		}
		ix.vecs[i] = v
		ix.norms[i] = math.Sqrt(sq)
	}
	return ix
}

// reversalTerms are the terms of words that say a thing was called off,
// put off or stopped: "the meeting was cancelled" and "they plan to
// meet" are two facts, however many words they share.
var reversalTerms = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, t := range tokenize("cancelled postponed suspended halted abandoned delayed called off") {
		set[t.term] = true
	}
	return set
})

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// dot is the weighted overlap of passages a and b.
func (ix *index) dot(a, b int) float64 {
	va, vb := ix.vecs[a], ix.vecs[b]
	var dot float64
	for i, j := 0, 0; i < len(va) && j < len(vb); {
		switch {
		case va[i].term < vb[j].term:
			i++
		case va[i].term > vb[j].term:
			j++
		default:
			dot += va[i].w * vb[j].w
			i++
			j++
		}
	}
	return dot
}

// similarity is the cosine similarity of passages a and b, numbers that
// only one of them has counting little against it; at most 1.
func (ix *index) similarity(a, b int) float64 {
	if ix.norms[a] == 0 || ix.norms[b] == 0 {
		return 0
	}
	return min(1, ix.dot(a, b)/(ix.norms[a]*ix.norms[b]))
}
