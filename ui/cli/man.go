package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"crosscheck/corpus"
	"crosscheck/ui"
)

// The manual page, crosscheck(1), written by `crosscheck man` in roff:
// the commands and flags from the command tree, the reader's keys from
// its key map, the exit statuses, environment and files.

func NewManCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the manual page (keys, exit statuses, files): crosscheck man | man -l -",
		Long: "Print crosscheck's manual page in roff: every flag, the reader's keys, the exit\n" +
			"statuses, the environment and the files crosscheck reads and writes.\n" +
			"Read it with 'crosscheck man | man -l -', or install it:\n" +
			"crosscheck man > ~/.local/share/man/man1/crosscheck.1",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := io.WriteString(cmd.OutOrStdout(), manPage(cmd.Root()))
			return err
		},
	}
}

// roff escapes s for a line of roff text: backslashes, and a leading
// dot or quote that would read as a request.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, ".") || strings.HasPrefix(l, "'") {
			l = `\&` + l
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// manPage writes the manual page of root.
func manPage(root *cobra.Command) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	p(`.TH CROSSCHECK 1 "" "crosscheck %s" "User Commands"`, roff(Release))
	p(".SH NAME")
	p(`crosscheck \- compare news outlets' reports of one story, fact by fact`)
	p(".SH SYNOPSIS")
	p(`.B crosscheck`)
	p(`[\fIflags\fR] [\fIPATH\fR|\fIURL\fR ...]`)
	p(".br")
	p(`.B crosscheck report`)
	p(`[\fIflags\fR] [\fIPATH\fR|\fIURL\fR ...]`)
	p(".br")
	p(`.B crosscheck man`)
	p(".SH DESCRIPTION")
	for _, para := range strings.Split(root.Long, "\n\n") {
		p(".PP")
		p("%s", roff(strings.ReplaceAll(para, "\n", " ")))
	}
	p(".PP")
	p("%s", roff("When standard output is not a terminal, crosscheck PATH... prints the text report instead of opening the reader."))
	p(".SH COMMANDS")
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() {
			continue
		}
		p(".TP")
		p(`.B %s`, roff(c.Name()))
		p("%s", roff(strings.ReplaceAll(firstParagraph(c.Long, c.Short), "\n", " ")))
	}
	p(".SH OPTIONS")
	writeFlags(&b, root.NonInheritedFlags())
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && c.HasAvailableLocalFlags() {
			p(".SS %s", roff("crosscheck "+c.Name()))
			writeFlags(&b, c.LocalNonPersistentFlags())
		}
	}
	p(".SH KEYS")
	p("%s", roff("In the reader. Press ? for the keys of the current view."))
	for _, g := range ui.KeyReference() {
		p(".SS %s", roff(g.Title))
		for _, k := range g.Keys {
			p(".TP")
			p(`.B %s`, roff(k[0]))
			p("%s", roff(k[1]))
		}
	}
	p(".SH EXIT STATUS")
	for _, e := range [][2]string{
		{"0", "Success."},
		{"1", "A runtime error: a path that does not exist or cannot be read, no usable article among the inputs (an empty folder, only skipped files or unreachable pages), a session file that cannot be used; the message names the file or address."},
		{"2", "A usage error: an unknown flag or value; the message says which."},
	} {
		p(".TP")
		p(`.B %s`, e[0])
		p("%s", roff(e[1]))
	}
	p(".SH ENVIRONMENT")
	for _, e := range [][2]string{
		{"NO_COLOR", "When set, the text report and the reader use no colour (highlights stay reverse video and bold)."},
		{"CLICOLOR_FORCE", "When set to anything but 0, the text report is coloured even when piped. CLICOLOR=0 turns colour off."},
		{"XDG_STATE_HOME", "Where session files are kept (default ~/.local/state)."},
		{"XDG_CACHE_HOME", "Where fetched pages are cached (default ~/.cache)."},
		{corpus.CacheEnv, "A folder for the page cache, instead of the user's cache folder."},
	} {
		p(".TP")
		p(`.B %s`, roff(e[0]))
		p("%s", roff(e[1]))
	}
	p(".SH FILES")
	for _, f := range [][2]string{
		{"~/.local/state/crosscheck/NAME\\-HASH.json", "The fact-checking session of a corpus: marks, notes and where the reader was. Written atomically; never deleted (--new-session moves it aside)."},
		{"~/.cache/crosscheck/pages/", "Fetched web pages, one file per address, read instead of the network until --refresh."},
		{"outlets.toml, outlets.yaml", `Beside the articles (or the --urls file): outlet names by file name, web address or host, one a line: "bbc.txt" = "BBC News". --outlet FILE_OR_URL=NAME does the same on the command line.`},
	} {
		p(".TP")
		p(`.I %s`, f[0])
		p("%s", roff(f[1]))
	}
	p(".SH EXAMPLES")
	p(".nf")
	p("%s", roff(strings.TrimRight(root.Example, "\n")))
	p(".fi")
	p(".SH SEE ALSO")
	p(`The README of crosscheck; \fBman\fR(1).`)
	return b.String()
}

// firstParagraph returns the first paragraph of long, or short.
func firstParagraph(long, short string) string {
	if long == "" {
		return short
	}
	first, _, _ := strings.Cut(long, "\n\n")
	return first
}

// writeFlags writes the flags of fs as tagged paragraphs.
func writeFlags(b *strings.Builder, fs *pflag.FlagSet) {
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name := `\fB\-\-` + roff(f.Name) + `\fR`
		if f.Shorthand != "" {
			name = `\fB\-` + roff(f.Shorthand) + `\fR, ` + name
		}
		arg, usage := pflag.UnquoteUsage(f)
		if arg != "" {
			name += ` \fI` + roff(arg) + `\fR`
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "[]" {
			usage += " (default " + f.DefValue + ")"
		}
		fmt.Fprintf(b, ".TP\n%s\n%s\n", name, roff(usage))
	})
}
