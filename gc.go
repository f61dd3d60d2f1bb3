package main

import (
	"os"
	"runtime"
	"runtime/debug"
)

// firstGCPercent puts off the first collection until the heap holds 32 MB
// (Go's 4 MB minimum heap, times 8).
const firstGCPercent = 800

// lateFirstGC puts off the first garbage collection until the heap holds
// 32 MB, then gives the collector back its setting. A report of a few
// articles allocates less than that, and collecting it from 4 MB on, as Go
// does by default, cost a two-article report an eighth of its CPU time
// (two collections and the memory they touch); a large corpus is
// collected as before once the first collection has run. A GOGC set by
// the user is left alone.
func lateFirstGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	old := debug.SetGCPercent(firstGCPercent)
	runtime.AddCleanup(new(gcSentinel), func(percent int) { debug.SetGCPercent(percent) }, old)
}

// gcSentinel is an object nothing refers to: the first collection frees it.
type gcSentinel struct{ _ [32]byte }
