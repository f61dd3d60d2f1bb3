package align

import (
	"context"
	"crosscheck/align/fact"
	"math"
)

// Sentence vectors from an embedding server the user runs (see
// Options.Embed) say how alike two sentences are in meaning, beyond the
// words they share: "quake" and "temblor", "heist" and "robbery". Their
// cosine, centred on the story's mean over candidate pairs, is one
// feature of the pair model; without a server the feature is 0 and the
// model scores as it always did.

// setEmbeddings asks embed for the vectors of ix's passages and keeps
// them, normalised, when there is one of the same length for each.
func (ix *index) setEmbeddings(ctx context.Context, embed func(context.Context, []string) ([][]float32, error)) {
	texts := make([]string, len(ix.refs))
	for i, r := range ix.refs {
		texts[i] = fact.Analysed(ix.docs[r.Doc].Passages[r.Passage].Text)
	}
	vs, err := embed(ctx, texts)
	if err != nil || len(vs) != len(texts) {
		return
	}
	for _, v := range vs {
		if len(v) == 0 || len(v) != len(vs[0]) {
			return
		}
	}
	for _, v := range vs {
		var sq float64
		for _, x := range v {
			sq += float64(x) * float64(x)
		}
		if sq > 0 {
			inv := float32(1 / math.Sqrt(sq))
			for i := range v {
				v[i] *= inv
			}
		}
	}
	ix.emb = vs
}

// embeddingCosine is the cosine of passages a and b's vectors.
func (ix *index) embeddingCosine(a, b int) float64 {
	var dot float32
	for i, x := range ix.emb[a] {
		dot += x * ix.emb[b][i]
	}
	return float64(dot)
}

// embeddingCentre is the mean cosine of the candidate pairs cands: how
// alike any two sentences of this story are to this server's model.
func (ix *index) embeddingCentre(cands [][2]int32) float64 {
	if len(cands) == 0 {
		return 0
	}
	var sum float64
	for _, c := range cands {
		sum += ix.embeddingCosine(int(c[0]), int(c[1]))
	}
	return sum / float64(len(cands))
}

// embeddingFeature is the pair model's feature for passages a and b: their
// cosine above the story's centre, as a share of the way to 1 (below it,
// of the way to -1).
func (ix *index) embeddingFeature(a, b int, centre float64) float64 {
	c := ix.embeddingCosine(a, b)
	switch {
	case c >= centre && centre < 1:
		return (c - centre) / (1 - centre)
	case c < centre && centre > -1:
		return (c - centre) / (1 + centre)
	}
	return 0
}

// maxEmbeddingScan is the most passages whose every pair from different
// documents is compared by vector to find candidates: paraphrases share
// no word for the inverted index to find. Larger stories keep the
// index's candidates only.
const maxEmbeddingScan = 1000

// embeddingNeighbours is how many of each passage's nearest passages by
// vector become candidates.
const embeddingNeighbours = 8

// embeddingCandidates returns, for each passage, its nearest passages of
// other documents by vector, each pair once (a < b), when the story is
// small enough to compare every pair.
func (ix *index) embeddingCandidates() [][2]int32 {
	n := len(ix.refs)
	if ix.emb == nil || n > maxEmbeddingScan {
		return nil
	}
	type near struct {
		p   int32
		cos float64
	}
	var out [][2]int32
	best := make([]near, 0, embeddingNeighbours+1)
	for a := range n {
		best = best[:0]
		for b := range n {
			if ix.refs[a].Doc == ix.refs[b].Doc {
				continue
			}
			c := ix.embeddingCosine(a, b)
			if len(best) == embeddingNeighbours && c <= best[len(best)-1].cos {
				continue
			}
			i := len(best)
			best = append(best, near{int32(b), c})
			for i > 0 && best[i-1].cos < c {
				best[i] = best[i-1]
				i--
			}
			best[i] = near{int32(b), c}
			if len(best) > embeddingNeighbours {
				best = best[:embeddingNeighbours]
			}
		}
		for _, x := range best {
			out = append(out, [2]int32{min(int32(a), x.p), max(int32(a), x.p)})
		}
	}
	return out
}
