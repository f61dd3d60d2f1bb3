package align

// An orderSet holds the places in a sequence a passage's counts have:
// first, next, last.
type orderSet uint8

const (
	orderFirst orderSet = 1 << iota
	orderNext
	orderLast
)

// ordersOf returns the orders of the counts among fs.
func ordersOf(fs []Fact) orderSet {
	var o orderSet
	for i := range fs {
		switch fs[i].Order() {
		case "first":
			o |= orderFirst
		case "next", "remaining":
			o |= orderNext
		case "last":
			o |= orderLast
		}
	}
	return o
}

// orderClash reports whether passages a and b count parts of one
// sequence and share no part: "the first four boys were brought out on
// Sunday" and "the last four were brought out on Tuesday" are two facts
// however many words they share.
func (ix *index) orderClash(a, b int) bool {
	oa, ob := ix.orders[a], ix.orders[b]
	return oa != 0 && ob != 0 && oa&ob == 0
}
