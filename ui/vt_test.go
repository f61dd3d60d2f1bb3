package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// vtScreen is a small terminal emulator for the end-to-end test: it
// replays what the program wrote to its terminal and keeps the cells on
// screen, so that the test reads the screen a person would see, not the
// stream of updates Bubble Tea's renderer sends (which rewrites only the
// cells that changed). It knows the sequences the renderer uses: cursor
// movement, erasing, inserting and deleting characters and lines,
// scrolling, repeat, and the alternate screen and cursor modes; colours
// and other attributes are ignored.
type vtScreen struct {
	w, h          int
	cells         [][]string
	x, y          int
	top, bottom   int
	savedX        int
	savedY        int
	last          string
	wrapNext      bool
	altScreen     bool
	cursorVisible bool
}

func newVTScreen(w, h int) *vtScreen {
	v := &vtScreen{w: w, h: h, cursorVisible: true}
	v.resize(w, h)
	return v
}

func (v *vtScreen) resize(w, h int) {
	v.w, v.h, v.top, v.bottom = w, h, 0, h-1
	v.cells = make([][]string, h)
	for i := range v.cells {
		v.cells[i] = blankRow(w)
	}
	v.x, v.y = min(v.x, w-1), min(v.y, h-1)
}

func blankRow(w int) []string {
	r := make([]string, w)
	for i := range r {
		r[i] = " "
	}
	return r
}

// feed replays b.
func (v *vtScreen) feed(b []byte) {
	p := ansi.NewParser()
	var state byte
	for len(b) > 0 {
		seq, width, n, newState := ansi.DecodeSequenceWc(b, state, p)
		state = newState
		b = b[n:]
		switch {
		case width > 0:
			v.print(string(seq), width)
		case len(seq) == 1 && seq[0] < 0x20:
			v.control(seq[0])
		case ansi.HasCsiPrefix(seq):
			v.csi(p)
		case ansi.HasEscPrefix(seq) && len(seq) == 2:
			v.esc(seq[1])
		}
	}
}

func (v *vtScreen) print(g string, width int) {
	if v.wrapNext {
		v.x, v.wrapNext = 0, false
		v.lineFeed()
	}
	if v.x+width > v.w {
		v.x = 0
		v.lineFeed()
	}
	v.cells[v.y][v.x] = g
	for i := 1; i < width && v.x+i < v.w; i++ {
		v.cells[v.y][v.x+i] = ""
	}
	v.last = g
	v.x += width
	if v.x >= v.w {
		v.x, v.wrapNext = v.w-1, true
	}
}

func (v *vtScreen) control(c byte) {
	v.wrapNext = false
	switch c {
	case '\r':
		v.x = 0
	case '\n', '\v', '\f':
		v.lineFeed()
	case '\b':
		v.x = max(0, v.x-1)
	case '\t':
		v.x = min(v.w-1, (v.x/8+1)*8)
	}
}

func (v *vtScreen) lineFeed() {
	if v.y == v.bottom {
		v.scrollUp(1)
		return
	}
	v.y = min(v.h-1, v.y+1)
}

func (v *vtScreen) esc(c byte) {
	switch c {
	case '7':
		v.savedX, v.savedY = v.x, v.y
	case '8':
		v.x, v.y = v.savedX, v.savedY
	case 'M':
		if v.y == v.top {
			v.scrollDown(1)
		} else {
			v.y = max(0, v.y-1)
		}
	case 'D':
		v.lineFeed()
	case 'E':
		v.x = 0
		v.lineFeed()
	}
}

func (v *vtScreen) scrollUp(n int) {
	for range n {
		copy(v.cells[v.top:v.bottom+1], v.cells[v.top+1:v.bottom+1])
		v.cells[v.bottom] = blankRow(v.w)
	}
}

func (v *vtScreen) scrollDown(n int) {
	for range n {
		copy(v.cells[v.top+1:v.bottom+1], v.cells[v.top:v.bottom])
		v.cells[v.top] = blankRow(v.w)
	}
}

func (v *vtScreen) csi(p *ansi.Parser) {
	cmd := ansi.Cmd(p.Command())
	n := func(i, def int) int {
		x, _ := p.Param(i, def)
		if x == 0 && def == 1 {
			return 1
		}
		return x
	}
	v.wrapNext = false
	row := v.cells[v.y]
	if cmd.Prefix() == '?' {
		set := cmd.Final() == 'h'
		if cmd.Final() != 'h' && cmd.Final() != 'l' {
			return
		}
		for _, prm := range p.Params() {
			switch prm.Param(0) {
			case 1049, 1047, 47:
				v.altScreen = set
			case 25:
				v.cursorVisible = set
			}
		}
		return
	}
	if cmd.Prefix() != 0 || cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case 'A':
		v.y = max(0, v.y-n(0, 1))
	case 'B':
		v.y = min(v.h-1, v.y+n(0, 1))
	case 'C':
		v.x = min(v.w-1, v.x+n(0, 1))
	case 'D':
		v.x = max(0, v.x-n(0, 1))
	case 'E':
		v.x, v.y = 0, min(v.h-1, v.y+n(0, 1))
	case 'F':
		v.x, v.y = 0, max(0, v.y-n(0, 1))
	case 'G', '`':
		v.x = min(v.w-1, n(0, 1)-1)
	case 'd':
		v.y = min(v.h-1, n(0, 1)-1)
	case 'H', 'f':
		v.y, v.x = min(v.h-1, n(0, 1)-1), min(v.w-1, n(1, 1)-1)
	case 'I':
		v.x = min(v.w-1, (v.x/8+n(0, 1))*8)
	case 'Z':
		v.x = max(0, (v.x/8-n(0, 1)+1)*8-8)
	case 'J':
		switch n(0, 0) {
		case 0:
			v.eraseRow(v.y, v.x, v.w)
			for y := v.y + 1; y < v.h; y++ {
				v.cells[y] = blankRow(v.w)
			}
		case 1:
			v.eraseRow(v.y, 0, v.x+1)
			for y := 0; y < v.y; y++ {
				v.cells[y] = blankRow(v.w)
			}
		default:
			for y := range v.cells {
				v.cells[y] = blankRow(v.w)
			}
		}
	case 'K':
		switch n(0, 0) {
		case 0:
			v.eraseRow(v.y, v.x, v.w)
		case 1:
			v.eraseRow(v.y, 0, v.x+1)
		default:
			v.eraseRow(v.y, 0, v.w)
		}
	case 'X':
		v.eraseRow(v.y, v.x, min(v.w, v.x+n(0, 1)))
	case 'P':
		k := min(n(0, 1), v.w-v.x)
		copy(row[v.x:], row[v.x+k:])
		v.eraseRow(v.y, v.w-k, v.w)
	case '@':
		k := min(n(0, 1), v.w-v.x)
		copy(row[v.x+k:], row[v.x:v.w-k])
		v.eraseRow(v.y, v.x, v.x+k)
	case 'L', 'M':
		if v.y < v.top || v.y > v.bottom {
			return
		}
		top := v.top
		v.top = v.y
		if cmd.Final() == 'L' {
			v.scrollDown(n(0, 1))
		} else {
			v.scrollUp(n(0, 1))
		}
		v.top = top
		v.x = 0
	case 'S':
		v.scrollUp(n(0, 1))
	case 'T':
		v.scrollDown(n(0, 1))
	case 'b':
		for range n(0, 1) {
			v.print(v.last, max(1, ansi.StringWidthWc(v.last)))
		}
	case 'r':
		v.top, v.bottom = n(0, 1)-1, min(v.h, n(1, v.h))-1
		if v.bottom <= v.top {
			v.top, v.bottom = 0, v.h-1
		}
		v.x, v.y = 0, 0
	}
}

func (v *vtScreen) eraseRow(y, from, to int) {
	for x := max(0, from); x < min(to, v.w); x++ {
		v.cells[y][x] = " "
	}
}

// String returns the screen, each line's trailing blanks trimmed.
func (v *vtScreen) String() string {
	ls := make([]string, v.h)
	for y, row := range v.cells {
		ls[y] = strings.TrimRight(strings.Join(row, ""), " ")
	}
	return strings.Join(ls, "\n")
}

// TestVTScreen checks the emulator on the sequences the end-to-end test
// relies on.
func TestVTScreen(t *testing.T) {
	v := newVTScreen(10, 4)
	v.feed([]byte("\x1b[?1049h\x1b[?25lhello\r\nworld\x1b[1;3Hy\x1b[2;1H\x1b[2Cx\x1b[3;1Ha\x1b[4b\x1b[1;8Hend"))
	want := "heylo  end\nwoxld\naaaaa\n"
	if got := v.String(); got != want {
		t.Errorf("screen %q, want %q", got, want)
	}
	if !v.altScreen || v.cursorVisible {
		t.Errorf("modes: alt %v cursor %v", v.altScreen, v.cursorVisible)
	}
	v.feed([]byte("\x1b[2;1H\x1b[K\x1b[1;1H\x1b[2P\x1b[3;1H\x1b[M\x1b[?1049l\x1b[?25h"))
	want = "ylo  end\n\n\n"
	if got := v.String(); got != want {
		t.Errorf("after erasing: %q, want %q", got, want)
	}
	if v.altScreen || !v.cursorVisible {
		t.Errorf("modes after reset: alt %v cursor %v", v.altScreen, v.cursorVisible)
	}
	w := newVTScreen(6, 2)
	w.feed([]byte("東京ab"))
	if got := w.String(); got != "東京ab\n" {
		t.Errorf("wide characters: %q", got)
	}
	w.feed([]byte("\x1b[2;1H1234567"))
	if got := w.String(); got != "123456\n7" {
		t.Errorf("wide characters and wrapping: %q", got)
	}
}
