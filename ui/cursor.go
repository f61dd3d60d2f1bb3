package ui

import (
	"slices"

	"crosscheck/align"
)

// A cursor is where the reader stands in the story: the current claim,
// and the claims the active filter keeps, which the stepping keys walk.
type cursor struct {
	// claim indexes Story.Claims.
	claim  int
	filter filter
	// visible are the indexes of the claims the filter keeps, ascending.
	visible []int
	// pinned is a claim in visible that the filter no longer keeps, or
	// -1: the current claim, when a mark made on it took it out of the
	// marked or unmarked filter. It stays until the cursor leaves it, so
	// that the reader does not jump away from the claim just marked (and
	// a note typed next goes on the claim the user sees).
	pinned int
}

func newCursor(s *align.Story) cursor {
	c := cursor{pinned: -1}
	c.setFilter(s, filterAll, nil)
	return c
}

// setFilter applies filter f; marked tells which claims carry a mark (nil
// for none). The current claim stays when f keeps it; otherwise the
// cursor moves to the next claim f keeps, or the last one before.
func (c *cursor) setFilter(s *align.Story, f filter, marked func(int) bool) {
	c.filter = f
	c.collect(s, marked)
	c.settle()
}

// refilter recomputes the claims the filter keeps after marks changed.
// The current claim stays visible, pinned, even when the filter no
// longer keeps it.
func (c *cursor) refilter(s *align.Story, marked func(int) bool) {
	shown := c.pos() >= 0
	c.collect(s, marked)
	if shown {
		c.pin(c.claim)
	}
}

// resume puts the cursor on claim i under filter f, as a session left it:
// i stays current (pinned) even when f no longer keeps it.
func (c *cursor) resume(s *align.Story, i int, f filter, marked func(int) bool) {
	c.filter = f
	c.collect(s, marked)
	if i >= 0 && i < len(s.Claims) {
		c.claim = i
		c.pin(i)
	}
	c.settle()
}

// collect lists the claims the filter keeps, dropping any pin.
func (c *cursor) collect(s *align.Story, marked func(int) bool) {
	c.visible, c.pinned = c.visible[:0:0], -1
	for i := range s.Claims {
		if c.filter.keeps(&s.Claims[i], marked != nil && marked(i)) {
			c.visible = append(c.visible, i)
		}
	}
}

// pin makes claim i visible although the filter does not keep it.
func (c *cursor) pin(i int) {
	at, ok := slices.BinarySearch(c.visible, i)
	if ok {
		return
	}
	// A copy: models are snapshots that may share the old slice.
	c.visible = slices.Insert(slices.Clone(c.visible), at, i)
	c.pinned = i
}

// settle drops a pinned claim the cursor has left, and moves a cursor
// standing on a claim the filter hides to the next claim it keeps, or
// the last one before.
func (c *cursor) settle() {
	if c.pinned >= 0 && c.pinned != c.claim {
		if at, ok := slices.BinarySearch(c.visible, c.pinned); ok {
			c.visible = slices.Delete(slices.Clone(c.visible), at, at+1)
		}
		c.pinned = -1
	}
	if len(c.visible) == 0 || c.pos() >= 0 {
		return
	}
	i, _ := slices.BinarySearch(c.visible, c.claim)
	c.claim = c.visible[min(i, len(c.visible)-1)]
}

// shows reports whether claim i is among the visible claims.
func (c cursor) shows(i int) bool {
	_, ok := slices.BinarySearch(c.visible, i)
	return ok
}

// pos returns the current claim's place among the visible claims, or -1
// when the filter hides it (only when the filter keeps none).
func (c cursor) pos() int {
	i, ok := slices.BinarySearch(c.visible, c.claim)
	if !ok {
		return -1
	}
	return i
}

// step moves by delta visible claims, stopping at either end. It reports
// whether the cursor moved.
func (c *cursor) step(delta int) bool {
	if len(c.visible) == 0 {
		return false
	}
	p := c.pos()
	if p < 0 {
		p = 0
	}
	next := c.visible[min(max(p+delta, 0), len(c.visible)-1)]
	moved := next != c.claim
	c.claim = next
	return moved
}

// jump moves to the first (end false) or last (end true) visible claim.
func (c *cursor) jump(end bool) {
	if len(c.visible) == 0 {
		return
	}
	if end {
		c.claim = c.visible[len(c.visible)-1]
	} else {
		c.claim = c.visible[0]
	}
}

// seek moves to the next visible claim after the current one (dir > 0)
// or before it (dir < 0) for which ok holds, wrapping around the ends. It
// reports whether it found one and whether it wrapped. The current claim
// itself is found last, so a lone match is found from itself.
func (c *cursor) seek(dir int, ok func(claim int) bool) (found, wrapped bool) {
	n := len(c.visible)
	if n == 0 {
		return false, false
	}
	p := c.pos()
	if p < 0 {
		p = 0
	}
	for k := 1; k <= n; k++ {
		i := ((p+dir*k)%n + n) % n
		if ok(c.visible[i]) {
			c.claim = c.visible[i]
			return true, (dir > 0 && i <= p) || (dir < 0 && i >= p)
		}
	}
	return false, false
}
