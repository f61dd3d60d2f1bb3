package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"crosscheck/align"
)

type jsonOut struct {
	Only    string `json:"only"`
	Session string `json:"session"`
	Claims  []struct {
		ID string `json:"id"`
	} `json:"claims"`
	Marks   []jsonMark   `json:"marks"`
	Orphans []jsonOrphan `json:"orphans"`
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
	if r.Marks == nil || r.Orphans == nil || len(r.Marks)+len(r.Orphans) != 0 || r.Session != "" {
		t.Errorf("no session: marks %v orphans %v session %q", r.Marks, r.Orphans, r.Session)
	}
}

// TestJSONTalliesAndInArticle checks the fields added for typed
// differences: per-claim tallies with their minority outlets, and an
// article's headline against its body, whose headline value is named
// "<doc>.headline" rather than a passage.
func TestJSONTalliesAndInArticle(t *testing.T) {
	s := handStory(t)
	c := &s.Claims[0]
	c.Tallies = []align.Tally{{Kind: align.KindDate, Outlets: 3, Majority: 0, Minority: []int{1},
		Readings: []align.Reading{
			{Text: "March 3", Norm: "03-03", Docs: []int{0, 2}, Refs: []align.Ref{c.Members[0], c.Members[2]}},
			{Text: "March 4", Norm: "03-04", Docs: []int{1}, Refs: []align.Ref{c.Members[1]}},
		}}}
	body := align.Ref{Doc: 0, Passage: 3} // "The operator offered €2.5 million in back pay."
	s.InArticle = []align.Difference{{Kind: align.KindMoney, Status: align.Conflict, Summary: "money: €2.4m ≠ €2.5 million",
		Values: []align.Value{{Ref: align.Ref{Doc: 0, Passage: align.HeadlinePassage}, Text: "€2.4m"}, {Ref: body, Text: "€2.5 million"}}}}
	var buf bytes.Buffer
	if err := Write(&buf, Input{Story: s}, JSON); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Claims []struct {
			Tallies []struct {
				Summary  string   `json:"summary"`
				Majority int      `json:"majority"`
				Minority []string `json:"minority"`
				Readings []struct {
					Documents []string `json:"documents"`
				} `json:"readings"`
			} `json:"tallies"`
		} `json:"claims"`
		InArticle []struct {
			Document string `json:"document"`
			Status   string `json:"status"`
			Values   []struct{ Passage, Text string }
		} `json:"in_article"`
	}
	if err := json.Unmarshal(buf.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	tl := r.Claims[0].Tallies
	if len(tl) != 1 || tl[0].Majority != 0 || len(tl[0].Minority) != 1 || tl[0].Minority[0] != "d2" ||
		len(tl[0].Readings) != 2 || len(tl[0].Readings[0].Documents) != 2 || !strings.Contains(tl[0].Summary, "2 of 3") {
		t.Errorf("tallies = %+v", tl)
	}
	ia := r.InArticle
	if len(ia) != 1 || ia[0].Document != "d1" || ia[0].Status != "conflict" ||
		ia[0].Values[0].Passage != "d1.headline" || ia[0].Values[1].Passage != "d1.4" {
		t.Errorf("in_article = %+v", ia)
	}
	for i := 1; i < len(r.Claims); i++ {
		if r.Claims[i].Tallies == nil {
			t.Errorf("claim %d: tallies is null, want []", i)
		}
	}
}
