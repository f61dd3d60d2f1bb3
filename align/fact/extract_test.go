package fact

import (
	"strings"
	"testing"
	"time"
)

// TestFactTextIsExactSpan checks the contract on every fact of a mixed
// passage: its text is the passage's bytes at its offsets.
func TestFactTextIsExactSpan(t *testing.T) {
	text := "ANKARA — A magnitude 6.1 quake hit at 10:37 a.m. local time (0737 GMT) on Tuesday, killing “at least 10” people in eastern Turkey’s Malatya province; €2 million ($2.3 million) was pledged, said Gov. Selim Karaağaçlı."
	for _, f := range Extract(text, time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC)) {
		if text[f.Start:f.End] != f.Text || strings.TrimSpace(f.Text) != f.Text {
			t.Errorf("fact %s %q does not match its span %d–%d", f.Kind, f.Text, f.Start, f.End)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	passages := []string{
		"A magnitude 6.1 earthquake struck eastern Turkey’s Malatya province on Tuesday, killing at least 10 people, injuring 75 and bringing down dozens of houses in villages around the town of Puturge, officials said.",
		"The quake hit at 0737 GMT at a depth of 10km (6 miles), the Disaster and Emergency Management Authority said.",
		"“Our teams are in every village and they will not stop until every house has been checked,” Karaagacli said.",
		"The European Union announced €2 million ($2.3 million) in emergency aid and said search-and-rescue teams from Greece and Bulgaria were on standby.",
		"Witkoff and Kushner’s October 9 sit-down with the Hayya-led team was the next in-person meeting between the sides.",
	}
	pub := time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC)
	bytes := 0
	for _, p := range passages {
		bytes += len(p)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range passages {
			Extract(p, pub)
		}
	}
}
