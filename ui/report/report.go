// Package report writes crosscheck's analysis of a story as static text for
// scripts and for reading elsewhere: plain text and JSON of schema
// crosscheck/v1.
package report

import (
	"fmt"
	"io"
	"strings"

	"crosscheck/align"
)

// A Format is a report's output format.
type Format int

// The report formats.
const (
	Text Format = iota
	JSON
)

var formatNames = map[Format]string{Text: "text", JSON: "json"}

// String returns the format's name as given on the command line.
func (f Format) String() string { return formatNames[f] }

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	for f, name := range formatNames {
		if strings.EqualFold(s, name) {
			return f, nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want text or json)", s)
}

// Input is what a report describes: the aligned story and the warnings
// about inputs that were skipped while loading it.
type Input struct {
	Story    *align.Story
	Warnings []string
}

// Write writes in's report to w in format f.
func Write(w io.Writer, in Input, f Format) error {
	switch f {
	case JSON:
		return writeJSON(w, in)
	default:
		return writeText(w, in)
	}
}
