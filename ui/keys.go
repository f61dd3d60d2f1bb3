package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds the reader's key bindings. Which ones are live depends on
// the mode: the claim and mark bindings in the claim view, the reading
// bindings in the article, boilerplate and help views, the search
// bindings while a search query is typed, the note bindings while a note
// is written.
type KeyMap struct {
	// Claims: stepping through the story.
	NextClaim, PrevClaim       key.Binding
	NextConflict, PrevConflict key.Binding
	FirstClaim, LastClaim      key.Binding
	PageDown, PageUp           key.Binding

	// Outlets: which outlet's wording the others are compared against.
	NextOutlet, PrevOutlet key.Binding

	// Views opened from a claim, and the way back.
	Article, Removed, Back key.Binding

	// Leaving the reader with something: the focused article opened in
	// the browser, the claim's wording or the article's address copied.
	Open, Copy, CopyURL key.Binding
	// The disputed facts: the view listing them (and back to the
	// claims), the claim a fact is listed in, settling it, and in the
	// claim view the facts the outlets agree on, folded or shown.
	Disputes, OpenClaim, Settle, ShowAgreed key.Binding
	// Why each disputed fact was judged so (its slot, its readings
	// normalised, the rule), shown or hidden under it.
	ShowWhy key.Binding
	// Settling a fact: pick a reading, save, cancel.
	SettleNext, SettlePrev, SettleSave, SettleCancel key.Binding

	// Reading: scrolling an article, the boilerplate list or the help.
	LineDown, LineUp, Top, Bottom key.Binding

	// Marks: a fact-checker's verdict and note on the current claim.
	Verify, Dispute, Unsure, ClearVerdict, EditNote key.Binding
	// Writing a note: save and close, or close without saving.
	NoteSave, NoteDiscard key.Binding

	// Search and filter.
	Search, Filter                   key.Binding
	SearchNext, SearchPrev           key.Binding
	SearchAccept, SearchCancel       key.Binding
	NextMatch, PrevMatch, ClearMatch key.Binding

	// General.
	Help, Quit, ForceQuit, Suspend key.Binding
}

// DefaultKeyMap returns the reader's default key bindings.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		NextClaim:    b("j/↓", "next claim", "j", "down"),
		PrevClaim:    b("k/↑", "previous claim", "k", "up"),
		NextConflict: b("n", "next claim with a disputed fact", "n"),
		PrevConflict: b("N", "previous claim with a disputed fact", "N"),
		FirstClaim:   b("g", "first claim", "g", "home"),
		LastClaim:    b("G", "last claim", "G", "end"),
		PageDown:     b("space/pgdn", "scroll the claim down", "space", "pgdown", "ctrl+d"),
		PageUp:       b("pgup", "scroll the claim up", "pgup", "ctrl+u"),

		NextOutlet: b("l/→/tab", "compare against the next outlet", "l", "right", "tab"),
		PrevOutlet: b("h/←", "compare against the previous outlet", "h", "left", "shift+tab"),

		Article: b("enter", "read the focused outlet's article", "enter"),
		Removed: b("r", "show what was removed as boilerplate", "r"),
		Back:    b("esc", "back to the claims (a search of the text is cleared first)", "esc", "backspace"),

		Open:    b("o", "open the focused article's web page (or file) in the browser", "o"),
		Copy:    b("y", "copy the focused outlet's wording of the claim", "y"),
		CopyURL: b("Y", "copy the focused article's web address (or file path)", "Y"),

		Disputes:   b("d", "the disputed facts (from them, back to the claims)", "d"),
		OpenClaim:  b("enter", "the claim the fact is listed in", "enter"),
		Settle:     b("s", "settle the fact: the reading you verified, where you checked", "s"),
		ShowAgreed: b("=", "show or fold the facts the outlets agree on", "="),
		ShowWhy:    b("w", "show or hide why each disputed fact was judged so", "w"),

		SettleNext:   b("↓/tab", "next reading", "down", "tab"),
		SettlePrev:   b("↑/shift+tab", "previous reading", "up", "shift+tab"),
		SettleSave:   b("enter", "save the settlement", "enter"),
		SettleCancel: b("esc", "cancel", "esc"),

		LineDown: b("j/↓", "scroll down", "j", "down"),
		LineUp:   b("k/↑", "scroll up", "k", "up"),
		Top:      b("g", "top", "g", "home"),
		Bottom:   b("G", "bottom", "G", "end"),

		Verify:       b("v", "mark the claim verified", "v"),
		Dispute:      b("x", "mark the claim disputed", "x"),
		Unsure:       b("u", "mark the claim unsure", "u"),
		ClearVerdict: b("z", "clear the verdict (the note stays); z again puts it back", "z"),
		EditNote:     b("a", "add or edit the claim's note", "a"),
		NoteSave:     b("esc", "save the note and close", "esc"),
		NoteDiscard:  b("ctrl+x", "close without saving the changes", "ctrl+x"),

		Search:       b("/", "search claims", "/"),
		Filter:       b("f", "filter: all, disputed, shared, single, marked, unmarked", "f"),
		SearchNext:   b("↓/ctrl+n", "next match", "down", "ctrl+n"),
		SearchPrev:   b("↑/ctrl+p", "previous match", "up", "ctrl+p"),
		SearchAccept: b("enter", "keep the search", "enter"),
		SearchCancel: b("esc", "cancel the search", "esc"),
		NextMatch:    b("n", "next match", "n"),
		PrevMatch:    b("N", "previous match", "N"),
		ClearMatch:   b("esc", "clear the search", "esc"),

		Help:      b("?", "all keys", "?"),
		Quit:      b("q", "quit", "q"),
		ForceQuit: b("ctrl+c", "quit, from anywhere", "ctrl+c"),
		Suspend:   b("ctrl+z", "suspend", "ctrl+z"),
	}
}

// A keyGroup is a titled group of bindings in the full help.
type keyGroup struct {
	title    string
	bindings []key.Binding
}

// claimGroups returns the bindings live in the claim view, grouped for
// the full help.
func (k KeyMap) claimGroups() []keyGroup {
	return []keyGroup{
		{"Claims", []key.Binding{k.NextClaim, k.PrevClaim, k.NextConflict, k.PrevConflict, k.FirstClaim, k.LastClaim, k.PageDown, k.PageUp}},
		{"Outlets", []key.Binding{k.NextOutlet, k.PrevOutlet}},
		{"Views", []key.Binding{k.Article, k.Removed, k.Disputes, k.ShowAgreed, k.ShowWhy}},
		{"Search and filter", []key.Binding{k.Search, k.Filter}},
		{"Marks", []key.Binding{k.Verify, k.Dispute, k.Unsure, k.ClearVerdict, k.EditNote}},
		{"General", []key.Binding{k.Help, k.Quit, k.ForceQuit, k.Suspend}},
		{"Open and copy", []key.Binding{k.Open, k.Copy, k.CopyURL}},
	}
}

// disputeGroups returns the bindings live in the disputes view.
func (k KeyMap) disputeGroups() []keyGroup {
	return []keyGroup{
		{"Disputed facts", []key.Binding{brief(k.NextClaim, "j/↓", "next fact"), brief(k.PrevClaim, "k/↑", "previous fact"),
			brief(k.FirstClaim, "g", "first fact"), brief(k.LastClaim, "G", "last fact"),
			brief(k.PageDown, "pgdn", "page down"), brief(k.PageUp, "pgup", "page up")}},
		{"Views", []key.Binding{k.OpenClaim, brief(k.Disputes, "d", "the claims"), k.Back, k.ShowWhy}},
		{"Settling", []key.Binding{k.Settle}},
		{"General", []key.Binding{k.Help, k.Quit, k.ForceQuit, k.Suspend}},
	}
}

// settleGroups returns the bindings live while a fact is settled; every
// other key types where it was checked.
func (k KeyMap) settleGroups() []keyGroup {
	return []keyGroup{
		{"Settling a fact", []key.Binding{k.SettleNext, k.SettlePrev, k.SettleSave, k.SettleCancel}},
		{"General", []key.Binding{k.ForceQuit, k.Suspend}},
	}
}

// noteGroups returns the bindings live while a note is written; every
// other key (q and ? too) types into the note.
func (k KeyMap) noteGroups() []keyGroup {
	return []keyGroup{
		{"Writing a note", []key.Binding{k.NoteSave, k.NoteDiscard}},
		{"General", []key.Binding{brief(k.ForceQuit, "ctrl+c", "save the note and quit"), k.Suspend}},
	}
}

// matchGroups returns the bindings live in the claim view while a search
// is kept: n/N step through its matches and esc clears it, in place of
// the conflict keys and back.
func (k KeyMap) matchGroups() []keyGroup {
	g := k.claimGroups()
	g[0].bindings = []key.Binding{k.NextClaim, k.PrevClaim, k.NextMatch, k.PrevMatch, k.FirstClaim, k.LastClaim, k.PageDown, k.PageUp}
	g[3].bindings = []key.Binding{k.Search, k.ClearMatch, k.Filter}
	return g
}

// searchGroups returns the bindings live while a search query is typed;
// every other key types into the query.
func (k KeyMap) searchGroups() []keyGroup {
	return []keyGroup{
		{"Search", []key.Binding{k.SearchNext, k.SearchPrev, k.SearchAccept, k.SearchCancel}},
		{"General", []key.Binding{k.ForceQuit, k.Suspend}},
	}
}

// readingGroups returns the bindings live in the article, boilerplate and
// help views.
func (k KeyMap) readingGroups() []keyGroup {
	return []keyGroup{
		{"Reading", []key.Binding{k.LineDown, k.LineUp, brief(k.PageDown, "space/pgdn", "page down"), brief(k.PageUp, "pgup", "page up"), k.Top, k.Bottom}},
		{"Searching the text", []key.Binding{brief(k.Search, "/", "search the text; enter keeps it"), k.NextMatch, k.PrevMatch}},
		{"Outlets", []key.Binding{k.NextOutlet, k.PrevOutlet}},
		{"Views", []key.Binding{k.Back}},
		{"General", []key.Binding{k.Help, k.Quit, k.ForceQuit, k.Suspend}},
		{"Open and copy", []key.Binding{k.Open, brief(k.CopyURL, "y/Y", "copy the article's web address (or file path)")}},
	}
}

// ShortHelp returns the bindings of the claim view's footer.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextClaim, k.NextConflict, k.NextOutlet, k.Article, k.Search, k.Filter, brief(k.Help, "?", "help"), k.Quit}
}

// FullHelp returns the claim view's bindings, grouped by what they act on.
func (k KeyMap) FullHelp() [][]key.Binding { return groupBindings(k.claimGroups()) }

func groupBindings(gs []keyGroup) [][]key.Binding {
	out := make([][]key.Binding, len(gs))
	for i, g := range gs {
		out[i] = g.bindings
	}
	return out
}

// brief returns b labelled more briefly, for the footer.
func brief(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}
