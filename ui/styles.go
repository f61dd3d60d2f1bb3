package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Theme names the reader's colours by what they mean, not by hue.
type Theme struct {
	Text, Muted, Subtle, Accent, Border, FocusBorder color.Color
	Conflict, Refine, Agree                          color.Color
	// Changed is the background of words that differ from the focused
	// outlet's wording.
	Changed, ChangedText color.Color
}

// DefaultTheme returns the reader's colours for a dark or light terminal
// background.
func DefaultTheme(isDark bool) Theme {
	ld := lipgloss.LightDark(isDark)
	return Theme{
		Text:        ld(lipgloss.Color("#1F1F24"), lipgloss.Color("#E6E6EA")),
		Muted:       ld(lipgloss.Color("#6E6E78"), lipgloss.Color("#8A8A96")),
		Subtle:      ld(lipgloss.Color("#B4B4BE"), lipgloss.Color("#4A4A54")),
		Accent:      ld(lipgloss.Color("#5A3FD1"), lipgloss.Color("#A99BFF")),
		Border:      ld(lipgloss.Color("#C8C8D0"), lipgloss.Color("#3C3C46")),
		FocusBorder: ld(lipgloss.Color("#5A3FD1"), lipgloss.Color("#8E7CFF")),
		Conflict:    ld(lipgloss.Color("#C2261F"), lipgloss.Color("#FF6B61")),
		Refine:      ld(lipgloss.Color("#A35F00"), lipgloss.Color("#F0B44C")),
		Agree:       ld(lipgloss.Color("#1E7F3C"), lipgloss.Color("#5FD38A")),
		Changed:     ld(lipgloss.Color("#FFE28A"), lipgloss.Color("#5B4A12")),
		ChangedText: ld(lipgloss.Color("#1F1F24"), lipgloss.Color("#FFF3C4")),
	}
}

// Styles are the reader's Lip Gloss styles, built from a Theme.
type Styles struct {
	Header, Title, Counter, Filter lipgloss.Style
	Column, FocusedColumn          lipgloss.Style
	Outlet, FocusedOutlet, Date    lipgloss.Style
	Passage, Absent, Changed       lipgloss.Style
	Conflict, Refine, Agree        lipgloss.Style
	More, Status, Error, Muted     lipgloss.Style
}

// DefaultStyles returns the reader's styles for a dark or light terminal
// background.
func DefaultStyles(isDark bool) Styles {
	t := DefaultTheme(isDark)
	return NewStyles(t)
}

// NewStyles builds the reader's styles from theme t.
func NewStyles(t Theme) Styles {
	column := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(t.Border).Padding(0, 1)
	return Styles{
		Header:        lipgloss.NewStyle().Foreground(t.Text).Padding(0, 1),
		Title:         lipgloss.NewStyle().Bold(true).Foreground(t.Text),
		Counter:       lipgloss.NewStyle().Foreground(t.Accent).Bold(true),
		Filter:        lipgloss.NewStyle().Foreground(t.Muted),
		Column:        column,
		FocusedColumn: column.BorderForeground(t.FocusBorder),
		Outlet:        lipgloss.NewStyle().Bold(true).Foreground(t.Text),
		FocusedOutlet: lipgloss.NewStyle().Bold(true).Foreground(t.Accent),
		Date:          lipgloss.NewStyle().Foreground(t.Muted),
		Passage:       lipgloss.NewStyle().Foreground(t.Text),
		Absent:        lipgloss.NewStyle().Foreground(t.Muted).Italic(true),
		Changed:       lipgloss.NewStyle().Background(t.Changed).Foreground(t.ChangedText),
		Conflict:      lipgloss.NewStyle().Foreground(t.Conflict).Bold(true),
		Refine:        lipgloss.NewStyle().Foreground(t.Refine),
		Agree:         lipgloss.NewStyle().Foreground(t.Agree),
		More:          lipgloss.NewStyle().Foreground(t.Accent).Bold(true),
		Status:        lipgloss.NewStyle().Foreground(t.Muted).Padding(0, 1),
		Error:         lipgloss.NewStyle().Foreground(t.Conflict).Padding(0, 1),
		Muted:         lipgloss.NewStyle().Foreground(t.Muted),
	}
}
