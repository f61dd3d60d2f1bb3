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
}

func newCursor(s *align.Story) cursor {
	c := cursor{}
	c.setFilter(s, filterAll)
	return c
}

// setFilter applies filter f. The current claim stays when f keeps it;
// otherwise the cursor moves to the next claim f keeps, or the last one
// before.
func (c *cursor) setFilter(s *align.Story, f filter) {
	c.filter = f
	c.visible = c.visible[:0:0]
	for i := range s.Claims {
		if f.keeps(&s.Claims[i]) {
			c.visible = append(c.visible, i)
		}
	}
	if len(c.visible) == 0 || c.pos() >= 0 {
		return
	}
	i, _ := slices.BinarySearch(c.visible, c.claim)
	c.claim = c.visible[min(i, len(c.visible)-1)]
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
