package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"crosscheck/align"
	"crosscheck/ui/session"
	"crosscheck/ui/sheet"
)

//go:embed html.tmpl
var htmlSource string

//go:embed html.css
var htmlCSS string

// htmlTemplate is the page, parsed on first use (not at start-up: most
// runs write no HTML). html/template escapes every string from the
// articles and the session for the place it is written.
var htmlTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report").Parse(htmlSource))
})

// The page's data, in the template's terms.
type (
	htmlPage struct {
		Title, Summary, Made, Session, MarkSummary, Heading, Only, Settled string
		CSS                                                                template.CSS
		Warnings                                                           []string
		Docs                                                               []htmlDoc
		Disputes                                                           []htmlDispute
		Claims                                                             []htmlClaim
		Orphans                                                            []htmlMark
		SettlementOrphans                                                  []htmlSettlement
	}
	htmlDoc struct {
		ID, Outlet, Date, Path string
		// URL is the article's address when it is an http or https link;
		// nothing else is ever written in an href, and an address that is
		// not one (javascript:, data:) is not shown: the path is.
		URL string
		// Copies is "and 299 copies" and Sites the sites that carried
		// the text word for word, when others did.
		Copies, Sites string
	}
	// htmlDispute is one line of the disputed facts at the top.
	htmlDispute struct {
		Status, Mark, Line, Where, Anchor string
		Settled                           *htmlSettlement
	}
	htmlSettlement struct {
		Verdict, Source, Time, Where, Line string
		Unresolved                         bool
	}
	htmlClaim struct {
		ID, Reported, Label, Absent, Quiet string
		Disputed, Single                   bool
		Mark                               *htmlMark
		Facts                              []htmlFact
		Columns                            []htmlColumn
	}
	// htmlFact is a disputed row of a claim, one line.
	htmlFact struct {
		Status, Mark, Line, Note string
	}
	htmlColumn struct {
		Outlet, Date, Passage string
		Reference             bool
		Segments              []htmlSegment
	}
	htmlSegment struct {
		Text, Class string
	}
	htmlMark struct {
		Label, Class, Note, Time, Former, Outlets, Excerpt string
	}
)

// writeHTML writes one self-contained page: inline CSS, no scripts, no
// external resources. It opens with when and by what it was made and the
// story's disputed facts, one line each with their settlements; then the
// outlets with their source links; then each claim with its outlets side
// by side, lit as the reader lights them (sheet.Passage against the first
// outlet's wording), its disputed facts called out above and the facts
// its outlets agree on in one muted line, and the session's mark below.
func writeHTML(w io.Writer, in Input) error {
	s := in.Story
	title := s.Title
	if title == "" {
		title = "Untitled story"
	}
	p := htmlPage{
		Title:    title,
		Summary:  storySize(s, " · "),
		Made:     in.made(),
		Session:  in.Session,
		Settled:  in.settledCount(),
		Heading:  map[Only]string{All: "Claims", Conflicts: "Claims with conflicts", Marked: "Marked claims", Disputes: "Claims of the disputed facts"}[in.Only],
		CSS:      template.CSS(htmlCSS),
		Warnings: in.Warnings,
		Only:     onlyLabel[in.Only],
	}
	if few := tooFew(s); few != "" {
		p.Summary += ". " + few
	}
	if in.Session != "" {
		p.MarkSummary = in.markSummary()
	}
	for i, d := range s.Documents {
		p.Docs = append(p.Docs, htmlDoc{ID: d.ID, Outlet: d.Outlet, Date: outletDate(d.PublishedDate()), Path: d.Path, URL: sourceURL(&d),
			Copies: copiesNote(s, i), Sites: strings.Join(copySites(s, i), ", ")})
	}
	shown := map[int]bool{}
	for _, i := range in.claims(false) {
		shown[i] = true
	}
	for _, i := range in.disputes() {
		d := &s.Disputes[i]
		hd := htmlDispute{Status: d.Status.String(), Mark: sheet.Mark(d.Status), Line: sheet.DisputeLine(s, d), Where: sheet.Where(s, d)}
		if !d.InArticle() && shown[d.Claim] {
			hd.Anchor = s.Claims[d.Claim].ID
		}
		if st, ok := in.Settlements[i]; ok {
			hs := htmlSettlementOf(st)
			hd.Settled = &hs
		}
		p.Disputes = append(p.Disputes, hd)
	}
	for _, i := range in.claims(false) {
		c := &s.Claims[i]
		if len(c.Members) == 0 {
			continue
		}
		hc := htmlClaimOf(s, i)
		if m, ok := in.Marks[i]; ok {
			hm := htmlMarkOf(m)
			hc.Mark = &hm
		}
		p.Claims = append(p.Claims, hc)
	}
	if in.showOrphans() {
		for _, m := range in.Orphans {
			p.Orphans = append(p.Orphans, htmlMarkOf(m))
		}
	}
	if in.showSettlementOrphans() {
		for _, st := range in.SettlementOrphans {
			p.SettlementOrphans = append(p.SettlementOrphans, htmlSettlementOf(st))
		}
	}
	return htmlTemplate().Execute(w, p)
}

func htmlClaimOf(s *align.Story, i int) htmlClaim {
	c := &s.Claims[i]
	docs := c.Docs()
	hc := htmlClaim{ID: c.ID, Single: len(c.Members) == 1, Quiet: sheet.Quiet(s, c.Facts)}
	hc.Reported = fmt.Sprintf("reported by %d of %d outlet%s", len(docs), len(s.Documents), plural(len(s.Documents)))
	if len(docs) > 1 {
		hc.Reported += fmt.Sprintf(" · alignment %.2f", c.Score)
		hc.Absent = absentOutlets(s, c, plain)
	}
	if n := c.Disputes(); n > 0 {
		hc.Disputed = true
		hc.Label = fmt.Sprintf("%d disputed fact%s", n, plural(n))
	}
	for k := range c.Facts {
		r := &c.Facts[k]
		if r.Status.Disputed() {
			hc.Facts = append(hc.Facts, htmlFact{Status: r.Status.String(), Mark: sheet.Mark(r.Status), Line: sheet.RowLine(s, r), Note: sheet.RepeatedFrom(s, i, k)})
		}
	}
	refDoc := c.Members[0].Doc
	for _, ref := range c.Members {
		d := &s.Documents[ref.Doc]
		col := htmlColumn{Outlet: d.Outlet, Date: outletDate(d.PublishedDate()), Passage: s.Passage(ref).ID, Reference: ref.Doc == refDoc && len(c.Docs()) > 1}
		for _, seg := range sheet.Segments(s.Passage(ref).Text, sheet.Passage(s, c, ref, refDoc)) {
			class := ""
			switch seg.Tone {
			case sheet.Plain:
			case sheet.Aside:
				class = "aside"
			case sheet.Changed:
				class = "diff"
			default:
				class = "v-" + seg.Tone.String()
			}
			col.Segments = append(col.Segments, htmlSegment{seg.Text, class})
		}
		hc.Columns = append(hc.Columns, col)
	}
	return hc
}

func htmlMarkOf(m session.Mark) htmlMark {
	return htmlMark{Label: verdictLabel(m), Class: verdictLabel(m), Note: m.Note, Time: markTime(m),
		Former: m.ClaimID, Outlets: strings.Join(m.Outlets, ", "), Excerpt: m.Excerpt}
}

func htmlSettlementOf(st session.Settlement) htmlSettlement {
	return htmlSettlement{Verdict: st.Verdict(), Source: st.Source, Time: stamp(st.Time), Where: st.Where, Line: st.Line, Unresolved: st.Unresolved}
}
