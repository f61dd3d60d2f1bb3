package fact

import (
	"slices"
	"sync"
)

// A Kind is the type of a fact compared inside a claim.
type Kind string

// The kinds of fact compared inside claims.
const (
	KindDate   Kind = "date"
	KindTime   Kind = "time"
	KindNumber Kind = "number"
	KindMoney  Kind = "money"
	KindName   Kind = "name"
	KindPlace  Kind = "place"
	KindQuote  Kind = "quote"
)

// A kindSpec is one row of the table of kinds: how a kind's values are
// found in a passage, what they are about, and how two outlets' values are
// paired and judged. A kind's value type says how a value is normalised
// (see value).
type kindSpec struct {
	kind Kind
	// module names the row when several rows extract values of one kind
	// (a part of the day is a time, a count of none a number): its file,
	// and its examples, testdata/<module>.txt; "" for the kind's own row,
	// named by the kind. Only a kind's first row pairs and judges.
	module string
	// priority orders extraction, lowest first: the words a value takes
	// are not read again by a kind after it, so a kind before another wins
	// the words both could read ("€2 million" is money, not a count).
	// Priorities go in tens, so that a new kind finds room between two.
	priority int
	// extract finds the kind's values in a passage.
	extract func(x *extraction)
	// pair pairs two outlets' values of the kind in a claim and judges
	// each pair: pairValues, which pairs each value with the other
	// outlet's one plausible match and judges it with judge, or the kind's
	// own pairing.
	pair func(a *Analysis, k *kindSpec, xs, ys []factRef) []Difference
	// judge compares two values for pairValues and for the checks that
	// need a verdict: the status, how surely the values are one fact (0
	// not at all, 1 possibly, 2 surely) and whether the status holds.
	judge func(a *Analysis, x, y factRef) (st Status, strength int, ok bool)
	// rate judges two values of one fact (see rate.go): the status, the
	// rule that says so, and whether they can be compared; nil rates by
	// judge.
	rate func(a *Analysis, x, y factRef, strong bool) (Status, string, bool)
	// slotOf reads what a value is about from its sentence (see slot.go):
	// a key grouping the values of one fact ("" leaves the value to
	// pairing) and a label to be read ("people injured"). nil leaves
	// every value to pairing, labelled by slot.
	slotOf func(x *extraction, f *Fact) (key, label string)
	// slot names what a value is about from its role, for a value whose
	// sentence was not read (a difference made by hand): "the quotation
	// of witkoff". nil takes the role itself; a value without a role is
	// about the kind ("date").
	slot func(role string) string
	// headline is how surely a headline's value must be the body's value
	// (as judge's strength) for a conflict between them to be reported; 0
	// when headlines are not compared.
	headline int
	// events is true for the kinds that date events: two values of them
	// one passage states together are of two events, not two versions of
	// one.
	events bool
	// link pairs, once every two outlets' values were paired, the values
	// the pairs join through a third outlet; nil for none. byOutlet holds
	// the kind's values of each outlet of the claim.
	link func(byOutlet [][]factRef, found []Difference) []Difference
}

// kinds is the table of kinds, in the order a claim's differences are
// found and listed.
var kinds = [...]kindSpec{
	{kind: KindDate, priority: 20, extract: (*extraction).dates, pair: pairValues, judge: judgeDates, rate: rateDates, slotOf: dateSlot, headline: 1, events: true},
	{kind: KindTime, priority: 30, extract: (*extraction).times, pair: pairValues, judge: judgeTimes, rate: rateTimes, slotOf: timeSlot, events: true},
	{kind: KindNumber, priority: 50, extract: (*extraction).quantities, pair: pairValues, judge: judgeQuantities, rate: rateQuantities, slotOf: quantitySlot, headline: 2},
	{kind: KindDuration, priority: 50, pair: pairValues, judge: judgeQuantities, rate: rateQuantities, slotOf: quantitySlot},
	{kind: KindMoney, priority: 40, extract: (*extraction).money, pair: pairValues, judge: judgeMoney, rate: rateMoney, slotOf: moneySlot, headline: 1},
	{kind: KindPlace, priority: 60, extract: (*extraction).places, pair: pairPlaces, rate: ratePlaces, slotOf: placeSlot},
	{kind: KindName, priority: 70, extract: (*extraction).names, pair: pairNames, slot: nameSlot},
	{kind: KindQuote, priority: 10, extract: (*extraction).quotes, pair: pairQuotes, rate: rateQuotes, slot: quoteSlot, link: sameRemarks},
	{kind: KindTime, module: "partofday", priority: 35, extract: (*extraction).partsOfDay},
	{kind: KindNumber, module: "zero", priority: 45, extract: (*extraction).zeroCounts},
	{kind: KindCoast, priority: 66, extract: (*extraction).coasts, pair: pairValues, judge: judgeCoasts, slotOf: coastSlot},
	{kind: KindAttribution, priority: 68, extract: (*extraction).attributions, pair: pairValues, judge: judgeAttributions, rate: rateAttributions, slotOf: attributionSlot},
	{kind: KindList, priority: 8, extract: (*extraction).lists, pair: pairValues, judge: judgeLists, rate: rateLists, slotOf: listSlot},
	{kind: KindPlace, module: "street", priority: 55, extract: (*extraction).streets},
	{kind: KindDetail, priority: 75, extract: (*extraction).details, judge: judgeDetails, rate: rateDetails, slotOf: detailSlot},
	{kind: KindBearing, priority: 65, extract: (*extraction).bearings, pair: pairValues, judge: judgeBearings, slot: bearingSlot},
	{kind: KindWound, priority: 78, extract: (*extraction).wounds, pair: pairValues, judge: judgeWounds, rate: rateWounds, slotOf: woundSlot},
}

// nKinds is the number of kinds, for arrays indexed by kindIndex.
const nKinds = len(kinds)

// kindValues holds values by kind, indexed by kindIndex.
type kindValues [nKinds][]factRef

// kindIndex numbers a kind by its row in the table.
func kindIndex(k Kind) int {
	for i := range kinds {
		if kinds[i].kind == k {
			return i
		}
	}
	panic("fact: unknown kind " + string(k))
}

// specOf returns the table's row of a kind.
func specOf(k Kind) *kindSpec { return &kinds[kindIndex(k)] }

// byPriority returns the table's rows in the order kinds extract.
var byPriority = sync.OnceValue(func() []*kindSpec {
	out := make([]*kindSpec, nKinds)
	for i := range kinds {
		out[i] = &kinds[i]
	}
	slices.SortStableFunc(out, func(a, b *kindSpec) int { return a.priority - b.priority })
	return out
})

// slotName names what a difference's values are about: the kind's slot of
// its role, or the kind's name when the sentences do not tell.
func slotName(k Kind, role string) string {
	if role == "" {
		return string(k)
	}
	if s := specOf(k).slot; s != nil {
		return s(role)
	}
	return role
}

// name returns the row's name: its module, or its kind's.
func (k *kindSpec) name() string {
	if k.module != "" {
		return k.module
	}
	return string(k.kind)
}
