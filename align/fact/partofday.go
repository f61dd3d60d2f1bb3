package fact

import (
	"fmt"

	"crosscheck/align/lang"
)

// Parts of the day: a time of day given loosely ("in the afternoon",
// "Thursday morning", "overnight", "early Monday"), read as the span of
// clock times it covers (lang's parts_of_day.tsv), so that it is
// compared with the clock times of the other outlets: "in the afternoon"
// against 10:30 a.m. conflicts; "Thursday morning" and 9:25 a.m. agree.
// The values are times (KindTime); this module only reads them.

// partsOfDay records the passage's parts of the day: the word after
// "in the", "this", "last", "yesterday", "early", "late" or a weekday,
// or alone ("overnight", "tonight", "at midnight").
func (x *extraction) partsOfDay() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		if l.quoted || x.taken[i] || l.kind != lexWord {
			continue
		}
		p, ok := lang.DayPart(l.low)
		if !ok {
			continue
		}
		start, marked := i, false
		switch {
		case i >= 2 && ls[i-2].is("in", "during") && ls[i-1].low == "the":
			start, marked = i-2, true
		case i >= 1 && ls[i-1].is("this", "last", "yesterday", "tomorrow", "early", "late", "overnight", "at"):
			start, marked = i-1, true
		case i >= 1 && ls[i-1].kind == lexWord && isWeekday(ls[i-1].low):
			marked = true // "Thursday morning": the weekday is the date's
		case l.is("overnight", "tonight", "midnight", "noon", "midday"):
			marked = true
		}
		if !marked {
			continue
		}
		lo, hi := p.From, p.To
		if start < i && ls[start].low == "early" {
			hi = lo + (hi-lo)/2
		} else if start < i && ls[start].low == "late" {
			lo = lo + (hi-lo)/2
		}
		t := &timeValue{lo: lo, hi: hi, zone: "local", part: p.Name}
		if x.free(start, i+1) && x.add(KindTime, start, i+1, t) {
			t.event = x.clauseWords(start, i+1)
			t.near = x.nearWords(start, i+1)
		}
	}
}

// partNorm writes a part of the day with its span: "afternoon
// (12:00–18:00)".
func partNorm(t timeValue) string {
	return fmt.Sprintf("%s (%02d:%02d–%02d:%02d)", t.part, t.lo/60%24, t.lo%60, t.hi/60%24, t.hi%60)
}
