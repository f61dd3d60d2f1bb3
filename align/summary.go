package align

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"crosscheck/align/lang"
)

// summariseClaim writes each difference's one-line summary, counting
// the outlets that give each value from the fact row that holds it.
func summariseClaim(s *Story, c *Claim) {
	ix := newRowIndex(c.Facts)
	for i := range c.Differences {
		d := &c.Differences[i]
		d.Summary = ix.summarise(s, d)
	}
}

// A rowIndex finds, in a claim's fact sheet, the row and reading that
// hold a value: a claim that a hundred outlets report has hundreds of
// values and differences, and looking each up row by row would cost their
// product.
type rowIndex struct {
	rows []Row
	at   map[valueAt][2]int // value → row, reading
	// outlets counts each row's outlets, once asked (-1 before).
	outlets []int
}

// A valueAt identifies a value by where it is written.
type valueAt struct {
	ref    Ref
	offset int
	text   string
}

func newRowIndex(rows []Row) *rowIndex {
	ix := &rowIndex{rows: rows, at: map[valueAt][2]int{}, outlets: make([]int, len(rows))}
	for i := range ix.outlets {
		ix.outlets[i] = -1
	}
	for i := range rows {
		for k, rd := range rows[i].Readings {
			for _, v := range rd.Values {
				// The first row and reading that hold a value win, as a
				// search row by row would find them.
				if _, ok := ix.at[valueAt{v.Ref, v.Offset, v.Text}]; !ok {
					ix.at[valueAt{v.Ref, v.Offset, v.Text}] = [2]int{i, k}
				}
			}
		}
	}
	return ix
}

// summarise writes d in one line (see summarise), counting the outlets
// of the row that holds its first value.
func (ix *rowIndex) summarise(s *Story, d *Difference) string {
	if len(d.Values) == 0 {
		return summarise(s, d, nil, nil, 0)
	}
	at, ok := ix.at[valueAt{d.Values[0].Ref, d.Values[0].Offset, d.Values[0].Text}]
	if !ok {
		return summarise(s, d, nil, nil, 0)
	}
	r := &ix.rows[at[0]]
	reading := func(v Value) int {
		if w, ok := ix.at[valueAt{v.Ref, v.Offset, v.Text}]; ok && w[0] == at[0] {
			return w[1]
		}
		return readingOf(r, v)
	}
	if ix.outlets[at[0]] < 0 {
		ix.outlets[at[0]] = r.Outlets()
	}
	return summarise(s, d, r, reading, ix.outlets[at[0]])
}

// readingOf returns the index of r's reading that holds v, or -1.
func readingOf(r *Row, v Value) int {
	return slices.IndexFunc(r.Readings, func(rd Reading) bool {
		return slices.ContainsFunc(rd.Values, func(w Value) bool { return w.Ref == v.Ref && w.Offset == v.Offset && w.Text == v.Text })
	})
}

// minority returns the documents of a disputed row whose reading differs
// from the one most outlets give, or nil when no reading leads.
func minority(r *Row) []int {
	if !r.Status.Disputed() || len(r.Readings) < 2 || len(r.Readings[0].Docs) <= len(r.Readings[1].Docs) {
		return nil
	}
	var out []int
	for _, rd := range r.Readings[1:] {
		for _, d := range rd.Docs {
			if !slices.Contains(out, d) && !slices.Contains(r.Readings[0].Docs, d) {
				out = append(out, d)
			}
		}
	}
	slices.Sort(out)
	return out
}

// summarise writes a difference in one line, with the number of outlets
// giving each value when outlets disagree: "date: October 8 (1 of 3
// outlets) ≠ October 9 (2 of 3 outlets)". r is the fact row that holds
// it, reading finds a value's reading in r and outlets counts r's
// outlets; r is nil when no row holds it.
func summarise(s *Story, d *Difference, r *Row, reading func(Value) int, outlets int) string {
	var b strings.Builder
	b.WriteString(string(d.Kind))
	if d.Conversion {
		b.WriteString(" (conversion)")
	}
	b.WriteString(": ")
	texts := []string{compactText(d.Values[0].Text), compactText(d.Values[1].Text)}
	if d.Kind == KindQuote && d.Status == Conflict && len(d.Diff) > 0 {
		if a, bb, ok := changedWords(d.Diff); ok {
			texts = []string{"“…" + compactText(a) + "…”", "“…" + compactText(bb) + "…”"}
		}
	}
	for i, v := range d.Values {
		if i > 0 {
			b.WriteString(" " + statusSign(d.Status) + " ")
		}
		b.WriteString(texts[i])
		if r != nil && r.Status.Disputed() && !d.Conversion {
			if k := reading(v); k >= 0 {
				fmt.Fprintf(&b, " (%d of %d outlets)", len(r.Readings[k].Docs), outlets)
			}
		}
	}
	if d.Status.Disputed() && r != nil {
		if ms := minority(r); len(ms) > 0 {
			var names []string
			for _, doc := range ms {
				names = append(names, s.Documents[doc].Outlet)
			}
			fmt.Fprintf(&b, "; minority: %s", strings.Join(names, ", "))
		}
	}
	return b.String()
}

// changedWords picks, from a word diff, the stretch of changes that
// matters most (words replaced on both sides first, then the most
// meaningful words), changes at most two words apart taken together, and
// returns it as each side words it, with a word of context either side:
// "a terrible club" and "a really bad club"; "I, too, lost my son" and "I
// had lost a son".
func changedWords(spans []Span) (string, string, bool) {
	bestScore, bestA, bestB := 0, "", ""
	for i := 0; i < len(spans); i++ {
		if spans[i].Op == Common {
			continue
		}
		// Extend the stretch over changes separated by at most two words.
		j := i
		for j < len(spans) {
			if spans[j].Op == Common {
				if len(strings.Fields(spans[j].Text)) > 2 || j+1 >= len(spans) {
					break
				}
			}
			j++
		}
		for j > i && spans[j-1].Op == Common {
			j--
		}
		var a, b strings.Builder
		for _, sp := range spans[i:j] {
			if sp.Op != OnlyB {
				a.WriteString(sp.Text)
			}
			if sp.Op != OnlyA {
				b.WriteString(sp.Text)
			}
		}
		ca, cb := contentWords(a.String()), contentWords(b.String())
		score := ca + cb
		if hasLetter(a.String()) && hasLetter(b.String()) {
			score += 10 // words replaced, not only added or dropped
		}
		if score > bestScore {
			left, right := "", ""
			if i > 0 {
				t := spans[i-1].Text
				left = t[strings.LastIndexFunc(strings.TrimRightFunc(t, unicode.IsSpace), unicode.IsSpace)+1:]
			}
			if j < len(spans) {
				t := spans[j].Text
				k := len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
				if e := strings.IndexFunc(t[k:], unicode.IsSpace); e >= 0 {
					t = t[:k+e]
				}
				right = t
			}
			join := func(mid string) string {
				return strings.Trim(strings.TrimSpace(left+mid+right), "“”\"'‘’ ")
			}
			bestScore, bestA, bestB = score, join(a.String()), join(b.String())
		}
		i = j
	}
	return bestA, bestB, bestScore > 0
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// contentWords counts the words of s that are not function words.
func contentWords(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !lang.FunctionWord(lang.StripMarks(w)) {
			n++
		}
	}
	return n
}

// compactText shortens a long value (a quote) for a one-line summary.
func compactText(s string) string {
	r := []rune(s)
	if len(r) <= 60 {
		return s
	}
	return string(r[:57]) + "…"
}

// statusSign is the sign written between two compared values.
func statusSign(s Status) string {
	switch s {
	case Same:
		return "="
	case Compatible:
		// "~", not "⊂": the values come in document order, and which one
		// is the more specific depends on the kind.
		return "~"
	}
	return "≠"
}
