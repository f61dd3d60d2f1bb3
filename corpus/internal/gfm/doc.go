// Package gfm parses the GitHub-flavoured Markdown that crosscheck reads:
// CommonMark with tables, strikethrough and footnotes.
//
// Its parsers are goldmark's (github.com/yuin/goldmark/extension, v1.8.7,
// under the MIT licence in LICENSE), copied without their HTML renderers
// and otherwise unchanged but for the table's delimiter patterns, which
// compile on first use. Importing goldmark's extension package
// compiles the patterns of every extension it holds (linkify's are large)
// each time a program starts, whatever the program then reads; crosscheck
// uses three of its extensions and renders none.
package gfm
