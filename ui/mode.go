package ui

// mode is what the reader is showing, and so where keys go.
type mode int

const (
	// modeLoading: articles are being read and aligned.
	modeLoading mode = iota
	// modeClaims: one claim at a time, outlets in columns.
	modeClaims
	// modeSearch: a search query is being typed; the claims follow it.
	modeSearch
	// modeArticle: the focused outlet's whole article, the claim's passage
	// lit.
	modeArticle
	// modeRemoved: what was removed from the focused article as
	// boilerplate, and why.
	modeRemoved
	// modeHelp: every key, grouped, and what the marks mean.
	modeHelp
	// modeFailed: loading failed; the error is shown.
	modeFailed
	// modeNote: a note on the current claim is being written, in a text
	// area under the claim.
	modeNote
	// modeDisputes: the story's disputed facts, one entry each; where the
	// reader opens.
	modeDisputes
	// modeSettle: a disputed fact is being settled, under the list.
	modeSettle
)

// String names the mode, for tests and the status line.
func (m mode) String() string {
	switch m {
	case modeLoading:
		return "loading"
	case modeClaims:
		return "claims"
	case modeSearch:
		return "search"
	case modeArticle:
		return "article"
	case modeRemoved:
		return "removed"
	case modeHelp:
		return "help"
	case modeFailed:
		return "failed"
	case modeNote:
		return "note"
	case modeDisputes:
		return "disputes"
	case modeSettle:
		return "settle"
	}
	return "unknown"
}
