package align

import (
	"cmp"
	"hash/fnv"
	"slices"
	"strings"

	"crosscheck/align/fact"
	"crosscheck/corpus"
)

// A wire story is carried by hundreds of sites, each page with its own
// site's furniture around the same sentences. Three hundred columns of
// one text tell a fact-checker nothing three hundred times; one column
// for the wire story "and 299 copies", with the sites that carried it
// listed, tells what there is to tell. Copies are found before alignment
// and set aside: the story's sources are the originals and, for each
// group of copies, its fullest version.

// minCopyShare is the least share of the shorter document's sentences
// that a copy must have word for word in the other.
const minCopyShare = 0.8

// minCopySentences is the fewest sentences a document must have to be
// judged a copy: two short articles that share a sentence or two are two
// reports quoting one statement.
const minCopySentences = 3

// copyKeys is how many of a document's sentence fingerprints, the
// smallest, find the documents it may be a copy of; copyLeaders is how
// many groups of copies each fingerprint leads to. Both bound the work:
// finding copies costs time in proportion to the corpus, never its
// square.
const (
	copyKeys    = 4
	copyLeaders = 8
)

// findCopies groups the documents that are copies of one text. It
// returns, for each document, the index of the document it is a copy of,
// or -1 for a source (an original, or the fullest version of a copied
// text).
func findCopies(docs []corpus.Document) []int {
	copyOf := make([]int, len(docs))
	prints := make([][]uint64, len(docs))
	var order []int
	for d := range docs {
		copyOf[d] = -1
		prints[d] = fingerprints(docs[d].Passages)
		if len(prints[d]) >= minCopySentences {
			order = append(order, d)
		}
	}
	// The fullest version of a text leads its group: documents are taken
	// longest first.
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(len(prints[b]), len(prints[a])) })
	leaders := map[uint64][]int{}
	for _, d := range order {
		keys := prints[d][:min(copyKeys, len(prints[d]))]
		found := -1
	search:
		for _, k := range keys {
			for _, l := range leaders[k] {
				if isCopy(prints[d], prints[l]) {
					found = l
					break search
				}
			}
		}
		if found >= 0 {
			copyOf[d] = found
			continue
		}
		for _, k := range keys {
			if len(leaders[k]) < copyLeaders {
				leaders[k] = append(leaders[k], d)
			}
		}
	}
	return copyOf
}

// fingerprints hashes the passages of a document of four words or more,
// folded and lower-cased (their first maxAnalysed bytes), sorted and
// without repeats.
func fingerprints(ps []corpus.Passage) []uint64 {
	var out []uint64
	for _, p := range ps {
		words := strings.Fields(strings.ToLower(corpus.Fold(fact.Analysed(p.Text))))
		if len(words) < 4 {
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words, " ")))
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isCopy reports whether two documents' sorted fingerprints are mostly
// the same: the shorter has minCopyShare of its sentences in the other.
func isCopy(a, b []uint64) bool {
	return float64(sharedSorted(a, b)) >= minCopyShare*float64(min(len(a), len(b)))
}

// setCopiesAside keeps in s.Documents only the sources of docs and lists
// each source's copies in s.Copies.
func (s *Story) setCopiesAside(docs []corpus.Document) {
	copyOf := findCopies(docs)
	if !slices.ContainsFunc(copyOf, func(c int) bool { return c >= 0 }) {
		s.Documents = docs
		return
	}
	at := make([]int, len(docs)) // a source's index among the sources
	for d := range docs {
		if copyOf[d] < 0 {
			at[d] = len(s.Documents)
			s.Documents = append(s.Documents, docs[d])
		}
	}
	s.Copies = make([][]corpus.Document, len(s.Documents))
	for d, src := range copyOf {
		if src >= 0 {
			s.Copies[at[src]] = append(s.Copies[at[src]], docs[d])
		}
	}
}
