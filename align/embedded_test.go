package align_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// fakeEmbed gives each text a vector by the first of meanings it holds
// (one axis per meaning), or a vector of its own: a stand-in for an
// embedding server that knows "quake" and "temblor" mean one thing.
func fakeEmbed(meanings ...[]string) func(context.Context, []string) ([][]float32, error) {
	return func(_ context.Context, texts []string) ([][]float32, error) {
		dims := len(meanings) + len(texts)
		out := make([][]float32, len(texts))
		for i, t := range texts {
			v := make([]float32, dims)
			v[len(meanings)+i] = 1
			for m, words := range meanings {
				for _, w := range words {
					if strings.Contains(t, w) {
						v = make([]float32, dims)
						v[m] = 1
					}
				}
			}
			out[i] = v
		}
		return out, nil
	}
}

// A paraphrase with no word in common aligns when an embedding server
// says the two sentences mean one thing, and stays apart without one or
// when the server fails.
func TestEmbeddingsAlignParaphrases(t *testing.T) {
	docs := []corpus.Document{
		article("d1",
			"A strong earthquake struck the Kuyulu valley on Tuesday, damaging hundreds of homes.",
			"Looters emptied the jeweller's shop overnight.",
			"The governor visited the village school on Wednesday."),
		article("d2",
			"An earthquake hit the Kuyulu valley on Tuesday and damaged hundreds of homes, officials said.",
			"Thieves raided a jewellery store after dark.",
			"Schools across the province will stay closed for a week."),
	}
	robbery := [][]string{{"Looters emptied", "Thieves raided"}}
	with := func(embed func(context.Context, []string) ([][]float32, error)) *align.Story {
		s, err := align.Build(context.Background(), docs, align.Options{Embed: embed})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if s := with(nil); shareClaim(s, "d1.2", "d2.2") {
		t.Errorf("without vectors, two sentences sharing no word share a claim: %v", claimsOf(s))
	}
	s := with(fakeEmbed(robbery...))
	if !shareClaim(s, "d1.2", "d2.2") {
		t.Errorf("the robbery, told in other words, is not one claim with vectors that say so: %v", claimsOf(s))
	}
	if !shareClaim(s, "d1.1", "d2.1") || shareClaim(s, "d1.3", "d2.3") {
		t.Errorf("vectors changed what words decide: %v", claimsOf(s))
	}
	failing := func(context.Context, []string) ([][]float32, error) { return nil, errors.New("connection refused") }
	if s := with(failing); shareClaim(s, "d1.2", "d2.2") || !shareClaim(s, "d1.1", "d2.1") {
		t.Errorf("a failing server changed the alignment: %v", claimsOf(s))
	}
	short := func(context.Context, []string) ([][]float32, error) { return [][]float32{{1}}, nil }
	if s := with(short); shareClaim(s, "d1.2", "d2.2") {
		t.Errorf("too few vectors were used: %v", claimsOf(s))
	}
}
