// Package lang is crosscheck's knowledge of the language of news reports,
// kept as data: the months and weekdays, numbers in words and the hedges
// before them, units and currencies, the words of names, places and
// quotations, the stop words and synonyms of matching, and the gazetteer.
// Each list is written once, in an embedded file under data/, and read
// through typed accessors; words are looked up in lower case, without
// diacritics unless a list says otherwise.
//
// Tables are built the first time they are used, never when the program
// starts: a run that reads no article pays nothing for them.
//
// It is the lowest layer of crosscheck: the corpus reader, the claim
// alignment and the fact extraction share it, and it knows none of them.
package lang
