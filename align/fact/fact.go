package fact

import (
	"strings"
	"time"
)

// A Fact is one typed value stated in a passage: a date, a time of day, a
// quantity, a money amount, a name, a place or a quote.
type Fact struct {
	Kind Kind
	// Text is the value exactly as written: Passage.Text[Start:End].
	Text       string
	Start, End int
	// Norm is the value normalised for display and comparison ("10-09",
	// "14:00 UTC", "24 killed", "EUR 2000000").
	Norm string
	// Role says what the value is about, where the sentence tells: the
	// counted thing of a quantity ("killed", "injured", "homes"), the
	// speaker of a quote. Values are compared only within one role.
	Role string
	// Slot names what the value is about, to be read: "people injured",
	// "age of Anthony LaCalamita", "distance from Cobb", "the quotation
	// of Witkoff"; the kind's name when the sentence does not tell.
	Slot string
	// slotKey identifies the slot for grouping: values of one kind with
	// one slotKey are one fact, however they pair; "" when the sentence
	// does not tell, and the value is grouped by pairing (see Sheet).
	slotKey string
	// local is set on a count of one of the story's main classes whose
	// clause names a place or another event ("in Patras", "the
	// aftershock injured two"): it may be a part's or another event's,
	// and is judged only in its claims, not across the story.
	local bool
	// module is the row of the table of kinds that read the fact (see
	// kindSpec.module).
	module string
	// group numbers the facts of one passage that state one value twice,
	// as a conversion in the same sentence ("10km (6 miles)", "€2 million
	// ($2.3 million)"); 0 when the fact stands alone.
	group int
	// v is the value as its kind reads it.
	v value
}

// A value is what extraction read of one fact, in its kind's terms: a
// date with its precision, a quantity with its hedge, unit and counted
// thing, a quotation's words and speaker. Each kind's file defines its
// value type.
type value interface {
	// norm writes the value normalised: Fact.Norm.
	norm() string
	// role says what the value is about, or "": Fact.Role.
	role() string
}

// A measure is a value written in a unit, a currency or a time zone,
// which a passage may restate in another ("10km (6 miles)").
type measure interface {
	value
	// restates reports whether o, of the same kind, is the value restated
	// in another unit, currency or zone.
	restates(o value) bool
	// sameScale reports whether o, of the same kind, is written in the
	// same unit, currency or zone.
	sameScale(o value) bool
	// sameFigure reports whether o, of the same kind, is written with the
	// same number ("C$9.6 million", "$9.6 million").
	sameFigure(o value) bool
}

// SlotKnown reports whether the value's sentence tells what it is about,
// so that its Slot is read from the words and not named after its kind:
// values of one kind and one known slot are one fact, whatever they say.
func (f *Fact) SlotKnown() bool { return f.slotKey != "" }

// Order returns where a count stands in a sequence it is part of:
// "first", "next", "remaining" or "last" ("the last four boys"), or "".
func (f *Fact) Order() string {
	if q, ok := f.v.(*quantity); ok {
		return q.order
	}
	return ""
}

// Extract returns the typed facts stated in text, a passage of an article
// published on the given date (zero when unknown), in order of position.
// Facts never overlap, except that quotes may hold other facts.
func Extract(text string, published time.Time) []Fact {
	fs, _, _ := extractPassage(text, published, false)
	return fs
}

// extractPassage returns the facts of a passage and the name of the person
// it quotes or reports speaking ("Witkoff said …"), or "". The kinds
// extract in order of priority: a kind takes the words it reads, and a
// kind after it cannot read them again.
//
// open says that the passage begins inside a quotation the passage before
// left open; extractPassage returns too whether it leaves one open.
func extractPassage(text string, published time.Time, open bool) ([]Fact, string, bool) {
	toks := lex(text)
	if open {
		markQuoted(toks, true)
	}
	x := &extraction{text: text, toks: toks, published: published, taken: make([]bool, len(toks))}
	for _, k := range byPriority() {
		if k.extract != nil {
			x.module, x.kind = k.name(), k.kind
			k.extract(x)
		}
	}
	x.groupConversions()
	sortFacts(x.facts)
	x.assignSlots()
	return x.facts, x.speaker, endsOpen(toks, open)
}

// extraction is the state of extracting the facts of one passage: its
// lexemes, which of them a fact already holds, and the facts found.
type extraction struct {
	text string
	toks []lexeme
	// published is the article's date, or zero when unknown; relative
	// dates ("on Tuesday", "last month") are resolved against it.
	published time.Time
	taken     []bool
	facts     []Fact
	// speaker is the person the passage quotes or reports speaking, read
	// with its quotations.
	speaker string
	// module is the row of the table of kinds extracting, and kind its
	// kind.
	module string
	kind   Kind
}

// add records a value of the kind spanning lexemes [i, j) and marks them
// taken. It returns false, adding nothing, when a lexeme is already taken.
func (x *extraction) add(kind Kind, i, j int, v value) bool {
	if i >= j || !x.free(i, j) {
		return false
	}
	x.markTaken(i, j)
	x.record(kind, x.toks[i].start, x.toks[j-1].end, v)
	return true
}

// record records a value of the kind spanning bytes [start, end) of the
// passage, taking no lexemes.
func (x *extraction) record(kind Kind, start, end int, v value) {
	module := x.module
	if x.kind != kind {
		module = string(kind) // a duration the quantities' row reads
	}
	x.facts = append(x.facts, Fact{Kind: kind, Text: x.text[start:end], Start: start, End: end, Norm: v.norm(), Role: v.role(), v: v, module: module})
}

// free reports whether lexemes [i, j) are all untaken.
func (x *extraction) free(i, j int) bool {
	if i < 0 || j > len(x.toks) {
		return false
	}
	for k := i; k < j; k++ {
		if x.taken[k] {
			return false
		}
	}
	return true
}

func (x *extraction) markTaken(i, j int) {
	for k := i; k < j && k < len(x.taken); k++ {
		x.taken[k] = true
	}
}

func sortFacts(fs []Fact) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Start < fs[j-1].Start; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// groupConversions numbers the facts that restate one value in another
// unit, currency or time zone within a few words ("48 metres (157 feet)",
// "1:53 p.m. (1153 GMT)", "€2 million ($2.3 million)").
func (x *extraction) groupConversions() {
	sortFacts(x.facts)
	next := 1
	for i := range x.facts {
		a := &x.facts[i]
		ma, ok := a.v.(measure)
		if !ok {
			continue
		}
		for j := i + 1; j < len(x.facts); j++ {
			b := &x.facts[j]
			if b.Kind != a.Kind || b.Start < a.End {
				continue // overlapping values restate nothing (and no extractor should make them)
			}
			if !closeBy(x.text[a.End:b.Start]) {
				break
			}
			if !ma.restates(b.v) {
				continue
			}
			if a.group == 0 {
				a.group = next
				next++
			}
			b.group = a.group
		}
	}
}

// closeBy reports whether the text between two values is short enough for
// one to restate the other: a bracket, a comma, "or", "about".
func closeBy(between string) bool {
	between = strings.TrimSpace(between)
	// "eight million gallons of water (30 million litres)"
	if strings.HasSuffix(between, "(") && len(between) <= 24 && !strings.ContainsAny(between, ".;") {
		return true
	}
	if len(between) > 12 {
		return false
	}
	w := strings.Trim(strings.ToLower(between), " ,(")
	switch w {
	case "", "or", "or about", "about", "or some", "or roughly", "roughly", "some", "or nearly", "nearly", "or around", "around", "equivalent to", "or more than":
		return true
	}
	return false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
