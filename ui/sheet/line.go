package sheet

import (
	"slices"
	"strings"
	"unicode"

	"crosscheck/align"
	"crosscheck/align/lang"
	"crosscheck/corpus"
)

// A Reading is one reading of a fact as written out: the ways it is
// written and who gives it.
type Reading struct {
	// Text is the reading's distinct wordings joined by " = ", the first
	// as most outlets write it: "Thursday = October 8" when one outlet's
	// Thursday is another's October 8. A wording holding another ("14
	// people" after "14") is left out.
	Text string
	// By names who gives the reading: its outlets, in document order; for
	// a headline set against its own article's body, "headline" or "body".
	By []string
}

// maxForms is how many wordings of one reading a line spells out.
const maxForms = 3

// Readings writes out row r's readings. inArticle says that the row sets
// an article's headline against its body, so that each reading is
// attributed to the headline or the body rather than to the one outlet.
func Readings(s *align.Story, r *align.Row, inArticle bool) []Reading {
	out := make([]Reading, 0, len(r.Readings))
	for _, rd := range r.Readings {
		var forms, seen []string
		// A body's wording before a headline's: the headline's capitals
		// are its own ("at Least a Dozen").
		vals := slices.Clone(rd.Values)
		slices.SortStableFunc(vals, func(a, b align.Value) int {
			return boolInt(s.IsHeadline(a.Ref)) - boolInt(s.IsHeadline(b.Ref))
		})
		for _, v := range vals {
			k := strings.ToLower(corpus.Fold(v.Text))
			if v.Text == "" || slices.ContainsFunc(seen, func(s string) bool { return sameForm(s, k) }) {
				continue
			}
			seen = append(seen, k)
			if len(forms) < maxForms {
				forms = append(forms, v.Text)
			}
		}
		if len(forms) == 0 {
			forms = []string{rd.Text}
		}
		if r.Kind == align.KindNumber && strings.HasPrefix(rd.Norm, "0 ") {
			forms = noneForms(forms)
		}
		out = append(out, Reading{Text: strings.Join(forms, " = "), By: by(s, rd, inArticle)})
	}
	return out
}

// noneForms keeps, of the wordings of a count of none, those that say
// none ("no reports of damage"), or else says "none": a none read from
// the second noun of a list ("no reports of injuries or major damage")
// is written by that noun alone, which would read as a positive.
func noneForms(forms []string) []string {
	var out []string
	for _, f := range forms {
		for _, w := range strings.FieldsFunc(strings.ToLower(f), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			if fr := lang.ZeroFrame(w); fr == "denial" || fr == "negation" {
				out = append(out, f)
				break
			}
		}
	}
	if len(out) == 0 {
		return []string{"none"}
	}
	return out
}

// sameForm reports whether two folded wordings of one reading are one
// form: equal, or one holding the other as whole words ("14" in "14
// people", "63" in "63-year-old"), which says nothing new.
func sameForm(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := strings.Index(b, a)
	if i < 0 {
		return false
	}
	edge := func(c byte) bool { return c == ' ' || c == '-' }
	before, after := i == 0 || edge(b[i-1]), i+len(a) == len(b) || edge(b[i+len(a)])
	return before && after
}

func by(s *align.Story, rd align.Reading, inArticle bool) []string {
	var names []string
	if inArticle {
		for _, v := range rd.Values {
			w := "body"
			if s.IsHeadline(v.Ref) {
				w = "headline"
			}
			if !contains(names, w) {
				names = append(names, w)
			}
		}
		return names
	}
	for _, d := range rd.Docs {
		if n := Outlet(s, d); !contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Outlet is the name shown for document d's outlet.
func Outlet(s *align.Story, d int) string {
	if d < 0 || d >= len(s.Documents) || s.Documents[d].Outlet == "" {
		return "Unknown outlet"
	}
	return s.Documents[d].Outlet
}

// Subject is what a dispute's line says it is about: the row's slot, and
// for a headline set against its own body, whose: "vessel, in Reuters's
// headline against its body".
func Subject(s *align.Story, d *align.Dispute) string {
	if d.InArticle() {
		return d.Slot + ", " + Outlet(s, d.Doc) + " headline against body"
	}
	return d.Slot
}

// Line writes row r out on one line, without its mark: "people injured:
// 18 (Reuters) · 12 (USA Today) · four (Keep Talking Greece)".
func Line(subject string, rs []Reading) string {
	var b strings.Builder
	b.WriteString(subject)
	b.WriteString(": ")
	for i, rd := range rs {
		if i > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(rd.Text)
		b.WriteString(" (" + strings.Join(rd.By, ", ") + ")")
	}
	return b.String()
}

// DisputeLine writes dispute d out on one line, without its mark.
func DisputeLine(s *align.Story, d *align.Dispute) string {
	return Line(Subject(s, d), Readings(s, &d.Row, d.InArticle()))
}

// RowLine writes a claim's row out on one line, without its mark.
func RowLine(s *align.Story, r *align.Row) string {
	return Line(r.Slot, Readings(s, r, false))
}

// Told reports whether row r says more than the passages do: a disputed
// or compatible row, or a row of the same value written more than one way
// ("Oct. 19" and "October 19"). A row of one wording that every outlet
// writes alike ("Two") is lit in the passages and told nowhere else.
func Told(r *align.Row) bool {
	if r.Status != align.Same {
		return true
	}
	var seen []string
	for _, rd := range r.Readings {
		for _, v := range rd.Values {
			if k := strings.ToLower(corpus.Fold(v.Text)); !contains(seen, k) {
				seen = append(seen, k)
			}
		}
	}
	return len(seen) > 1
}

// Quiet writes a claim's told rows whose status is Same or Compatible as
// one line, for under its disputed rows, without outlets: "◇ place:
// Rotterdam · Netherlands; = date: Oct. 19 = October 19". It returns ""
// when there is none.
func Quiet(s *align.Story, rows []align.Row) string {
	var parts []string
	for i := range rows {
		r := &rows[i]
		if r.Status.Disputed() || !Told(r) {
			continue
		}
		var texts []string
		for _, rd := range Readings(s, r, false) {
			texts = append(texts, rd.Text)
		}
		parts = append(parts, Mark(r.Status)+" "+r.Slot+": "+strings.Join(texts, " · "))
	}
	return strings.Join(parts, "; ")
}

// Where says where dispute d is listed, for the end of its line: "c2",
// "c5, also c3 and c43", or, for a headline set against its own body,
// the document: "d4".
func Where(s *align.Story, d *align.Dispute) string {
	if d.InArticle() {
		return s.Documents[d.Doc].ID
	}
	w := s.Claims[d.Claim].ID
	if len(d.Also) > 0 {
		var also []string
		for _, c := range d.Also {
			also = append(also, s.Claims[c].ID)
		}
		w += ", also " + andList(also)
	}
	return w
}

// RepeatedFrom says, for row of claim that repeats a dispute listed in
// another claim, where it is listed: "listed under c5"; "" otherwise.
func RepeatedFrom(s *align.Story, claim, row int) string {
	k := s.DisputeOf(claim, row)
	if k < 0 || s.Disputes[k].Claim == claim || s.Disputes[k].InArticle() {
		return ""
	}
	return "listed under " + s.Claims[s.Disputes[k].Claim].ID
}

func andList(xs []string) string {
	if len(xs) == 1 {
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
