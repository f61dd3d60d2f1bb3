package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites the golden files instead of comparing with them:
//
//	go test ./ui -run Golden -update
//
// The sample story's screens change whenever corpus or align changes
// what the sample's claims hold; regenerate them then, and read the diff
// before committing it.
var update = flag.Bool("update", false, "rewrite the golden screens in testdata/")

// TestGolden compares the reader's colour-stripped screens of the sample
// story, driven through Update, with testdata/*.golden.
func TestGolden(t *testing.T) {
	type state struct {
		name string
		keys []string
		// With a session: the keys are pressed, note is typed, then the
		// keys of then are pressed.
		session bool
		note    string
		then    []string
		// claims starts from the claims (esc from the disputed facts the
		// reader opens on).
		claims bool
	}
	// marks verifies the first claim, disputes the second, leaves the
	// third, marks the fourth unsure and writes a note on it.
	marks := state{"marks", []string{"v", "j", "x", "j", "j", "u", "a"}, true, "Port log says 14 hurt, not 12; ask the harbour master.", []string{"esc"}, true}
	// settled settles the second disputed fact: 14 injured, from the
	// police.
	settled := state{"settled", []string{"j", "s"}, true, "Rotterdam police statement, 10 Oct", []string{"enter"}, false}
	everywhere := []state{
		// The reader opens on the disputed facts; enter goes to the claim.
		{name: "start"},
		{name: "claim", keys: []string{"j", "enter"}},
		{name: "first", claims: true},
		{name: "last", keys: []string{"G"}, claims: true},
		{name: "article", keys: []string{"G", "enter"}, claims: true},
		{name: "search", keys: []string{"/", "h", "e", "a", "r", "i", "n", "g"}, claims: true},
		settled,
	}
	sizes := []struct {
		w, h   int
		extras []state
	}{
		{80, 24, []state{{name: "help", keys: []string{"?"}, claims: true}, {name: "removed", keys: []string{"l", "r"}, claims: true},
			{name: "filter", keys: []string{"f", "f"}, claims: true}, {name: "agreed", keys: []string{"="}, claims: true},
			{name: "settle", keys: []string{"j", "s", "down"}, session: true, note: "Rotterdam police"},
			{name: "disputes-help", keys: []string{"?"}},
			marks, {"note", marks.keys, true, "Port log says 14 hurt", nil, true}}},
		{160, 45, []state{{name: "help", keys: []string{"?"}, claims: true}, marks,
			{name: "why", keys: []string{"w"}}, {name: "claim-why", keys: []string{"j", "enter", "w"}}}},
		{40, 12, []state{{name: "outlet", keys: []string{"j", "j", "l"}, claims: true}, marks}},
	}
	for _, size := range sizes {
		base := opened(t, sampleLoad, size.w, size.h)
		for _, st := range append(everywhere, size.extras...) {
			name := fmt.Sprintf("sample-%dx%d-%s", size.w, size.h, st.name)
			t.Run(name, func(t *testing.T) {
				m := base
				if st.session {
					m = opened(t, sampleLoad, size.w, size.h, WithSession(newSession(t), ""))
				}
				if st.claims {
					m = press(t, m, "esc")
				}
				m = press(t, typeText(t, press(t, m, st.keys...), st.note), st.then...)
				checkFits(t, m, size.w, size.h)
				got := screen(m) + "\n"
				path := filepath.Join("testdata", name+".golden")
				if *update {
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./ui -run Golden -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("screen differs from %s (go test ./ui -run Golden -update rewrites it):\n%s", path, firstDifference(string(want), got))
				}
			})
		}
	}
}

// firstDifference shows the first line where got departs from want.
func firstDifference(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d\nwant: %q\n got: %q\n\nwhole screen:\n%s", i+1, w, g, got)
		}
	}
	return ""
}
