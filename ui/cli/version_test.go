package cli

import (
	"runtime/debug"
	"testing"
)

func TestVersionOf(t *testing.T) {
	rev := debug.BuildSetting{Key: "vcs.revision", Value: "6b771ae1f2c3d4e5f60718293a4b5c6d7e8f9012"}
	dirty := debug.BuildSetting{Key: "vcs.modified", Value: "true"}
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"no build information", nil, Release},
		{"a development build", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, Release},
		{"a tagged module", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		{"a revision", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{rev}}, Release + " (rev 6b771ae1f2c3)"},
		{"an untagged build keeps the constant", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261122093000-6b771ae1f2c3+dirty"},
			Settings: []debug.BuildSetting{rev, dirty}}, Release + " (rev 6b771ae1f2c3, modified)"},
	}
	for _, tt := range tests {
		if got := versionOf(tt.info); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
