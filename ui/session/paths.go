package session

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"crosscheck/corpus"
)

// SampleCorpus is the corpus identity of the embedded sample story.
const SampleCorpus = "sample"

// CorpusInputs returns what identifies the corpus read from paths, the
// arguments given on the command line: their absolute, cleaned forms,
// sorted and without duplicates, with "-" (standard input) as "stdin" and
// web addresses as they are, or
// just SampleCorpus when there are none. A folder counts as itself, so
// adding an article to a folder or editing a file keeps the session;
// naming a different set of files or folders starts another one (or use
// --session to share one).
func CorpusInputs(paths []string) ([]string, error) {
	if len(paths) == 0 {
		return []string{SampleCorpus}, nil
	}
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, "stdin")
			continue
		}
		if corpus.IsURL(p) {
			out = append(out, p)
			continue
		}
		a, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// StateDir returns the folder that holds default session files:
// $XDG_STATE_HOME/crosscheck, or ~/.local/state/crosscheck when
// XDG_STATE_HOME is unset or not absolute (as the XDG specification says).
func StateDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "crosscheck"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", errors.New("cannot find a folder for session files: set XDG_STATE_HOME or HOME, or use --session FILE")
	}
	return filepath.Join(home, ".local", "state", "crosscheck"), nil
}

// DefaultPath returns the default session file of the corpus identified
// by inputs (see CorpusInputs): StateDir/NAME-HASH.json, where NAME is the
// first input's base name, for people, and HASH is made from all inputs,
// so that different corpora never share a file.
func DefaultPath(inputs []string) (string, error) {
	dir, err := StateDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, FileName(inputs)), nil
}

// FileName is the base name of the default session file of inputs.
func FileName(inputs []string) string {
	sum := sha256.Sum256([]byte(strings.Join(inputs, "\x00")))
	name := "corpus"
	if len(inputs) > 0 {
		name = slug(filepath.Base(inputs[0]))
	}
	return name + "-" + hex.EncodeToString(sum[:6]) + ".json"
}

// slug keeps a file-name-safe, lower-case, short form of s.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_'
		switch {
		case ok:
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	out := strings.Trim(b.String(), "-.")
	if out == "" {
		return "corpus"
	}
	return out
}
