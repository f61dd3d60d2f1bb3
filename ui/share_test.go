package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
)

// webStory is envoyStory with web addresses for its first two articles.
func webStory() *align.Story {
	s := envoyStory()
	s.Documents[0].URL = "https://news.example/envoys"
	s.Documents[1].URL = "https://outlet-b.example/talks"
	return s
}

// runCmds runs cmd, and each command of a batch, delivering to m the
// messages the reader handles, and returns the reader.
func runCmds(m Model, cmd tea.Cmd) Model {
	if cmd == nil {
		return m
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			m = runCmds(m, c)
		}
	case openedMsg, copiedMsg:
		m = send(m, msg)
	}
	return m
}

// pressRun presses k and runs the commands it returns.
func pressRun(m Model, k string) Model {
	next, cmd := m.Update(keyPress(k))
	return runCmds(next.(Model), cmd)
}

// testOpen checks that k opens the focused article's web address in the
// claim view and the article view, through the opener the reader was
// given, and says so.
func testOpen(t *testing.T, k string) {
	var opened []string
	opener := WithOpener(func(target string) error { opened = append(opened, target); return nil })
	m := openWith(t, storyLoad(webStory()), 120, 30, opener)
	m = pressRun(m, k)
	if len(opened) != 1 || opened[0] != "https://news.example/envoys" {
		t.Fatalf("opened %q", opened)
	}
	if !strings.Contains(screen(m), "opened https://news.example/envoys in the browser") {
		t.Errorf("status does not say so:\n%s", screen(m))
	}
	m = pressRun(press(t, m, "l", "enter"), k)
	if len(opened) != 2 || opened[1] != "https://outlet-b.example/talks" {
		t.Errorf("from the article view: opened %q", opened)
	}
}

func TestOpenWithoutOpenerOrAddress(t *testing.T) {
	m := pressRun(open(t, storyLoad(webStory()), 120, 30), "o")
	if !strings.Contains(screen(m), "no browser opener") {
		t.Errorf("without an opener:\n%s", screen(m))
	}
	fail := WithOpener(func(string) error { return errors.New("xdg-open not found") })
	m = pressRun(openWith(t, storyLoad(webStory()), 120, 30, fail), "o")
	if !strings.Contains(screen(m), "could not open https://news.example/envoys: xdg-open not found") {
		t.Errorf("a failing opener:\n%s", screen(m))
	}
	// A file that exists opens by its absolute path; the sample's built-in
	// articles have nothing to open.
	dir := t.TempDir()
	file := filepath.Join(dir, "d.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := envoyStory()
	s.Documents[0].Path = file
	s.Documents[1].Path = "sample/north-sea-wire.txt"
	var opened []string
	m = openWith(t, storyLoad(s), 120, 30, WithOpener(func(target string) error { opened = append(opened, target); return nil }))
	m = pressRun(m, "o")
	m = pressRun(press(t, m, "l"), "o")
	if len(opened) != 1 || opened[0] != file || !strings.Contains(screen(m), "built into crosscheck") {
		t.Errorf("opened %q\n%s", opened, screen(m))
	}
}

// testCopy checks that k copies the focused outlet's wording of the
// current claim to the system clipboard (as well as with OSC 52).
func testCopy(t *testing.T, k string) {
	var copied []string
	clip := WithClipboard(func(s string) error { copied = append(copied, s); return nil })
	m := openWith(t, storyLoad(webStory()), 120, 30, clip)
	next, cmd := m.Update(keyPress(k))
	if cmd == nil {
		t.Fatal("no command")
	}
	batch, ok := cmd().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("want a batch of OSC 52 and the system clipboard, got %T", cmd())
	}
	runCmds(next.(Model), cmd)
	want := "The envoys met Hamas negotiators in Sharm el-Sheikh on October 9, officials said. A hearing is set for Oct. 19 in the capital."
	if c := m.sh.story.Claims[0]; !c.Reports(0) || len(copied) != 1 {
		t.Fatalf("copied %q", copied)
	}
	if !strings.HasPrefix(want, copied[0]) && copied[0] != want {
		t.Errorf("copied %q", copied[0])
	}
	if !strings.Contains(screen(next.(Model)), "copied Times of Israel's wording of c1") {
		t.Errorf("status:\n%s", screen(next.(Model)))
	}
}

// testCopyURL checks that k copies the focused article's address, in the
// claim view and (with y or Y) in the article view.
func testCopyURL(t *testing.T, k string) {
	var copied []string
	clip := WithClipboard(func(s string) error { copied = append(copied, s); return nil })
	m := openWith(t, storyLoad(webStory()), 120, 30, clip)
	m = pressRun(m, k)
	m = pressRun(press(t, m, "l", "enter"), "y")
	if strings.Join(copied, " ") != "https://news.example/envoys https://outlet-b.example/talks" {
		t.Errorf("copied %q", copied)
	}
	if !strings.Contains(screen(m), "copied https://outlet-b.example/talks") {
		t.Errorf("status:\n%s", screen(m))
	}
}

func TestCopyFailureSaysOSC52Only(t *testing.T) {
	clip := WithClipboard(func(string) error { return errors.New("no xclip") })
	m := pressRun(openWith(t, storyLoad(webStory()), 120, 30, clip), "Y")
	if !strings.Contains(screen(m), "(OSC 52) only; the system clipboard failed: no xclip") {
		t.Errorf("status:\n%s", screen(m))
	}
}
