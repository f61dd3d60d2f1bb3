package cli

import "github.com/spf13/cobra"

// usageTemplate is the help after a command's description: plain text,
// no line padded with trailing spaces (piped or not), and a pointer to the
// manual page for what does not fit.
const usageTemplate = `Usage:
  {{.UseLine}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} COMMAND [flags]{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global flags:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}

The reader's keys, exit statuses, environment and files: crosscheck man | man -l -
`

// SetHelp gives root and its commands the plain help and --version text.
func SetHelp(root *cobra.Command) {
	cobra.AddTemplateFunc("VersionText", VersionText)
	root.SetUsageTemplate(usageTemplate)
	root.SetVersionTemplate("{{VersionText}}")
	root.SetHelpTemplate(`{{with (or .Long .Short)}}{{. | trimTrailingWhitespaces}}

{{end}}{{.UsageString}}`)
	root.InitDefaultHelpFlag()
	root.InitDefaultVersionFlag()
	if f := root.Flags().Lookup("version"); f != nil {
		f.Usage = "print the version, module version and VCS revision"
	}
	if f := root.Flags().Lookup("help"); f != nil {
		f.Usage = "show this help"
	}
	for _, c := range root.Commands() {
		c.InitDefaultHelpFlag()
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = "show this help"
		}
	}
}
