package ui

// helpLines draws the full help: the warnings met while loading, the
// session, the keys of the mode help was opened from in titled groups,
// then what the reader's symbols mean.
func helpLines(sh shared, groups []keyGroup, warnings, sess []string, width int) []string {
	st := sh.styles
	keyW := 0
	for _, g := range groups {
		for _, b := range g.bindings {
			keyW = max(keyW, sh.ms.width(b.Help().Key))
		}
	}
	var lines []string
	wrap := func(s, indent string, style func(...string) string) {
		for _, l := range wrapWords(s, max(1, width-len(indent)), sh.ms) {
			lines = append(lines, indent+style(joinWords(s, l)))
		}
	}
	if len(warnings) > 0 {
		lines = append(lines, " "+st.HelpGroup.Render("Skipped while loading"))
		for _, w := range warnings {
			wrap("⚠ "+w, "   ", st.Warning.Render)
		}
		lines = append(lines, "")
	}
	if len(sess) > 0 {
		lines = append(lines, " "+st.HelpGroup.Render("Session"))
		for _, l := range sess {
			wrap(l, "   ", st.HelpDesc.Render)
		}
		lines = append(lines, "")
	}
	blocks := make([][]string, 0, len(groups))
	for _, g := range groups {
		block := []string{" " + st.HelpGroup.Render(g.title)}
		for _, b := range g.bindings {
			if !b.Enabled() {
				continue
			}
			h := b.Help()
			block = append(block, "   "+st.HelpKey.Render(sh.ms.pad(h.Key, keyW))+"  "+st.HelpDesc.Render(h.Desc))
		}
		blocks = append(blocks, append(block, ""))
	}
	lines = append(lines, keyColumns(sh.ms, blocks, width)...)
	lines = append(lines, " "+st.HelpGroup.Render("Symbols"))
	for _, m := range [][2]string{
		{st.Conflict.Render("⚠ … · …"), "a conflict: the readings cannot both be true"},
		{st.Differ.Render("△ … · …"), "figures that differ, though hedges let both be true"},
		{st.Refine.Render("◇ … · …"), "compatible: one refines, contains or converts the other"},
		{st.Agree.Render("= … = …"), "the same value written more than one way"},
		{st.Changed.Render("word"), "differs from the focused outlet's wording, where the two are worded closely (h/l picks it)"},
		{st.Verified.Render("✓") + " " + st.Unsure.Render("?"), "a disputed fact settled: the reading verified; unresolved"},
		{st.CellConflict.Render("≠") + " " + st.Cell.Render("▂▅█"), "overview: a disputed fact; how many outlets report a claim"},
		{st.CellCurrent.Render("▅") + " " + st.CellOut.Render("·"), "overview: the current claim; a claim the filter hides"},
		{st.Verified.Render("✓") + " " + st.Disputed.Render("✗") + " " + st.Unsure.Render("?") + " " + st.Muted.Render("✎"), "overview and header: verified, disputed, unsure, a note alone"},
	} {
		lines = append(lines, "   "+sh.ms.pad(m[0], 9)+"  "+st.HelpDesc.Render(m[1]))
	}
	lines = append(lines, "", " "+st.HelpGroup.Render("Mouse"))
	wrap("The wheel scrolls, and past the end of a claim moves on to the next. A click on a column focuses that outlet; on the overview strip, goes to that claim.", "   ", st.HelpDesc.Render)
	return lines
}

// helpGap is the space between the two columns of key groups.
const helpGap = 4

// keyColumns lays the key groups out in two columns when they fit side
// by side across width, so that the whole help of a wide terminal fits on
// one screen; otherwise one under another. The groups keep their order,
// down the left column and then the right, split where the two columns
// come out nearest in height.
func keyColumns(ms measure, blocks [][]string, width int) []string {
	var single []string
	for _, b := range blocks {
		single = append(single, b...)
	}
	if len(blocks) < 2 {
		return single
	}
	split, best := 1, len(single)
	left := 0
	for i := 1; i < len(blocks); i++ {
		left += len(blocks[i-1])
		if d := max(left, len(single)-left); d < best {
			split, best = i, d
		}
	}
	var l, r []string
	for _, b := range blocks[:split] {
		l = append(l, b...)
	}
	for _, b := range blocks[split:] {
		r = append(r, b...)
	}
	lw, rw := 0, 0
	for _, s := range l {
		lw = max(lw, ms.width(s))
	}
	for _, s := range r {
		rw = max(rw, ms.width(s))
	}
	if lw+helpGap+rw > width {
		return single
	}
	out := make([]string, 0, max(len(l), len(r)))
	for i := range max(len(l), len(r)) {
		var a, b string
		if i < len(l) {
			a = l[i]
		}
		if i < len(r) {
			b = r[i]
		}
		if b == "" {
			out = append(out, a)
			continue
		}
		out = append(out, ms.pad(a, lw+helpGap)+b)
	}
	return out
}
