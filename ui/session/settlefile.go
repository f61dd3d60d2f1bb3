package session

import (
	"time"

	"crosscheck/corpus"
)

// fileSettlement is a settlement in the session file:
//
//	{"kind": "number", "slot": "people injured", "readings": ["=12", "=14"], "passages": ["…"],
//	 "reading": "14", "reading_key": "=14", "unresolved": false, "source": "police statement, 10 Oct",
//	 "where": "c2", "line": "people injured: 14 (…) · 12 (…)", "time": "…"}
type fileSettlement struct {
	Kind       string    `json:"kind"`
	Slot       string    `json:"slot"`
	Readings   []string  `json:"readings"`
	Passages   []string  `json:"passages"`
	Reading    string    `json:"reading"`
	ReadingKey string    `json:"reading_key"`
	Unresolved bool      `json:"unresolved"`
	Source     string    `json:"source"`
	Where      string    `json:"where"`
	Line       string    `json:"line"`
	Time       time.Time `json:"time"`
}

func toFileSettlement(st Settlement) fileSettlement {
	return fileSettlement{Kind: st.Kind, Slot: st.Slot, Readings: nonNil(st.Readings), Passages: nonNil(st.Passages),
		Reading: st.Reading, ReadingKey: st.ReadingKey, Unresolved: st.Unresolved, Source: st.Source,
		Where: st.Where, Line: st.Line, Time: st.Time.UTC()}
}

// fromFileSettlement reads a settlement of the session file. Every text
// field is made safe as markFromFile's are: a settlement whose dispute is
// gone is printed from the file alone ("formerly c4: …"), so whatever
// another program wrote there must not reach the terminal raw.
func fromFileSettlement(f fileSettlement) Settlement {
	key := corpus.SanitizeLine(f.ReadingKey)
	return Settlement{Kind: corpus.SanitizeLine(f.Kind), Slot: corpus.SanitizeLine(f.Slot),
		Readings: cleanLines(f.Readings), Passages: cleanLines(f.Passages),
		Reading: corpus.SanitizeLine(f.Reading), ReadingKey: key, Unresolved: f.Unresolved || key == "",
		Source: cleanNote(f.Source), Where: corpus.SanitizeLine(f.Where), Line: corpus.SanitizeLine(f.Line), Time: f.Time}
}

// load takes the settlements of a session file.
func (ss *settlements) load(fs []fileSettlement) {
	for _, f := range fs {
		ss.list = append(ss.list, fromFileSettlement(f))
	}
}

// file returns the settlements as the session file writes them, nil for
// none (a file without settlements stays as it was).
func (ss *settlements) file() []fileSettlement {
	var out []fileSettlement
	for _, st := range ss.list {
		out = append(out, toFileSettlement(st))
	}
	return out
}
