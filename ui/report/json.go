package report

import (
	"io"
	"time"

	"crosscheck/align"
	"crosscheck/ui/session"
	"crosscheck/ui/sheet"
)

func writeJSON(w io.Writer, in Input) error {
	s := in.Story
	r := jsonReport{
		Schema: Schema, Title: s.Title,
		Documents: []jsonDoc{}, Claims: []jsonClaim{}, Variants: []jsonVariant{},
		Warnings: nonNil(in.Warnings),
		Session:  in.Session, Marks: []jsonMark{}, Orphans: []jsonOrphan{}, InArticle: []jsonInArticle{},
	}
	if in.Only != All {
		r.Only = in.Only.String()
	}
	for _, d := range s.Documents {
		jd := jsonDoc{
			ID: d.ID, Path: d.Path, Format: d.Format, Outlet: d.Outlet, OutletSource: d.OutletSource,
			Title: d.Title, Published: d.PublishedDate(), URL: d.URL, Byline: d.Byline, Dateline: d.Dateline,
			Passages: []jsonPassage{}, Captions: []jsonCaption{}, Removed: []jsonRemoved{},
			Warnings: nonNil(d.Warnings),
		}
		for _, c := range d.Captions {
			jd.Captions = append(jd.Captions, jsonCaption{c.Text, c.Credit, c.After})
		}
		for _, p := range d.Passages {
			jd.Passages = append(jd.Passages, jsonPassage{p.ID, p.Paragraph, p.Text, p.Headline})
		}
		for _, x := range d.Removed {
			jd.Removed = append(jd.Removed, jsonRemoved{x.Text, x.Reason, x.After})
		}
		for _, c := range s.CopiesOf(len(r.Documents)) {
			jd.Copies = append(jd.Copies, jsonCopy{Path: c.Path, Outlet: c.Outlet, URL: c.URL, Published: c.PublishedDate()})
		}
		r.Documents = append(r.Documents, jd)
	}
	claims := in.claims(false)
	for _, i := range claims {
		c := &s.Claims[i]
		if m, ok := in.Marks[i]; ok {
			r.Marks = append(r.Marks, jsonMark{Claim: c.ID, Key: c.Key, Verdict: string(m.Verdict), Note: m.Note, Time: jsonTime(m.Time)})
		}
	}
	r.Disputes = []jsonDispute{}
	for k := range s.Disputes {
		d := &s.Disputes[k]
		jd := jsonDispute{Also: []string{}, jsonFact: newJSONFact(s, &d.Row)}
		if d.InArticle() {
			jd.Document = s.Documents[d.Doc].ID
		} else {
			jd.Claim = s.Claims[d.Claim].ID
		}
		for _, c := range d.Also {
			jd.Also = append(jd.Also, s.Claims[c].ID)
		}
		r.Disputes = append(r.Disputes, jd)
	}
	r.Settlements, r.SettlementOrphans = []jsonSettlement{}, []jsonSettlement{}
	for k := range s.Disputes {
		if st, ok := in.Settlements[k]; ok {
			d := &s.Disputes[k]
			js := newJSONSettlement(k, st)
			js.Kind, js.Slot, js.Line = string(d.Kind), d.Slot, sheet.DisputeLine(s, d)
			if d.InArticle() {
				js.Where = s.Documents[d.Doc].ID
			} else {
				js.Where = s.Claims[d.Claim].ID
			}
			r.Settlements = append(r.Settlements, js)
		}
	}
	if in.showSettlementOrphans() {
		for _, st := range in.SettlementOrphans {
			r.SettlementOrphans = append(r.SettlementOrphans, newJSONSettlement(-1, st))
		}
	}
	for _, d := range s.InArticle {
		doc := ""
		if len(d.Values) > 0 {
			doc = s.Documents[d.Values[0].Ref.Doc].ID
		}
		r.InArticle = append(r.InArticle, jsonInArticle{doc, newJSONDifference(s, d)})
	}
	for _, v := range s.Variants {
		jv := jsonVariant{Kind: string(v.Kind), Accents: v.Accents, Forms: []jsonForm{}}
		for _, f := range v.Forms {
			jf := jsonForm{Text: f.Text, Passages: []string{}}
			for _, ref := range f.Refs {
				jf.Passages = append(jf.Passages, s.Passage(ref).ID)
			}
			jv.Forms = append(jv.Forms, jf)
		}
		r.Variants = append(r.Variants, jv)
	}
	if in.showOrphans() {
		for _, m := range in.Orphans {
			r.Orphans = append(r.Orphans, jsonOrphan{Claim: m.ClaimID, Key: m.ClaimKey, Verdict: string(m.Verdict), Note: m.Note,
				Time: jsonTime(m.Time), Outlets: nonNil(m.Outlets), Excerpt: m.Excerpt})
		}
	}
	disputes := map[int][]int{} // claim → the disputes it holds
	for k := range s.Disputes {
		if d := &s.Disputes[k]; !d.InArticle() {
			disputes[d.Claim] = append(disputes[d.Claim], k)
		}
	}
	return encodeReport(w, r, len(claims), func(k int) jsonClaim { return newJSONClaim(s, claims[k], disputes[claims[k]]) })
}

// newJSONClaim is claim i of s as the report lists it; disputes are the
// indexes of the story's disputes it holds.
func newJSONClaim(s *align.Story, i int, disputes []int) jsonClaim {
	c := &s.Claims[i]
	jc := jsonClaim{ID: c.ID, Key: c.Key, Score: round3(c.Score), Passages: []string{},
		Conflicts: []jsonDifference{}}
	jc.Documents, jc.Absent = jsonPresence(s, c)
	for k, m := range c.Members {
		jc.Passages = append(jc.Passages, s.Passage(m).ID)
		if start, end, ok := c.Focus(k); ok {
			jc.Focus = append(jc.Focus, jsonValue{Passage: s.Passage(m).ID, Text: s.Passage(m).Text[start:end], Offset: start})
		}
	}
	jc.Facts = []jsonFact{}
	for k := range c.Facts {
		jc.Facts = append(jc.Facts, newJSONFact(s, &c.Facts[k]))
	}
	for _, k := range disputes {
		jc.Conflicts = append(jc.Conflicts, conflictOf(s, &s.Disputes[k].Row))
	}
	return jc
}

// passageID names the passage r points at; a headline is "<doc>.headline".
func passageID(s *align.Story, r align.Ref) string {
	if r.Passage == align.HeadlinePassage {
		return s.Documents[r.Doc].ID + ".headline"
	}
	return s.Passage(r).ID
}

func newJSONDifference(s *align.Story, d align.Difference) jsonDifference {
	jd := jsonDifference{Kind: string(d.Kind), Status: d.Status.String(), Summary: d.Summary,
		Role: d.Role, Conversion: d.Conversion, Values: []jsonValue{}}
	for _, v := range d.Values {
		jd.Values = append(jd.Values, jsonValue{passageID(s, v.Ref), v.Text, v.Norm, v.Offset})
	}
	for _, sp := range d.Diff {
		jd.Diff = append(jd.Diff, jsonSpan{spanOps[sp.Op], sp.Text})
	}
	return jd
}

// spanOps name word-diff operations in the JSON: "same", or which value
// alone has the words.
var spanOps = map[align.Op]string{align.Common: "same", align.OnlyA: "first", align.OnlyB: "second"}

func newJSONFact(s *align.Story, r *align.Row) jsonFact {
	jf := jsonFact{Kind: string(r.Kind), Slot: r.Slot, Status: r.Status.String(), Why: r.Why,
		Outlets: r.Outlets(), Readings: []jsonReading{}}
	for _, rd := range r.Readings {
		jr := jsonReading{Text: rd.Text, Norm: rd.Norm, Documents: []string{}, Values: []jsonValue{}}
		for _, d := range rd.Docs {
			jr.Documents = append(jr.Documents, s.Documents[d].ID)
		}
		for _, v := range rd.Values {
			jr.Values = append(jr.Values, jsonValue{passageID(s, v.Ref), v.Text, v.Norm, v.Offset})
		}
		for _, sp := range rd.Diff {
			jr.Diff = append(jr.Diff, jsonSpan{spanOps[sp.Op], sp.Text})
		}
		jf.Readings = append(jf.Readings, jr)
	}
	return jf
}

// conflictOf is a disputed row as claims[].conflicts lists it: every
// value of every reading, each with its passage and exact text.
func conflictOf(s *align.Story, r *align.Row) jsonDifference {
	jd := jsonDifference{Kind: string(r.Kind), Status: r.Status.String(), Summary: r.Why, Role: r.Slot, Values: []jsonValue{}}
	for _, rd := range r.Readings {
		for _, v := range rd.Values {
			jd.Values = append(jd.Values, jsonValue{passageID(s, v.Ref), v.Text, v.Norm, v.Offset})
		}
	}
	return jd
}

func newJSONSettlement(dispute int, st session.Settlement) jsonSettlement {
	return jsonSettlement{Dispute: dispute, Where: st.Where, Kind: st.Kind, Slot: st.Slot, Reading: st.Reading,
		Unresolved: st.Unresolved, Source: st.Source, Time: jsonTime(st.Time), Line: st.Line}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// jsonTime writes t as RFC 3339 in UTC, or "" for the zero time.
func jsonTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func round3(f float64) float64 {
	return float64(int(f*1000+0.5)) / 1000
}
