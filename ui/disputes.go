package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"crosscheck/align"
	"crosscheck/ui/session"
	"crosscheck/ui/sheet"
)

// disputesScreen lists the story's disputed facts, the first thing the
// reader shows: one entry per fact, its status as a mark and a colour,
// every reading and who gives it, where it is listed, and how the
// fact-checker settled it. enter goes to the claim it is listed in (or,
// for a headline set against its own body, to the article); s settles it.
type disputesScreen struct {
	shared
	width, height int
	// sel is the disputed fact chosen, an index in story.Disputes;
	// offset is how many lines are scrolled off the top.
	sel, offset int
	// settlements are the session's settlements by dispute, a snapshot
	// the reader replaces after each change; nil without a session.
	settlements map[int]session.Settlement
	// note is a one-line message about the last key, for the status line.
	note string
	// why shows, under each fact, why it was judged so.
	why bool
}

var _ component = (*disputesScreen)(nil)

// SetSize gives the screen its share of the window.
func (d *disputesScreen) SetSize(width, height int) {
	d.width, d.height = width, height
	d.keepInView()
}

// ShortHelp returns the keys of the footer.
func (d *disputesScreen) ShortHelp() []key.Binding {
	k := d.keys
	keys := []key.Binding{brief(k.NextClaim, "j/k", "fact"), brief(k.OpenClaim, "enter", "its claim")}
	if d.settlements != nil {
		keys = append(keys, brief(k.Settle, "s", "settle"))
	}
	return append(keys, brief(k.Disputes, "d/esc", "claims"), brief(k.Help, "?", "help"), k.Quit)
}

// FullHelp returns the keys of the disputes view, grouped.
func (d *disputesScreen) FullHelp() [][]key.Binding { return groupBindings(d.keys.disputeGroups()) }

// Update moves the choice with the stepping keys and the wheel, and
// chooses the entry clicked.
func (d *disputesScreen) Update(msg tea.Msg) tea.Cmd {
	n := len(d.story.Disputes)
	if n == 0 {
		return nil
	}
	k := d.keys
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		d.note = ""
		switch {
		case key.Matches(msg, k.NextClaim):
			d.sel++
		case key.Matches(msg, k.PrevClaim):
			d.sel--
		case key.Matches(msg, k.FirstClaim):
			d.sel = 0
		case key.Matches(msg, k.LastClaim):
			d.sel = n - 1
		case key.Matches(msg, k.PageDown):
			d.sel = d.entryAt(d.offset + 2*d.height - 1)
		case key.Matches(msg, k.PageUp):
			d.sel = d.entryAt(max(0, d.offset-d.height))
		}
	case tea.MouseWheelMsg:
		if msg.Button == tea.MouseWheelDown {
			d.sel++
		} else {
			d.sel--
		}
	case tea.MouseClickMsg:
		d.sel = d.entryAt(d.offset + msg.Y)
	}
	d.sel = max(0, min(d.sel, n-1))
	d.keepInView()
	return nil
}

// entries draws every entry, each its lines, wrapped to the width.
func (d *disputesScreen) entries() [][]string {
	s, st := d.story, d.styles
	out := make([][]string, len(s.Disputes))
	for i := range s.Disputes {
		dp := &s.Disputes[i]
		runs := []run{{sheet.Mark(dp.Status) + " " + sheet.Subject(s, dp) + ":", st.statusStyle(dp.Status)}}
		for j, rd := range sheet.Readings(s, &dp.Row, dp.InArticle()) {
			if j > 0 {
				runs = append(runs, run{"·", st.statusStyle(dp.Status)})
			}
			runs = append(runs, run{rd.Text, &st.Passage}, run{"(" + strings.Join(rd.By, ", ") + ")", &st.LegendOutlets})
		}
		where := "— " + sheet.Where(s, dp)
		if i == d.sel {
			runs = append(runs, run{where, &st.Selected})
		} else {
			runs = append(runs, run{where, &st.Muted})
		}
		lines := wrapRuns(runs, d.width, 2, 4, d.ms)
		if i == d.sel && len(lines) > 0 {
			// The choice shows without colour: a ▸ in the margin.
			lines[0] = st.Selected.Render("▸") + lines[0][1:]
		}
		if set, ok := d.settlements[i]; ok {
			lines = append(lines, wrapRuns(settledRuns(st, set), d.width, 4, 6, d.ms)...)
		}
		if d.why && dp.Why != "" {
			lines = append(lines, wrapRuns(whyRuns(st, dp.Why), d.width, 4, 6, d.ms)...)
		}
		if i+1 < len(s.Disputes) {
			lines = append(lines, "")
		}
		out[i] = lines
	}
	return out
}

// lines draws the view: a title line, then the entries.
func (d *disputesScreen) lines() []string {
	s, st := d.story, d.styles
	if len(s.Disputes) == 0 {
		msg := "No disputed facts: the outlets' figures, dates, names and quotations agree or are compatible. d or esc reads the claims."
		return wrapRuns([]run{{msg, &st.Status}}, d.width, 1, 1, d.ms)
	}
	title := fmt.Sprintf(" Disputed facts: %d", len(s.Disputes))
	if n := len(d.settlements); n > 0 {
		title += fmt.Sprintf(" · %d settled", n)
	}
	out := []string{st.HelpGroup.Render(title)}
	for _, e := range d.entries() {
		out = append(out, e...)
	}
	return out
}

// entryAt returns the entry drawn at line i of the view (the title is
// line 0), or the nearest one.
func (d *disputesScreen) entryAt(i int) int {
	at := 1
	for k, e := range d.entries() {
		if i < at+len(e) {
			return k
		}
		at += len(e)
	}
	return len(d.story.Disputes) - 1
}

// keepInView scrolls so that the chosen entry is on screen, whole when
// it fits.
func (d *disputesScreen) keepInView() {
	if d.height <= 0 || len(d.story.Disputes) == 0 {
		d.offset = 0
		return
	}
	es := d.entries()
	start := 1
	for _, e := range es[:d.sel] {
		start += len(e)
	}
	end := start + len(es[d.sel])
	if d.sel == 0 {
		start = 0
	}
	if end > d.offset+d.height {
		d.offset = end - d.height
	}
	if start < d.offset {
		d.offset = start
	}
	total := 1
	for _, e := range es {
		total += len(e)
	}
	d.offset = max(0, min(d.offset, total-d.height))
}

// View draws the disputed facts in view, height lines tall.
func (d *disputesScreen) View() string {
	ls := d.lines()
	end := min(len(ls), d.offset+d.height)
	return strings.Join(fitLines(ls[min(d.offset, end):end], d.width, d.height, d.ms), "\n")
}

// chosen returns the dispute chosen, or nil when there is none.
func (d *disputesScreen) chosen() *align.Dispute {
	if d.sel < 0 || d.sel >= len(d.story.Disputes) {
		return nil
	}
	return &d.story.Disputes[d.sel]
}

// choose makes the dispute listed in claim (or repeated there) the
// chosen one, if there is such a dispute.
func (d *disputesScreen) choose(claim int) {
	c := &d.story.Claims[claim]
	for i := range c.Facts {
		if k := d.story.DisputeOf(claim, i); k >= 0 {
			d.sel = k
			d.keepInView()
			return
		}
	}
}

// disputesKey handles a key in the disputes view: enter goes to the
// chosen fact, d and esc to the claims, s settles; the rest move the
// choice.
func (m Model) disputesKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.sh.keys
	switch {
	case key.Matches(msg, k.OpenClaim):
		m.dismissNotice()
		m.openDisputed()
	case key.Matches(msg, k.Disputes, k.Back):
		m.mode = modeClaims
	case key.Matches(msg, k.Settle):
		m.dismissNotice()
		return m.openSettle()
	case key.Matches(msg, k.ShowWhy):
		m.dismissNotice()
		m.toggleWhy()
	default:
		m.dismissNotice()
		m.disputes.Update(msg)
	}
	return m, nil
}

// openDisputes shows the disputed facts, the one of the current claim
// chosen when it has one.
func (m *Model) openDisputes() {
	m.mode = modeDisputes
	m.disputes.note = ""
	if m.claims.cur.pos() >= 0 {
		m.disputes.choose(m.claims.cur.claim)
	}
}

// openDisputed goes to the chosen disputed fact: the claim it is listed
// in, or, for a headline set against its own body, the article with the
// body's sentence lit.
func (m *Model) openDisputed() {
	s := m.sh.story
	d := m.disputes.chosen()
	if d == nil {
		return
	}
	if d.InArticle() {
		var body []align.Ref
		for _, rd := range d.Readings {
			for _, v := range rd.Values {
				if !s.IsHeadline(v.Ref) {
					body = append(body, v.Ref)
				}
			}
		}
		m.pageClaim = &align.Claim{Members: body}
		m.openPage(modeArticle, d.Doc)
		m.pageNote = sheet.Outlet(s, d.Doc) + ": its headline against its body, the body's sentence marked ▌; esc returns"
		return
	}
	m.claims.show(d.Claim)
	// Compare against an outlet that reports the claim.
	if c := &s.Claims[d.Claim]; !c.Reports(m.claims.view.focus) && len(c.Members) > 0 {
		m.claims.setFocus(c.Members[0].Doc)
		m.claims.sync()
	}
	m.claims.note = fmt.Sprintf("%s: %s · d returns to the disputed facts", s.Claims[d.Claim].ID, d.Slot)
	m.mode = modeClaims
}

// toggleWhy shows or hides, under each disputed fact and each disputed
// row of a claim's legend, why it was judged so.
func (m *Model) toggleWhy() {
	m.disputes.why = !m.disputes.why
	m.claims.view.why = m.disputes.why
	note := "why each disputed fact was judged so: shown (w hides)"
	if !m.disputes.why {
		note = "why each disputed fact was judged so: hidden (w shows)"
	}
	m.disputes.note, m.claims.note = note, note
	m.disputes.keepInView()
}
