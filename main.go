// Command crosscheck puts several news outlets' reports of one story side
// by side, fact by fact, and shows where they agree and where they do not.
//
// Usage:
//
//	crosscheck [flags] [PATH ...]          open the reader
//	crosscheck report [flags] [PATH ...]   print the analysis
//
// With no PATH it opens the embedded sample story.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/fang"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/ui"
	"crosscheck/ui/report"
)

const version = "0.1.0"

// usageError marks errors in how crosscheck was called: exit status 2.
type usageError struct{ error }

func main() {
	root := newRootCommand()
	if err := fang.Execute(context.Background(), root, fang.WithVersion(version), fang.WithErrorHandler(printError)); err != nil {
		var u usageError
		if errors.As(err, &u) || isCobraUsageError(err) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// options are the flags shared by the reader and report.
type options struct {
	maxSize string
	format  string
}

func newRootCommand() *cobra.Command {
	var opt options
	root := &cobra.Command{
		Use:   "crosscheck [flags] [PATH ...]",
		Short: "Compare news outlets' reports of one story, fact by fact",
		Long: "crosscheck reads several outlets' articles about one story, aligns the sentences\n" +
			"that state the same fact into claims, and shows every outlet's wording side by\n" +
			"side with conflicting dates, numbers, names and quotes called out.\n\n" +
			"PATH is an article file (" + corpus.FormatNames + "),\n" +
			"a folder read recursively, or - for one article on standard input.\n" +
			"With no PATH, the embedded sample story opens.",
		Example: "  crosscheck                      # the sample story\n" +
			"  crosscheck ./articles/          # every article in a folder\n" +
			"  crosscheck report --format json ./articles/ > story.json",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			copt, err := opt.corpusOptions()
			if err != nil {
				return err
			}
			if !term.IsTerminal(os.Stdout.Fd()) {
				return runReport(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args, copt, report.Text)
			}
			return runReader(args, copt)
		},
	}
	root.PersistentFlags().StringVar(&opt.maxSize, "max-size", "10MB", "skip article files larger than this (e.g. 500KB, 20MB)")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })

	rep := &cobra.Command{
		Use:   "report [flags] [PATH ...]",
		Short: "Print the analysis without starting the reader",
		Example: "  crosscheck report                       # the sample story as text\n" +
			"  crosscheck report --format json ./articles/",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := report.ParseFormat(opt.format)
			if err != nil {
				return usageError{err}
			}
			copt, err := opt.corpusOptions()
			if err != nil {
				return err
			}
			return runReport(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args, copt, f)
		},
	}
	rep.Flags().StringVarP(&opt.format, "format", "f", "text", "output format: text or json")
	rep.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(rep)
	return root
}

func (o options) corpusOptions() (corpus.Options, error) {
	n, err := parseSize(o.maxSize)
	if err != nil {
		return corpus.Options{}, usageError{fmt.Errorf("--max-size: %w", err)}
	}
	return corpus.Options{MaxSize: n}, nil
}

// loader returns the function that reads and aligns the story at paths,
// or the sample story when there are none.
func loader(paths []string, opt corpus.Options) ui.LoadFunc {
	return func(ctx context.Context, progress func(float64)) (*align.Story, []string, error) {
		var c *corpus.Corpus
		var err error
		if len(paths) == 0 {
			c, err = corpus.LoadSample(opt)
		} else {
			c, err = corpus.Load(paths, opt)
		}
		if err != nil {
			return nil, nil, err
		}
		s, err := align.Build(ctx, c.Documents, align.Options{Progress: progress})
		return s, c.Warnings, err
	}
}

func runReader(paths []string, opt corpus.Options) error {
	_, err := tea.NewProgram(ui.New(loader(paths, opt))).Run()
	return err
}

func runReport(ctx context.Context, stdout, stderr io.Writer, paths []string, opt corpus.Options, f report.Format) error {
	s, warnings, err := loader(paths, opt)(ctx, nil)
	if err != nil {
		return err
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, "crosscheck: warning:", w)
	}
	return report.Write(stdout, report.Input{Story: s, Warnings: warnings}, f)
}

// parseSize reads a size such as "10MB", "500KB" or "1048576".
func parseSize(s string) (int64, error) {
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

// printError prints err on stderr as one plain line, with a pointer to
// --help for usage errors.
func printError(w io.Writer, _ fang.Styles, err error) {
	fmt.Fprintf(w, "crosscheck: %v\n", err)
	var u usageError
	if errors.As(err, &u) || isCobraUsageError(err) {
		fmt.Fprintln(w, "Run 'crosscheck --help' for usage.")
	}
}

// isCobraUsageError recognises the usage errors cobra makes itself.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "unknown flag") ||
		strings.HasPrefix(msg, "unknown shorthand flag") || strings.Contains(msg, "requires at least") ||
		strings.HasPrefix(msg, "accepts ")
}
