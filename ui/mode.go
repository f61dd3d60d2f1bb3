package ui

// mode is what the reader is showing.
type mode int

const (
	// modeLoading: articles are being read and aligned.
	modeLoading mode = iota
	// modeClaims: one claim at a time, outlets in columns.
	modeClaims
	// modeHelp: the full key help.
	modeHelp
	// modeFailed: loading failed; the error is shown.
	modeFailed
)

// String names the mode, for the status line and tests.
func (m mode) String() string {
	switch m {
	case modeLoading:
		return "loading"
	case modeClaims:
		return "claims"
	case modeHelp:
		return "help"
	case modeFailed:
		return "failed"
	}
	return "unknown"
}
