package align

import (
	"math"

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
	vecs  [][]weighted
	norms []float64
	idf   []float64
	// postings lists, for each term, the passages holding it.
	postings [][]int
}

type weighted struct {
	term int
	w    float64
}

func newIndex(docs []corpus.Document) *index {
	ix := &index{docs: docs}
	ids := map[string]int{}
	var bags [][]int // passage → term ids (with repeats)
	for d := range docs {
		n := len(docs[d].Passages)
		for p := range docs[d].Passages {
			ix.refs = append(ix.refs, Ref{d, p})
			ix.pos = append(ix.pos, (float64(p)+0.5)/float64(n))
			var bag []int
			for _, t := range tokenize(docs[d].Passages[p].Text) {
				id, ok := ids[t]
				if !ok {
					id = len(ids)
					ids[t] = id
					ix.postings = append(ix.postings, nil)
				}
				bag = append(bag, id)
			}
			bags = append(bags, bag)
		}
	}
	n := float64(len(bags))
	for i, bag := range bags {
		seen := map[int]bool{}
		for _, t := range bag {
			if !seen[t] {
				seen[t] = true
				ix.postings[t] = append(ix.postings[t], i)
			}
		}
	}
	ix.idf = make([]float64, len(ids))
	for t, ps := range ix.postings {
		ix.idf[t] = math.Log(1 + n/float64(len(ps)))
	}
	ix.vecs = make([][]weighted, len(bags))
	ix.norms = make([]float64, len(bags))
	for i, bag := range bags {
		tf := map[int]int{}
		for _, t := range bag {
			tf[t]++
		}
		var v []weighted
		var sq float64
		for t, c := range tf {
			w := (1 + math.Log(float64(c))) * ix.idf[t]
			v = append(v, weighted{t, w})
			sq += w * w
		}
		sortWeighted(v)
		ix.vecs[i] = v
		ix.norms[i] = math.Sqrt(sq)
	}
	return ix
}

func sortWeighted(v []weighted) {
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j].term < v[j-1].term; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

// similarity is the cosine similarity of passages a and b.
func (ix *index) similarity(a, b int) float64 {
	if ix.norms[a] == 0 || ix.norms[b] == 0 {
		return 0
	}
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
	return dot / (ix.norms[a] * ix.norms[b])
}
