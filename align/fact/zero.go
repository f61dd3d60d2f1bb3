package fact

import "crosscheck/align/lang"

// Counts of none: "no deaths", "no one was killed", "nobody was hurt",
// "none of the crew was injured", "no residents were injured". A none
// counts only what happened to it ("no one who lost her savings" counts
// nothing); it is a figure of the slot it counts (people killed, people
// injured), so that "no one was hurt" and "two people were injured"
// conflict.

// zeroCounts records the passage's counts of none.
func (x *extraction) zeroCounts() {
	for i := 0; i < len(x.toks); i++ {
		if x.toks[i].quoted || x.taken[i] {
			continue
		}
		if end := x.zeroCount(i); end > i {
			i = end - 1
		}
	}
}

// zeroEvent returns the event a noun names that "no" counts as none
// ("no deaths"), or "".
func zeroEvent(w string) string {
	e, _ := lang.ZeroEvent(w)
	return e
}

// zeroCount reads a count of none at lexeme i: "no deaths", "no one was
// killed", "nobody was hurt", "none of the crew was injured", "no
// residents were injured". A none counts only what happened to it; it
// returns the index after it, or i.
func (x *extraction) zeroCount(i int) int {
	ls := x.toks
	l := ls[i]
	if l.kind != lexWord || !x.free(i, i+1) {
		return i
	}
	q := quantity{exact: true, step: 1}
	switch {
	case l.low == "no" && i+1 < len(ls) && zeroEvent(ls[i+1].low) != "":
		q.event = zeroEvent(ls[i+1].low)
		x.addQuantity(i, i+2, q)
		return i + 2
	case l.low == "nobody" || l.low == "none" || l.low == "no" && i+1 < len(ls) && ls[i+1].low == "one":
		end := i + 1
		if l.low == "no" {
			end = i + 2
		}
		nounEnd := end
		if l.low == "none" && end+1 < len(ls) && ls[end].low == "of" {
			// "none of the crew", "none of those on board"
			for k := end + 1; k < len(ls) && k <= end+3; k++ {
				if ls[k].kind == lexNum {
					return i // "none of its 19 crew": the group is counted
				}
				if lang.PersonNoun(ls[k].low) || countNoun(ls[k].low) {
					q.noun, nounEnd = singular(ls[k].low), k+1
					if lang.PersonNoun(ls[k].low) {
						q.class = "person"
					}
					break
				}
			}
		}
		x.countContext(&q, i, nounEnd)
		if q.event == "" || q.event == "population" {
			return i
		}
		x.addQuantity(i, nounEnd, q)
		return nounEnd
	case l.low == "no" && i+1 < len(ls) && lang.PersonNoun(ls[i+1].low):
		q.noun, q.class = singular(ls[i+1].low), "person"
		x.countContext(&q, i, i+2)
		if q.event == "" || q.event == "population" {
			return i
		}
		x.addQuantity(i, i+2, q)
		return i + 2
	}
	return i
}
