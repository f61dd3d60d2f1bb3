package ui

import (
	"fmt"
	"strings"
)

// searchState is a search over the claims' text: typed (incremental) or
// kept after enter, when n/N step through its matches.
type searchState struct {
	query string
	kept  bool
	// origin is the claim the search started from; cancelling returns
	// there.
	origin int
	// texts are the claims' passages folded for matching, by claim.
	texts []string
}

// beginSearch starts typing a search from the current claim.
func (c *claimsScreen) beginSearch() {
	c.search.origin, c.search.query, c.search.kept = c.cur.claim, "", false
}

// setQuery searches for q as it is typed: the first match at or after
// the claim the search began from becomes current.
func (c *claimsScreen) setQuery(q string) {
	c.search.query = strings.TrimSpace(q)
	c.cur.claim = c.search.origin
	c.note = ""
	if c.search.query == "" {
		c.sync()
		return
	}
	if c.cur.pos() < 0 || !c.matches(c.cur.claim) {
		if found, _ := c.cur.seek(1, c.matches); !found {
			c.note = c.noMatchNote()
		}
	}
	c.scroll = 0
	c.sync()
}

// noMatchNote says that nothing matches, and whether the filter hides
// matches.
func (c *claimsScreen) noMatchNote() string {
	note := fmt.Sprintf("no claim mentions %q", c.search.query)
	if c.cur.filter == filterAll {
		return note
	}
	hidden := 0
	for i := range c.story.Claims {
		if c.matches(i) {
			hidden++
		}
	}
	if hidden > 0 {
		note += fmt.Sprintf(" among %s; %d in all claims", c.cur.filter.label(), hidden)
	}
	return note
}

// seekMatch steps to the next (1) or previous (-1) match of the search.
func (c *claimsScreen) seekMatch(dir int) {
	if c.search.query == "" {
		return
	}
	found, wrapped := c.cur.seek(dir, c.matches)
	switch {
	case !found:
		c.note = c.noMatchNote()
	case wrapped:
		c.note = "search wrapped around"
	}
	c.scroll = 0
	c.sync()
}

// acceptSearch keeps the typed search, so n/N step through its matches.
func (c *claimsScreen) acceptSearch() {
	c.search.kept = c.search.query != ""
	c.sync()
}

// cancelSearch drops the typed search and returns to where it began.
func (c *claimsScreen) cancelSearch() {
	c.search.query, c.search.kept = "", false
	c.cur.claim = c.search.origin
	c.note = ""
	c.sync()
}

// matches reports whether claim i holds the search query.
func (c claimsScreen) matches(i int) bool {
	q := c.search.query
	return q != "" && strings.Contains(c.search.texts[i], foldForSearch(q))
}

// matchPosition returns the current claim's place among the matches the
// filter keeps, and how many there are.
func (c claimsScreen) matchPosition() (at, total int) {
	for _, i := range c.cur.visible {
		if c.matches(i) {
			total++
			if i == c.cur.claim {
				at = total
			}
		}
	}
	return at, total
}
