package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui/session"
)

// Stories built by hand, so that every feature of the reader is exercised
// whatever the alignment finds in the sample story: claims shared by
// several outlets, conflicts reported pairwise, refinements, agreements,
// claims of one outlet, wide characters, emoji and right-to-left text.

// article builds a document; a passage starting with "+" continues the
// paragraph of the one before it.
func article(n int, outlet, date string, passages ...string) corpus.Document {
	d := corpus.Document{ID: fmt.Sprintf("d%d", n+1), Path: fmt.Sprintf("test/%d.txt", n+1), Outlet: outlet, Title: outlet + " headline"}
	if date != "" {
		d.Published, _ = time.Parse(time.DateOnly, date)
	}
	para := 0
	for i, p := range passages {
		if !strings.HasPrefix(p, "+") || i == 0 {
			para++
		}
		d.Passages = append(d.Passages, corpus.Passage{ID: fmt.Sprintf("%s.%d", d.ID, i+1), Paragraph: para, Text: strings.TrimPrefix(p, "+")})
	}
	return d
}

// value is the typed value text as passage ref states it.
func value(s *align.Story, ref align.Ref, text, norm string) align.Value {
	if !strings.Contains(s.Passage(ref).Text, text) {
		panic(fmt.Sprintf("%q is not in passage %v", text, ref))
	}
	return align.Value{Ref: ref, Text: text, Norm: norm, Offset: strings.Index(s.Passage(ref).Text, text)}
}

// envoyStory is four outlets reporting talks with envoys: one conflict
// on the date (reported pairwise, three outlets against one), a
// refinement of the place, an agreement written two ways, a conflicting
// count, and claims only one outlet reports.
func envoyStory() *align.Story {
	s := &align.Story{Title: "Envoys meet negotiators as talks resume"}
	s.Documents = []corpus.Document{
		article(0, "Times of Israel", "2025-10-09",
			"The envoys met Hamas negotiators in Sharm el-Sheikh on October 9, officials said.",
			"+A hearing is set for Oct. 19 in the capital.",
			"At least 14 people were hurt when the crowd surged.",
			"The earlier envoy, Adam Boehler, had held direct talks in March."),
		article(1, "Outlet B", "2025-10-09",
			"Envoys met Hamas negotiators in Sharm el-Sheikh on October 9, two officials said.",
			"At least 12 people were hurt when the crowd surged.",
			"Mediators from Qatar joined the talks late in the evening."),
		article(2, "Outlet C", "2025-10-10",
			"The envoys met Hamas negotiators in Egypt on October 8, according to officials.",
			"Officials expect a hearing on October 19."),
		article(3, "Outlet D", "",
			"The envoys met the negotiators in Sharm el-Sheikh on October 9."),
	}
	s.Documents[2].Removed = []corpus.Removed{
		{Text: "Sign up for our daily briefing.", Reason: "newsletter prompt"},
		{Text: "Read more: Ceasefire holds for a third day", Reason: "related articles"},
		{Text: "© 2025 Outlet C. All rights reserved.", Reason: "copyright"},
	}
	s.Documents[2].Warnings = []string{"no date line found"}
	r := func(d, p int) align.Ref { return align.Ref{Doc: d, Passage: p} }
	s.Claims = []align.Claim{
		{Members: []align.Ref{r(0, 0), r(1, 0), r(2, 0), r(3, 0)}},
		{Members: []align.Ref{r(1, 2)}},
		{Members: []align.Ref{r(0, 1), r(2, 1)}},
		{Members: []align.Ref{r(0, 2), r(1, 1)}},
		{Members: []align.Ref{r(0, 3)}},
	}
	date := func(a, b align.Ref) align.Difference {
		return align.Difference{Kind: align.KindDate, Status: align.Conflict, Summary: "date",
			Values: []align.Value{value(s, a, "October 9", "10-09"), value(s, b, "October 8", "10-08")}}
	}
	s.Claims[0].Differences = []align.Difference{
		date(r(0, 0), r(2, 0)), date(r(1, 0), r(2, 0)), date(r(3, 0), r(2, 0)),
		{Kind: align.KindPlace, Status: align.Compatible, Summary: "place",
			Values: []align.Value{value(s, r(0, 0), "Sharm el-Sheikh", "sharm el-sheikh"), value(s, r(2, 0), "Egypt", "egypt")}},
	}
	s.Claims[2].Differences = []align.Difference{{Kind: align.KindDate, Status: align.Same, Summary: "date",
		Values: []align.Value{value(s, r(0, 1), "Oct. 19", "10-19"), value(s, r(2, 1), "October 19", "10-19")}}}
	s.Claims[3].Differences = []align.Difference{{Kind: align.KindNumber, Status: align.Conflict, Summary: "number",
		Values: []align.Value{value(s, r(0, 2), "14", "14"), value(s, r(1, 1), "12", "12")}}}
	for i := range s.Claims {
		s.Claims[i].ID = fmt.Sprintf("c%d", i+1)
	}
	s.FillSheet()
	return s
}

// worldStory is eight outlets, some named and writing in scripts that
// are wide (CJK), right to left (Hebrew, Arabic) or hold emoji, with a
// word too long for any column.
func worldStory() *align.Story {
	s := &align.Story{Title: "世界の報道 — the world reports 🌍"}
	s.Documents = []corpus.Document{
		article(0, "東京新聞", "2025-10-09", "会合は10月9日に東京で開かれたと当局者が述べた。", "Second item."),
		article(1, "Emoji Daily 📰", "2025-10-09", "Officials 👍 said the meeting 🤝 was held in Tokyo on October 9 👨‍👩‍👧."),
		article(2, "הארץ", "2025-10-09", "השליח נפגש עם נציגי הצד השני בטוקיו ב-9 באוקטובר, כך נמסר."),
		article(3, "الجزيرة", "2025-10-10", "التقى المبعوث بالممثلين في طوكيو في 8 أكتوبر، حسبما أفاد مسؤولون."),
		article(4, "Outlet E", "2025-10-09", "The Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen meeting was held on October 9."),
		article(5, "Outlet F", "", "The meeting was held in Tokyo on October 9."),
		article(6, "Outlet G with a very long outlet name indeed", "2025-10-11", "Tokyo hosted the meeting on October 9, officials said."),
		article(7, "Outlet H", "2025-10-09", "Nothing else."),
	}
	r := func(d, p int) align.Ref { return align.Ref{Doc: d, Passage: p} }
	s.Claims = []align.Claim{
		{Members: []align.Ref{r(0, 0), r(1, 0), r(2, 0), r(3, 0), r(4, 0), r(5, 0), r(6, 0)}},
		{Members: []align.Ref{r(0, 1), r(7, 0)}},
	}
	s.Claims[0].Differences = []align.Difference{{Kind: align.KindDate, Status: align.Conflict, Summary: "date",
		Values: []align.Value{value(s, r(1, 0), "October 9", "10-09"), value(s, r(3, 0), "8 أكتوبر", "10-08")}}}
	for i := range s.Claims {
		s.Claims[i].ID = fmt.Sprintf("c%d", i+1)
	}
	s.FillSheet()
	return s
}

// storyLoad returns a LoadFunc that returns s and warnings.
func storyLoad(s *align.Story, warnings ...string) LoadFunc {
	return func(ctx context.Context, progress func(float64, string)) (*align.Story, []string, error) {
		progress(1, "")
		return s, warnings, nil
	}
}

func sampleLoad(ctx context.Context, progress func(float64, string)) (*align.Story, []string, error) {
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		return nil, nil, err
	}
	s, err := align.Build(ctx, c.Documents, align.Options{Progress: func(done float64) { progress(done, "") }})
	return s, c.Warnings, err
}

// open returns a reader sized w×h with load's story loaded, as the
// program has it once Init's command has run, on its claims: it drives
// Update with the messages the command delivers and, when the reader
// opened on the disputed facts, presses esc.
func open(t testing.TB, load LoadFunc, w, h int) Model {
	t.Helper()
	return openWith(t, load, w, h)
}

// openWith is open with options for New.
func openWith(t testing.TB, load LoadFunc, w, h int, opts ...Option) Model {
	t.Helper()
	m := opened(t, load, w, h, opts...)
	if m.mode == modeDisputes {
		m = press(t, m, "esc")
	}
	return m
}

// opened returns a reader sized w×h with load's story loaded, as the
// program has it once Init's command has run: on the disputed facts
// when the story has some.
func opened(t testing.TB, load LoadFunc, w, h int, opts ...Option) Model {
	t.Helper()
	var m tea.Model = New(load, opts...)
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	msg := loadStory(context.Background(), load)()
	for {
		p, ok := msg.(loadProgressMsg)
		if !ok {
			break
		}
		m, _ = m.Update(p)
		msg = <-p.from
	}
	m, _ = m.Update(msg)
	return m.(Model)
}

// press sends keys to m, one key press each, running the commands they
// return that the reader handles itself (not quitting or suspending).
func press(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	var tm tea.Model = m
	for _, k := range keys {
		tm, _ = tm.Update(keyPress(k))
	}
	return tm.(Model)
}

// typeText types s into m, one key press per character.
func typeText(t testing.TB, m Model, s string) Model {
	t.Helper()
	for _, r := range s {
		m = press(t, m, string(r))
	}
	return m
}

// send delivers msg to m.
func send(m Model, msg tea.Msg) Model {
	tm, _ := m.Update(msg)
	return tm.(Model)
}

// keyPress builds the key press message for a key name as bindings spell
// it ("j", "down", "tab", "ctrl+c", "G").
func keyPress(k string) tea.KeyPressMsg {
	special := map[string]rune{
		"down": tea.KeyDown, "up": tea.KeyUp, "left": tea.KeyLeft, "right": tea.KeyRight,
		"tab": tea.KeyTab, "esc": tea.KeyEscape, "enter": tea.KeyEnter, "home": tea.KeyHome,
		"end": tea.KeyEnd, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "backspace": tea.KeyBackspace,
		"space": tea.KeySpace,
	}
	if k == "shift+tab" {
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	}
	if c, ok := strings.CutPrefix(k, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: []rune(c)[0], Mod: tea.ModCtrl}
	}
	if code, ok := special[k]; ok {
		msg := tea.KeyPressMsg{Code: code}
		if k == "space" {
			msg.Text = " "
		}
		return msg
	}
	r := []rune(k)[0]
	if r >= 'A' && r <= 'Z' {
		return tea.KeyPressMsg{Code: r + 32, ShiftedCode: r, Text: k, Mod: tea.ModShift}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}

// screen is what m shows, colours stripped.
func screen(m Model) string { return ansi.Strip(m.View().Content) }

// lines is the screen of m as lines.
func lines(m Model) []string { return strings.Split(screen(m), "\n") }

// inArticle sets document d's headline against its first passage: head
// in the headline, body in the passage, two dates that conflict.
func inArticle(s *align.Story, d int, head, body string) align.Difference {
	h, b := align.Ref{Doc: d, Passage: align.HeadlinePassage}, align.Ref{Doc: d}
	return align.Difference{Kind: align.KindDate, Status: align.Conflict, Values: []align.Value{
		{Ref: h, Text: head, Norm: head, Offset: strings.Index(s.Documents[d].Title, head)},
		value(s, b, body, body),
	}}
}

// newSession returns an empty session kept in a temporary folder.
func newSession(t testing.TB) *session.Session {
	t.Helper()
	s, err := session.Open(filepath.Join(t.TempDir(), "session.json"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// marking returns a reader of envoyStory at 120×30 keeping its marks in
// a new session.
func marking(t testing.TB) (Model, *session.Session) {
	t.Helper()
	s := newSession(t)
	return openWith(t, storyLoad(envoyStory()), 120, 30, WithSession(s, "")), s
}

// pressSave presses keys; the last must save the session: its command is
// run and the result delivered to the reader, as the program would.
func pressSave(t testing.TB, m Model, keys ...string) Model {
	t.Helper()
	m = press(t, m, keys[:len(keys)-1]...)
	last := keys[len(keys)-1]
	next, cmd := m.Update(keyPress(last))
	if cmd == nil {
		t.Fatalf("%q: no command, want a save", last)
	}
	msg, ok := cmd().(sessionSavedMsg)
	if !ok {
		t.Fatalf("%q: the command does not save the session", last)
	}
	return send(next.(Model), msg)
}

// savedMark reads s's file afresh and returns the mark on claim i of
// envoyStory, as the next run would see it.
func savedMark(t testing.TB, s *session.Session, i int) (session.Mark, bool) {
	t.Helper()
	again, err := session.Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	again.Attach(envoyStory())
	return again.Mark(i)
}

// header is the first line of m's screen.
func header(m Model) string { return lines(m)[0] }

// status is the status line of m's screen, above the footer.
func status(m Model) string {
	l := lines(m)
	return l[len(l)-2]
}
