package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

func TestArticleViewShowsThePassageInContext(t *testing.T) {
	m := press(t, open(t, storyLoad(envoyStory()), 100, 30), "j", "j", "enter")
	if m.mode != modeArticle {
		t.Fatalf("enter: mode %s, want article", m.mode)
	}
	s := screen(m)
	var lit []string
	for _, l := range lines(m) {
		if strings.HasPrefix(l, gutter) {
			lit = append(lit, strings.TrimPrefix(l, gutter))
		}
	}
	if len(lit) == 0 || !strings.Contains(strings.Join(lit, " "), "A hearing is set for Oct. 19") {
		t.Errorf("the claim's passage should be marked in the gutter; marked lines %q:\n%s", lit, s)
	}
	for _, l := range lit {
		if strings.Contains(l, "At least 14 people") || strings.Contains(l, "Boehler") {
			t.Errorf("a neighbouring passage is marked too: %q", l)
		}
	}
	for _, want := range []string{"The envoys met Hamas negotiators", "At least 14 people", "Times of Israel · 2025-10-09"} {
		if !strings.Contains(s, want) {
			t.Errorf("article view lacks %q:\n%s", want, s)
		}
	}
	if back := press(t, m, "esc"); back.mode != modeClaims || back.claims.cur.claim != 2 {
		t.Errorf("esc: mode %s claim %d, want claims at claim 2", back.mode, back.claims.cur.claim)
	}
	// l opens the next outlet's article at the same claim.
	next := press(t, m, "l")
	if next.pageDoc != 1 || next.claims.view.focus != 1 || !strings.Contains(screen(next), "does not report this claim") {
		t.Errorf("l in the article: outlet %d, focus %d:\n%s", next.pageDoc, next.claims.view.focus, screen(next))
	}
	// enter with the focus on an outlet that does not report the claim
	// opens the next outlet that does.
	other := press(t, open(t, storyLoad(envoyStory()), 100, 30), "j", "j", "l", "enter")
	if other.pageDoc != 2 || other.claims.view.focus != 2 || !strings.Contains(screen(other), "Outlet B does not report this claim; Outlet C") {
		t.Errorf("enter on an outlet without the claim: article of %d, focus %d:\n%s", other.pageDoc, other.claims.view.focus, screen(other))
	}
}

func TestArticleScrollsToThePassage(t *testing.T) {
	s := envoyStory()
	d := &s.Documents[0]
	for i := range 40 {
		d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("d1.%d", 5+i), Paragraph: 10 + i, Text: fmt.Sprintf("Filler paragraph number %d.", i)})
	}
	s.Claims = append(s.Claims, align.Claim{ID: "c6", Members: []align.Ref{{Doc: 0, Passage: 30}}})
	m := press(t, open(t, storyLoad(s), 100, 24), "G", "enter")
	ls := lines(m)
	at := slices.IndexFunc(ls, func(l string) bool { return strings.HasPrefix(l, gutter) })
	if at < 3 || at > 15 {
		t.Errorf("the passage should sit near the top third, with neighbours above it; it is on line %d:\n%s", at, screen(m))
	}
	if !strings.Contains(screen(m), "Filler paragraph number 25.") {
		t.Errorf("the paragraph before the passage should be in view:\n%s", screen(m))
	}
}

func TestRemovedViewGivesReasons(t *testing.T) {
	m := press(t, open(t, storyLoad(envoyStory()), 100, 30), "l", "l", "r")
	if m.mode != modeRemoved {
		t.Fatalf("r: mode %s", m.mode)
	}
	s := screen(m)
	for _, want := range []string{"Outlet C: 3 lines set aside", "▸ newsletter prompt", "Sign up for our daily briefing.", "▸ copyright", "no date line found"} {
		if !strings.Contains(s, want) {
			t.Errorf("boilerplate view lacks %q:\n%s", want, s)
		}
	}
	if s := screen(press(t, m, "h")); !strings.Contains(s, "Outlet B: 0 lines") || !strings.Contains(s, "Nothing was removed") {
		t.Errorf("h should show the previous outlet's boilerplate:\n%s", s)
	}
	if back := press(t, m, "esc"); back.mode != modeClaims {
		t.Errorf("esc: mode %s", back.mode)
	}
}
