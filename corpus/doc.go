// Package corpus reads news articles about one story from files and turns
// them into cleaned Documents: text decoded and made safe for a terminal,
// metadata found, boilerplate set aside with its reason, and the article's
// own reporting split into paragraphs and sentence passages.
//
// It is the first stage of crosscheck's pipeline (corpus → align → ui) and
// knows nothing of the stages after it.
package corpus
