package main

import (
	"regexp"
	"runtime/debug"
)

// reportVersion says which crosscheck made a report, for the reports to
// print: the module's version when the binary was built from a tagged
// module (go install crosscheck@v1.2.0), else the version constant; then
// the source revision when the build recorded one: "0.1.0 (rev
// 6b771ae1f2c3, modified)".
func reportVersion() string {
	info, _ := debug.ReadBuildInfo()
	return versionOf(info)
}

// pseudoVersion matches the versions Go gives untagged builds
// (v0.0.0-20261122093000-6b771ae1f2c3, with +dirty when modified).
var pseudoVersion = regexp.MustCompile(`\d{14}-[0-9a-f]{12}`)

// versionOf is reportVersion for the build information info (nil when the
// binary has none).
func versionOf(info *debug.BuildInfo) string {
	v := version
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
