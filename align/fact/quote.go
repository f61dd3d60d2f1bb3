package fact

import (
	"slices"
	"strings"

	"github.com/kljensen/snowball/english"

	"crosscheck/align/lang"
)

// A quoteValue is a quotation: its words, for comparison, and who said it
// when the sentence says so.
type quoteValue struct {
	// words are the quotation's words, lower-cased and folded, without
	// punctuation.
	words []string
	// content are the words that carry meaning (no function words).
	content map[string]bool
	// speaker is the surname of the person quoted, folded and lower-case,
	// or "" when the sentence does not attribute the quote to a name.
	speaker string
	// title is true for a quotation that names a thing, between a
	// determiner or a possessive and the noun it names (the "Did You Feel
	// It?" survey, USGS's "Did you feel it?" site): not a remark.
	title bool
}

// norm is the quotation's words.
func (q *quoteValue) norm() string { return strings.Join(q.words, " ") }

// role is the speaker: only quotations of one speaker, or of unnamed
// ones, are compared.
func (q *quoteValue) role() string { return q.speaker }

// quoteSlot names what a quotation's difference is about: "the quotation
// of witkoff".
func quoteSlot(role string) string { return "the quotation of " + role }

// quotes records the passage's quotations with the speaker the passage
// names.
func (x *extraction) quotes() {
	x.speaker = x.findSpeaker()
	for _, sp := range quotedRuns(x.toks) {
		var words []string
		inserted := 0 // inside an editor's brackets: "altered (its direction) towards"
		for _, l := range x.toks[sp[0]:sp[1]] {
			switch {
			case l.low == "(" || l.low == "[":
				inserted++
			case l.low == ")" || l.low == "]":
				inserted = max(0, inserted-1)
			case l.kind != lexPunct && inserted == 0:
				words = append(words, spellingFold(plainFold(l.low)))
			}
		}
		if len(words) < minQuoteWords {
			continue
		}
		content := map[string]bool{}
		for _, w := range words {
			if !lang.FunctionWord(w) {
				content[english.Stem(w, false)] = true
			}
		}
		x.record(KindQuote, x.toks[sp[0]].start, x.toks[sp[1]-1].end, &quoteValue{words: words, content: content, speaker: x.speaker, title: x.titleQuote(sp[0], sp[1])})
	}
}

// findSpeaker returns the surname of the person the passage quotes, or "" when
// the quote is unattributed or attributed to a pronoun or a title ("the
// official"). It reads the passage outside its quotations: "X said", "said
// X", "according to X".
func (x *extraction) findSpeaker() string {
	ls := x.toks
	// A name just after a closing quote: "“…,” Pieter Vandersloot, the
	// harbour master, told reporters."
	for i, l := range ls {
		if l.quoted && (l.low == `"` || l.text == "”") && i+1 < len(ls) && !ls[i+1].quoted {
			if name := nameAt(ls, i+1, +1); name != "" {
				return name
			}
		}
	}
	for i, l := range ls {
		if l.quoted || l.kind != lexWord || !lang.SpeechVerb(l.low) {
			continue
		}
		// "Witkoff said", "Mr. Vandersloot said", "Selim Karagaçlı, said".
		if l.low != "according" {
			k := i - 1
			if k > 0 && ls[k].low == "," {
				k--
			}
			if name := nameAt(ls, k, -1); name != "" {
				return name
			}
			// "Kushner, a close aide, said": the name before the aside.
			if k >= 0 && k+1 < len(ls) && ls[k+1].low == "," {
				for j := k - 1; j > 0 && j > k-10; j-- {
					if ls[j].low == "," {
						if name := nameAt(ls, j-1, -1); name != "" {
							return name
						}
						break
					}
				}
			}
		}
		// "said Pieter Vandersloet", "according to Kushner"; not "told Al
		// Manassa", where the name after the verb is the listener.
		if l.is("told", "tells", "asked", "asks", "called", "described") {
			continue
		}
		j := i + 1
		if l.low == "according" && j < len(ls) && ls[j].low == "to" {
			j++
		}
		if name := nameAt(ls, j, +1); name != "" {
			return name
		}
	}
	return ""
}

// nameAt returns the folded surname of the capitalised name that starts
// (dir +1) or ends (dir -1) at lexeme i, or "".
func nameAt(ls []lexeme, i, dir int) string {
	var run []int
	for k := i; k >= 0 && k < len(ls); k += dir {
		l := ls[k]
		if l.quoted {
			break
		}
		if l.kind == lexWord && l.upper && !lang.NameStopWord(l.low) && !lang.Title(l.low) {
			run = append(run, k)
			continue
		}
		if l.kind == lexPunct && (l.low == "-" || l.low == ".") && len(run) > 0 {
			continue
		}
		if l.kind == lexWord && lang.Title(l.low) && dir > 0 {
			// "said Mr. Witkoff"; "Cal Fire Division Chief Jerome
			// Haslett told": what comes before a title is the title's
			// organisation, the name follows it.
			run = run[:0]
			continue
		}
		break
	}
	if len(run) == 0 {
		return ""
	}
	last := run[0]
	if dir > 0 {
		last = run[len(run)-1]
	}
	return plainFold(ls[last].low)
}

// sameRemark reports whether two quotations render the same remark: they
// share most of the content words of the shorter one.
func sameRemark(a, b *quoteValue) bool {
	shared := 0
	for w := range a.content {
		if b.content[w] {
			shared++
		}
	}
	small := min(len(a.content), len(b.content))
	return shared >= 2 && float64(shared) >= remarkShare*float64(small) && (shared >= 3 || small <= 3)
}

// compareQuotes judges two renderings of one remark: the same words agree,
// one quoting part of the other's words refines it, other wording is a
// conflict.
func compareQuotes(a, b *quoteValue) Status {
	if slices.Equal(a.words, b.words) {
		return Same
	}
	if containsRun(a.words, b.words) || containsRun(b.words, a.words) {
		return Compatible
	}
	return Conflict
}

// containsRun reports whether run occurs in words as consecutive words.
func containsRun(words, run []string) bool {
	if len(run) == 0 || len(run) > len(words) {
		return false
	}
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// resolveSpeakers gives a quote whose sentence names no speaker ("“We
// were very fortunate,” he said.") the person the article last reported
// speaking, in the two passages before, or else the first person named in
// the passage just before.
func resolveSpeakers(ps [][]Fact, speakers []string) {
	for p := range ps {
		for i := range ps[p] {
			f := &ps[p][i]
			q, ok := f.v.(*quoteValue)
			if !ok || q.speaker != "" {
				continue
			}
			who := ""
			for k := p - 1; k >= 0 && k >= p-2 && who == ""; k-- {
				who = speakers[k]
			}
			if who == "" && p > 0 {
				for g := range ps[p-1] {
					if ws := nameWordsOf(&ps[p-1][g]); len(ws) >= 2 {
						who = ws[len(ws)-1].fold
						break
					}
				}
			}
			if slices.Contains(q.words, who) {
				// "… Sukanya successfully intercepted …": a quotation that
				// names the one before it names someone else.
				who = ""
			}
			q.speaker, f.Role = who, who
			if who != "" {
				speakers[p] = who
			}
		}
	}
}

// quotedRuns returns the lexeme ranges of the passage's quotations as
// markQuoted marked them.
func quotedRuns(ls []lexeme) [][2]int {
	var out [][2]int
	for i := 0; i < len(ls); {
		if !ls[i].quoted {
			i++
			continue
		}
		j := i
		for j < len(ls) && ls[j].quoted {
			j++
			// Two quotations side by side: a closing mark, then an opening
			// one.
			if j < len(ls) && ls[j-1].kind == lexPunct && (ls[j-1].text == "”" || ls[j-1].text == "»") && ls[j].kind == lexPunct && (ls[j].text == "“" || ls[j].text == "«") {
				break
			}
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// spellingFold writes a word in one spelling of the conventions English
// spells two ways, so that a quotation is not reworded by its outlet's
// house style: "realised" and "realized", "organisation" and
// "organization", "labour" and "labor".
func spellingFold(w string) string {
	if len(w) < 6 {
		return w
	}
	for _, p := range [...][2]string{{"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ise", "ize"}, {"ises", "izes"}, {"our", "or"}, {"ours", "ors"}} {
		if strings.HasSuffix(w, p[0]) {
			return strings.TrimSuffix(w, p[0]) + p[1]
		}
	}
	return w
}

// titleQuote reports whether the quotation at lexemes [i, j), marks
// included, names a thing: after "the", "a" or a possessive, before a
// word in lower case that it qualifies (the "Do You Feel It?" survey).
func (x *extraction) titleQuote(i, j int) bool {
	ls := x.toks
	if i == 0 || j >= len(ls) || ls[j].kind != lexWord || ls[j].upper || lang.FunctionWord(ls[j].low) || lang.SpeechVerb(ls[j].low) {
		return false
	}
	return ls[i-1].is("the", "a", "an", "'s", "its", "their")
}
