package align

import (
	"math"
)

// The pair model scores how likely two passages of different outlets are
// to state the same fact, from lexical evidence only. It is a logistic
// model over a few features of the pair; its weights were fitted on the
// project's answer keys (see TestFitPairModel, run with FIT=1), checked
// story by story on stories left out of the fit, and rounded.

// Pair features, in the order of pairWeights.
const (
	fBias = iota
	fCosine
	fContain
	fSharedMass
	fSharedNames
	fSharedNumbers
	fNumberClash
	fRankLow
	fRankHigh
	fNeighbours
	fPositionGap
	fBothLeads
	fShortest
	fBigrams
	fReversal
	fEmbedding
	nFeatures
)

// featureNames name the features for tuning output.
var featureNames = [nFeatures]string{
	"bias", "cosine", "contain", "sharedMass", "sharedNames",
	"sharedNumbers", "numberClash", "rankLow", "rankHigh", "neighbours",
	"positionGap", "bothLeads", "shortest", "bigrams", "reversal",
	"embedding",
}

// pairWeights are the fitted weights of the pair model. The embedding
// feature's weight is a prior, not fitted: no embedding server was at
// hand when the model was fitted; it is 0 without one.
var pairWeights = [nFeatures]float64{
	-4.65, 1.89, 2.05, 2.65, -0.13, 1.81, 0.38, 1.05, 1.04, 0.85, -1.62, 1.09, -0.30, 1.56, -1.20,
	2.0,
}

// overlap is what two passages share.
type overlap struct {
	dot, mass       float64
	names, numbers  int
	numA, numB      int
	cosine, contain float64
	// inA and inB are how much of a's and of b's weight the other holds.
	inA, inB float64
}

// overlapOf measures what passages a and b share.
func (ix *index) overlapOf(a, b int) overlap {
	var o overlap
	va, vb := ix.vecs[a], ix.vecs[b]
	for _, x := range va {
		if ix.number[x.term] {
			o.numA++
		}
	}
	for _, x := range vb {
		if ix.number[x.term] {
			o.numB++
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
			o.dot += va[i].w * vb[j].w
			o.mass += ix.idf[t]
			switch {
			case ix.number[t]:
				o.numbers++
			case ix.name[t]:
				o.names++
			}
			i++
			j++
		}
	}
	na, nb := ix.norms[a], ix.norms[b]
	if na > 0 && nb > 0 {
		o.cosine = min(1, o.dot/(na*nb))
		o.inA, o.inB = min(1, o.dot/(na*na)), min(1, o.dot/(nb*nb))
		o.contain = max(o.inA, o.inB)
	}
	return o
}

// features returns the pair model's features of passages a and b, given
// each one's best cosine in the other's document.
func (ix *index) features(a, b int, o overlap, bestA, bestB float64) [nFeatures]float64 {
	var f [nFeatures]float64
	f[fBias] = 1
	f[fCosine] = o.cosine
	f[fContain] = o.contain
	f[fSharedMass] = math.Log1p(o.mass) / 3
	f[fSharedNames] = float64(min(o.names, 3)) / 3
	f[fSharedNumbers] = float64(min(o.numbers, 3)) / 3
	if o.numA > 0 && o.numB > 0 && o.numbers == 0 {
		f[fNumberClash] = 1
	}
	ra, rb := 1.0, 1.0
	if bestA > 0 {
		ra = o.cosine / bestA
	}
	if bestB > 0 {
		rb = o.cosine / bestB
	}
	f[fRankLow], f[fRankHigh] = min(ra, rb), max(ra, rb)
	f[fNeighbours] = ix.neighbourSimilarity(a, b)
	f[fPositionGap] = math.Abs(ix.pos[a] - ix.pos[b])
	if ix.isLead(a) && ix.isLead(b) {
		f[fBothLeads] = 1
	}
	f[fShortest] = math.Log1p(float64(min(len(ix.vecs[a]), len(ix.vecs[b])))) / 3
	if n := min(len(ix.bigrams[a]), len(ix.bigrams[b])); n > 0 {
		f[fBigrams] = float64(sharedSorted(ix.bigrams[a], ix.bigrams[b])) / float64(n)
	}
	if ix.reversal[a] != ix.reversal[b] {
		f[fReversal] = 1
	}
	return f
}

// neighbourSimilarity is the best cosine between the passages before a
// and b, or after them: facts told in the same order across outlets.
func (ix *index) neighbourSimilarity(a, b int) float64 {
	var best float64
	for _, d := range []int{-1, 1} {
		na, nb := ix.nextBody(a, d), ix.nextBody(b, d)
		if na < 0 || nb < 0 || na >= len(ix.refs) || nb >= len(ix.refs) ||
			ix.refs[na].Doc != ix.refs[a].Doc || ix.refs[nb].Doc != ix.refs[b].Doc {
			continue
		}
		best = max(best, ix.similarity(na, nb))
	}
	return best
}

// modelScore is the pair model's probability for features f.
func modelScore(f [nFeatures]float64) float64 {
	var z float64
	for i, w := range pairWeights {
		z += w * f[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// sharedSorted counts the values two sorted slices share.
func sharedSorted(a, b []uint64) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
