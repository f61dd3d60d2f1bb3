package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/align/fact"
	"crosscheck/align/lang"
)

// Focus: what part of a sentence a claim is about. A sentence that states
// several facts (a lead) joins the claim of each; in each it is read for
// the fact that claim holds, the clause whose words or values the claim's
// other outlets share. Its other facts are compared there only when they
// are of a slot the claim's own sentences give (see judgedSpans), and the
// reader mutes its other words.

// A factSpan is where a passage states a typed fact, its kind, and the
// slot it is about (see factSlot).
type factSpan struct {
	start, end int
	kind       fact.Kind
	slot       string
}

// factSlot names what f is about, its kind with it, for matching the
// facts of two passages ("number|people injured", "number|length"); ""
// for a name (names are the story's, not a claim's) and for a count whose
// sentence does not say what it counts.
func factSlot(f *Fact) string {
	if f.Kind == fact.KindName || bareCount(f) {
		return ""
	}
	return string(f.Kind) + "|" + f.Slot
}

// slotKinds are the kinds whose slots two passages may be known to share
// (see shareFactSlot): a count or a sum whose sentence says what it is
// of, a length of time, a clock time, a quotation and its speaker. A date
// or a place is in most sentences of a story.
var slotKinds = []fact.Kind{fact.KindNumber, fact.KindDuration, fact.KindMoney, fact.KindTime, fact.KindQuote}

// shareFactSlot reports whether passages a and b give values of one slot
// of those kinds.
func shareFactSlot(ix *index, a, b int) bool {
	for _, x := range ix.factSpans[a] {
		if x.slot == "" || !slices.Contains(slotKinds, x.kind) {
			continue
		}
		for _, y := range ix.factSpans[b] {
			if y.slot == x.slot {
				return true
			}
		}
	}
	return false
}

// A clause is a stretch of a passage between two clause breaks, with the
// terms of its words.
type clause struct {
	start, end int
	terms      []int
}

// clauseSpans cuts text into its clauses: at a comma, a semicolon or a
// colon followed by a space, a bracket, a dash between spaces, after a
// closing quotation mark, and before a word that opens a clause ("and",
// "while", "which"), but never inside
// one of the spans keep (a date, a quotation: "March 8, 2021", "“the
// people who trusted him”"). Each clause is trimmed of spaces and
// punctuation at its edges; empty ones are dropped.
func clauseSpans(text string, keep []factSpan) [][2]int {
	inside := func(i int) bool {
		for _, k := range keep {
			if i > k.start && i < k.end {
				return true
			}
		}
		return false
	}
	var cuts []int
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '”' && i+n < len(text) && text[i+n] == ' ' && !inside(i+n):
			// The end of a quotation: what follows says who said it.
			cuts = append(cuts, i+n, i+n)
		case inside(i):
		case (r == ',' || r == ';' || r == ':') && i+n < len(text) && text[i+n] == ' ':
			cuts = append(cuts, i, i+n)
		case r == '(' || r == ')' || r == '[' || r == ']':
			cuts = append(cuts, i, i+n)

		case (r == '—' || r == '–' || r == '-') && i > 0 && text[i-1] == ' ' && i+n < len(text) && text[i+n] == ' ':
			cuts = append(cuts, i, i+n)
		case r == ' ':
			j := i + 1
			for j < len(text) && unicode.IsLetter(rune(text[j])) {
				j++
			}
			if j > i+1 && lang.ClauseOpener(strings.ToLower(text[i+1:j])) {
				cuts = append(cuts, i, i)
			}
		}
		i += n
	}
	var out [][2]int
	from := 0
	add := func(a, b int) {
		for a < b && !isWordByte(text[a]) {
			a++
		}
		for b > a && !isWordByte(text[b-1]) {
			b--
		}
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	for k := 0; k+1 < len(cuts); k += 2 {
		add(from, cuts[k])
		from = cuts[k+1]
	}
	add(from, len(text))
	return out
}

// isWordByte reports whether b may open or close a clause: a letter, a
// digit, a quotation mark or a byte of a multi-byte character.
func isWordByte(b byte) bool {
	return b >= 0x80 || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '"' || b == '\'' || b == '%' || b == '$'
}

// clausesOf returns passage p's clauses with their terms, reading them
// once per passage.
func (ix *index) clausesOf(p int) []clause {
	if !ix.clauseRead[p] {
		ix.clauses[p] = ix.readClauses(p)
		ix.clauseRead[p] = true
	}
	return ix.clauses[p]
}

// readClauses cuts passage p into its clauses and reads their terms; nil
// for a headline or a passage of one clause, which are read whole.
func (ix *index) readClauses(p int) []clause {
	r := ix.refs[p]
	text := fact.Analysed(ix.docs[r.Doc].Passages[r.Passage].Text)
	spans := clauseSpans(text, ix.factSpans[p])
	if len(spans) < 2 || ix.headline(p) {
		return nil // read whole: its terms are not needed
	}
	var cs []clause
	for _, sp := range spans {
		c := clause{start: sp[0], end: sp[1]}
		for _, t := range tokenize(text[sp[0]:sp[1]]) {
			if id, ok := ix.termID(t.term); ok {
				c.terms = append(c.terms, id)
			}
		}
		cs = append(cs, c)
	}
	return cs
}

// readClausesOf reads the clauses of the passages ps, in parallel, ahead
// of their use.
func (ix *index) readClausesOf(ps []int) {
	inParallel(len(ps), func(from, to int) {
		for _, p := range ps[from:to] {
			if !ix.clauseRead[p] {
				ix.clauses[p] = ix.readClauses(p)
				ix.clauseRead[p] = true
			}
		}
	})
}

// focusOf returns the part of passage m that group g is about, as byte
// offsets, or false when it is all of m. m is read against the passages
// whose own claim g is, of other outlets (or, if none, g's other
// members). When m joined g for a value they give, it is about the
// clauses that give it; otherwise about its clause that holds most of the
// weight of the terms they share with it (a clause giving a value they
// give, or a value of a slot they give, above any other), with the
// clauses around it that hold at least half as much.
func focusOf(ix *index, g claimGroup, m int) ([2]int, bool) {
	cs := ix.clausesOf(m)
	if len(cs) < 2 || ix.headline(m) {
		return [2]int{}, false
	}
	doc := ix.refs[m].Doc
	held := map[int]map[int]bool{} // term → the other documents holding it
	docs := map[int]bool{}
	values, slots := map[int32]bool{}, map[string]bool{}
	// The claim's fact is what its own passages say: m is read against
	// them, or against all its other members when none of its own is of
	// another outlet.
	against := g.members
	if slices.ContainsFunc(g.own, func(o int) bool { return ix.refs[o].Doc != doc }) {
		against = g.own
	}
	for _, o := range against {
		d := ix.refs[o].Doc
		if d == doc {
			continue
		}
		docs[d] = true
		for _, tw := range ix.vecs[o] {
			if held[tw.term] == nil {
				held[tw.term] = map[int]bool{}
			}
			held[tw.term][d] = true
		}
		for _, v := range ix.values[o] {
			values[v] = true
		}
		for _, fsp := range ix.factSpans[o] {
			if fsp.slot != "" {
				slots[fsp.slot] = true
			}
		}
	}
	if len(docs) == 0 {
		return [2]int{}, false
	}
	clauseAt := func(offset int) int {
		for k, c := range cs {
			if offset >= c.start && offset < c.end {
				return k
			}
		}
		return -1
	}
	// A member that joined for a value is about the clauses that give
	// a value the others give.
	from, to := len(cs), -1
	if slices.Contains(g.byValue, m) {
		for _, vs := range ix.valueSpans[m] {
			if vs.value >= 0 && values[vs.value] {
				if k := clauseAt(vs.start); k >= 0 {
					from, to = min(from, k), max(to, k)
				}
			}
		}
	}
	if to < 0 {
		weight := make([]float64, len(cs))
		var total float64
		for k, c := range cs {
			seen := map[int]bool{}
			for _, t := range c.terms {
				if !seen[t] {
					seen[t] = true
					weight[k] += termWeight(ix.vecs[m], t) * float64(len(held[t])) / float64(len(docs))
				}
			}
			total += weight[k]
		}
		for _, fsp := range ix.factSpans[m] {
			if fsp.slot != "" && slots[fsp.slot] {
				if k := clauseAt(fsp.start); k >= 0 {
					weight[k] += total + 1
				}
			}
		}
		for _, vs := range ix.valueSpans[m] {
			if vs.value >= 0 && values[vs.value] {
				if k := clauseAt(vs.start); k >= 0 {
					weight[k] += total + 1
				}
			}
		}
		best := 0
		for k := range weight {
			if weight[k] > weight[best] {
				best = k
			}
		}
		if weight[best] == 0 {
			return [2]int{}, false
		}
		from, to = best, best
		for from > 0 && weight[from-1] >= weight[best]/2 {
			from--
		}
		for to+1 < len(cs) && weight[to+1] >= weight[best]/2 {
			to++
		}
	}
	if from == 0 && to == len(cs)-1 {
		return [2]int{}, false
	}
	return [2]int{cs[from].start, cs[to].end}, true
}

// termWeight is term t's weight in the sorted vector v, or 0.
func termWeight(v []weighted, t int) float64 {
	lo, hi := 0, len(v)
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case v[mid].term < t:
			lo = mid + 1
		case v[mid].term > t:
			hi = mid
		default:
			return v[mid].w
		}
	}
	return 0
}

// judgedSpans returns the parts of passage m, read in group g for the
// part focus, whose facts g compares: focus, and each of m's facts outside
// it whose slot a passage of another outlet whose own claim g is gives
// too ("the quotation of the judge", "people injured"), and its names.
// The claim's own passages say what facts it holds; a sentence that
// joined it adds its values of those facts, whatever clause gives them.
func judgedSpans(ix *index, g claimGroup, m int, focus [2]int) [][2]int {
	slots := map[string]bool{}
	for _, o := range g.own {
		if ix.refs[o].Doc == ix.refs[m].Doc {
			continue
		}
		for _, fsp := range ix.factSpans[o] {
			if fsp.slot != "" {
				slots[fsp.slot] = true
			}
		}
	}
	out := [][2]int{focus}
	for _, fsp := range ix.factSpans[m] {
		// A name is the story's: a spelling that differs is one
		// whatever the fact around it.
		if (fsp.start < focus[0] || fsp.end > focus[1]) && (slots[fsp.slot] || fsp.kind == fact.KindName) {
			out = append(out, [2]int{fsp.start, fsp.end})
		}
	}
	return out
}
