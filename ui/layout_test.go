package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestResizeAtAnyTime(t *testing.T) {
	stories := map[string]LoadFunc{"envoy": storyLoad(envoyStory()), "world": storyLoad(worldStory()), "sample": sampleLoad}
	for name, load := range stories {
		base := open(t, load, 120, 40)
		states := map[string]Model{
			"claims":  base,
			"article": press(t, base, "enter"),
			"removed": press(t, base, "r"),
			"help":    press(t, base, "?"),
			"search":  typeText(t, press(t, base, "/"), "the"),
			"last":    press(t, base, "G", "l", "l"),
		}
		for state, m := range states {
			for _, size := range [][2]int{{200, 60}, {80, 24}, {40, 12}, {20, 6}, {21, 7}, {55, 9}, {19, 6}, {20, 5}, {1, 1}, {0, 0}, {160, 45}} {
				r := send(m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				s := screen(r)
				if size[0] < minWidth || size[1] < minHeight {
					if size[0] > 0 && size[1] > 0 && !strings.Contains(strings.ReplaceAll(s, "\n", " "), "too small") && size[0] > 5 {
						t.Errorf("%s/%s %v: want a too-small notice, got %q", name, state, size, s)
					}
					continue
				}
				checkFits(t, r, size[0], size[1])
				// Keys still work at this size.
				for _, k := range []string{"j", "l", "pgdown", "G", "n"} {
					checkFits(t, press(t, r, k), size[0], size[1])
				}
			}
		}
	}
}

// TestWideTextKeepsColumnsAligned draws eight outlets with CJK, emoji and
// right-to-left text at many widths, measuring as a wcwidth terminal and
// as a grapheme-clustering one: every row of columns is the full width,
// and the column borders stand at the same cells on every row.
func TestWideTextKeepsColumnsAligned(t *testing.T) {
	for _, graphemes := range []bool{false, true} {
		for _, w := range []int{56, 60, 84, 100, 120, 160, 230} {
			m := open(t, storyLoad(worldStory()), w, 40)
			m = send(m, tea.ModeReportMsg{Mode: ansi.ModeUnicodeCore, Value: map[bool]ansi.ModeSetting{true: ansi.ModeSet, false: ansi.ModeNotRecognized}[graphemes]})
			for _, keys := range [][]string{nil, {"l", "l", "l"}, {"j"}, {"G", "h"}} {
				m := press(t, m, keys...)
				checkFits(t, m, w, 40)
				var want []int
				for i, l := range lines(m) {
					if !strings.ContainsAny(l, "│┃") {
						continue
					}
					if got := m.sh.ms.width(l); got != w {
						t.Errorf("graphemes %v, width %d, keys %v: row %d is %d cells: %q", graphemes, w, keys, i, got, l)
					}
					at := borderCells(l, m.sh.ms)
					if want == nil {
						want = at
					} else if !slices.Equal(at, want) {
						t.Errorf("graphemes %v, width %d, keys %v: borders of row %d at %v, want %v: %q", graphemes, w, keys, i, at, want, l)
					}
				}
				if want == nil {
					t.Errorf("width %d: no columns drawn:\n%s", w, screen(m))
				}
			}
		}
	}
}

// borderCells returns the cells at which column borders stand in line l.
func borderCells(l string, ms measure) []int {
	var at []int
	for i, r := range l {
		if r == '│' || r == '┃' {
			at = append(at, ms.width(l[:i]))
		}
	}
	return at
}

func TestLongWordsAndStackedWideText(t *testing.T) {
	m := open(t, storyLoad(worldStory()), 40, 50)
	s := screen(m)
	if !strings.Contains(s, "Donaudampf") || !strings.Contains(s, "abzeichen") {
		t.Errorf("the long word should be cut across lines, not lost:\n%s", s)
	}
	checkFits(t, m, 40, 50)
	for range 8 {
		m = press(t, m, "l")
		checkFits(t, m, 40, 50)
	}
}
