package cli

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"crosscheck/corpus"
)

// The conventions of a shell tool: exit statuses, error messages, sizes,
// colour, lists of web addresses and completion.

// A UsageError is an error in how crosscheck was called: exit status 2.
type UsageError struct{ Err error }

func (u UsageError) Error() string { return u.Err.Error() }
func (u UsageError) Unwrap() error { return u.Err }

// Usage marks err as a usage error.
func Usage(err error) error { return UsageError{err} }

// Status is the exit status of a command that printed its own error.
type Status struct{ Code int }

// Wrap returns run as a cobra RunE that prints run's error and records
// its exit status.
func (s *Status) Wrap(run func(*cobra.Command, []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if err := run(cmd, args); err != nil {
			PrintError(cmd.ErrOrStderr(), err)
			s.Code = ExitCode(err)
		}
		return nil
	}
}

// ExitCode is 2 for a usage error and 1 for any other.
func ExitCode(err error) int {
	var u UsageError
	if errors.As(err, &u) || isCobraUsageError(err) {
		return 2
	}
	return 1
}

// PrintError prints err on stderr as one plain line, with a pointer to
// --help for usage errors. The message may quote a file name or a value
// given on the command line: what could drive the terminal is escaped.
func PrintError(w io.Writer, err error) {
	fmt.Fprintf(w, "crosscheck: %s\n", corpus.EscapeName(err.Error()))
	var u UsageError
	if errors.As(err, &u) || isCobraUsageError(err) {
		fmt.Fprintln(w, "Run 'crosscheck --help' for usage.")
	}
}

// isCobraUsageError recognises the usage errors cobra makes itself.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "unknown flag") ||
		strings.HasPrefix(msg, "unknown shorthand flag") || strings.Contains(msg, "requires at least") ||
		strings.HasPrefix(msg, "accepts ") || strings.HasPrefix(msg, "flag needs an argument")
}

// ParseSize reads a size such as "10MB", "500KB" or "1048576".
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size (try 10MB)", s)
	}
	return int64(n * float64(mult)), nil
}

// WantColor reports whether the text report may use colour on w:
// never when NO_COLOR is set (https://no-color.org) or CLICOLOR is 0;
// always when CLICOLOR_FORCE is set to anything but 0; otherwise only on
// a terminal whose TERM is not dumb.
func WantColor(w io.Writer) bool {
	switch {
	case os.Getenv("NO_COLOR") != "", os.Getenv("CLICOLOR") == "0":
		return false
	case os.Getenv("CLICOLOR_FORCE") != "" && os.Getenv("CLICOLOR_FORCE") != "0":
		return true
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd()) && os.Getenv("TERM") != "dumb"
}

// ReadURLFile reads the web addresses of --urls FILE (- for standard
// input, which cannot then be an article too) and returns them with the
// folder whose outlets file names their outlets.
func ReadURLFile(name string, args []string) (urls []string, dir string, err error) {
	if name == "-" {
		for _, a := range args {
			if a == "-" {
				return nil, "", UsageError{errors.New("--urls - and the path - both read standard input; use one")}
			}
		}
		urls, err = corpus.ReadURLList(os.Stdin, "standard input")
		return urls, ".", err
	}
	f, err := os.Open(name)
	if err != nil {
		if cerr := corpus.CheckPaths([]string{name}); cerr != nil {
			return nil, "", fmt.Errorf("--urls: %w", cerr)
		}
		return nil, "", fmt.Errorf("--urls: %v", err)
	}
	defer f.Close()
	urls, err = corpus.ReadURLList(f, name)
	return urls, filepath.Dir(name), err
}

// CountURLs counts the web addresses among paths.
func CountURLs(paths []string) int {
	n := 0
	for _, p := range paths {
		if corpus.IsURL(p) {
			n++
		}
	}
	return n
}

// Plural returns "1 page" or "3 pages".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// CompleteFiles completes PATH arguments with file and folder names. For
// most arguments the shell lists them itself (the default directive); the
// first argument of a command with subcommands may be either, and since
// the shell adds no file names to the subcommands cobra offers, the names
// are listed here.
func CompleteFiles(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 || !cmd.HasAvailableSubCommands() {
		return nil, cobra.ShellCompDirectiveDefault
	}
	dir, prefix := filepath.Split(toComplete)
	entries, err := os.ReadDir(cmp.Or(dir, "."))
	if err != nil {
		return nil, cobra.ShellCompDirectiveDefault
	}
	var out []cobra.Completion
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(prefix, ".")) {
			continue
		}
		if e.IsDir() {
			name += "/"
		}
		out = append(out, dir+name)
	}
	if len(out) == 1 && strings.HasSuffix(out[0], "/") {
		// A folder: the path goes on, so no space after it.
		return out, cobra.ShellCompDirectiveNoSpace
	}
	return out, cobra.ShellCompDirectiveDefault
}
