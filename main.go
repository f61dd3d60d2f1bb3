// Command crosscheck puts several news outlets' reports of one story side
// by side, fact by fact, and shows where they agree and where they do not.
//
// Usage:
//
//	crosscheck [flags] [PATH|URL ...]          open the reader
//	crosscheck report [flags] [PATH|URL ...]   print the analysis
//	crosscheck man                             print the manual page
//
// With no PATH it opens the embedded sample story.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"crosscheck/align"
	"crosscheck/align/embedding"
	"crosscheck/corpus"
	"crosscheck/ui"
	"crosscheck/ui/cli"
	"crosscheck/ui/report"
	"crosscheck/ui/session"
)

func main() {
	lateFirstGC()
	root, status := newRootCommand()
	if err := root.ExecuteContext(context.Background()); err != nil {
		cli.PrintError(root.ErrOrStderr(), err)
		os.Exit(cli.ExitCode(err))
	}
	os.Exit(status.Code)
}

// options are the flags of the reader and report.
type options struct {
	maxSize string
	// session is the session file (--session); empty for the corpus's
	// default one.
	session string
	// urls is a file of web addresses, one a line (--urls; - for
	// standard input); refresh fetches pages again (--refresh).
	urls    string
	refresh bool
	// timeout limits each web page's fetch (--timeout).
	timeout time.Duration
	// outlets are the --outlet FILE_OR_URL=NAME values.
	outlets []string
	// embedURL is a local embedding server's URL (--embed-url), or "".
	embedURL string
	// Reader only.
	newSession bool
	// Report only.
	format    string
	only      string
	noSession bool
}

func newRootCommand() (*cobra.Command, *cli.Status) {
	var opt options
	status := &cli.Status{}
	root := &cobra.Command{
		Use:   "crosscheck [flags] [PATH|URL ...]",
		Short: "Compare news outlets' reports of one story, fact by fact",
		Long: "crosscheck reads several outlets' articles about one story, aligns the sentences\n" +
			"that state the same fact into claims, and shows every outlet's wording side by\n" +
			"side with conflicting dates, numbers, names and quotes called out.\n\n" +
			"PATH is an article file (" + corpus.FormatNames + "),\n" +
			"a folder read recursively, or - for one article on standard input. URL is a\n" +
			"web page (http or https), fetched and kept in a cache for later runs.\n" +
			"With no PATH, the embedded sample story opens.",
		Example: "  crosscheck                                    # the sample story\n" +
			"  crosscheck ./articles/                        # every article in a folder\n" +
			"  crosscheck https://example.org/a https://example.com/b\n" +
			"  crosscheck --urls links.txt                   # one web address a line\n" +
			"  crosscheck --outlet a.txt='Harbour Gazette' a.txt b.txt\n" +
			"  crosscheck --session check.json ./articles/   # keep marks in this file\n" +
			"  crosscheck report --format html ./articles/ > story.html",
		Version:           cli.Release,
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: cli.CompleteFiles,
		SilenceErrors:     true,
		SilenceUsage:      true,
		RunE: status.Wrap(func(cmd *cobra.Command, args []string) error {
			paths, copt, err := opt.inputs(args)
			if err != nil {
				return err
			}
			if !term.IsTerminal(os.Stdout.Fd()) {
				return runReport(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), paths, copt, opt, report.Text, report.All)
			}
			return runReader(cmd.Context(), cmd.ErrOrStderr(), paths, copt, opt)
		}),
	}
	pf := root.PersistentFlags()
	pf.StringVar(&opt.maxSize, "max-size", "10MB", "skip article files and pages larger than `SIZE` (e.g. 500KB, 20MB)")
	pf.StringVar(&opt.session, "session", "", "keep (or read) the fact-checking marks in `FILE` instead of the corpus's default session")
	pf.StringVar(&opt.urls, "urls", "", "fetch the web addresses listed in `FILE`, one a line (- for standard input)")
	pf.BoolVar(&opt.refresh, "refresh", false, "fetch web pages again instead of reading them from the cache")
	pf.DurationVar(&opt.timeout, "timeout", corpus.DefaultTimeout, "give up on a web page after `DURATION`")
	pf.StringArrayVar(&opt.outlets, "outlet", nil, "name an article's outlet: `FILE_OR_URL=NAME` (repeatable)")
	pf.StringVar(&opt.embedURL, "embed-url", "", "also compare sentences by the vectors of a local embedding server: Ollama's http://localhost:11434/api/embed?model=NAME or an OpenAI-compatible …/v1/embeddings")
	root.Flags().BoolVar(&opt.newSession, "new-session", false, "start a new session; an existing session file is moved aside, never deleted")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return cli.Usage(err) })
	_ = root.RegisterFlagCompletionFunc("max-size", cobra.FixedCompletions([]string{"500KB", "10MB", "20MB"}, cobra.ShellCompDirectiveNoFileComp))

	rep := &cobra.Command{
		Use:   "report [flags] [PATH|URL ...]",
		Short: "Print the analysis without starting the reader",
		Long: "Print the analysis of the articles at PATH (or of the sample story) and exit.\n\n" +
			"The marks and settlements of the corpus's fact-checking session, when it has one, are\n" +
			"included; --session FILE reads another session file, --no-session none. The text report\n" +
			"is coloured on a terminal, never with NO_COLOR set, always with CLICOLOR_FORCE.",
		Example: "  crosscheck report                       # the sample story as text\n" +
			"  crosscheck report --format json ./articles/\n" +
			"  crosscheck report --format markdown --only marked ./articles/ > memo.md\n" +
			"  crosscheck report --format html --session check.json ./articles/ > story.html",
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: cli.CompleteFiles,
		RunE: status.Wrap(func(cmd *cobra.Command, args []string) error {
			f, err := report.ParseFormat(opt.format)
			if err != nil {
				return cli.Usage(err)
			}
			only := report.All
			if opt.only != "" {
				if only, err = report.ParseOnly(opt.only); err != nil {
					return cli.Usage(err)
				}
			}
			if opt.noSession && opt.session != "" {
				return cli.Usage(errors.New("--session and --no-session cannot be used together"))
			}
			paths, copt, err := opt.inputs(args)
			if err != nil {
				return err
			}
			return runReport(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), paths, copt, opt, f, only)
		}),
	}
	rep.Flags().StringVarP(&opt.format, "format", "f", "text", "output `FORMAT`: text, markdown, json or html")
	rep.Flags().StringVar(&opt.only, "only", "", "describe only some `CLAIMS`: disputes (the disputed facts and their claims), conflicts or marked")
	rep.Flags().BoolVar(&opt.noSession, "no-session", false, "leave out the marks of the corpus's default session")
	rep.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return cli.Usage(err) })
	_ = rep.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(report.FormatNames(), cobra.ShellCompDirectiveNoFileComp))
	_ = rep.RegisterFlagCompletionFunc("only", cobra.FixedCompletions([]string{"disputes", "conflicts", "marked"}, cobra.ShellCompDirectiveNoFileComp))
	root.AddCommand(rep, cli.NewManCommand())
	cli.SetHelp(root)
	return root, status
}

// inputs returns the paths to read, the command-line ones followed by
// those of --urls, and the corpus options the flags ask for.
func (o options) inputs(args []string) ([]string, corpus.Options, error) {
	n, err := cli.ParseSize(o.maxSize)
	if err != nil {
		return nil, corpus.Options{}, cli.Usage(fmt.Errorf("--max-size: %w", err))
	}
	if o.timeout <= 0 {
		return nil, corpus.Options{}, cli.Usage(fmt.Errorf("--timeout: %s is not a positive duration (try 20s)", o.timeout))
	}
	copt := corpus.Options{MaxSize: n, Fetch: corpus.FetchOptions{Refresh: o.refresh, Timeout: o.timeout}}
	for _, v := range o.outlets {
		k, name, err := corpus.ParseOutletFlag(v)
		if err != nil {
			return nil, corpus.Options{}, cli.Usage(fmt.Errorf("--outlet: %w", err))
		}
		if copt.Outlets == nil {
			copt.Outlets = map[string]string{}
		}
		copt.Outlets[k] = name
	}
	paths := args
	if o.urls != "" {
		urls, dir, err := cli.ReadURLFile(o.urls, args)
		if err != nil {
			return nil, corpus.Options{}, err
		}
		paths = append(append([]string(nil), args...), urls...)
		copt.OutletFolders = append(copt.OutletFolders, dir)
	}
	return paths, copt, nil
}

// fetchShare is the part of the progress bar given to fetching web pages,
// when there are some; reading the files takes loadShare of the rest and
// aligning what is left.
const (
	fetchShare = 0.5
	loadShare  = 0.3
)

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
		return nil, cli.Usage(err)
	}
	cache, err := embedding.OpenCache("", c.Server())
	if err != nil {
		fmt.Fprintln(stderr, "crosscheck: warning:", err)
	}
	return c.WithCache(cache), nil
}

// loader returns the function that reads and aligns the story at paths,
// or the sample story when there are none. It reports progress, when
// progress is not nil, from 0 to 1 over all stages, counting the web pages
// fetched. Paths that yield no usable article are an error that says why.
func loader(paths []string, opt corpus.Options, embed *embedding.Client) ui.LoadFunc {
	return func(ctx context.Context, progress func(float64, string)) (*align.Story, []string, error) {
		if progress == nil {
			progress = func(float64, string) {}
		}
		progress(0, "")
		start := 0.0
		if n := cli.CountURLs(paths); n > 0 {
			start = fetchShare
			progress(0, fmt.Sprintf("Fetching %s…", cli.Plural(n, "web page", "web pages")))
			opt.Fetch.Progress = func(fetched, total int) {
				progress(fetchShare*float64(fetched)/float64(total), fmt.Sprintf("Fetched %d of %s", fetched, cli.Plural(total, "web page", "web pages")))
			}
		}
		var c *corpus.Corpus
		var err error
		if len(paths) == 0 {
			c, err = corpus.LoadSample(opt)
		} else {
			c, err = corpus.LoadContext(ctx, paths, opt)
		}
		if err != nil {
			return nil, nil, err
		}
		if len(c.Documents) == 0 {
			return nil, c.Warnings, noArticleError(c.Warnings)
		}
		share := start + (1-start)*loadShare
		progress(share, "Aligning the articles…")
		warnings := c.Warnings
		bopt := align.Options{Progress: func(done float64) {
			progress(share+(1-share)*done, "")
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

// noArticleError says that no article could be used, and why, from the
// loading warnings.
func noArticleError(warnings []string) error {
	const shown = 3
	msg := "no usable article"
	switch {
	case len(warnings) == 0:
		return errors.New(msg)
	case len(warnings) <= shown:
		return errors.New(msg + ": " + strings.Join(warnings, "; "))
	}
	return fmt.Errorf("%s: %s; and %d more", msg, strings.Join(warnings[:shown], "; "), len(warnings)-shown)
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
	defer sess.Close()
	if notice != "" {
		fmt.Fprintln(stderr, "crosscheck:", notice)
	}
	embed, err := opt.embedClient(stderr)
	if err != nil {
		return err
	}
	reader := ui.New(loader(paths, copt, embed), ui.WithSession(sess, notice), ui.WithOpener(ui.SystemOpener), ui.WithClipboard(clipboard.WriteAll))
	final, err := tea.NewProgram(reader, tea.WithContext(ctx)).Run()
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
	if err := corpus.CheckPaths(paths); err != nil {
		return err
	}
	embed, err := opt.embedClient(stderr)
	if err != nil {
		return err
	}
	s, warnings, err := loader(paths, copt, embed)(ctx, nil)
	if err != nil {
		return err
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, "crosscheck: warning:", corpus.EscapeName(w))
	}
	in := report.Input{Story: s, Warnings: warnings, Only: only, Color: f == report.Text && cli.WantColor(stdout), Version: cli.ReportVersion()}
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
		in.Session, in.Marks, in.Orphans = corpus.EscapeName(sess.Path()), sess.Marks(), sess.Orphans()
		in.Settlements, in.SettlementOrphans = sess.Settlements(), sess.SettlementOrphans()
	} else if only == report.Marked {
		fmt.Fprintln(stderr, "crosscheck: warning: --only marked, but there is no session, so no claim is marked")
	}
	return report.Write(stdout, in, f)
}

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
