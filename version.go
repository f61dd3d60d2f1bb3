package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// version is crosscheck's release; a release build stamps it with
// -ldflags "-X main.version=1.2.3".
var version = "0.1.0"

// versionText is what --version prints: the release, then the module
// version and the VCS revision the binary was built from, as the Go
// toolchain recorded them in the build information.
func versionText() string {
	var b strings.Builder
	fmt.Fprintf(&b, "crosscheck %s\n", version)
	info, ok := debug.ReadBuildInfo()
	if !ok {
		b.WriteString("no build information\n")
		return b.String()
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	fmt.Fprintf(&b, "module:   %s %s\n", info.Main.Path, info.Main.Version)
	if rev := settings["vcs.revision"]; rev != "" {
		var notes []string
		if t := settings["vcs.time"]; t != "" {
			notes = append(notes, t)
		}
		if settings["vcs.modified"] == "true" {
			notes = append(notes, "with uncommitted changes")
		}
		if len(notes) > 0 {
			rev += " (" + strings.Join(notes, ", ") + ")"
		}
		fmt.Fprintf(&b, "revision: %s\n", rev)
	} else {
		b.WriteString("revision: unknown (not built from a git checkout)\n")
	}
	fmt.Fprintf(&b, "go:       %s %s/%s\n", info.GoVersion, runtime.GOOS, runtime.GOARCH)
	return b.String()
}
