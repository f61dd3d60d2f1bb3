package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
)

// A LoadFunc reads and aligns the story the reader shows. It reports
// progress as a fraction from 0 to 1 and returns warnings about inputs
// that were skipped.
type LoadFunc func(ctx context.Context, progress func(float64)) (*align.Story, []string, error)

// storyLoadedMsg carries the aligned story into the reader.
type storyLoadedMsg struct {
	story    *align.Story
	warnings []string
}

// loadFailedMsg reports that the story could not be loaded.
type loadFailedMsg struct{ err error }

// loadStory runs load in a command, off the update loop.
func loadStory(load LoadFunc) tea.Cmd {
	return func() tea.Msg {
		s, warnings, err := load(context.Background(), func(float64) {})
		if err != nil {
			return loadFailedMsg{err}
		}
		return storyLoadedMsg{s, warnings}
	}
}
