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
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/fang"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"crosscheck/align"
	"crosscheck/corpus"
	"crosscheck/embedding"
	"crosscheck/ui"
	"crosscheck/ui/report"
	"crosscheck/ui/session"
)

const version = "0.1.0"

// usageError marks errors in how crosscheck was called: exit status 2.
type usageError struct{ error }

func main() {
	root, status := newRootCommand()
	if err := fang.Execute(context.Background(), root, fang.WithVersion(version), fang.WithErrorHandler(printError)); err != nil {
		os.Exit(exitCode(err))
	}
	os.Exit(status.code)
}

// exitStatus is the status of a command that printed its own error.
//
// Commands print their errors themselves rather than returning them to
// fang, which queries the terminal's colours before printing an error:
// a terminal that does not answer would show the queries as garbage
// before the message. Usage errors found by cobra still reach fang.
type exitStatus struct{ code int }

// wrap returns run as a cobra RunE that prints run's error and records
// its exit status.
func (s *exitStatus) wrap(run func(*cobra.Command, []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if err := run(cmd, args); err != nil {
			printError(cmd.ErrOrStderr(), fang.Styles{}, err)
			s.code = exitCode(err)
		}
		return nil
	}
}

// exitCode is 2 for a usage error and 1 for any other.
func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) || isCobraUsageError(err) {
		return 2
	}
	return 1
}

// options are the flags of the reader and report.
type options struct {
	maxSize string
	// session is the session file (--session); empty for the corpus's
	// default one.
	session string
	// embedURL is a local embedding server's URL (--embed-url), or "".
	embedURL string
	// Reader only.
	newSession bool
	// Report only.
	format    string
	only      string
	noSession bool
}

func newRootCommand() (*cobra.Command, *exitStatus) {
	var opt options
	status := &exitStatus{}
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
			"  crosscheck --session check.json ./articles/   # keep marks in this file\n" +
			"  crosscheck report --format html ./articles/ > story.html",
		Args: cobra.ArbitraryArgs,
		RunE: status.wrap(func(cmd *cobra.Command, args []string) error {
			copt, err := opt.corpusOptions()
			if err != nil {
				return err
			}
			if !term.IsTerminal(os.Stdout.Fd()) {
				return runReport(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args, copt, opt, report.Text, report.All)
			}
			return runReader(cmd.Context(), cmd.ErrOrStderr(), args, copt, opt)
		}),
	}
	root.PersistentFlags().StringVar(&opt.maxSize, "max-size", "10MB", "skip article files larger than this (e.g. 500KB, 20MB)")
	root.PersistentFlags().StringVar(&opt.session, "session", "", "keep (or read) the fact-checking marks in this file instead of the corpus's default session")
	root.PersistentFlags().StringVar(&opt.embedURL, "embed-url", "", "also compare sentences by the vectors of a local embedding server: Ollama's http://localhost:11434/api/embed?model=NAME or an OpenAI-compatible …/v1/embeddings")
	root.Flags().BoolVar(&opt.newSession, "new-session", false, "start a new session; an existing session file is moved aside, never deleted")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })

	rep := &cobra.Command{
		Use:   "report [flags] [PATH ...]",
		Short: "Print the analysis without starting the reader",
		Long: "Print the analysis of the articles at PATH (or of the sample story) and exit.\n\n" +
			"The marks of the corpus's fact-checking session, when it has one, are included;\n" +
			"--session FILE reads another session file, --no-session none.",
		Example: "  crosscheck report                       # the sample story as text\n" +
			"  crosscheck report --format json ./articles/\n" +
			"  crosscheck report --format markdown --only marked ./articles/ > memo.md\n" +
			"  crosscheck report --format html --session check.json ./articles/ > story.html",
		Args: cobra.ArbitraryArgs,
		RunE: status.wrap(func(cmd *cobra.Command, args []string) error {
			f, err := report.ParseFormat(opt.format)
			if err != nil {
				return usageError{err}
			}
			only := report.All
			if opt.only != "" {
				if only, err = report.ParseOnly(opt.only); err != nil {
					return usageError{err}
				}
			}
			if opt.noSession && opt.session != "" {
				return usageError{errors.New("--session and --no-session cannot be used together")}
			}
			copt, err := opt.corpusOptions()
			if err != nil {
				return err
			}
			return runReport(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), args, copt, opt, f, only)
		}),
	}
	rep.Flags().StringVarP(&opt.format, "format", "f", "text", "output format: text, markdown, json or html")
	rep.Flags().StringVar(&opt.only, "only", "", "describe only some claims: conflicts or marked")
	rep.Flags().BoolVar(&opt.noSession, "no-session", false, "leave out the marks of the corpus's default session")
	rep.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(rep)
	return root, status
}

func (o options) corpusOptions() (corpus.Options, error) {
	n, err := parseSize(o.maxSize)
	if err != nil {
		return corpus.Options{}, usageError{fmt.Errorf("--max-size: %w", err)}
	}
	return corpus.Options{MaxSize: n}, nil
}

// embedTimeout is how long one request to an embedding server may take:
// a server that is slower is given up, with a warning.
const embedTimeout = 60 * time.Second

// embedClient returns the client of the embedding server --embed-url
// names, with its cache, or nil when none is named. A cache that cannot
// be opened is a warning on stderr.
func (o options) embedClient(stderr io.Writer) (*embedding.Client, error) {
	if o.embedURL == "" {
		return nil, nil
	}
	c, err := embedding.NewClient(o.embedURL, embedTimeout)
	if err != nil {
		return nil, usageError{err}
	}
	cache, err := embedding.OpenCache("", c.Server())
	if err != nil {
		fmt.Fprintln(stderr, "crosscheck: warning:", err)
	}
	return c.WithCache(cache), nil
}

// loadShare is the part of the progress bar given to reading the files;
// aligning takes the rest.
const loadShare = 0.3

// loader returns the function that reads and aligns the story at paths,
// or the sample story when there are none. It reports progress, when
// progress is not nil, from 0 to 1 over both stages.
func loader(paths []string, opt corpus.Options, embed *embedding.Client) ui.LoadFunc {
	return func(ctx context.Context, progress func(float64)) (*align.Story, []string, error) {
		if progress == nil {
			progress = func(float64) {}
		}
		progress(0)
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
		progress(loadShare)
		warnings := c.Warnings
		bopt := align.Options{Progress: func(done float64) {
			progress(loadShare + (1-loadShare)*done)
		}}
		if embed != nil {
			bopt.Embed = func(ctx context.Context, texts []string) ([][]float32, error) {
				vs, err := embed.Embed(ctx, texts)
				if err != nil {
					warnings = append(warnings, err.Error()+"; aligned without its vectors")
				}
				return vs, err
			}
		}
		s, err := align.Build(ctx, c.Documents, bopt)
		return s, warnings, err
	}
}

// runReader opens the reader on paths. Loading runs inside the reader,
// which shows its progress; a path that does not exist is reported before
// the screen is taken over, and an error met while loading is returned
// once the terminal is restored, so that it reaches stderr and the exit
// status. The session's notice is printed before the screen is taken over
// (it shows again once the reader ends) and in the reader's status line.
// After the reader ends, however it ends, the session is saved once more:
// a no-op when the reader saved it on quitting, the last chance when it
// could not.
func runReader(ctx context.Context, stderr io.Writer, paths []string, copt corpus.Options, opt options) error {
	if err := corpus.CheckPaths(paths); err != nil {
		return err
	}
	sess, notice, err := session.ForReader(paths, opt.session, opt.newSession)
	if err != nil {
		return err
	}
	if notice != "" {
		fmt.Fprintln(stderr, "crosscheck:", notice)
	}
	embed, err := opt.embedClient(stderr)
	if err != nil {
		return err
	}
	final, err := tea.NewProgram(ui.New(loader(paths, copt, embed), ui.WithSession(sess, notice)), tea.WithContext(ctx)).Run()
	if serr := sess.Save(); serr != nil {
		fmt.Fprintln(stderr, "crosscheck:", serr)
		if err == nil {
			err = errors.New("the last marks were not saved")
		}
	}
	if err != nil {
		return err
	}
	if m, ok := final.(ui.Model); ok && m.Err() != nil {
		return m.Err()
	}
	return nil
}

func runReport(ctx context.Context, stdout, stderr io.Writer, paths []string, copt corpus.Options, opt options, f report.Format, only report.Only) error {
	embed, err := opt.embedClient(stderr)
	if err != nil {
		return err
	}
	s, warnings, err := loader(paths, copt, embed)(ctx, nil)
	if err != nil {
		return err
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, "crosscheck: warning:", w)
	}
	in := report.Input{Story: s, Warnings: warnings, Only: only, Color: f == report.Text && wantColor(stdout)}
	var sess *session.Session
	if !opt.noSession {
		var warning string
		if sess, warning, err = session.ForReport(paths, opt.session); err != nil {
			return err
		}
		if warning != "" {
			fmt.Fprintln(stderr, "crosscheck: warning:", warning)
		}
	}
	if sess != nil {
		sess.Attach(s)
		in.Session, in.Marks, in.Orphans = sess.Path(), sess.Marks(), sess.Orphans()
	} else if only == report.Marked {
		fmt.Fprintln(stderr, "crosscheck: warning: --only marked, but there is no session, so no claim is marked")
	}
	return report.Write(stdout, in, f)
}

// wantColor reports whether the text report may use colour on w: only
// on a terminal, and never when NO_COLOR is set (https://no-color.org) or
// TERM is dumb.
func wantColor(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd()) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
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
