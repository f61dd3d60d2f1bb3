package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
)

// A LoadFunc reads and aligns the story the reader shows. It reports
// progress as a fraction from 0 to 1 and what it is doing ("Fetched 3 of
// 8 web pages"; "" keeps the last words) — it may call progress from any
// goroutine, as often as it likes — and returns warnings about inputs
// that were skipped. It should stop early when ctx is cancelled.
type LoadFunc func(ctx context.Context, progress func(done float64, doing string)) (*align.Story, []string, error)

// loadProgressMsg reports how far loading has got; from is where the
// next report or the result will come.
type loadProgressMsg struct {
	done  float64
	doing string
	from  <-chan tea.Msg
}

// storyLoadedMsg carries the aligned story into the reader.
type storyLoadedMsg struct {
	story    *align.Story
	warnings []string
}

// loadFailedMsg reports that the story could not be loaded.
type loadFailedMsg struct{ err error }

// loadStory runs load off the update loop. The command it returns starts
// load in a goroutine and delivers its first report; each
// loadProgressMsg carries the channel to wait on for the next one, until
// a storyLoadedMsg or loadFailedMsg ends it. Progress reports are
// dropped, never queued, while the reader is behind, so a fast loader
// cannot flood the reader and the interface keeps answering keys.
func loadStory(ctx context.Context, load LoadFunc) tea.Cmd {
	return func() tea.Msg {
		ch := make(chan tea.Msg, 1)
		go func() {
			s, warnings, err := load(ctx, func(done float64, doing string) {
				select {
				case ch <- loadProgressMsg{done, doing, ch}:
				default:
				}
			})
			var result tea.Msg = storyLoadedMsg{s, warnings}
			if err == nil && s == nil {
				err = errNoStory
			}
			if err != nil {
				result = loadFailedMsg{err}
			}
			// The result waits for room: it must not be dropped.
			select {
			case ch <- result:
			case <-ctx.Done():
			}
		}()
		return <-ch
	}
}

// waitForLoad delivers the next report of a load under way.
func waitForLoad(from <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg { return <-from }
}

type loadError string

func (e loadError) Error() string { return string(e) }

const errNoStory = loadError("the loader returned no story")
