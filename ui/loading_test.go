package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
)

func TestLoadingShowsProgressAndAnswersKeys(t *testing.T) {
	release := make(chan struct{})
	load := func(ctx context.Context, progress func(float64, string)) (*align.Story, []string, error) {
		progress(0.5, "")
		select {
		case <-release:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
		return envoyStory(), nil, nil
	}
	defer close(release)
	var tm tea.Model = New(load)
	tm, _ = tm.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	msg := loadStory(context.Background(), load)()
	p, ok := msg.(loadProgressMsg)
	if !ok {
		t.Fatalf("first message %T, want progress", msg)
	}
	tm, cmd := tm.Update(p)
	m := tm.(Model)
	if cmd == nil {
		t.Errorf("a progress report should wait for the next")
	}
	if s := screen(m); !strings.Contains(s, "50%") || !strings.Contains(s, "Reading and aligning") {
		t.Errorf("loading screen at half way:\n%s", s)
	}
	if h := press(t, m, "?"); h.mode != modeHelp || !strings.Contains(screen(h), "quit") || lines(h)[0] != "crosscheck" {
		t.Errorf("? while loading: mode %s\n%s", h.mode, screen(h))
	}
	_, cmd = m.Update(keyPress("q"))
	if cmd == nil {
		t.Fatal("q while loading: no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("q while loading does not quit")
	}
	// A story that arrives while the help is open is there on closing it,
	// on its disputed facts.
	h := send(press(t, m, "?"), storyLoadedMsg{story: envoyStory()})
	if h.mode != modeHelp || press(t, h, "esc").mode != modeDisputes {
		t.Errorf("story loaded under the help: mode %s, then %s", h.mode, press(t, h, "esc").mode)
	}
}

func TestLoadFailure(t *testing.T) {
	fail := func(context.Context, func(float64, string)) (*align.Story, []string, error) {
		return nil, nil, errors.New("articles/x.txt: permission denied")
	}
	m := open(t, fail, 80, 24)
	if m.mode != modeFailed || m.Err() == nil {
		t.Fatalf("mode %s err %v", m.mode, m.Err())
	}
	if s := screen(m); !strings.Contains(s, "articles/x.txt: permission denied") {
		t.Errorf("the error should name the file:\n%s", s)
	}
	for _, k := range []string{"j", "enter", "/", "?"} {
		checkFits(t, press(t, m, k), 80, 24)
	}
}

func TestWarningsAndTooFewArticles(t *testing.T) {
	m := open(t, storyLoad(envoyStory(), "notes.pdf: unknown file type, skipped", "empty.txt: no text"), 120, 30)
	if s := lines(m)[28]; !strings.Contains(s, "2 inputs skipped while loading: notes.pdf: unknown file type") {
		t.Errorf("status line should carry the loading warnings: %q", s)
	}
	if s := screen(press(t, m, "?")); !strings.Contains(s, "empty.txt: no text") {
		t.Errorf("the help should list every warning:\n%s", s)
	}

	one := envoyStory()
	one.Documents = one.Documents[:1]
	one.Claims = []align.Claim{{ID: "c1", Members: []align.Ref{{Doc: 0, Passage: 0}}}, {ID: "c2", Members: []align.Ref{{Doc: 0, Passage: 1}}}}
	one.FillSheet()
	m = open(t, storyLoad(one), 120, 30)
	s := screen(m)
	if !strings.Contains(s, "Only one usable article (Times of Israel): nothing to compare") {
		t.Errorf("one article: want a plain reason:\n%s", s)
	}
	if !strings.Contains(s, "The envoys met Hamas negotiators") {
		t.Errorf("one article: the reader should still show it:\n%s", s)
	}
	for _, k := range []string{"j", "l", "n", "f", "enter", "esc", "r"} {
		checkFits(t, press(t, m, k), 120, 30)
	}

	none := open(t, storyLoad(&align.Story{}, "a.txt: empty"), 80, 24)
	if s := screen(none); !strings.Contains(s, "No articles could be read") || !strings.Contains(s, "a.txt: empty") {
		t.Errorf("no articles:\n%s", s)
	}
	for _, k := range []string{"j", "l", "n", "f", "enter", "r", "/", "x", "esc", "G"} {
		checkFits(t, press(t, none, k), 80, 24)
	}
}
