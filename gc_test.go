package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercent returns the collector's setting, leaving it as it is.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

// TestOnlyTheFirstCollectionIsPutOff: the collector's setting is raised
// until the first collection, then given back; a GOGC the user set is
// left alone.
func TestOnlyTheFirstCollectionIsPutOff(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	t.Setenv("GOGC", "")
	lateFirstGC()
	if p := gcPercent(); p != firstGCPercent {
		t.Fatalf("before the first collection: GOGC %d, want %d", p, firstGCPercent)
	}
	// The setting is given back by a cleanup, which runs in a goroutine of
	// its own once a collection has freed the sentinel.
	deadline := time.Now().Add(10 * time.Second)
	for gcPercent() != 100 {
		if time.Now().After(deadline) {
			t.Fatalf("after collections: GOGC %d, want 100 back", gcPercent())
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}

	t.Setenv("GOGC", "50")
	debug.SetGCPercent(50)
	lateFirstGC()
	if p := gcPercent(); p != 50 {
		t.Errorf("with GOGC=50 set: GOGC %d, want 50 kept", p)
	}
}
