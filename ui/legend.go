package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
)

// statusMarker is the text mark of a status, readable without colour.
func statusMarker(s align.Status) string {
	switch s {
	case align.Conflict:
		return "[≠]"
	case align.Refine:
		return "[⊂]"
	}
	return "[=]"
}

// legend renders one line per typed difference of claim c, conflicts
// first, each truncated to width.
func legend(s *align.Story, c *align.Claim, st Styles, width int) string {
	var lines []string
	for _, status := range []align.Status{align.Conflict, align.Refine, align.Agree} {
		for _, d := range c.Differences {
			if d.Status != status {
				continue
			}
			style := map[align.Status]func(...string) string{
				align.Conflict: st.Conflict.Render, align.Refine: st.Refine.Render, align.Agree: st.Agree.Render,
			}[status]
			var vals []string
			for _, v := range d.Values {
				vals = append(vals, fmt.Sprintf("%s (%s)", v.Text, s.Documents[v.Ref.Doc].Outlet))
			}
			sign := map[align.Status]string{align.Conflict: " ≠ ", align.Refine: " ⊂ ", align.Agree: " = "}[status]
			line := fmt.Sprintf("%s %s: %s", statusMarker(status), d.Kind, strings.Join(vals, sign))
			lines = append(lines, style(ansi.Truncate(line, width, "…")))
		}
	}
	return strings.Join(lines, "\n")
}
