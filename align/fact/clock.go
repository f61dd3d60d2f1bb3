package fact

import (
	"strings"
	"time"

	"crosscheck/align/lang"
	"crosscheck/corpus"
)

// Times of day compared across articles, each in its article's clock:
// the offset from UTC of the country the article is about, with daylight
// saving on its date.

// clockContext is what comparing times knows of an article: its local
// offset from UTC in minutes, when known, and its date for daylight
// saving.
type clockContext struct {
	localOffset int
	localKnown  bool
	date        time.Time
}

// offset returns the zone's offset from UTC in minutes, and false when it
// is not known.
func (c clockContext) offset(zone string) (int, bool) {
	if zone == "local" {
		return c.localOffset, c.localKnown
	}
	if o, ok := lang.Zone(strings.ToLower(zone)); ok {
		return o, true
	}
	if w, ok := strings.CutPrefix(zone, "US-"); ok {
		if c.date.IsZero() {
			return 0, false
		}
		o, _ := lang.USZone(w)
		if usDaylight(c.date) {
			o += 60
		}
		return o, true
	}
	return 0, false
}

// compareTimes judges two times of day in their articles' contexts. Times
// compare in UTC when both offsets are known, or as local times when
// neither is; otherwise they cannot be compared.
func compareTimes(a, b *timeValue, ca, cb clockContext, oneEvent bool) (Status, bool) {
	alo, ahi, blo, bhi := a.lo, a.hi, b.lo, b.hi
	oa, ka := ca.offset(a.zone)
	ob, kb := cb.offset(b.zone)
	switch {
	case ka && kb:
		alo, ahi, blo, bhi = alo-oa, ahi-oa, blo-ob, bhi-ob
	case a.zone == "local" && b.zone == "local":
	case a.zone == b.zone:
	default:
		return 0, false
	}
	// Bring b within half a day of a.
	for blo-alo > 720 {
		blo, bhi = blo-1440, bhi-1440
	}
	for alo-blo > 720 {
		blo, bhi = blo+1440, bhi+1440
	}
	switch {
	case a.exact && b.exact && alo == blo, alo == blo && ahi == bhi:
		return Same, true
	case a.exact && b.exact, ahi+clockGap <= blo || bhi+clockGap <= alo:
		if !oneEvent && !sharesWord(a.event, b.event) {
			return 0, false // times of two events: "struck at 10:37", "an aftershock at 1:12 p.m."
		}
		return Conflict, true
	}
	return Compatible, true
}

// judgeTimes judges two times of day for pairValues, each in its
// article's clock: always possibly one fact, comparable only when both
// zones are known.
func judgeTimes(a *Analysis, x, y factRef) (Status, int, bool) {
	st, ok := compareTimes(x.fact.v.(*timeValue), y.fact.v.(*timeValue), a.clocks[x.ref.Doc], a.clocks[y.ref.Doc], false)
	return st, 1, ok
}

// clockContexts works out each article's local time: the country its
// passages name most, or the story's when the article names none, with
// daylight saving on its date.
func clockContexts(docs []corpus.Document, a *Analysis) []clockContext {
	storyCount := map[*place]int{}
	docCount := make([]map[*place]int, len(docs))
	for d := range docs {
		docCount[d] = map[*place]int{}
		for _, fs := range a.facts[d] {
			for _, f := range fs {
				pv, ok := f.v.(*placeValue)
				if !ok {
					continue
				}
				var c *place
				if pv.known != nil {
					c = pv.known.country()
				} else if chain := placeChain(pv, a.learned); len(chain) > 0 {
					if k := theGazetteer().byKey[chain[len(chain)-1]]; k != nil {
						c = k.country()
					}
				}
				if c != nil {
					docCount[d][c]++
					storyCount[c]++
				}
			}
		}
	}
	top := func(m map[*place]int) *place {
		var best *place
		for p, n := range m {
			if best == nil || n > m[best] || n == m[best] && p.name < best.name {
				best = p
			}
		}
		return best
	}
	storyHome := top(storyCount)
	// An undated article is taken to be from the story's most common
	// date, for daylight saving.
	dates := map[time.Time]int{}
	var storyDate time.Time
	for _, doc := range docs {
		if p := doc.Published; !p.IsZero() {
			dates[p]++
			if n := dates[p]; n > dates[storyDate] || n == dates[storyDate] && p.Before(storyDate) {
				storyDate = p
			}
		}
	}
	out := make([]clockContext, len(docs))
	for d := range docs {
		date := docs[d].Published
		if date.IsZero() {
			date = storyDate
		}
		home := top(docCount[d])
		if home == nil {
			home = storyHome
		}
		out[d] = clockContext{date: date}
		if home != nil {
			out[d].localOffset, out[d].localKnown = home.localOffset(date)
		}
	}
	return out
}
