package align

import (
	"math"

	"crosscheck/corpus"
)

// Similarities exposes, for tests, the similarity of two passages of docs.
func Similarities(docs []corpus.Document) func(a, b Ref) float64 {
	ix := newIndex(docs)
	num := map[Ref]int{}
	for i, r := range ix.refs {
		num[r] = i
	}
	return func(a, b Ref) float64 { return ix.similarity(num[a], num[b]) }
}

// PairFeatures exposes, for tuning, the features of a pair of passages.
func PairFeatures(docs []corpus.Document) func(a, b Ref) []float64 {
	ix := newIndex(docs)
	num := map[Ref]int{}
	for i, r := range ix.refs {
		num[r] = i
	}
	return func(ra, rb Ref) []float64 {
		a, b := num[ra], num[rb]
		va, vb := ix.vecs[a], ix.vecs[b]
		var dot, mass, nshared, nummatch, namew float64
		var numa, numb float64
		for _, x := range va {
			if ix.number[x.term] {
				numa++
			}
		}
		for _, x := range vb {
			if ix.number[x.term] {
				numb++
			}
		}
		for i, j := 0, 0; i < len(va) && j < len(vb); {
			switch {
			case va[i].term < vb[j].term:
				i++
			case va[i].term > vb[j].term:
				j++
			default:
				t := va[i].term
				dot += va[i].w * vb[j].w
				mass += ix.idf[t]
				if ix.number[t] {
					nummatch++
				} else {
					nshared++
				}
				i++
				j++
			}
		}
		_ = namew
		cos := ix.similarity(a, b)
		contain := 0.0
		if m := math.Min(ix.norms[a], ix.norms[b]); m > 0 {
			contain = math.Min(1, dot/(m*m))
		}
		mismatch := 0.0
		if numa > 0 && numb > 0 && nummatch == 0 {
			mismatch = 1
		}
		lead := 0.0
		if ra.Passage <= 1 && rb.Passage <= 1 {
			lead = 1
		}
		la, lb := float64(len(va)), float64(len(vb))
		return []float64{cos, contain, math.Log1p(mass), nshared, nummatch, mismatch,
			math.Abs(ix.pos[a] - ix.pos[b]), lead, math.Min(la, lb) / math.Max(1, math.Max(la, lb)), math.Log1p(math.Min(la, lb))}
	}
}

// Tuning is the alignment's tuning, exposed so that tests can sweep it.
type Tuning = tuning

// SetTuning replaces the tuning Build uses and returns the previous one.
func SetTuning(t Tuning) Tuning {
	old := defaultTuning
	defaultTuning = t
	return old
}

// DefaultTuning returns the tuning Build uses.
func DefaultTuning() Tuning { return defaultTuning }

// PairFeatureNames names the pair model's features.
var PairFeatureNames = featureNames[:]

// CandidateFeatures returns every candidate pair of docs with the pair
// model's features, for fitting the model.
func CandidateFeatures(docs []corpus.Document) (refs [][2]Ref, feats [][]float64) {
	ix := newIndex(docs)
	ix.onFeatures = func(a, b int, f [nFeatures]float64) {
		refs = append(refs, [2]Ref{ix.refs[a], ix.refs[b]})
		feats = append(feats, f[:])
	}
	candidatePairs(ix)
	return refs, feats
}

// SetPairWeights replaces the pair model's weights and returns the old.
func SetPairWeights(w []float64) []float64 {
	old := pairWeights
	copy(pairWeights[:], w)
	return old[:]
}
