package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
	"crosscheck/corpus"
)

func sampleLoad(ctx context.Context, progress func(float64)) (*align.Story, []string, error) {
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		return nil, nil, err
	}
	s, err := align.Build(ctx, c.Documents, align.Options{Progress: progress})
	return s, c.Warnings, err
}

// loadedReader returns a reader sized w×h with the sample story loaded, as
// the program would have it after Init's command ran.
func loadedReader(t *testing.T, w, h int) Model {
	t.Helper()
	m := New(sampleLoad)
	var tm tea.Model = m
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: w, Height: h})
	tm, _ = tm.Update(loadStory(sampleLoad)())
	return tm.(Model)
}

func press(t *testing.T, m Model, keys ...string) Model {
	t.Helper()
	var tm tea.Model = m
	for _, k := range keys {
		tm, _ = tm.Update(keyPress(k))
	}
	return tm.(Model)
}

// keyPress builds the key press message for a key name as bindings
// spell it ("j", "down", "tab", "ctrl+c", "G").
func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	if r >= 'A' && r <= 'Z' {
		return tea.KeyPressMsg{Code: r + 32, ShiftedCode: r, Text: k, Mod: tea.ModShift}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}

func screen(m Model) string { return ansi.Strip(m.View().Content) }

func TestReaderShowsEveryOutletSideBySide(t *testing.T) {
	m := loadedReader(t, 160, 45)
	s := screen(m)
	for _, d := range m.story.Documents {
		if !strings.Contains(s, d.Outlet) {
			t.Errorf("160×45 screen lacks outlet %q:\n%s", d.Outlet, s)
		}
	}
	if !strings.Contains(s, fmt.Sprintf("claim 1/%d", len(m.story.Claims))) {
		t.Errorf("header lacks the claim counter:\n%s", s)
	}
	for i, l := range strings.Split(s, "\n") {
		if w := ansi.StringWidth(l); w > 160 {
			t.Errorf("line %d is %d cells wide, more than the terminal", i, w)
		}
	}
	if n := strings.Count(s, "\n") + 1; n != 45 {
		t.Errorf("screen has %d lines, want 45", n)
	}
}

func TestReaderSteppingKeys(t *testing.T) {
	m := loadedReader(t, 120, 30)
	last := len(m.story.Claims) - 1
	tests := []struct {
		keys  []string
		claim int
	}{
		{[]string{"j"}, 1},
		{[]string{"down", "down"}, 2},
		{[]string{"j", "k"}, 0},
		{[]string{"k"}, 0},
		{[]string{"G"}, last},
		{[]string{"end"}, last},
		{[]string{"G", "j"}, last},
		{[]string{"G", "g"}, 0},
		{[]string{"j", "up"}, 0},
	}
	for _, tt := range tests {
		if got := press(t, m, tt.keys...).claim; got != tt.claim {
			t.Errorf("keys %v: claim %d, want %d", tt.keys, got, tt.claim)
		}
	}
}

func TestReaderFocusKeysWrap(t *testing.T) {
	m := loadedReader(t, 120, 30)
	n := len(m.story.Documents)
	if got := press(t, m, "l").focus; got != 1 {
		t.Errorf("l: focus %d, want 1", got)
	}
	if got := press(t, m, "h").focus; got != n-1 {
		t.Errorf("h from the first outlet: focus %d, want %d", got, n-1)
	}
	if got := press(t, m, "tab", "right", "left").focus; got != 1 {
		t.Errorf("tab right left: focus %d, want 1", got)
	}
}

func TestReaderQuitKeys(t *testing.T) {
	m := loadedReader(t, 80, 24)
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := m.Update(keyPress(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
}

func TestReaderTooSmall(t *testing.T) {
	for _, size := range [][2]int{{19, 10}, {40, 5}, {1, 1}} {
		m := loadedReader(t, size[0], size[1])
		if s := screen(m); !strings.Contains(strings.ReplaceAll(s, "\n", " "), "too small") {
			t.Errorf("%dx%d: %q, want a too-small notice", size[0], size[1], s)
		}
	}
	// At the smallest size drawn, nothing panics and nothing overflows.
	m := press(t, loadedReader(t, 20, 6), "j", "l", "G", "?")
	for _, l := range strings.Split(screen(m), "\n") {
		if ansi.StringWidth(l) > 20 {
			t.Errorf("20×6: line %q overflows", l)
		}
	}
}

func TestKeyBindingsDoNotCollide(t *testing.T) {
	seen := map[string]string{}
	for _, b := range DefaultKeyMap().bindings() {
		for _, k := range b.Keys() {
			if other, ok := seen[k]; ok {
				t.Errorf("key %q is bound to both %q and %q", k, other, b.Help().Desc)
			}
			seen[k] = b.Help().Desc
		}
	}
}
