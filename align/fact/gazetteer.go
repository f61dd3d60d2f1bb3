package fact

import (
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"crosscheck/align/lang"
)

// A place is a gazetteer entry.
type place struct {
	name   string
	kind   string // country, region, city
	parent *place
	// utc is a country's standard offset from UTC in minutes; utcKnown is
	// false where the offset varies within the country.
	utc      int
	utcKnown bool
	dst      string // eu, us, none, other
	// key is the folded name that identifies the place.
	key string
	// other holds the folded names a fact-checker should see beside its
	// name (lang.Place.Other: "salonika" for Thessaloniki).
	other map[string]bool
}

// country returns the country holding p (p itself for a country).
func (p *place) country() *place {
	for p != nil && p.kind != "country" {
		p = p.parent
	}
	return p
}

// within reports whether p lies inside q (and is not q).
func (p *place) within(q *place) bool {
	for a := p.parent; a != nil; a = a.parent {
		if a == q {
			return true
		}
	}
	return false
}

// localOffset returns the country's offset from UTC on the given date, in
// minutes, and false when it is not known.
func (p *place) localOffset(date time.Time) (int, bool) {
	c := p.country()
	if c == nil || !c.utcKnown {
		return 0, false
	}
	switch c.dst {
	case "none":
		return c.utc, true
	case "eu":
		if date.IsZero() {
			return 0, false
		}
		if euDaylight(date) {
			return c.utc + 60, true
		}
		return c.utc, true
	case "us":
		if date.IsZero() {
			return 0, false
		}
		if usDaylight(date) {
			return c.utc + 60, true
		}
		return c.utc, true
	}
	return 0, false
}

// A gazetteer finds places by name.
type gazetteer struct {
	// byFirst maps the first folded word of every name and alias to the
	// names starting with it, longest first, as folded word sequences.
	byFirst map[string][]gazName
	byKey   map[string]*place
}

type gazName struct {
	words []string
	// exact is the written form for short capitals ("US", "UK") that must
	// match as written.
	exact string
	place *place
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// theGazetteer returns the embedded gazetteer, made on first use from
// the table worked out beforehand (gazetteertable.go).
func theGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = gazetteerFromTable() })
	return gaz
}

// indexGazetteer indexes lang's gazetteer by the words of the places'
// names and aliases. It is what gazetteer_table.go is made from.
func indexGazetteer(entries []lang.Place) *gazetteer {
	g, _ := indexPlaces(entries)
	return g
}

// indexPlaces is indexGazetteer, and returns the places too, in the
// entries' order.
func indexPlaces(entries []lang.Place) (*gazetteer, []place) {
	// Names start with a few more words than there are places (966 for
	// 910); a larger hint would double the map's tables.
	g := &gazetteer{byFirst: make(map[string][]gazName, len(entries)+len(entries)/4), byKey: make(map[string]*place, len(entries))}
	ps := make([]place, len(entries))
	for i, e := range entries {
		p := &ps[i]
		*p = place{name: e.Name, kind: e.Kind, dst: e.DST, key: nameKey(e.Name), utc: e.UTC, utcKnown: e.UTCKnown}
		for _, o := range e.Other {
			if p.other == nil {
				p.other = map[string]bool{}
			}
			p.other[nameKey(o)] = true
		}
		g.byKey[p.key] = p
	}
	for i, e := range entries {
		if e.Parent != "" {
			ps[i].parent = g.byKey[nameKey(e.Parent)]
		}
		g.addName(e.Name, &ps[i])
		for _, n := range e.Aliases {
			g.addName(n, &ps[i])
		}
	}
	for k, ns := range g.byFirst {
		// Longest names first, so that "New York City" wins over "New York".
		for i := 1; i < len(ns); i++ {
			for j := i; j > 0 && len(ns[j].words) > len(ns[j-1].words); j-- {
				ns[j], ns[j-1] = ns[j-1], ns[j]
			}
		}
		g.byFirst[k] = ns
	}
	return g, ps
}

func (g *gazetteer) addName(name string, p *place) {
	name = strings.TrimPrefix(name, "the ")
	words, ok := plainWords(name)
	if !ok {
		for _, l := range lex(name) {
			words = append(words, plainFold(l.low))
		}
	}
	if len(words) == 0 {
		return
	}
	n := gazName{words: words, place: p}
	if utf8.RuneCountInString(name) <= 5 && strings.ToUpper(name) == name {
		n.exact = name
	}
	g.byFirst[words[0]] = append(g.byFirst[words[0]], n)
}

// match returns the place named at lexeme i and the index after the name,
// or nil. The name must be capitalised as written.
func (g *gazetteer) match(ls []lexeme, i int) (*place, int) {
	if i >= len(ls) || !ls[i].upper {
		return nil, i
	}
	for _, n := range g.byFirst[plainFold(ls[i].low)] {
		if i+len(n.words) > len(ls) {
			continue
		}
		ok := true
		for k, w := range n.words {
			l := ls[i+k]
			if plainFold(l.low) != w || l.quoted || k > 0 && l.space && l.kind == lexPunct {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := i + len(n.words)
		if n.exact != "" && ls[i].start >= 0 {
			var b strings.Builder
			for _, l := range ls[i:end] {
				b.WriteString(l.text)
			}
			if b.String() != n.exact {
				continue
			}
		}
		// A name must not run on into a longer capitalised name ("Jordan
		// Peterson" is not Jordan).
		if end < len(ls) && ls[end].kind == lexWord && ls[end].upper && !lang.PlaceWord(ls[end].low) &&
			!isWeekday(ls[end].low) && !isMonth(ls[end].low) && g.byFirst[plainFold(ls[end].low)] == nil {
			continue
		}
		return n.place, end
	}
	return nil, i
}

// euDaylight reports whether European summer time is in force on date:
// from the last Sunday of March to the last Sunday of October.
func euDaylight(d time.Time) bool {
	y := d.Year()
	start := lastSunday(y, time.March)
	end := lastSunday(y, time.October)
	return !d.Before(start) && d.Before(end)
}

// usDaylight reports whether US daylight saving time is in force on date:
// from the second Sunday of March to the first Sunday of November.
func usDaylight(d time.Time) bool {
	y := d.Year()
	start := nthSunday(y, time.March, 2)
	end := nthSunday(y, time.November, 1)
	return !d.Before(start) && d.Before(end)
}

func lastSunday(y int, m time.Month) time.Time {
	t := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != time.Sunday {
		t = t.AddDate(0, 0, -1)
	}
	return t
}

func nthSunday(y int, m time.Month, n int) time.Time {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != time.Sunday {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

// plainFold returns s without diacritics ("pütürge" → "puturge",
// "karaağaçlı" → "karaagacli"). s must already be lower case.
func plainFold(s string) string { return lang.StripMarks(s) }

// plainWords returns the lower-case words of a name written only in ASCII
// letters and single spaces, as lex and plainFold would fold them, and
// false for any other name. Nearly all of the gazetteer's names are
// plain, and reading them so costs a tenth of lexing them.
func plainWords(name string) ([]string, bool) {
	if !isPlainName(name) {
		return nil, false
	}
	return strings.Fields(strings.ToLower(name)), true
}

// isPlainName reports whether name is words of ASCII letters, each
// separated by one space.
func isPlainName(name string) bool {
	if name == "" || name[0] == ' ' || name[len(name)-1] == ' ' {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case c == ' ' && name[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// nameKey is foldKey(name), read without lexing when the name is plain.
func nameKey(name string) string {
	if !isPlainName(name) {
		return foldKey(name)
	}
	key := strings.ToLower(name)
	if key == "the" {
		return ""
	}
	return strings.TrimPrefix(key, "the ")
}

// foldKey is the folded form of a multi-word name, words joined by
// spaces.
func foldKey(name string) string {
	var words []string
	for k, l := range lex(name) {
		if l.kind != lexPunct && !(k == 0 && l.low == "the") {
			words = append(words, plainFold(l.low))
		}
	}
	return strings.Join(words, " ")
}
