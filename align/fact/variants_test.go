package fact

import (
	"slices"
	"testing"

	"crosscheck/corpus"
)

// TestNameVariant: spellings of one name are variants, different names
// that merely look alike are not.
func TestNameVariant(t *testing.T) {
	for _, p := range [][2]string{
		{"wolff", "wolfe"}, {"rait", "raite"}, {"calamita", "lacalamita"}, {"carolos", "karolos"},
		{"giannis", "yiannis"}, {"ilias", "elias"}, {"whitkoff", "witkoff"}, {"mkhwanazi", "mkwanazi"},
		{"c&g", "g&c"},
	} {
		if !nameVariant(p[0], p[1]) || !nameVariant(p[1], p[0]) {
			t.Errorf("%s and %s are one name", p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"hamdan", "hamad"}, {"gage", "gaskin"}, {"israel", "israeli"}, {"riva", "rita"},
		{"gage", "page"}, {"scherlinck", "steinberg"}, {"c&g", "c&h"}, {"b&q", "bq"},
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

// TestVariantsInCounts: a people's name inside a count ("26 Somali
// pirates") is a name, and its misspelling in another outlet's count of
// the same claim is found; a people named rightly everywhere is not.
func TestVariantsInCounts(t *testing.T) {
	docs := []corpus.Document{
		{Passages: []corpus.Passage{{Text: "The coastguard detained 19 Korlani sailors near the reef."}, {Text: "All 19 Korlani sailors were later released."}}},
		{Passages: []corpus.Passage{{Text: "Coastguard officers detained 19 Korlami sailors on Monday."}}},
		{Passages: []corpus.Passage{{Text: "Nineteen Korlani sailors were detained, officials said."}, {Text: "Four Dutch divers watched."}}},
	}
	a := Analyse(docs)
	claims := [][]Ref{{{Doc: 0, Passage: 0}, {Doc: 1, Passage: 0}, {Doc: 2, Passage: 0}}, {{Doc: 0, Passage: 1}}, {{Doc: 2, Passage: 1}}}
	vs := a.FindVariants(claims)
	if len(vs) != 1 {
		t.Fatalf("want one variant (Korlani, Korlami), got %+v", vs)
	}
	var forms []string
	for _, f := range vs[0].Forms {
		forms = append(forms, f.Text)
	}
	if !slices.Contains(forms, "Korlani") || !slices.Contains(forms, "Korlami") {
		t.Errorf("want Korlani and Korlami, got %v", forms)
	}
}

// TestVariantsMisspeltPlace: a known place misspelt by one letter, the
// first too, beside the same word ("Gulf of Eden" for the Gulf of Aden),
// is found; a known place and another name one letter from it that share
// no word beside them are not.
func TestVariantsMisspeltPlace(t *testing.T) {
	docs := []corpus.Document{
		{Passages: []corpus.Passage{{Text: "Navy foils attack in Gulf of Eden", Headline: true}, {Text: "The frigate was escorting ships in the Gulf of Aden."}}},
		{Passages: []corpus.Passage{{Text: "The attack came in the Gulf of Aden on Thursday."}, {Text: "Captain Romo Vance said the crew was safe."}}},
		{Passages: []corpus.Passage{{Text: "Ships leaving Rome were warned."}}},
	}
	a := Analyse(docs)
	claims := [][]Ref{{{Doc: 0, Passage: 0}, {Doc: 1, Passage: 0}}, {{Doc: 0, Passage: 1}}, {{Doc: 1, Passage: 1}, {Doc: 2, Passage: 0}}}
	found := map[string]bool{}
	for _, v := range a.FindVariants(claims) {
		for _, f := range v.Forms {
			found[f.Text] = true
		}
	}
	if !found["Eden"] || !found["Aden"] {
		t.Errorf("Eden and Aden: not found among the variants %v", found)
	}
	if found["Romo"] || found["Rome"] {
		t.Errorf("Romo and Rome: two names taken for one: %v", found)
	}
}

// TestTitleVariants: the title of a thing given in quotation marks with a
// word changed in another article ("Did You Feel It?", "Do you feel
// it?") is one name written two ways; two remarks a word apart are not
// titles.
func TestTitleVariants(t *testing.T) {
	docs := []corpus.Document{
		{Passages: []corpus.Passage{{Text: "The \"Did You Feel It?\" survey drew 60 reports."}, {Text: "\"We are all fine now,\" she said."}}},
		{Passages: []corpus.Passage{{Text: "People wrote to the agency's \"Do you feel it?\" site."}, {Text: "\"We are all safe now,\" he said."}}},
	}
	a := Analyse(docs)
	var claims [][]Ref
	for d := range docs {
		for p := range docs[d].Passages {
			claims = append(claims, []Ref{{Doc: d, Passage: p}})
		}
	}
	var got [][]string
	for _, v := range a.FindVariants(claims) {
		var forms []string
		for _, f := range v.Forms {
			forms = append(forms, f.Text)
		}
		got = append(got, forms)
	}
	if len(got) != 1 || len(got[0]) != 2 || got[0][0] != "Did You Feel It?" || got[0][1] != "Do you feel it?" {
		t.Errorf("want one title written two ways, got %q", got)
	}
}
