package fact

import (
	"strings"

	"github.com/kljensen/snowball/english"

	"crosscheck/align/lang"
)

// Attribution: who a statement is credited to ("…, Sheriff Robert
// Pickell said"; "according to the USGS"; "the Press Democrat
// reported"). One statement that two outlets credit to two named sources
// (the undersheriff in one, the sheriff in the other; a newspaper in one,
// the USGS in the other) is a discrepancy a fact-checker must see; a
// statement credited to a named source by one outlet and to no one, or to
// "police", by another is not.

// KindAttribution is the kind of the source a statement is credited to.
const KindAttribution Kind = "attribution"

// An attributionValue is the named source a passage credits.
type attributionValue struct {
	// source is the name as written ("Robert J. Pickell", "Press
	// Democrat"); key its folded last word, which sources are compared
	// by.
	source, key string
	// content holds the stems of the passage's meaningful words outside
	// its attribution: what the statement says.
	content map[string]bool
}

func (v *attributionValue) norm() string { return v.key }
func (v *attributionValue) role() string { return "" }

// attributions records the named source the passage credits, outside its
// quotations: a capitalised name just before a source verb ("Pickell
// said", "the Press Democrat reported", "the USGS indicates") or after
// one ("said Sheriff Robert Pickell", "according to the USGS"). It takes
// no words: the name is a name too.
func (x *extraction) attributions() {
	ls := x.toks
	for i, l := range ls {
		if l.quoted || l.kind != lexWord || !lang.SourceVerb(l.low) {
			continue
		}
		i0, j0 := x.nameRunBefore(i)
		if i0 >= j0 && !l.is("told", "tells", "asked", "asks") {
			k := i + 1
			if l.low == "according" && k < len(ls) && ls[k].low == "to" {
				k++
			}
			i0, j0 = x.nameRunAfter(k)
		}
		if i0 >= j0 {
			continue
		}
		words := ls[i0:j0]
		last := words[len(words)-1]
		if p, _ := theGazetteer().match(ls, i0); p != nil {
			continue // "California officials said": a place is no named source
		}
		v := &attributionValue{source: x.text[words[0].start:last.end], key: plainFold(last.low), content: x.statementWords(i0, j0, i)}
		// The value is the crediting, source and verb ("Pickell said",
		// "according to the USGS"): the name alone is a name's value.
		start, end := min(words[0].start, l.start), max(last.end, l.end)
		x.record(KindAttribution, start, end, v)
		return // one source a passage
	}
}

// nameRunBefore returns the capitalised run of words ending just before
// lexeme i (past a comma), titles left out: "Sheriff Robert J. Pickell"
// gives "Robert J. Pickell".
func (x *extraction) nameRunBefore(i int) (int, int) {
	ls := x.toks
	j := i
	if j > 0 && ls[j-1].low == "," {
		j--
	}
	k := j
	for k > 0 && !ls[k-1].quoted && (ls[k-1].kind == lexWord && ls[k-1].upper && !lang.Title(ls[k-1].low) && !lang.NameStopWord(ls[k-1].low) || ls[k-1].low == "." && k > 1 && ls[k-2].upper) {
		k--
	}
	for k < j && ls[k].kind != lexWord {
		k++
	}
	return k, j
}

// nameRunAfter returns the capitalised run of words starting at lexeme i,
// past "the" and titles: "the USGS", "Sheriff Robert Pickell".
func (x *extraction) nameRunAfter(i int) (int, int) {
	ls := x.toks
	for i < len(ls) && (ls[i].low == "the" || ls[i].kind == lexWord && lang.Title(ls[i].low)) {
		i++
	}
	j := i
	for j < len(ls) && !ls[j].quoted && (ls[j].kind == lexWord && ls[j].upper && !lang.NameStopWord(ls[j].low) || ls[j].low == "." && j > i && j+1 < len(ls) && ls[j+1].upper) {
		j++
	}
	for j > i && ls[j-1].kind != lexWord {
		j--
	}
	return i, j
}

// statementWords returns the stems of the passage's meaningful words but
// those of its source [i, j) and its verb at v: what the statement says.
func (x *extraction) statementWords(i, j, v int) map[string]bool {
	out := map[string]bool{}
	for k, l := range x.toks {
		if k >= i && k < j || k == v || l.kind != lexWord || len(l.low) < 3 || lang.FunctionWord(l.low) || l.upper {
			continue
		}
		out[english.Stem(plainFold(l.low), false)] = true
	}
	return out
}

// attributionSlot names what an attribution is about: the statement's
// source.
func attributionSlot(*extraction, *Fact) (key, label string) {
	return "", "the source of the statement"
}

// judgeAttributions judges two sources of what may be one statement: the
// same name agrees; two names conflict when the two passages say one
// thing (most of the meaningful words of the shorter are the other's),
// else they are two statements.
func judgeAttributions(a *Analysis, x, y factRef) (Status, int, bool) {
	va, vb := x.fact.v.(*attributionValue), y.fact.v.(*attributionValue)
	if va.key == vb.key || a.sameSpeaker(va.key, vb.key) || strings.Contains(va.source, vb.source) || strings.Contains(vb.source, va.source) {
		return Same, 2, true
	}
	shared, small := 0, min(len(va.content), len(vb.content))
	for w := range va.content {
		if vb.content[w] {
			shared++
		}
	}
	if small < minStatementWords || float64(shared) < statementShare*float64(small) {
		return 0, 0, false
	}
	return Conflict, 2, true
}

// rateAttributions judges two sources of one statement for a row.
func rateAttributions(a *Analysis, x, y factRef, _ bool) (Status, string, bool) {
	st, _, ok := judgeAttributions(a, x, y)
	if !ok {
		return 0, "", false
	}
	if st == Same {
		return Same, "the same source", true
	}
	return Conflict, "one statement credited to different sources", true
}

const (
	// minStatementWords is the fewest meaningful words a statement needs
	// for its sources to be compared.
	minStatementWords = 4
	// statementShare is the least share of the shorter statement's
	// meaningful words the other must hold for the two to be one
	// statement.
	statementShare = 0.6
)
