package ui

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
	"crosscheck/corpus"
)

// longStory is envoyStory with a long first article, so that its view
// scrolls.
func longStory() *align.Story {
	s := envoyStory()
	d := &s.Documents[0]
	for i := range 60 {
		d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("d1.%d", 5+i), Paragraph: 10 + i, Text: fmt.Sprintf("Filler paragraph number %d.", i)})
	}
	return s
}

// TestEveryBinding tests each key of each binding of DefaultKeyMap in the
// mode it belongs to. A binding added without a test here fails.
func TestEveryBinding(t *testing.T) {
	claims := func(t *testing.T) Model { return open(t, storyLoad(envoyStory()), 120, 30) }
	article := func(t *testing.T) Model { return press(t, open(t, storyLoad(longStory()), 120, 30), "enter") }
	searching := func(t *testing.T) Model { return typeText(t, press(t, claims(t), "/"), "officials") }
	kept := func(t *testing.T) Model { return press(t, searching(t), "enter") }
	quits := func(t *testing.T, m Model, k string) {
		t.Helper()
		_, cmd := m.Update(keyPress(k))
		if cmd == nil {
			t.Fatalf("%s in mode %s: no command", k, m.mode)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s in mode %s does not quit", k, m.mode)
		}
	}
	claimIs := func(t *testing.T, m Model, want int) {
		t.Helper()
		if m.claims.cur.claim != want {
			t.Errorf("claim %d, want %d", m.claims.cur.claim, want)
		}
	}
	modeIs := func(t *testing.T, m Model, want mode) {
		t.Helper()
		if m.mode != want {
			t.Errorf("mode %s, want %s", m.mode, want)
		}
	}
	tests := map[string]func(t *testing.T, k string){
		"NextClaim":    func(t *testing.T, k string) { claimIs(t, press(t, claims(t), k), 1) },
		"PrevClaim":    func(t *testing.T, k string) { claimIs(t, press(t, claims(t), "j", "j", k), 1) },
		"NextConflict": func(t *testing.T, k string) { claimIs(t, press(t, claims(t), k), 3) },
		"PrevConflict": func(t *testing.T, k string) { claimIs(t, press(t, claims(t), "G", k), 3) },
		"FirstClaim":   func(t *testing.T, k string) { claimIs(t, press(t, claims(t), "G", k), 0) },
		"LastClaim":    func(t *testing.T, k string) { claimIs(t, press(t, claims(t), k), 4) },
		"PageDown": func(t *testing.T, k string) {
			if m := press(t, open(t, storyLoad(envoyStory()), 40, 12), k); m.claims.scroll == 0 {
				t.Errorf("the claim did not scroll")
			}
			if m := press(t, article(t), k); m.page.offset == 0 {
				t.Errorf("the article did not scroll")
			}
		},
		"PageUp": func(t *testing.T, k string) {
			if m := press(t, open(t, storyLoad(envoyStory()), 40, 12), "pgdown", k); m.claims.scroll != 0 {
				t.Errorf("the claim did not scroll back: %d", m.claims.scroll)
			}
			if m := press(t, article(t), "pgdown", k); m.page.offset != 0 {
				t.Errorf("the article did not scroll back: %d", m.page.offset)
			}
		},
		"NextOutlet": func(t *testing.T, k string) {
			if f := press(t, claims(t), k).claims.view.focus; f != 1 {
				t.Errorf("focus %d, want 1", f)
			}
			if d := press(t, article(t), k).pageDoc; d != 1 {
				t.Errorf("article of outlet %d, want 1", d)
			}
		},
		"PrevOutlet": func(t *testing.T, k string) {
			if f := press(t, claims(t), k).claims.view.focus; f != 3 {
				t.Errorf("focus %d, want 3 (wrapping)", f)
			}
		},
		"Article": func(t *testing.T, k string) { modeIs(t, press(t, claims(t), k), modeArticle) },
		"Removed": func(t *testing.T, k string) { modeIs(t, press(t, claims(t), k), modeRemoved) },
		"Back": func(t *testing.T, k string) {
			modeIs(t, press(t, claims(t), "enter", k), modeClaims)
			modeIs(t, press(t, claims(t), "r", k), modeClaims)
			modeIs(t, press(t, claims(t), "enter", "?", k), modeArticle)
		},
		"LineDown": func(t *testing.T, k string) {
			a := article(t)
			if m := press(t, a, k); m.page.offset != a.page.offset+1 {
				t.Errorf("offset %d, want %d", m.page.offset, a.page.offset+1)
			}
		},
		"LineUp": func(t *testing.T, k string) {
			a := press(t, article(t), "j", "j")
			if m := press(t, a, k); m.page.offset != a.page.offset-1 {
				t.Errorf("offset %d, want %d", m.page.offset, a.page.offset-1)
			}
		},
		"Top": func(t *testing.T, k string) {
			if m := press(t, article(t), "G", k); m.page.offset != 0 {
				t.Errorf("offset %d, want 0", m.page.offset)
			}
		},
		"Bottom": func(t *testing.T, k string) {
			m := press(t, article(t), k)
			if first, last, total := m.page.position(); last != total || first == 1 {
				t.Errorf("lines %d–%d of %d, want the end", first, last, total)
			}
		},
		"Search": func(t *testing.T, k string) { modeIs(t, press(t, claims(t), k), modeSearch) },
		"Filter": func(t *testing.T, k string) {
			if f := press(t, claims(t), k).claims.cur.filter; f != filterConflicts {
				t.Errorf("filter %s", f)
			}
		},
		"SearchNext":   func(t *testing.T, k string) { claimIs(t, press(t, searching(t), k), 2) },
		"SearchPrev":   func(t *testing.T, k string) { claimIs(t, press(t, searching(t), k), 2) },
		"SearchAccept": func(t *testing.T, k string) { modeIs(t, press(t, searching(t), k), modeClaims) },
		"SearchCancel": func(t *testing.T, k string) {
			m := press(t, searching(t), "down", k)
			modeIs(t, m, modeClaims)
			claimIs(t, m, 0)
		},
		"NextMatch": func(t *testing.T, k string) { claimIs(t, press(t, kept(t), k), 2) },
		"PrevMatch": func(t *testing.T, k string) { claimIs(t, press(t, kept(t), "n", k), 0) },
		"ClearMatch": func(t *testing.T, k string) {
			if m := press(t, kept(t), k); m.claims.search.kept || m.claims.search.query != "" {
				t.Errorf("search still kept")
			}
		},
		"Help": func(t *testing.T, k string) {
			m := press(t, claims(t), k)
			modeIs(t, m, modeHelp)
			modeIs(t, press(t, m, k), modeClaims)
		},
		"Quit": func(t *testing.T, k string) {
			quits(t, claims(t), k)
			quits(t, article(t), k)
		},
		"ForceQuit": func(t *testing.T, k string) {
			quits(t, claims(t), k)
			quits(t, searching(t), k)
		},
		"Suspend": func(t *testing.T, k string) {
			_, cmd := claims(t).Update(keyPress(k))
			if cmd == nil {
				t.Fatal("no command")
			}
			if _, ok := cmd().(tea.SuspendMsg); !ok {
				t.Errorf("does not suspend")
			}
		},
	}
	v := reflect.ValueOf(DefaultKeyMap())
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		b := v.Field(i).Interface().(key.Binding)
		test, ok := tests[name]
		if !ok {
			t.Errorf("binding %s has no test", name)
			continue
		}
		if len(b.Keys()) == 0 || b.Help().Key == "" || b.Help().Desc == "" {
			t.Errorf("binding %s lacks keys or help", name)
		}
		for _, k := range b.Keys() {
			t.Run(name+"/"+k, func(t *testing.T) { test(t, k) })
		}
	}
}

// TestKeyBindingsDoNotCollide checks, for each mode, that no key is bound
// twice, and that no binding takes a key kept for fact-checking marks.
func TestKeyBindingsDoNotCollide(t *testing.T) {
	km := DefaultKeyMap()
	modes := map[string][]keyGroup{
		"claims": km.claimGroups(), "claims with a search kept": km.matchGroups(),
		"search": km.searchGroups(), "reading": km.readingGroups(),
	}
	for name, groups := range modes {
		seen := map[string]string{}
		for _, b := range groupBindings(groups) {
			for _, bb := range b {
				for _, k := range bb.Keys() {
					if other, ok := seen[k]; ok {
						t.Errorf("%s: key %q is bound to both %q and %q", name, k, other, bb.Help().Desc)
					}
					seen[k] = bb.Help().Desc
					if name == "search" && utf8.RuneCountInString(k) == 1 {
						t.Errorf("search: %q would stop typing it into the query", k)
					}
				}
			}
		}
	}
	v := reflect.ValueOf(km)
	for i := range v.NumField() {
		b := v.Field(i).Interface().(key.Binding)
		for _, k := range b.Keys() {
			if slices.Contains(ReservedKeys, k) {
				t.Errorf("binding %s takes %q, kept for marking claims", v.Type().Field(i).Name, k)
			}
		}
	}
	// Reserved keys do nothing in the claim view yet.
	m := open(t, storyLoad(envoyStory()), 120, 30)
	for _, k := range ReservedKeys {
		got := press(t, m, k)
		if got.mode != m.mode || screen(got) != screen(m) || got.claims.cur.claim != m.claims.cur.claim || got.claims.view.focus != m.claims.view.focus {
			t.Errorf("reserved key %q changed the reader", k)
		}
	}
}

// TestEveryBindingIsInAHelpGroup checks that the full help lists each
// binding somewhere.
func TestEveryBindingIsInAHelpGroup(t *testing.T) {
	km := DefaultKeyMap()
	var listed []string
	for _, gs := range [][]keyGroup{km.claimGroups(), km.matchGroups(), km.searchGroups(), km.readingGroups()} {
		for _, g := range gs {
			for _, b := range g.bindings {
				listed = append(listed, b.Help().Desc)
			}
		}
	}
	v := reflect.ValueOf(km)
	for i := range v.NumField() {
		b := v.Field(i).Interface().(key.Binding)
		if !slices.Contains(listed, b.Help().Desc) {
			t.Errorf("binding %s is in no help group", v.Type().Field(i).Name)
		}
	}
}
