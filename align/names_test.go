package align

import "testing"

// TestNameVariants checks which spellings of a name are made one: close
// spellings in different articles are, names that merely look alike, or
// two spellings inside one article, are not.
func TestNameVariants(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		same  bool
		whyNo string
	}{
		{"Whitkoff", "Witkoff", true, ""},
		{"Alishbandi", "Alishvandi", true, ""},
		{"Bireun", "Bireuen", true, ""},
		{"Etxeberria", "Echeverría", true, ""},
		{"Karagacli", "Karaağaçlı", true, ""},
		{"Iran", "Iraq", false, "too short to judge"},
		{"Gambia", "Zambia", false, "different first letters"},
		{"Hamdan", "Hamdam", false, "both in one article"},
		{"Johnson", "Jackson", false, "too far apart"},
	} {
		docA, docB := 0, 1
		if c.whyNo == "both in one article" {
			docB = 0
		}
		refs := []Ref{{Doc: docA, Passage: 0}, {Doc: docB, Passage: 1}}
		toks := [][]token{
			tokenize("The official " + c.a + " spoke."),
			tokenize("The official " + c.b + " spoke."),
		}
		merge := nameVariants(refs, toks)
		ta, tb := toks[0][1].term, toks[1][1].term
		if ra, ok := merge[ta]; ok {
			ta = ra
		}
		if rb, ok := merge[tb]; ok {
			tb = rb
		}
		if (ta == tb) != c.same {
			t.Errorf("%s / %s: same name = %v, want %v %s", c.a, c.b, ta == tb, c.same, c.whyNo)
		}
	}
}
