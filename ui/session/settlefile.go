package session

import "time"

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

func fromFileSettlement(f fileSettlement) Settlement {
	return Settlement{Kind: f.Kind, Slot: f.Slot, Readings: f.Readings, Passages: f.Passages,
		Reading: f.Reading, ReadingKey: f.ReadingKey, Unresolved: f.Unresolved || f.ReadingKey == "",
		Source: cleanNote(f.Source), Where: f.Where, Line: f.Line, Time: f.Time}
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
