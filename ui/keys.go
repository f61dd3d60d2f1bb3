package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds the reader's key bindings.
type KeyMap struct {
	NextClaim, PrevClaim   key.Binding
	FirstClaim, LastClaim  key.Binding
	NextOutlet, PrevOutlet key.Binding
	Help, Quit             key.Binding
}

// DefaultKeyMap returns the reader's default key bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NextClaim:  key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "next claim")),
		PrevClaim:  key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "previous claim")),
		FirstClaim: key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "first claim")),
		LastClaim:  key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "last claim")),
		NextOutlet: key.NewBinding(key.WithKeys("l", "right", "tab"), key.WithHelp("l/→", "next outlet")),
		PrevOutlet: key.NewBinding(key.WithKeys("h", "left", "shift+tab"), key.WithHelp("h/←", "previous outlet")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp returns the bindings shown in the footer.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextClaim, k.PrevClaim, k.NextOutlet, k.Help, k.Quit}
}

// FullHelp returns every binding, grouped by what it acts on.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.NextClaim, k.PrevClaim, k.FirstClaim, k.LastClaim},
		{k.NextOutlet, k.PrevOutlet},
		{k.Help, k.Quit},
	}
}

// bindings returns every binding of k, for checking that none collide.
func (k KeyMap) bindings() []key.Binding {
	var out []key.Binding
	for _, g := range k.FullHelp() {
		out = append(out, g...)
	}
	return out
}
