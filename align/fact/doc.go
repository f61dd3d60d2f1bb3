// Package fact reads the typed facts of news passages (dates, times of
// day, counts and measures, sums of money, names, places, quotations,
// words of closed classes such as weapons and nationalities) and
// judges them across outlets: the same value written another way, a
// compatible refinement or conversion, figures that differ although both
// may be true, or a conflict.
//
// Each kind of fact is one row of the table in kinds.go (its priority
// when two kinds claim the same words, how it is extracted, what its
// values are about, how two of them are paired and judged) and one file
// that holds its value type, its extractor and its judge, with a file of
// examples in testdata. The words each kind knows are data, in package
// lang.
//
// Package align groups the passages of a story into claims and asks this
// package to compare the facts inside each; this package knows nothing of
// claims beyond the passages it is given.
package fact
