package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Theme names the reader's colours by what they mean, not by hue.
type Theme struct {
	// Text is body text; Muted is secondary text (dates, "not reported");
	// Faint is what is out of the way (claims outside the filter).
	Text, Muted, Faint color.Color
	// Accent marks where the reader is: the focused outlet, the current
	// claim, the counter.
	Accent color.Color
	// Border and FocusBorder frame the outlet columns.
	Border, FocusBorder color.Color
	// Conflict, Differ, Refine and Agree colour a fact by its status:
	// conflict, differ, compatible, same.
	Conflict, Differ, Refine, Agree color.Color
	// Changed lights up words that differ from the focused outlet's
	// wording; Match lights up search matches; Current is the background
	// of the claim's passage in an article. OnHighlight is text drawn on
	// Changed or Match, OnConflict text drawn on Conflict.
	Changed, Match, Current, OnHighlight, OnConflict color.Color
	// Warning is for problems met while loading.
	Warning color.Color
	// Verified, Disputed and Unsure colour a fact-checker's verdicts.
	Verified, Disputed, Unsure color.Color
}

// DefaultTheme returns the reader's colours for a dark or light terminal
// background.
func DefaultTheme(isDark bool) Theme {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	return Theme{
		Text:        ld(c("#1F1F24"), c("#E6E6EA")),
		Muted:       ld(c("#6E6E78"), c("#8A8A96")),
		Faint:       ld(c("#B4B4BE"), c("#4A4A54")),
		Accent:      ld(c("#5A3FD1"), c("#A99BFF")),
		Border:      ld(c("#C8C8D0"), c("#3C3C46")),
		FocusBorder: ld(c("#5A3FD1"), c("#8E7CFF")),
		Conflict:    ld(c("#C2261F"), c("#FF6B61")),
		Differ:      ld(c("#B4460A"), c("#FF9F5A")),
		Refine:      ld(c("#A35F00"), c("#F0B44C")),
		Agree:       ld(c("#1E7F3C"), c("#5FD38A")),
		Changed:     ld(c("#FFE28A"), c("#D9BE5C")),
		Match:       ld(c("#9FD4FF"), c("#5FB4F0")),
		Current:     ld(c("#ECE8FF"), c("#2E2A45")),
		OnHighlight: ld(c("#1F1F24"), c("#16161A")),
		OnConflict:  ld(c("#FFFFFF"), c("#16161A")),
		Warning:     ld(c("#A35F00"), c("#F0B44C")),
		Verified:    ld(c("#1E7F3C"), c("#5FD38A")),
		Disputed:    ld(c("#C2261F"), c("#FF6B61")),
		Unsure:      ld(c("#A35F00"), c("#F0B44C")),
	}
}

// Styles are the reader's Lip Gloss styles, built from a Theme.
//
// Every highlight that carries meaning uses reverse video or bold as well
// as colour, so that it survives NO_COLOR: the terminal then shows the
// attribute without the colour. None uses underline or strikethrough.
type Styles struct {
	// Header line.
	Title, Info, Filter lipgloss.Style

	// Outlet columns.
	Border, FocusBorder         lipgloss.Style
	Outlet, FocusedOutlet, Date lipgloss.Style
	Passage, Absent             lipgloss.Style
	More                        lipgloss.Style
	// Aside draws the words of a sentence outside the part the claim is
	// about (faint, which survives NO_COLOR).
	Aside lipgloss.Style

	// Highlights inside passages: words differing from the focused
	// outlet, search matches, and typed values by their row's status.
	Changed, Match                                      lipgloss.Style
	ConflictValue, DifferValue, RefineValue, AgreeValue lipgloss.Style
	ArticleCurrent, ArticleGutter, ArticleHeader        lipgloss.Style

	// Fact lines of the legend and the disputed facts, by status, and the
	// outlet names in them; Selected marks the disputed fact chosen.
	Conflict, Differ, Refine, Agree, LegendOutlets, Selected lipgloss.Style

	// Overview strip cells.
	Cell, CellConflict, CellCurrent, CellOut lipgloss.Style

	// Verdicts: the badge on the current claim (reverse video) and the
	// strip cells and header counts (bold), and a note.
	VerifiedBadge, DisputedBadge, UnsureBadge lipgloss.Style
	Verified, Disputed, Unsure, Note          lipgloss.Style

	// Full help.
	HelpGroup, HelpKey, HelpDesc lipgloss.Style

	// Status line, footer and the loading screen.
	Status, Warning, Error, Muted, Prompt lipgloss.Style
}

// DefaultStyles returns the reader's styles for a dark or light terminal
// background.
func DefaultStyles(isDark bool) Styles {
	return NewStyles(DefaultTheme(isDark))
}

// NewStyles builds the reader's styles from theme t.
func NewStyles(t Theme) Styles {
	s := lipgloss.NewStyle
	fg := func(c color.Color) lipgloss.Style { return s().Foreground(c) }
	// highlight draws text on colour c; with colour off it is reverse
	// video.
	highlight := func(c, on color.Color) lipgloss.Style {
		return s().Reverse(true).Foreground(c).Background(on)
	}
	return Styles{
		Title:  fg(t.Text).Bold(true),
		Info:   fg(t.Accent).Bold(true),
		Filter: fg(t.Muted),

		Border:        fg(t.Border),
		FocusBorder:   fg(t.FocusBorder).Bold(true),
		Outlet:        fg(t.Text).Bold(true),
		FocusedOutlet: fg(t.Accent).Bold(true).Reverse(true),
		Date:          fg(t.Muted),
		Passage:       fg(t.Text),
		Absent:        fg(t.Muted).Italic(true),
		Aside:         fg(t.Muted).Faint(true),
		More:          fg(t.Accent).Bold(true),

		Changed:        highlight(t.Changed, t.OnHighlight),
		Match:          highlight(t.Match, t.OnHighlight).Bold(true),
		ConflictValue:  highlight(t.Conflict, t.OnConflict).Bold(true),
		DifferValue:    highlight(t.Differ, t.OnConflict).Bold(true),
		RefineValue:    fg(t.Refine).Bold(true),
		AgreeValue:     fg(t.Agree),
		ArticleCurrent: s().Background(t.Current).Foreground(t.Text).Bold(true),
		ArticleGutter:  fg(t.Accent).Bold(true),
		ArticleHeader:  fg(t.Muted),

		Conflict:      fg(t.Conflict).Bold(true),
		Differ:        fg(t.Differ).Bold(true),
		Refine:        fg(t.Refine),
		Agree:         fg(t.Agree),
		LegendOutlets: fg(t.Muted),
		Selected:      fg(t.Accent).Bold(true),

		Cell:         fg(t.Muted),
		CellConflict: fg(t.Conflict).Bold(true),
		CellCurrent:  fg(t.Accent).Bold(true).Reverse(true),
		CellOut:      fg(t.Faint).Faint(true),

		VerifiedBadge: highlight(t.Verified, t.OnConflict).Bold(true),
		DisputedBadge: highlight(t.Disputed, t.OnConflict).Bold(true),
		UnsureBadge:   highlight(t.Unsure, t.OnHighlight).Bold(true),
		Verified:      fg(t.Verified).Bold(true),
		Disputed:      fg(t.Disputed).Bold(true),
		Unsure:        fg(t.Unsure).Bold(true),
		Note:          fg(t.Text),

		HelpGroup: fg(t.Accent).Bold(true),
		HelpKey:   fg(t.Text).Bold(true),
		HelpDesc:  fg(t.Muted),

		Status:  fg(t.Muted),
		Warning: fg(t.Warning),
		Error:   fg(t.Conflict).Bold(true),
		Muted:   fg(t.Muted),
		Prompt:  fg(t.Accent).Bold(true),
	}
}
