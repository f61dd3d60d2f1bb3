package ui

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui/session"
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
	verdictIs := func(t *testing.T, k string, want session.Verdict) {
		t.Helper()
		m, s := marking(t)
		m = pressSave(t, m, "j", k)
		if mk, ok := savedMark(t, s, 1); !ok || mk.Verdict != want {
			t.Errorf("%q: saved mark %+v %v, want %s on claim 1", k, mk, ok, want)
		}
		if mk, ok := m.claims.marks[1]; !ok || mk.Verdict != want {
			t.Errorf("%q: the reader shows %+v %v", k, mk, ok)
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
		"Open":    testOpen,
		"Copy":    testCopy,
		"CopyURL": testCopyURL,
		"Verify":  func(t *testing.T, k string) { verdictIs(t, k, session.Verified) },
		"Dispute": func(t *testing.T, k string) { verdictIs(t, k, session.Disputed) },
		"Unsure":  func(t *testing.T, k string) { verdictIs(t, k, session.Unsure) },
		"ClearVerdict": func(t *testing.T, k string) {
			m, s := marking(t)
			m = pressSave(t, press(t, m, "a"), "n", "o", "t", "e", "esc")
			m = pressSave(t, m, "x", k)
			if mk, ok := savedMark(t, s, 0); !ok || mk.Verdict != "" || mk.Note != "note" {
				t.Errorf("after x then %q: %+v %v, want no verdict and the note", k, mk, ok)
			}
			if m.claims.marks[0].Verdict != "" || m.counts.Disputed != 0 {
				t.Errorf("the reader still shows the verdict: %+v", m.counts)
			}
		},
		"EditNote": func(t *testing.T, k string) {
			m, _ := marking(t)
			m = press(t, m, k)
			modeIs(t, m, modeNote)
			if !strings.Contains(screen(m), "Note on c1") {
				t.Errorf("no note editor on screen:\n%s", screen(m))
			}
		},
		"NoteSave": func(t *testing.T, k string) {
			m, s := marking(t)
			m = pressSave(t, typeText(t, press(t, m, "a"), "checked"), k)
			modeIs(t, m, modeClaims)
			if mk, ok := savedMark(t, s, 0); !ok || mk.Note != "checked" {
				t.Errorf("note %+v %v, want checked", mk, ok)
			}
		},
		"NoteDiscard": func(t *testing.T, k string) {
			m, s := marking(t)
			m = press(t, typeText(t, press(t, m, "a"), "checked"), k)
			modeIs(t, m, modeClaims)
			if mk, ok := s.Mark(0); ok {
				t.Errorf("discarded note kept: %+v", mk)
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
		"Disputes": func(t *testing.T, k string) {
			modeIs(t, press(t, claims(t), k), modeDisputes)
			modeIs(t, press(t, claims(t), k, k), modeClaims)
		},
		"OpenClaim": func(t *testing.T, k string) {
			m := press(t, opened(t, storyLoad(envoyStory()), 120, 30), "j", k)
			modeIs(t, m, modeClaims)
			claimIs(t, m, 3)
		},
		"Settle": func(t *testing.T, k string) {
			m, _ := settling(t)
			modeIs(t, press(t, m, k), modeSettle)
		},
		"ShowAgreed": func(t *testing.T, k string) {
			if !press(t, claims(t), k).claims.view.agreed {
				t.Error("the agreed facts are still folded")
			}
		},
		"ShowWhy": func(t *testing.T, k string) {
			// In the disputed facts and under a claim's disputed rows,
			// each fact's Why is shown, and hidden again.
			m, _ := settling(t)
			m = press(t, m, k)
			d := &m.sh.story.Disputes[m.disputes.sel]
			if !m.disputes.why || !m.claims.view.why || !strings.Contains(strings.Join(m.disputes.lines(), "\n"), "why:") || d.Why == "" {
				t.Error("why is not shown")
			}
			if m = press(t, m, k); m.disputes.why || strings.Contains(strings.Join(m.disputes.lines(), "\n"), "why:") {
				t.Error("why is not hidden again")
			}
			c := press(t, claims(t), k)
			shown := false
			for _, e := range c.claims.view.legend() {
				shown = shown || strings.Contains(strings.Join(e, ""), "why:")
			}
			if c.claims.view.why && !shown && c.sh.story.Claims[c.claims.view.claim].Disputes() > 0 {
				t.Error("why is not shown under the claim's disputed rows")
			}
		},
		"SettleNext": func(t *testing.T, k string) {
			m, _ := settling(t)
			if c := press(t, m, "s", k).settle.choice; c != 1 {
				t.Errorf("choice %d, want 1", c)
			}
		},
		"SettlePrev": func(t *testing.T, k string) {
			m, _ := settling(t)
			if c := press(t, m, "s", k).settle.choice; c != 2 {
				t.Errorf("choice %d, want 2 (wrapping to unresolved)", c)
			}
		},
		"SettleSave": func(t *testing.T, k string) {
			m, s := settling(t)
			m = pressSave(t, typeText(t, press(t, m, "s"), "log"), k)
			modeIs(t, m, modeDisputes)
			if st, ok := savedSettlement(t, s, 0); !ok || st.Source != "log" || st.Reading != "October 9" {
				t.Errorf("settlement %+v %v", st, ok)
			}
		},
		"SettleCancel": func(t *testing.T, k string) {
			m, s := settling(t)
			m = press(t, typeText(t, press(t, m, "s"), "log"), k)
			modeIs(t, m, modeDisputes)
			if st, ok := s.Settlement(0); ok {
				t.Errorf("cancelled settlement kept: %+v", st)
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
		"search": km.searchGroups(), "reading": km.readingGroups(), "note": km.noteGroups(),
		"disputes": km.disputeGroups(), "settle": km.settleGroups(),
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
					if (name == "search" || name == "note" || name == "settle") && utf8.RuneCountInString(k) == 1 {
						t.Errorf("%s: %q would stop typing it", name, k)
					}
				}
			}
		}
	}
	// While a note is written, the text area's own keys must not take
	// the keys that save or discard it, nor the keys that work anywhere.
	ours := map[string]string{}
	for _, b := range groupBindings(km.noteGroups()) {
		for _, bb := range b {
			for _, k := range bb.Keys() {
				ours[k] = bb.Help().Desc
			}
		}
	}
	ta := reflect.ValueOf(textarea.DefaultKeyMap())
	for i := range ta.NumField() {
		for _, k := range ta.Field(i).Interface().(key.Binding).Keys() {
			if d, ok := ours[k]; ok {
				t.Errorf("note: the text area's %s takes %q, bound to %q", ta.Type().Field(i).Name, k, d)
			}
		}
	}
	// Without a session the mark keys change nothing but the status line.
	m := open(t, storyLoad(envoyStory()), 120, 30)
	for _, b := range []key.Binding{km.Verify, km.Dispute, km.Unsure, km.ClearVerdict, km.EditNote} {
		for _, k := range b.Keys() {
			got := press(t, m, k)
			if got.mode != m.mode || got.claims.marks != nil || !strings.Contains(screen(got), "marks are off") {
				t.Errorf("%q without a session: mode %s\n%s", k, got.mode, screen(got))
			}
		}
	}
}

// TestEveryBindingIsInAHelpGroup checks that the full help lists each
// binding somewhere.
func TestEveryBindingIsInAHelpGroup(t *testing.T) {
	km := DefaultKeyMap()
	var listed []string
	for _, gs := range [][]keyGroup{km.claimGroups(), km.matchGroups(), km.searchGroups(), km.readingGroups(), km.noteGroups(), km.disputeGroups(), km.settleGroups()} {
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
