package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"crosscheck/align"
	"crosscheck/ui/session"
)

//go:embed html.tmpl
var htmlSource string

//go:embed html.css
var htmlCSS string

// htmlTemplate is the page. html/template escapes every string from the
// articles and the session for the place it is written.
var htmlTemplate = template.Must(template.New("report").Parse(htmlSource))

// The page's data, in the template's terms.
type (
	htmlPage struct {
		Title, Summary, Session, MarkSummary, Heading, Only string
		CSS                                                 template.CSS
		Warnings                                            []string
		Docs                                                []htmlDoc
		Conflicts                                           []htmlTOCEntry
		Claims                                              []htmlClaim
		Orphans                                             []htmlMark
	}
	htmlDoc struct {
		ID, Outlet, Date, Source, URL string
		// Copies is "and 299 copies" and Sites the sites that carried
		// the text word for word, when others did.
		Copies, Sites string
	}
	htmlTOCEntry struct {
		ID, Summary string
	}
	htmlClaim struct {
		ID, Reported, ConflictLabel, Absent string
		Conflict, Single                    bool
		Mark                                *htmlMark
		Conflicts, Others                   []htmlDiff
		Columns                             []htmlColumn
	}
	htmlDiff struct {
		Kind, Status, Sign, Summary string
		Values                      []htmlValue
	}
	htmlValue struct {
		Outlet, Text string
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
// external resources. Each claim shows its outlets side by side with the
// words that differ from the first outlet's wording highlighted, the
// values of typed differences marked, conflicts called out above, and the
// session's mark below.
func writeHTML(w io.Writer, in Input) error {
	s := in.Story
	title := s.Title
	if title == "" {
		title = "Untitled story"
	}
	p := htmlPage{
		Title:    title,
		Summary:  storySize(s, " · "),
		Session:  in.Session,
		Heading:  map[Only]string{All: "Claims", Conflicts: "Claims with conflicts", Marked: "Marked claims"}[in.Only],
		CSS:      template.CSS(htmlCSS),
		Warnings: in.Warnings,
	}
	if few := tooFew(s); few != "" {
		p.Summary += ". " + few
	}
	if in.Session != "" {
		p.MarkSummary = in.markSummary()
	}
	if in.Only != All {
		p.Only = "claims " + map[Only]string{Conflicts: "with conflicts", Marked: "with marks"}[in.Only]
	}
	for i, d := range s.Documents {
		p.Docs = append(p.Docs, htmlDoc{ID: d.ID, Outlet: d.Outlet, Date: outletDate(d.PublishedDate()), Source: d.Path, URL: d.URL,
			Copies: copiesNote(s, i), Sites: strings.Join(copySites(s, i), ", ")})
	}
	for _, i := range in.claims(false) {
		c := &s.Claims[i]
		if len(c.Members) == 0 {
			continue
		}
		hc := htmlClaimOf(s, c)
		if m, ok := in.Marks[i]; ok {
			hm := htmlMarkOf(m)
			hc.Mark = &hm
		}
		for _, d := range hc.Conflicts {
			p.Conflicts = append(p.Conflicts, htmlTOCEntry{c.ID, d.Summary})
		}
		p.Claims = append(p.Claims, hc)
	}
	if in.showOrphans() {
		for _, m := range in.Orphans {
			p.Orphans = append(p.Orphans, htmlMarkOf(m))
		}
	}
	return htmlTemplate.Execute(w, p)
}

func htmlClaimOf(s *align.Story, c *align.Claim) htmlClaim {
	docs := c.Docs()
	hc := htmlClaim{ID: c.ID, Single: len(c.Members) == 1}
	hc.Reported = fmt.Sprintf("reported by %d of %d outlet%s", len(docs), len(s.Documents), plural(len(s.Documents)))
	if len(docs) > 1 {
		hc.Reported += fmt.Sprintf(" · alignment %.2f", c.Score)
		var names []string
		for _, d := range c.Absent(len(s.Documents)) {
			names = append(names, s.Documents[d].Outlet)
		}
		hc.Absent = strings.Join(names, ", ")
	}
	if n := conflictCount(c); n > 0 {
		hc.Conflict = true
		hc.ConflictLabel = fmt.Sprintf("%d conflict%s", n, plural(n))
	}
	for _, d := range groupDifferences(c.Differences) {
		hd := htmlDiff{Kind: string(d.Kind), Status: d.Status.String(), Sign: map[align.Status]string{align.Conflict: "≠", align.Compatible: "~", align.Same: "="}[d.Status], Summary: differenceLine(d)}
		for _, v := range d.Values {
			hd.Values = append(hd.Values, htmlValue{s.Documents[v.Ref.Doc].Outlet, v.Text})
		}
		if d.Status == align.Conflict {
			hc.Conflicts = append(hc.Conflicts, hd)
		} else {
			hc.Others = append(hc.Others, hd)
		}
	}
	refText := s.Passage(c.Members[0]).Text
	for k, ref := range c.Members {
		d := &s.Documents[ref.Doc]
		text := s.Passage(ref).Text
		var spans []align.Span
		if k > 0 {
			spans = align.DiffWords(refText, text)
		}
		col := htmlColumn{Outlet: d.Outlet, Date: outletDate(d.PublishedDate()), Passage: s.Passage(ref).ID, Reference: k == 0 && len(c.Members) > 1}
		for _, seg := range highlight(text, spans, valueRanges(s, c, ref)) {
			var class []string
			if seg.diff {
				class = append(class, "diff")
			}
			if seg.status != "" {
				class = append(class, "v-"+seg.status)
			}
			col.Segments = append(col.Segments, htmlSegment{seg.text, strings.Join(class, " ")})
		}
		hc.Columns = append(hc.Columns, col)
	}
	return hc
}

func htmlMarkOf(m session.Mark) htmlMark {
	return htmlMark{Label: verdictLabel(m), Class: verdictLabel(m), Note: m.Note, Time: markTime(m),
		Former: m.ClaimID, Outlets: strings.Join(m.Outlets, ", "), Excerpt: m.Excerpt}
}
