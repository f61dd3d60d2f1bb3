package cli

import (
	"fmt"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
)

// Release is crosscheck's release; a release build stamps it with
// -ldflags "-X crosscheck/ui/cli.Release=1.2.3".
var Release = "0.1.0"

// VersionText is what --version prints: the release, then the module
// version and the VCS revision the binary was built from, as the Go
// toolchain recorded them in the build information.
func VersionText() string {
	var b strings.Builder
	fmt.Fprintf(&b, "crosscheck %s\n", Release)
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

// ReportVersion says which crosscheck made a report, for the reports to
// print: the module's version when the binary was built from a tagged
// module (go install crosscheck@v1.2.0), else the version constant; then
// the source revision when the build recorded one: "0.1.0 (rev
// 6b771ae1f2c3, modified)".
func ReportVersion() string {
	info, _ := debug.ReadBuildInfo()
	return versionOf(info)
}

// pseudoVersion matches the versions Go gives untagged builds
// (v0.0.0-20261122093000-6b771ae1f2c3, with +dirty when modified).
var pseudoVersion = regexp.MustCompile(`\d{14}-[0-9a-f]{12}`)

// versionOf is ReportVersion for the build information info (nil when the
// binary has none).
func versionOf(info *debug.BuildInfo) string {
	v := Release
	if info == nil {
		return v
	}
	if mv := info.Main.Version; mv != "" && mv != "(devel)" && !pseudoVersion.MatchString(mv) {
		v = mv
	}
	var rev string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return v
	}
	v += " (rev " + rev[:min(12, len(rev))]
	if modified {
		v += ", modified"
	}
	return v + ")"
}
