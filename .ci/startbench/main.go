// Command startbench measures what crosscheck costs to start, as whole
// processes: the CPU time (user and system) and the wall time of
// `crosscheck --version` against a Go hello-world, and of a two-article
// `crosscheck report` against dwdiff on the same two files. Each command
// runs once to warm the file cache, then -n times; the medians are
// printed, with the ratios the project aims at (--version within 2× the
// hello-world's CPU, the report within 2.5× dwdiff's).
//
// Usage, from the repository's root:
//
//	go run ./.ci/startbench [-n 10] [-plain] [-bin crosscheck-binary] [A B]
//
// Without -bin it builds crosscheck from the working tree as README's
// release build does (CGO_ENABLED=0 go build -trimpath -ldflags "-s -w"),
// or with a plain go build with -plain; A and B default to two articles
// of the embedded sample story. dwdiff must be installed (apt-get install
// dwdiff) for the second comparison.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"
)

func main() {
	n := flag.Int("n", 10, "runs of each command (the median is reported)")
	bin := flag.String("bin", "", "the crosscheck binary to measure (default: build the working tree)")
	plain := flag.Bool("plain", false, "build with a plain go build, not as the release build")
	flag.Parse()
	a, b := "corpus/sample/atlantic-morning-star.txt", "corpus/sample/north-sea-wire.txt"
	if flag.NArg() == 2 {
		a, b = flag.Arg(0), flag.Arg(1)
	}
	dir, err := os.MkdirTemp("", "startbench")
	check(err)
	defer os.RemoveAll(dir)
	if *bin == "" {
		*bin = filepath.Join(dir, "crosscheck")
		if *plain {
			fmt.Println("crosscheck built with: go build")
			run(nil, "go", "build", "-o", *bin, ".")
		} else {
			fmt.Println(`crosscheck built as the release build: CGO_ENABLED=0 go build -trimpath -ldflags "-s -w"`)
			run([]string{"CGO_ENABLED=0"}, "go", "build", "-trimpath", "-ldflags", "-s -w", "-o", *bin, ".")
		}
	}
	hello := buildHello(dir)

	fmt.Printf("median of %d runs; CPU = user + system\n\n", *n)
	fmt.Printf("%-36s %10s %10s\n", "command", "CPU", "wall")
	h := measure(*n, hello)
	v := measure(*n, *bin, "--version")
	r := measure(*n, *bin, "report", "--no-session", a, b)
	show("go hello-world", h)
	show("crosscheck --version", v)
	show("crosscheck report A B", r)
	var d result
	if _, err := exec.LookPath("dwdiff"); err == nil {
		d = measure(*n, "dwdiff", a, b)
		show("dwdiff A B", d)
	} else {
		fmt.Println("dwdiff not installed: apt-get install dwdiff")
	}
	fmt.Println()
	fmt.Printf("--version / hello-world: %.2f× CPU, %.2f× wall (aim: within 2×)\n", ratio(v.cpu, h.cpu), ratio(v.wall, h.wall))
	if d.cpu > 0 {
		fmt.Printf("report / dwdiff:         %.2f× CPU, %.2f× wall (aim: within 2.5×)\n", ratio(r.cpu, d.cpu), ratio(r.wall, d.wall))
	}
}

type result struct{ cpu, wall time.Duration }

// measure runs name with args once to warm up, then n times, and returns
// the median CPU and wall times. The exit status is ignored: dwdiff exits 1
// when the files differ.
func measure(n int, name string, args ...string) result {
	var cpus, walls []time.Duration
	for i := 0; i <= n; i++ {
		cmd := exec.Command(name, args...)
		cmd.Env = append(os.Environ(), "NO_COLOR=1")
		start := time.Now()
		err := cmd.Run()
		wall := time.Since(start)
		if cmd.ProcessState == nil {
			check(err)
		}
		if i == 0 {
			continue
		}
		cpus = append(cpus, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		walls = append(walls, wall)
	}
	return result{median(cpus), median(walls)}
}

func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	if len(ds)%2 == 1 {
		return ds[len(ds)/2]
	}
	return (ds[len(ds)/2-1] + ds[len(ds)/2]) / 2
}

func ratio(a, b time.Duration) float64 { return float64(a) / float64(b) }

func show(what string, r result) {
	fmt.Printf("%-36s %8.1fms %8.1fms\n", what, ms(r.cpu), ms(r.wall))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// buildHello builds a Go hello-world in dir and returns its path.
func buildHello(dir string) string {
	src := filepath.Join(dir, "hello")
	check(os.MkdirAll(src, 0o755))
	check(os.WriteFile(filepath.Join(src, "go.mod"), []byte("module hello\n\ngo 1.21\n"), 0o644))
	check(os.WriteFile(filepath.Join(src, "main.go"), []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello, world\") }\n"), 0o644))
	out := filepath.Join(dir, "hello-world")
	cmd := exec.Command("go", "build", "-o", out, ".")
	cmd.Dir, cmd.Stdout, cmd.Stderr = src, os.Stderr, os.Stderr
	check(cmd.Run())
	return out
}

// run runs a command with env added to this process's environment.
func run(env []string, name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	check(cmd.Run())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "startbench:", err)
		os.Exit(1)
	}
}
