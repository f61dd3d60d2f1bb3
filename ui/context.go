package ui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
)

// A component is one part of the reader's screen: the claims, an article,
// the boilerplate list, the help. The root model owns the window size and
// hands each component its share with SetSize; it routes messages to the
// component of the current mode, and asks it for its keys to show in the
// footer and the full help.
//
// Components are values held inside the root Model and changed through
// pointer methods, so a Model is a snapshot: tests branch from one model
// without one branch disturbing another.
type component interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(width, height int)
	help.KeyMap
}

var (
	_ component = (*claimsScreen)(nil)
	_ component = (*pager)(nil)
	_ component = (*noteEditor)(nil)
)

// shared is what every component reads and none owns: the story, the
// styles, the key map, how the terminal measures text, and the cache of
// drawn claims. The root builds it and gives each component a copy
// whenever any of it changes.
type shared struct {
	story  *align.Story
	styles *Styles
	keys   *KeyMap
	ms     measure
	cache  *renderCache
}

// maxCached bounds the render cache; past it the cache starts again.
const maxCached = 20000

// renderCache holds drawn claims, columns and legends by everything they
// depend on, so that each key press re-renders from wrapped, diffed text.
// Update fills it; View reads it. It is shared by every copy of a Model:
// an entry is a pure function of its key.
type renderCache struct {
	n       int
	bodies  map[bodyKey]body
	columns map[columnKey][]string
	legends map[legendKey][][]string
}

func newRenderCache() *renderCache {
	c := &renderCache{}
	c.reset()
	return c
}

// reset empties the cache, as when the styles or the way of measuring
// text change.
func (c *renderCache) reset() {
	c.n = 0
	c.bodies = map[bodyKey]body{}
	c.columns = map[columnKey][]string{}
	c.legends = map[legendKey][][]string{}
}

// put runs store, which adds one entry, first emptying a full cache.
func (c *renderCache) put(store func()) {
	if c.n >= maxCached {
		c.reset()
	}
	c.n++
	store()
}
