package fact

import (
	"math"

	"crosscheck/align/lang"
)

// Bearings: where something lies from a named place, by the points of the
// compass ("about 3 miles southwest of Cobb", "north-northeast of
// Healdsburg"). A bearing is about its place: bearings from two places are
// two facts, never compared.

// KindBearing is the kind of a bearing from a named place.
const KindBearing Kind = "bearing"

// bearingSlack is how far apart, in degrees, two bearings from one place
// may be and still be one reading given more or less finely: a sixteenth
// of the compass rose, so that north-northeast refines northeast. Bearings
// further apart (southwest and west, an eighth) cannot both be true.
const bearingSlack = 22.5

// A bearingValue is a direction from a place, as a point of the compass.
type bearingValue struct {
	// point names the direction: "southwest", "north-northeast".
	point string
	// degrees is the bearing, clockwise from north.
	degrees float64
	// from is the place as written ("Cobb"); fromKey is its folded name,
	// which bearings are compared by.
	from, fromKey string
}

// norm is the point of the compass, written as one word where it is one
// ("north-west" is "northwest").
func (b *bearingValue) norm() string { return b.point }

// role is the place the bearing is taken from.
func (b *bearingValue) role() string { return b.from }

// bearingSlot names what a bearing is about: "bearing from Cobb".
func bearingSlot(role string) string { return "bearing from " + role }

// bearings records the passage's bearings from named places: a point of
// the compass, then "of" and a capitalised place. The value is the point
// alone; the place stays a name or a place of its own.
func (x *extraction) bearings() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		// A point is followed by "of" or by the hyphen of a second point:
		// other words are not looked up.
		if x.taken[i] || ls[i].kind != lexWord || i+1 >= len(ls) || !ls[i+1].is("of", "-") {
			continue
		}
		if v, end := x.bearingAt(i); v != nil && x.add(KindBearing, i, end, v) {
			i = end - 1
		}
	}
}

// bearingAt reads a bearing at lexeme i: a point of the compass, one word
// ("southwest") or two joined by a hyphen ("north-west",
// "north-northeast"), followed by "of" and a capitalised place. It returns
// the bearing and the index after the point, or nil.
func (x *extraction) bearingAt(i int) (*bearingValue, int) {
	ls := x.toks
	deg, ok := lang.Compass(ls[i].low)
	if !ok {
		return nil, i
	}
	point, end := ls[i].low, i+1
	if end+1 < len(ls) && ls[end].low == "-" && !ls[end].space && !ls[end+1].space && !x.taken[end+1] {
		second, ok := lang.Compass(ls[end+1].low)
		if !ok {
			return nil, i
		}
		point, deg, ok = joinPoints(point, deg, ls[end+1].low, second)
		if !ok {
			return nil, i // "north-south": no bearing
		}
		end += 2
	}
	if end+1 >= len(ls) || ls[end].low != "of" {
		return nil, i
	}
	k := end + 1
	j := k
	for j < len(ls) && ls[j].kind == lexWord && ls[j].upper && ls[j].quoted == ls[i].quoted {
		j++
	}
	if j == k {
		return nil, i // "west of the river": no place named
	}
	return &bearingValue{point: point, degrees: deg, from: x.text[ls[k].start:ls[j-1].end], fromKey: x.placeAfter(k)}, end
}

// joinPoints reads two points of the compass joined by a hyphen: two
// cardinal points an eighth apart are the point between ("north-west" is
// northwest); a cardinal point and the point an eighth from it name the
// sixteenth between ("north-northeast", 22.5°). Other pairs are no
// bearing.
func joinPoints(a string, da float64, b string, db float64) (string, float64, bool) {
	apart := angleBetween(da, db)
	mid := math.Mod(da+signedAngle(da, db)/2+360, 360)
	switch {
	case apart == 90:
		if d, ok := lang.Compass(a + b); ok && d == mid {
			return a + b, d, true
		}
	case apart == 45 && math.Mod(da, 90) == 0:
		return a + "-" + b, mid, true
	}
	return "", 0, false
}

// signedAngle returns the turn from bearing a to bearing b, from -180 to
// 180 degrees.
func signedAngle(a, b float64) float64 { return math.Mod(b-a+540, 360) - 180 }

// angleBetween returns how far apart two bearings are, from 0 to 180
// degrees.
func angleBetween(a, b float64) float64 { return math.Abs(signedAngle(a, b)) }

// judgeBearings judges two bearings for pairValues: from one place, the
// same point agrees, points within bearingSlack refine each other, others
// conflict; from two places they are two facts.
func judgeBearings(_ *Analysis, x, y factRef) (Status, int, bool) {
	a, b := x.fact.v.(*bearingValue), y.fact.v.(*bearingValue)
	if a.fromKey != b.fromKey {
		return 0, 0, false
	}
	switch d := angleBetween(a.degrees, b.degrees); {
	case d == 0:
		return Same, 2, true
	case d <= bearingSlack:
		return Compatible, 2, true
	}
	return Conflict, 2, true
}
