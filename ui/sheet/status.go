package sheet

import "crosscheck/align"

// Mark is the character that leads a fact's line and carries its status
// without colour: ⚠ conflict, △ differ, ◇ compatible, = same.
func Mark(s align.Status) string {
	switch s {
	case align.Conflict:
		return "⚠"
	case align.Differ:
		return "△"
	case align.Compatible:
		return "◇"
	}
	return "="
}
