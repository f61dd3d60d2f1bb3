package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/ui/sheet"
)

type jsonOut struct {
	Only    string `json:"only"`
	Session string `json:"session"`
	Claims  []struct {
		ID string `json:"id"`
	} `json:"claims"`
	Marks             []jsonMark       `json:"marks"`
	Orphans           []jsonOrphan     `json:"orphans"`
	Settlements       []jsonSettlement `json:"settlements"`
	SettlementOrphans []jsonSettlement `json:"settlement_orphans"`
}

func renderJSON(t *testing.T, in Input) jsonOut {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, in, JSON); err != nil {
		t.Fatal(err)
	}
	var out jsonOut
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	return out
}

func TestJSONMarks(t *testing.T) {
	in := handInput(t)
	r := renderJSON(t, in)
	want := []jsonMark{
		{Claim: "c1", Key: "k1", Verdict: "disputed", Note: in.Marks[0].Note, Time: "2026-03-06T14:30:00Z"},
		{Claim: "c2", Key: "k2", Verdict: "", Note: "Quote wording: ask for the recording.", Time: "2026-03-06T15:30:00Z"},
		{Claim: "c3", Key: "k3", Verdict: "verified", Note: "", Time: "2026-03-06T16:30:00Z"},
	}
	if len(r.Marks) != len(want) {
		t.Fatalf("marks %+v", r.Marks)
	}
	for i := range want {
		if r.Marks[i] != want[i] {
			t.Errorf("mark %d: %+v, want %+v", i, r.Marks[i], want[i])
		}
	}
	if len(r.Orphans) != 1 || r.Orphans[0].Claim != "c9" || r.Orphans[0].Verdict != "unsure" || r.Orphans[0].Excerpt == "" ||
		len(r.Orphans[0].Outlets) != 1 {
		t.Errorf("orphans %+v", r.Orphans)
	}
	if r.Session != in.Session || r.Only != "" || len(r.Claims) != 5 {
		t.Errorf("session %q only %q claims %d", r.Session, r.Only, len(r.Claims))
	}

	in.Only = Conflicts
	r = renderJSON(t, in)
	if r.Only != "conflicts" || len(r.Claims) != 2 || len(r.Marks) != 1 || r.Marks[0].Claim != "c1" || len(r.Orphans) != 0 {
		t.Errorf("--only conflicts: only %q, %d claims, marks %+v, %d orphans", r.Only, len(r.Claims), r.Marks, len(r.Orphans))
	}

	// Without a session the arrays are there and empty.
	r = renderJSON(t, Input{Story: handStory(t)})
	if r.Marks == nil || r.Orphans == nil || len(r.Marks)+len(r.Orphans) != 0 || r.Session != "" ||
		r.Settlements == nil || r.SettlementOrphans == nil || len(r.Settlements)+len(r.SettlementOrphans) != 0 {
		t.Errorf("no session: marks %v orphans %v settlements %v %v session %q", r.Marks, r.Orphans, r.Settlements, r.SettlementOrphans, r.Session)
	}
}

// TestJSONSettlements: each settlement names its dispute by index and
// the claim (or document) it is listed in, in dispute order; those whose
// dispute is gone are listed apart.
func TestJSONSettlements(t *testing.T) {
	in := handInput(t)
	r := renderJSON(t, in)
	money, head := disputeOf(t, in.Story, align.KindMoney, false), disputeOf(t, in.Story, align.KindDate, true)
	want := map[int]jsonSettlement{
		money: {Dispute: money, Where: "c5", Kind: "money", Reading: "€2.5 million", Source: "the operator's statement <b>of 6 March</b>", Time: "2026-03-06T14:30:00Z"},
		head:  {Dispute: head, Where: "d1", Kind: "date", Unresolved: true, Source: "asked the Gazette's desk", Time: "2026-03-06T14:30:00Z"},
	}
	if len(r.Settlements) != 2 || r.Settlements[0].Dispute > r.Settlements[1].Dispute {
		t.Fatalf("settlements %+v, want two in dispute order", r.Settlements)
	}
	for _, got := range r.Settlements {
		w := want[got.Dispute]
		w.Slot, w.Line = in.Story.Disputes[got.Dispute].Slot, sheet.DisputeLine(in.Story, &in.Story.Disputes[got.Dispute])
		if got != w {
			t.Errorf("settlement %+v, want %+v", got, w)
		}
	}
	if o := r.SettlementOrphans; len(o) != 1 || o[0].Dispute != -1 || o[0].Where != "c8" || o[0].Reading != "nine" || o[0].Line == "" {
		t.Errorf("settlement orphans %+v", o)
	}
}

// TestJSONFactsDisputesAndInArticle checks the fact sheet in the JSON:
// each claim's rows with their readings, the story's disputes once, the
// host claim's conflicts derived from them, and an article's headline
// against its body, whose headline value is named "<doc>.headline".
func TestJSONFactsDisputesAndInArticle(t *testing.T) {
	s := handStory(t)
	c := &s.Claims[0]
	row := align.Row{Kind: align.KindDate, Slot: "date", Status: align.Conflict, Why: "they cannot both be true",
		Readings: []align.Reading{
			{Text: "March 3", Norm: "03-03", Docs: []int{0, 2}, Values: []align.Value{{Ref: c.Members[0], Text: "March 3"}, {Ref: c.Members[2], Text: "March 3"}}},
			{Text: "March 4", Norm: "03-04", Docs: []int{1}, Values: []align.Value{{Ref: c.Members[1], Text: "March 4"}}},
		}}
	c.Facts = []align.Row{row}
	s.Disputes = []align.Dispute{{Row: row, Claim: 0, Doc: -1, Also: []int{1}}}
	body := align.Ref{Doc: 0, Passage: 3} // "The operator offered €2.5 million in back pay."
	s.InArticle = []align.Difference{{Kind: align.KindMoney, Status: align.Conflict, Summary: "money: €2.4m ≠ €2.5 million",
		Values: []align.Value{{Ref: align.Ref{Doc: 0, Passage: align.HeadlinePassage}, Text: "€2.4m"}, {Ref: body, Text: "€2.5 million"}}}}
	var buf bytes.Buffer
	if err := Write(&buf, Input{Story: s}, JSON); err != nil {
		t.Fatal(err)
	}
	type reading struct {
		Documents []string `json:"documents"`
		Values    []struct{ Passage, Text string }
	}
	var r struct {
		Claims []struct {
			Facts []struct {
				Status   string    `json:"status"`
				Outlets  int       `json:"outlets"`
				Readings []reading `json:"readings"`
			} `json:"facts"`
			Conflicts []struct {
				Values []struct{ Passage, Text string }
			} `json:"conflicts"`
		} `json:"claims"`
		Disputes []struct {
			Claim    string    `json:"claim"`
			Also     []string  `json:"also"`
			Slot     string    `json:"slot"`
			Readings []reading `json:"readings"`
		} `json:"disputes"`
		InArticle []struct {
			Document string `json:"document"`
			Status   string `json:"status"`
			Values   []struct{ Passage, Text string }
		} `json:"in_article"`
	}
	if err := json.Unmarshal(buf.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	fs := r.Claims[0].Facts
	if len(fs) != 1 || fs[0].Status != "conflict" || fs[0].Outlets != 3 || len(fs[0].Readings) != 2 ||
		len(fs[0].Readings[0].Documents) != 2 || fs[0].Readings[1].Values[0].Passage != "d2.1" {
		t.Errorf("facts = %+v", fs)
	}
	if cs := r.Claims[0].Conflicts; len(cs) != 1 || len(cs[0].Values) != 3 || cs[0].Values[2].Text != "March 4" {
		t.Errorf("conflicts = %+v, want the disputed row's three values", cs)
	}
	if ds := r.Disputes; len(ds) != 1 || ds[0].Claim != "c1" || len(ds[0].Also) != 1 || ds[0].Also[0] != "c2" || ds[0].Slot != "date" {
		t.Errorf("disputes = %+v", ds)
	}
	ia := r.InArticle
	if len(ia) != 1 || ia[0].Document != "d1" || ia[0].Status != "conflict" ||
		ia[0].Values[0].Passage != "d1.headline" || ia[0].Values[1].Passage != "d1.4" {
		t.Errorf("in_article = %+v", ia)
	}
	for i := 1; i < len(r.Claims); i++ {
		if r.Claims[i].Facts == nil || r.Claims[i].Conflicts == nil {
			t.Errorf("claim %d: facts or conflicts is null, want []", i)
		}
	}
}

// TestJSONFocus checks the part of a sentence a claim is about: listed
// for the members read in part, each the exact text of its passage at
// its offset, and none for a member read whole. On the sample, the claim
// of the bridge's closure holds a sentence that also says how long the
// city expects it to last, read there for the closure alone.
func TestJSONFocus(t *testing.T) {
	in := sampleInput(t)
	var buf bytes.Buffer
	if err := Write(&buf, in, JSON); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Documents []struct {
			Passages []struct{ ID, Text string }
		}
		Claims []struct {
			ID       string
			Passages []string
			Focus    []struct {
				Passage, Text string
				Offset        int
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	text := map[string]string{}
	for _, d := range r.Documents {
		for _, p := range d.Passages {
			text[p.ID] = p.Text
		}
	}
	closure := false
	for _, c := range r.Claims {
		for _, f := range c.Focus {
			whole := text[f.Passage]
			if f.Offset < 0 || f.Offset+len(f.Text) > len(whole) || whole[f.Offset:f.Offset+len(f.Text)] != f.Text || f.Text == whole {
				t.Errorf("%s: focus %q at %d is not a part of %s: %q", c.ID, f.Text, f.Offset, f.Passage, whole)
			}
			if strings.Contains(whole, "four months") && strings.Contains(f.Text, "closed") && !strings.Contains(f.Text, "four months") {
				closure = true
			}
		}
	}
	if !closure {
		t.Error("no claim reads the closure in the sentence that also says how long it will last")
	}
}
