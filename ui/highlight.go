package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"crosscheck/corpus"
	"crosscheck/ui/sheet"
)

// A tone is how a stretch of passage text is lit: the tones of
// sheet.Passage (the muted words outside the part of a sentence a claim
// is about, changed words, and typed values by their row's status),
// and above them the reader's own, a search match and the claim's
// passage in an article. A higher tone wins where two overlap.
type tone = sheet.Tone

const (
	plain        = sheet.Plain
	toneAside    = sheet.Aside
	toneChanged  = sheet.Changed
	toneAgree    = sheet.Same
	toneRefine   = sheet.Compatible
	toneDiffer   = sheet.Differ
	toneConflict = sheet.Conflict
	toneMatch    = sheet.Conflict + 1
	toneCurrent  = sheet.Conflict + 2
)

// A mark lights bytes [start, end) of a text with a tone.
type mark struct {
	start, end int
	tone       tone
}

// style returns the style text of tone t is drawn with.
func (st *Styles) tone(t tone) lipgloss.Style {
	switch t {
	case toneAgree:
		return st.AgreeValue
	case toneRefine:
		return st.RefineValue
	case toneAside:
		return st.Aside
	case toneChanged:
		return st.Changed
	case toneDiffer:
		return st.DifferValue
	case toneConflict:
		return st.ConflictValue
	case toneMatch:
		return st.Match
	case toneCurrent:
		return st.ArticleCurrent
	}
	return st.Passage
}

// A word is the bytes [start, end) of a text, holding no white space.
type word struct{ start, end int }

// wrapWords breaks text into lines of at most width cells, at white space
// where it can and between characters inside a word longer than a line.
// Runs of white space collapse to one space.
func wrapWords(text string, width int, ms measure) [][]word {
	width = max(1, width)
	var lines [][]word
	var line []word
	used := 0
	flush := func() {
		lines = append(lines, line)
		line, used = nil, 0
	}
	for _, w := range splitWords(text) {
		ww := ms.width(text[w.start:w.end])
		if len(line) > 0 && used+1+ww > width {
			flush()
		}
		for ww > width {
			// A word longer than a line: cut it into line-sized pieces.
			if len(line) > 0 {
				flush()
			}
			p := ms.prefix(text[w.start:w.end], width)
			line = append(line, word{w.start, w.start + len(p)})
			flush()
			w.start += len(p)
			ww = ms.width(text[w.start:w.end])
		}
		if ww == 0 && w.start == w.end {
			continue
		}
		if len(line) > 0 {
			used++
		}
		line = append(line, w)
		used += ww
	}
	if len(line) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// splitWords returns the runs of text between white space.
func splitWords(text string) []word {
	var ws []word
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				ws = append(ws, word{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		ws = append(ws, word{start, len(text)})
	}
	return ws
}

// renderMarked wraps text to width and draws it with its marks, one
// string per line. Each line is styled on its own, so that no style runs
// across a line end into a column border. The space between two words is
// lit only when the same mark covers both sides of it ("October 9" as one
// block).
func renderMarked(text string, marks []mark, width int, st *Styles, ms measure) []string {
	spans := make([]sheet.Span, len(marks))
	for i, m := range marks {
		spans[i] = sheet.Span{Start: m.start, End: m.end, Tone: m.tone}
	}
	tones := append(sheet.Tones(text, spans), plain)
	var out []string
	var b strings.Builder
	for _, line := range wrapWords(text, width, ms) {
		b.Reset()
		var run strings.Builder
		cur := plain
		emit := func() {
			if run.Len() > 0 {
				b.WriteString(st.tone(cur).Render(run.String()))
				run.Reset()
			}
		}
		put := func(s string, t tone) {
			if t != cur {
				emit()
				cur = t
			}
			run.WriteString(s)
		}
		for i, w := range line {
			if i > 0 {
				prev := line[i-1]
				gap := plain
				if t := tones[prev.end-1]; t == tones[w.start] && t == tones[prev.end] {
					gap = t
				}
				put(" ", gap)
			}
			for j := w.start; j < w.end; {
				_, size := utf8.DecodeRuneInString(text[j:])
				put(text[j:j+size], tones[j])
				j += size
			}
		}
		emit()
		out = append(out, b.String())
	}
	return out
}

// matchMarks lights every place query occurs in text, ignoring case and
// typographic quotes and dashes.
func matchMarks(text, query string) []mark {
	q := []rune(foldForSearch(query))
	if len(q) == 0 {
		return nil
	}
	var ms []mark
	offsets := make([]int, 0, len(text)+1)
	var folded []rune
	for i, r := range text {
		offsets = append(offsets, i)
		folded = append(folded, foldRune(r))
	}
	offsets = append(offsets, len(text))
	for i := 0; i+len(q) <= len(folded); i++ {
		if runesEqual(folded[i:i+len(q)], q) {
			ms = append(ms, mark{offsets[i], offsets[i+len(q)], toneMatch})
			i += len(q) - 1
		}
	}
	return ms
}

func runesEqual(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// foldRune folds one character for search: lower case, plain quotes and
// dashes, plain spaces.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	if f := []rune(corpus.Fold(string(r))); len(f) == 1 {
		r = f[0]
	}
	return unicode.ToLower(r)
}

// foldForSearch folds s character by character, as foldRune does.
func foldForSearch(s string) string {
	return strings.Map(foldRune, s)
}
