package ui

import (
	"image/color"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

func TestHighlightsUseReverseOrBoldNeverUnderline(t *testing.T) {
	for _, dark := range []bool{true, false} {
		st := DefaultStyles(dark)
		v := reflect.ValueOf(st)
		for i := range v.NumField() {
			s := v.Field(i).Interface().(lipgloss.Style)
			if s.GetUnderline() || s.GetStrikethrough() {
				t.Errorf("style %s uses underline or strikethrough", v.Type().Field(i).Name)
			}
		}
		for name, s := range map[string]lipgloss.Style{"Changed": st.Changed, "Match": st.Match, "ConflictValue": st.ConflictValue, "CellCurrent": st.CellCurrent, "FocusedOutlet": st.FocusedOutlet} {
			if !s.GetReverse() {
				t.Errorf("%s must be reverse video, to show without colour", name)
			}
		}
	}
}

// TestUsableWithColourOff renders the screen as the terminal shows it
// under NO_COLOR: no colour at all, and the meaning still there in marks
// and reverse video.
func TestUsableWithColourOff(t *testing.T) {
	m := press(t, open(t, storyLoad(envoyStory()), 160, 40), "=")
	var b strings.Builder
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ASCII}
	if _, err := w.WriteString(m.View().Content); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, colour := range []string{"[38;", "[48;", ";38;", ";48;"} {
		if strings.Contains(out, colour) {
			t.Fatalf("colour sequence %q left with colour off", colour)
		}
	}
	if !strings.Contains(out, "\x1b[7m") && !strings.Contains(out, ";7m") && !strings.Contains(out, ";7;") && !strings.Contains(out, "[7;") {
		t.Errorf("no reverse video with colour off: highlights would vanish")
	}
	plain := ansi.Strip(out)
	for _, mark := range []string{"⚠ date", "≠", "┏", "◇ place"} {
		if !strings.Contains(plain, mark) {
			t.Errorf("with colour off the screen lacks the mark %q", mark)
		}
	}
}

func TestColoursFollowTheBackground(t *testing.T) {
	m := open(t, storyLoad(envoyStory()), 120, 30)
	dark := m.View().Content
	light := send(m, tea.BackgroundColorMsg{Color: color.White})
	if light.isDark {
		t.Fatal("a white background should switch to the light theme")
	}
	if light.View().Content == dark {
		t.Errorf("the light theme draws the same as the dark one")
	}
	if got, want := light.sh.styles.Passage.GetForeground(), DefaultTheme(false).Text; got != want {
		t.Errorf("light passage colour %v, want %v", got, want)
	}
	if ansi.Strip(light.View().Content) != ansi.Strip(dark) {
		t.Errorf("the theme changed the text, not only its colours")
	}
}
