package session

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck/align"
)

// at returns a clock that always says minute n of the test day.
func at(n int) func() time.Time {
	return func() time.Time { return time.Date(2026, 3, 5, 9, n, 0, 0, time.UTC) }
}

// verdictsOf reads the session file at path: claim id → verdict or note.
func verdictsOf(t *testing.T, path string) map[string]string {
	t.Helper()
	var f fileData
	if err := json.Unmarshal(readFile(t, path), &f); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, m := range f.Marks {
		out[m.ClaimID] = string(m.Verdict) + m.Note
	}
	return out
}

func sameMap(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestTwoReadersMarkingInTurnLoseNothing(t *testing.T) {
	path := tempPath(t)
	a, b := mustOpen(t, path, storyV1()), mustOpen(t, path, storyV1())
	must(t, a.SetVerdict(0, Verified))
	must(t, a.Save())
	must(t, b.SetVerdict(1, Disputed))
	must(t, b.Save())
	must(t, a.SetVerdict(2, Unsure))
	must(t, a.Save())
	must(t, b.SetNote(3, "ask for the recording"))
	must(t, b.Save())
	want := map[string]string{"c1": "verified", "c2": "disputed", "c3": "unsure", "c4": "ask for the recording"}
	if got := verdictsOf(t, path); !sameMap(got, want) {
		t.Errorf("file holds %v, want %v", got, want)
	}
	// Each reader now shows the other's marks too.
	if n := b.News().Merged; n != 2 {
		t.Errorf("b merged %d marks from a, want 2", n)
	}
	if c := b.Counts(); c.Marked() != 4 {
		t.Errorf("b counts %+v, want 4 marked", c)
	}
	if n := a.News().Merged; n != 1 {
		t.Errorf("a merged %d marks from b, want 1", n)
	}
	// Saving again with nothing new from the other changes nothing.
	a.SetPosition(2, "all")
	must(t, a.Save())
	if got := verdictsOf(t, path); !sameMap(got, want) {
		t.Errorf("after a's last save the file holds %v", got)
	}
}

func TestBothChangedOneClaimLaterWins(t *testing.T) {
	path := tempPath(t)
	a, b := mustOpen(t, path, storyV1()), mustOpen(t, path, storyV1())
	a.now, b.now = at(10), at(20)
	must(t, b.SetVerdict(0, Disputed)) // later, saved first
	must(t, b.Save())
	must(t, a.SetVerdict(0, Verified)) // earlier, saved last
	must(t, a.Save())
	if got := verdictsOf(t, path)["c1"]; got != "disputed" {
		t.Errorf("c1 = %q, want the later change (disputed)", got)
	}
	if m, _ := a.Mark(0); m.Verdict != Disputed {
		t.Errorf("a shows %q on c1, want the merged disputed", m.Verdict)
	}
}

func TestRemovalsMerge(t *testing.T) {
	path := tempPath(t)
	seed := mustOpen(t, path, storyV1())
	must(t, seed.SetVerdict(0, Verified))
	must(t, seed.SetVerdict(1, Verified))
	must(t, seed.SetVerdict(2, Verified))
	must(t, seed.Save())

	a, b := mustOpen(t, path, storyV1()), mustOpen(t, path, storyV1())
	a.now, b.now = at(30), at(40)
	// a removes c1, which b never touches: it stays removed.
	must(t, a.ClearVerdict(0))
	// a removes c2 at :30, b changes it at :40: the later change wins.
	must(t, a.ClearVerdict(1))
	must(t, a.Save())
	must(t, b.SetVerdict(1, Disputed))
	// b removes c3, which a changed: a's change is kept.
	must(t, b.ClearVerdict(2))
	must(t, b.Save())
	must(t, a.SetVerdict(2, Unsure))
	must(t, a.Save())
	want := map[string]string{"c2": "disputed", "c3": "unsure"}
	if got := verdictsOf(t, path); !sameMap(got, want) {
		t.Errorf("file holds %v, want %v", got, want)
	}
}

func TestMergeKeepsOrphans(t *testing.T) {
	path := tempPath(t)
	old := mustOpen(t, path, storyV1())
	must(t, old.SetVerdict(2, Disputed)) // the pay claim, gone in storyV2
	must(t, old.Save())
	a, b := mustOpen(t, path, storyV2()), mustOpen(t, path, storyV2())
	must(t, a.SetVerdict(1, Verified))
	must(t, a.Save())
	must(t, b.SetVerdict(3, Verified))
	must(t, b.Save())
	if got := b.Orphans(); len(got) != 1 || got[0].Verdict != Disputed {
		t.Errorf("orphans %+v, want the disputed pay mark", got)
	}
	if got := verdictsOf(t, path); len(got) != 3 {
		t.Errorf("file holds %v, want the orphan and both new marks", got)
	}
}

func TestSaveMovesAnInvalidFileAside(t *testing.T) {
	path := tempPath(t)
	s := mustOpen(t, path, storyV1())
	must(t, s.SetVerdict(0, Verified))
	must(t, s.Save())
	if err := os.WriteFile(path, []byte("not a session"), 0o600); err != nil {
		t.Fatal(err)
	}
	must(t, s.SetVerdict(1, Disputed))
	must(t, s.Save())
	n := s.News()
	if n.MovedAside == "" || !strings.HasPrefix(n.MovedAside, path+".corrupt-") {
		t.Fatalf("news %+v, want the file moved aside", n)
	}
	if b := readFile(t, n.MovedAside); string(b) != "not a session" {
		t.Errorf("the file moved aside holds %q", b)
	}
	if got := verdictsOf(t, path); len(got) != 2 {
		t.Errorf("file holds %v", got)
	}
}

func TestStaleTempFilesAreRemoved(t *testing.T) {
	path := tempPath(t)
	dir := filepath.Dir(path)
	stale := filepath.Join(dir, ".story.json.tmp-123456")
	other := filepath.Join(dir, ".other.json.tmp-123456")
	for _, p := range []string{stale, other} {
		if err := os.WriteFile(p, []byte("{half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s := mustOpen(t, path, storyV1())
	must(t, s.SetVerdict(0, Verified))
	must(t, s.Save())
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary file left: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("another session's temporary file was removed: %v", err)
	}
	// A reader that joins cleans them up too, before any save.
	if err := os.WriteFile(stale, []byte("{half"), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	r.Join()
	defer r.Close()
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary file left after Join: %v", err)
	}
}

func TestJoinTellsOfAnotherReader(t *testing.T) {
	path := tempPath(t)
	open := func() *Session {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a, b, c := open(), open(), open()
	if a.Join() {
		t.Error("the first reader is told of another")
	}
	if !b.Join() {
		t.Error("the second reader is not told of the first")
	}
	a.Close()
	b.Close()
	if c.Join() {
		t.Error("a reader after the others closed is told of another")
	}
	c.Close()
	if ReadOnly(path).Join() {
		t.Error("a read-only session joined")
	}
}

// A record kind other than marks merges through the same function.
func TestMerge3OtherRecords(t *testing.T) {
	type rec struct {
		k, v string
		t    int
	}
	kind := recordKind[rec]{
		key:  func(r rec) string { return r.k },
		time: func(r rec) time.Time { return time.Unix(int64(r.t), 0) },
		same: func(a, b rec) bool { return a == b },
	}
	base := []rec{{"a", "1", 1}, {"b", "1", 1}, {"c", "1", 1}, {"d", "1", 1}}
	ours := []rec{{"a", "2", 5}, {"b", "1", 1}, {"d", "1", 1}, {"e", "1", 6}}   // a changed, c removed at 4, e new
	theirs := []rec{{"a", "3", 3}, {"c", "3", 7}, {"d", "1", 1}, {"f", "1", 2}} // a changed earlier, b removed, c changed later, f new
	got, taken := merge3(kind, base, ours, theirs, map[string]time.Time{"c": time.Unix(4, 0)})
	var keys []string
	for _, r := range got {
		keys = append(keys, r.k+r.v)
	}
	if s := strings.Join(keys, " "); s != "a2 d1 e1 c3 f1" {
		t.Errorf("merged %s, want a2 d1 e1 c3 f1", s)
	}
	if taken != 3 { // b's removal, c's change, f
		t.Errorf("taken %d, want 3", taken)
	}
}

// TestTwoReadersSettlingInTurnLoseNothing: settlements merge as marks do.
// Two readers settle one fact each, in turn; then one changes the other's
// settlement and the other unsettles its own: the file holds what each
// did last.
func TestTwoReadersSettlingInTurnLoseNothing(t *testing.T) {
	path := tempPath(t)
	a, b := mustOpen(t, path, withDisputes(storyV1())), mustOpen(t, path, withDisputes(storyV1()))
	a.now, b.now = at(1), at(2)
	s := a.story
	date, hours := disputeOf(t, s, align.KindDate), disputeOf(t, s, align.KindNumber)
	must(t, a.Settle(date, readingOf(t, s, date, "March 3"), "the union's notice", "date"))
	must(t, a.Save())
	must(t, b.Settle(hours, -1, "no record of the talks", "duration"))
	must(t, b.Save())
	found := func(path string) map[string]string {
		var f fileData
		if err := json.Unmarshal(readFile(t, path), &f); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, st := range f.Settlements {
			out[st.Kind] = st.Reading + "|" + st.Source
		}
		return out
	}
	want := map[string]string{"date": "March 3|the union's notice", "number": "|no record of the talks"}
	if got := found(path); !sameMap(got, want) {
		t.Errorf("after each settled one, the file holds %v, want %v", got, want)
	}
	if st, ok := b.Settlement(date); !ok || st.Reading != "March 3" {
		t.Errorf("b does not show a's settlement of the date: %+v %v", st, ok)
	}
	a.now = at(3)
	must(t, a.Settle(hours, readingOf(t, s, hours, "eight hours"), "the minutes", "duration"))
	must(t, a.Save())
	b.now = at(4)
	must(t, b.Unsettle(date))
	must(t, b.Save())
	want = map[string]string{"number": "eight hours|the minutes"}
	if got := found(path); !sameMap(got, want) {
		t.Errorf("after a changed b's and b unsettled a's, the file holds %v, want %v", got, want)
	}
}
