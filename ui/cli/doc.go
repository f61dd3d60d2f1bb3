// Package cli holds the conventions crosscheck keeps as a shell tool: the
// exit statuses and one-line error messages, plain --help and the
// crosscheck(1) manual page, completion of paths and flag values, colour
// only where it is wanted, sizes and lists of web addresses given on the
// command line, and the version from the build information. main wires
// the flags and commands; this package says how they look.
package cli
