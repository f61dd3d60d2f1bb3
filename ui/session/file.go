package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"crosscheck/corpus"
)

// Schema is the identifier of the session file format. Later versions of
// crosscheck add fields to it but never remove or change these; a file of
// another schema is refused, not rewritten.
const Schema = "crosscheck-session/v1"

// fileData is a session file:
//
//	{"schema": "crosscheck-session/v1",
//	 "inputs": ["/abs/path/of/articles"],
//	 "saved": "2026-10-12T09:30:00Z",
//	 "position": {"claim_key": "…", "claim_id": "c12", "index": 11, "passages": ["…"], "filter": "conflicts"},
//	 "marks": [{"claim_key": "…", "claim_id": "c3", "passages": ["…", "…"], "outlets": ["…"], "excerpt": "…",
//	            "verdict": "verified|disputed|unsure|", "note": "…", "time": "…"}],
//	 "settlements": [see fileSettlement]}
type fileData struct {
	Schema   string        `json:"schema"`
	Inputs   []string      `json:"inputs"`
	Saved    time.Time     `json:"saved"`
	Position *filePosition `json:"position,omitempty"`
	Marks    []fileMark    `json:"marks"`
	// Settlements were added after the first release of the schema.
	Settlements []fileSettlement `json:"settlements,omitempty"`
}

type filePosition struct {
	ClaimKey string   `json:"claim_key"`
	ClaimID  string   `json:"claim_id"`
	Index    int      `json:"index"`
	Passages []string `json:"passages"`
	Filter   string   `json:"filter"`
}

type fileMark struct {
	ClaimKey string    `json:"claim_key"`
	ClaimID  string    `json:"claim_id"`
	Passages []string  `json:"passages"`
	Outlets  []string  `json:"outlets"`
	Excerpt  string    `json:"excerpt"`
	Verdict  Verdict   `json:"verdict"`
	Note     string    `json:"note"`
	Time     time.Time `json:"time"`
}

// decode parses a session file, refusing anything that is not a valid
// crosscheck-session/v1 document.
func decode(b []byte) (*fileData, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, errors.New("the file is empty")
	}
	var head struct {
		Schema *string `json:"schema"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, describeJSONError(b, err)
	}
	switch {
	case head.Schema == nil:
		return nil, errors.New("not a crosscheck session (no schema)")
	case strings.HasPrefix(*head.Schema, "crosscheck-session/") && *head.Schema != Schema:
		return nil, fmt.Errorf("written by another version of crosscheck (schema %q, this one reads %q)", *head.Schema, Schema)
	case *head.Schema != Schema:
		return nil, fmt.Errorf("not a crosscheck session (schema %q)", *head.Schema)
	}
	var f fileData
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, describeJSONError(b, err)
	}
	for i, m := range f.Marks {
		if !m.Verdict.Valid() {
			return nil, fmt.Errorf("mark %d has an unknown verdict %q", i+1, m.Verdict)
		}
	}
	return &f, nil
}

// describeJSONError says where in b a JSON error is, by line.
func describeJSONError(b []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 || off > int64(len(b)) {
		return fmt.Errorf("not valid JSON: %v", err)
	}
	line := 1 + bytes.Count(b[:off], []byte("\n"))
	return fmt.Errorf("not valid JSON at line %d: %v", line, err)
}

// encode writes f as indented JSON, one mark per few lines, for people who
// open the file.
func encode(f *fileData) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func toFileMark(m Mark) fileMark {
	return fileMark{ClaimKey: m.ClaimKey, ClaimID: m.ClaimID, Passages: nonNil(m.Passages), Outlets: nonNil(m.Outlets),
		Excerpt: m.Excerpt, Verdict: m.Verdict, Note: m.Note, Time: m.Time.UTC()}
}

// fromFileMark reads a mark from a file. A session file may come from
// anyone (--session), so every text in it is cleaned as article text is
// before it can be shown.
func fromFileMark(f fileMark) Mark {
	return Mark{ClaimKey: corpus.SanitizeLine(f.ClaimKey), ClaimID: corpus.SanitizeLine(f.ClaimID),
		Passages: cleanLines(f.Passages), Outlets: cleanLines(f.Outlets), Excerpt: corpus.SanitizeLine(f.Excerpt),
		Verdict: f.Verdict, Note: cleanNote(f.Note), Time: f.Time}
}

// cleanPosition cleans a position read from a file, as fromFileMark does
// a mark.
func cleanPosition(p *filePosition) *filePosition {
	if p == nil {
		return nil
	}
	return &filePosition{ClaimKey: corpus.SanitizeLine(p.ClaimKey), ClaimID: corpus.SanitizeLine(p.ClaimID),
		Index: p.Index, Passages: cleanLines(p.Passages), Filter: corpus.SanitizeLine(p.Filter)}
}

// cleanLines applies corpus.SanitizeLine to each of ss.
func cleanLines(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = corpus.SanitizeLine(s)
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
