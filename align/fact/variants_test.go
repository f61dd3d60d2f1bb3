package fact

import (
	"testing"

	"crosscheck/corpus"
)

// TestNameVariant: spellings of one name are variants, different names
// that merely look alike are not.
func TestNameVariant(t *testing.T) {
	for _, p := range [][2]string{
		{"wolff", "wolfe"}, {"rait", "raite"}, {"calamita", "lacalamita"}, {"carolos", "karolos"},
		{"giannis", "yiannis"}, {"ilias", "elias"}, {"whitkoff", "witkoff"}, {"mkhwanazi", "mkwanazi"},
	} {
		if !nameVariant(p[0], p[1]) || !nameVariant(p[1], p[0]) {
			t.Errorf("%s and %s are one name", p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"hamdan", "hamad"}, {"gage", "gaskin"}, {"israel", "israeli"}, {"riva", "rita"},
		{"gage", "page"}, {"scherlinck", "steinberg"},
	} {
		if nameVariant(p[0], p[1]) {
			t.Errorf("%s and %s are two names", p[0], p[1])
		}
	}
}

// TestVariantsAcrossClaims: a name's spellings are found though no claim
// holds both (the same first name beside them elsewhere is enough), and
// near-miss names in the same story are not joined.
func TestVariantsAcrossClaims(t *testing.T) {
	docs := []corpus.Document{
		{Passages: []corpus.Passage{{Text: "Hospital spokeswoman Ilene Wolff said the families asked for privacy."}, {Text: "Undersheriff James Gage described the chase."}}},
		{Passages: []corpus.Passage{{Text: "The wounded men's families asked for privacy, said Ilene Wolfe."}, {Text: "Detective Paul Gaskin led the search."}}},
		{Passages: []corpus.Passage{{Text: "Sami Hamdan was arrested in the morning."}, {Text: "Greek President Carolos Papoulias appealed for calm."}}},
		{Passages: []corpus.Passage{{Text: "Police named the driver as Omar Hamad."}, {Text: "President Karolos Papoulias spoke on television."}}},
	}
	a := Analyse(docs)
	// Each passage a claim of its own: no claim holds two spellings.
	var claims [][]Ref
	for d := range docs {
		for p := range docs[d].Passages {
			claims = append(claims, []Ref{{Doc: d, Passage: p}})
		}
	}
	found := map[string]bool{}
	for _, v := range a.FindVariants(claims) {
		for _, f := range v.Forms {
			found[f.Text] = true
		}
	}
	for _, w := range []string{"Wolff", "Wolfe", "Carolos", "Karolos"} {
		if !found[w] {
			t.Errorf("%s: not found among the variants %v", w, found)
		}
	}
	for _, w := range []string{"Gage", "Gaskin", "Hamdan", "Hamad"} {
		if found[w] {
			t.Errorf("%s: a near-miss name taken for a variant: %v", w, found)
		}
	}
}
