// Package align turns the documents of one story into a Story: the
// passages of different outlets that state the same fact are grouped into
// claims, in the order the story is told, and inside each claim the typed
// facts (dates, times, numbers, money, names, places, quotes) are compared
// to tell real conflicts from compatible refinements and from the same
// value written another way. It also computes word-level differences
// between passages for display.
//
// It is the second stage of crosscheck's pipeline (corpus → align → ui): it
// reads corpus.Documents and knows nothing of how results are shown.
package align
