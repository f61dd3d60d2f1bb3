package lang

import (
	"slices"
	"strconv"
	"strings"
)

// A compassTable maps each point of the compass, in all its forms, to its
// bearing, and tells the points' own names from their other forms.
type compassTable struct {
	bearing map[string]float64
	point   map[string]bool
}

var compass = newLazy(func() *compassTable {
	t := &compassTable{}
	t.bearing, t.point = map[string]float64{}, map[string]bool{}
	for _, r := range rows("compass.tsv") {
		deg := number(r[1])
		t.point[r[0]] = true
		t.bearing[r[0]] = deg
		for _, w := range strings.Fields(field(r, 2)) {
			t.bearing[w] = deg
		}
	}
	return t
})

// Compass returns the bearing, in degrees clockwise from north, of the
// point of the compass w names: "north" is 0, "southwest" 225. The
// adjectives ("southwestern") and hyphenated spellings are not points.
func Compass(w string) (degrees float64, ok bool) {
	if !compass.get().point[w] {
		return 0, false
	}
	return compass.get().bearing[w], true
}

// cardinalPoint reports whether w is north, south, east or west, or its
// adjective.
func cardinalPoint(w string) bool {
	deg, ok := compass.get().bearing[w]
	return ok && !strings.Contains(w, "-") && int(deg)%90 == 0
}

var directions = wordSet("directions.txt")

// Direction reports whether w narrows a place: a point of the compass in
// any of its forms ("eastern Turkey", "north-west Syria"), "central",
// "upstate".
func Direction(w string) bool {
	_, ok := compass.get().bearing[w]
	return ok || directions.get()[w]
}

var placeWords = wordSet("place_words.txt")

// PlaceWord reports whether w names a kind of place after a place's name:
// "province", "district", "county".
func PlaceWord(w string) bool { return placeWords.get()[w] }

var placeCountries = newLazy(func() map[string]string {
	m := map[string]string{}
	for _, line := range lines("place_countries.txt") {
		ws := strings.Fields(line)
		if len(ws) < 2 {
			continue
		}
		m[strings.Join(ws[:len(ws)-1], " ")] = ws[len(ws)-1]
	}
	return m
})

// CountryOf returns the country of a major city or place, named by its
// lower-case words joined by spaces ("doha", "tel aviv"), for matching.
func CountryOf(place string) (string, bool) {
	c, ok := placeCountries.get()[place]
	return c, ok
}

// A Place is an entry of the gazetteer.
type Place struct {
	// Kind is "country", "region" or "city".
	Kind string
	// Name is the place's name, and Aliases its other names.
	Name    string
	Aliases []string
	// Other are the names among Aliases that a fact-checker should see
	// beside Name: an older name, an English exonym (exonyms.tsv).
	Other []string
	// Parent is the name of the place that holds it, or "".
	Parent string
	// UTC is a country's standard offset from UTC in minutes; UTCKnown is
	// false where the offset varies within the country.
	UTC      int
	UTCKnown bool
	// DST is a country's daylight-saving rule: "eu", "us", "none", or
	// "other" when the offset varies or follows rules not modelled.
	DST string
}

var gazetteer = newLazy(func() []Place {
	rs := rows("gazetteer.tsv")
	out := make([]Place, 0, len(rs))
	for _, r := range rs {
		p := Place{Kind: r[0], Name: field(r, 1), Parent: field(r, 2), DST: field(r, 5)}
		if a := field(r, 3); a != "" {
			p.Aliases = strings.Split(a, ";")
		}
		if u := field(r, 4); u != "" {
			p.UTC, p.UTCKnown = parseOffset(u)
		}
		out = append(out, p)
	}
	for _, r := range rows("exonyms.tsv") {
		for i := range out {
			if out[i].Name != r[0] {
				continue
			}
			for _, n := range strings.Split(field(r, 1), ";") {
				if !slices.Contains(out[i].Aliases, n) {
					out[i].Aliases = append(out[i].Aliases, n)
				}
				out[i].Other = append(out[i].Other, n)
			}
		}
	}
	return out
})

// Gazetteer returns the places crosscheck knows: countries, regions and
// cities, each with the place that holds it. The slice is shared and must
// not be changed.
func Gazetteer() []Place { return gazetteer.get() }

// parseOffset reads "+3", "-4", "+5:30", "0" as minutes.
func parseOffset(s string) (int, bool) {
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	s = strings.TrimLeft(s, "+-")
	h, m, _ := strings.Cut(s, ":")
	hh, err := strconv.Atoi(h)
	if err != nil {
		return 0, false
	}
	mm, _ := strconv.Atoi(m)
	return sign * (hh*60 + mm), true
}

// settings maps the phrases that place an event on land or at sea, as
// words, to "inland" or "offshore".
var settings = newLazy(func() []Setting {
	var out []Setting
	for _, r := range rows("coast.tsv") {
		for _, p := range strings.Split(field(r, 1), ",") {
			if ws := strings.Fields(p); len(ws) > 0 {
				out = append(out, Setting{Name: r[0], Words: ws})
			}
		}
	}
	// Longest phrases first, so that "out at sea" wins over "at sea".
	slices.SortStableFunc(out, func(a, b Setting) int { return len(b.Words) - len(a.Words) })
	return out
})

// A Setting is a phrase that places an event on land or at sea.
type Setting struct {
	Name  string // "inland", "offshore"
	Words []string
}

// Settings returns the phrases that place an event inland or offshore,
// longest first.
func Settings() []Setting { return settings.get() }

var placeFrames = wordSet("place_frames.txt")

// PlaceFrame reports whether w, capitalised and followed by "of" and a
// name, opens one place's name: "Gulf" in "the Gulf of Aden".
func PlaceFrame(w string) bool { return placeFrames.get()[w] }

var streetTypes = newLazy(func() map[string]string {
	m := map[string]string{}
	for _, line := range lines("street_types.txt") {
		ws := strings.Fields(line)
		for _, w := range ws {
			m[w] = ws[0]
		}
	}
	return m
})

// StreetType returns the kind of road w names after a street's name
// ("avenue" for "Avenue" or "Ave"), or "".
func StreetType(w string) string { return streetTypes.get()[w] }

var siteWords = wordSet("site_words.txt")

// SiteWord reports whether w ends the name of a building or a site, not a
// town: "bank", "hospital".
func SiteWord(w string) bool { return siteWords.get()[w] }
