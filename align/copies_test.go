package align_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crosscheck/align"
	"crosscheck/corpus"
)

// wireSentences is an invented wire story about a ferry fire.
var wireSentences = []string{
	"A passenger ferry caught fire on Lake Varno on Tuesday evening, forcing 212 people to leave the vessel in lifeboats, the coast guard said.",
	"The fire broke out in the engine room of the Marit Sand shortly after 6:40 p.m., about four kilometres from the port of Ostrel.",
	"Two crew members were taken to hospital with burns, and 14 passengers were treated for smoke inhalation at the scene.",
	"Coast guard commander Ilse Varga said all passengers had been accounted for by 9 p.m.",
	"“The crew did exactly what they were trained to do,” Varga told reporters at the port.",
	"The ferry operator, Lakeline, said the 34-year-old vessel had passed its last safety inspection in March.",
	"Firefighting boats from Ostrel and Bredde brought the blaze under control after about three hours.",
	"The Marit Sand was towed back to Ostrel early on Wednesday.",
	"Lakeline suspended all crossings on the Ostrel–Bredde route until further notice.",
	"The national transport safety board said it had opened an investigation into the cause of the fire.",
	"It is the second fire on a Lakeline ferry in three years; in 2023 a smaller blaze on the Kaja Holm was put out by the crew.",
	"Passengers described thick black smoke filling the lower deck within minutes.",
	"“We could hardly see the stairs,” said Tomas Eriksen, a teacher travelling with his family.",
	"Local hotels offered free rooms to passengers who could not get home on Tuesday night.",
	"The route carries about 1,500 passengers a day in summer.",
	"Lakeline's chief executive, Ruth Olander, apologised to passengers and promised full co-operation with investigators.",
	"The company said it would refund all tickets for the cancelled crossings.",
	"Union representatives said crew numbers on the route had been cut from 12 to nine last year.",
	"Lakeline said staffing met every legal requirement.",
	"Investigators were expected to board the ferry on Thursday.",
}

// originalSentences are ten outlets' own reports of the same fire, each
// told its own way.
func originalSentences(i int) []string {
	voices := strings.Fields("reporters witnesses officials rescuers islanders sailors residents travellers pilots divers")
	return []string{
		fmt.Sprintf("More than 200 people were evacuated from a burning ferry on Lake Varno on Tuesday, %s said.", voices[i%len(voices)]),
		"The blaze started in the engine room of the Marit Sand not long after it left Ostrel.",
		fmt.Sprintf("Two crew members suffered burns and about %d passengers inhaled smoke, officials said.", 12+i%4),
		"Commander Ilse Varga praised the crew for a calm evacuation.",
		"The operator Lakeline has halted crossings between Ostrel and Bredde.",
		fmt.Sprintf("The ferry was towed into Ostrel harbour on Wednesday morning, %s said.", voices[(i+3)%len(voices)]),
		"The transport safety board is investigating what caused the fire.",
		"Lakeline's Ruth Olander said the company was sorry and would refund tickets.",
		fmt.Sprintf("Several passengers told %s that smoke spread quickly below deck.", voices[(i+5)%len(voices)]),
		"Crew cuts on the route had worried the union for months.",
	}
}

// siteName names the s-th site, from 1: "Alder Courier", "Alder Ledger", ….
func siteName(s int) string {
	places := strings.Fields("Alder Birch Cedar Dale Elm Fen Glen Heath Iris Juniper Kestrel Larch Moss Nettle Oak Pine Quarry Rowan Sorrel Thorn")
	papers := strings.Fields("Courier Ledger Herald Gazette Post Times Tribune Sentinel Chronicle Observer Record Mail Star Voice Journal")
	s--
	return places[s/len(papers)%len(places)] + " " + papers[s%len(papers)]
}

// writeSyndicatedStory writes, into dir, copies of the wire story on sites
// different sites, each page with its own site's furniture around it, and
// ten original reports.
func writeSyndicatedStory(t testing.TB, dir string, sites int) {
	t.Helper()
	for s := 1; s <= sites; s++ {
		name := siteName(s)
		var b strings.Builder
		fmt.Fprintf(&b, "%s | News from the valley\n\nHome › News › Region\n\nFerry catches fire on Lake Varno, 212 evacuated\n\nTuesday, June 9, 2026\n\nBy Nordic Wire\n\n", name)
		for i, w := range wireSentences {
			b.WriteString(w + "\n\n")
			if i == 7 {
				fmt.Fprintf(&b, "Sign up for the %s morning newsletter and never miss a story.\n\n", name)
			}
		}
		fmt.Fprintf(&b, "Related\n\nCouncil %d approves new harbour budget\n\nJune 8, 2026\n\n© 2026 %s. All rights reserved.\n", s, name)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("site-%03d.txt", s)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for o := 1; o <= 10; o++ {
		var b strings.Builder
		fmt.Fprintf(&b, "Lake ferry fire: passengers describe escape\n\nJune 9, 2026\n\n")
		for _, s := range originalSentences(o) {
			b.WriteString(s + "\n\n")
		}
		fmt.Fprintf(&b, "© 2026 Original Outlet %d\n", o)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("original-%02d.txt", o)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSyndicatedStoryReadsAsElevenSources: three hundred sites carrying
// one wire story, and ten outlets with their own reports, are eleven
// sources: the originals and the wire story, whose 299 copies are listed
// with the sites that carried them.
func TestSyndicatedStoryReadsAsElevenSources(t *testing.T) {
	dir := t.TempDir()
	writeSyndicatedStory(t, dir, 300)
	c, err := corpus.Load([]string{dir}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := align.Build(context.Background(), c.Documents, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Documents) != 11 {
		t.Fatalf("%d sources, want 11", len(s.Documents))
	}
	wire := -1
	for d := range s.Documents {
		if n := len(s.CopiesOf(d)); n > 0 {
			if wire >= 0 {
				t.Errorf("two sources have copies: %d and %d", wire, d)
			}
			wire = d
		}
	}
	if wire < 0 || len(s.CopiesOf(wire)) != 299 {
		t.Fatalf("the wire story's copies: %d, want 299", len(s.CopiesOf(wire)))
	}
	sites := map[string]bool{s.Documents[wire].Outlet: true}
	for _, cp := range s.CopiesOf(wire) {
		sites[cp.Outlet] = true
	}
	if len(sites) != 300 || !sites[siteName(1)] || !sites[siteName(300)] {
		t.Errorf("%d distinct sites named for the wire story, want 300", len(sites))
	}
	// The originals still align with the wire story.
	engine := 0
	for _, c := range s.Claims {
		if slices.ContainsFunc(c.Members, func(r align.Ref) bool {
			return strings.Contains(s.Passage(r).Text, "fire broke out in the engine room")
		}) {
			engine = max(engine, len(c.Docs()))
		}
	}
	if engine != 11 {
		t.Errorf("the engine-room fire is told by %d sources in one claim, want all 11", engine)
	}
}

// Two reports that share a quoted statement, or a short note that quotes
// a sentence of a longer article, are not copies.
func TestSharedSentencesAreNotCopies(t *testing.T) {
	a := article("d1", append([]string{"Officials said on Tuesday that the ferry would be towed to Ostrel."}, wireSentences[:6]...)...)
	b := article("d2", "Passengers were taken ashore in lifeboats after a fire on the ferry.",
		wireSentences[4], "The ferry operator has not said when crossings will resume on the lake.",
		"Investigators said they would look at the engine room first.", "Hotels in Ostrel took in stranded passengers.")
	s, err := align.Build(context.Background(), []corpus.Document{a, b}, align.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Documents) != 2 || s.Copies != nil {
		t.Errorf("two reports sharing a quote were taken for copies: %d sources", len(s.Documents))
	}
}

// BenchmarkSyndicated300 loads and aligns the syndicated story: 300 copies
// of a wire story and ten originals. The target is under three seconds.
func BenchmarkSyndicated300(b *testing.B) {
	dir := b.TempDir()
	writeSyndicatedStory(b, dir, 300)
	for b.Loop() {
		c, err := corpus.Load([]string{dir}, corpus.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := align.Build(context.Background(), c.Documents, align.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
