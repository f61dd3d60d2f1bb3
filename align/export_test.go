package align

import "crosscheck/corpus"

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
