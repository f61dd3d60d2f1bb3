package gfm

import (
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"
)

// NewParser returns a CommonMark parser with the table, strikethrough and
// footnote extensions: the parser of
//
//	goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Footnote))
//
// built the same way, goldmark's default parser and then each extension's
// options in that order.
func NewParser() parser.Parser {
	p := parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	)
	// extension.Table
	p.AddOptions(
		parser.WithParagraphTransformers(util.Prioritized(NewTableParagraphTransformer(), 200)),
		parser.WithASTTransformers(util.Prioritized(defaultTableASTTransformer, 0)),
	)
	// extension.Strikethrough
	p.AddOptions(parser.WithInlineParsers(util.Prioritized(NewStrikethroughParser(), 500)))
	// extension.Footnote
	p.AddOptions(
		parser.WithBlockParsers(util.Prioritized(NewFootnoteBlockParser(), 999)),
		parser.WithInlineParsers(util.Prioritized(NewFootnoteParser(), 101)),
		parser.WithASTTransformers(util.Prioritized(NewFootnoteASTTransformer(), 999)),
	)
	return p
}
