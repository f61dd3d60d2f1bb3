package align

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// inParallel runs work over [0, n) split in one range per CPU, and waits.
// Small inputs run on the calling goroutine.
func inParallel(n int, work func(from, to int)) {
	parts := runtime.GOMAXPROCS(0)
	if n < 2000 || parts < 2 {
		work(0, n)
		return
	}
	var wg sync.WaitGroup
	for k := range parts {
		from, to := n*k/parts, n*(k+1)/parts
		wg.Go(func() { work(from, to) })
	}
	wg.Wait()
}

// inParallelEach runs work(i) for each i in [0, n) on one goroutine per
// CPU, each taking the next i as it is free, and waits: for items whose
// cost varies widely, as claims' do (one outlet's sentence, a hundred
// outlets' lead). Few items run on the calling goroutine.
func inParallelEach(n int, work func(i int)) {
	parts := runtime.GOMAXPROCS(0)
	if n < 64 || parts < 2 {
		for i := range n {
			work(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range parts {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				work(i)
			}
		})
	}
	wg.Wait()
}
