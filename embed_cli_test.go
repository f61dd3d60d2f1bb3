package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
)

// runEmbed runs crosscheck with args, its caches in a folder of the test.
func runEmbed(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CROSSCHECK_RUN_MAIN=1", "NO_COLOR=1", "XDG_STATE_HOME="+t.TempDir(),
		"XDG_CACHE_HOME="+t.TempDir(), "CROSSCHECK_EMBED_REMOTE=")
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), status
}

// --embed-url asks a local server for the passages' vectors; a server
// that is down is a warning and the report is still made; a server on
// another machine is refused.
func TestEmbedURL(t *testing.T) {
	var asked atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct{ Input []string }
		json.NewDecoder(r.Body).Decode(&req)
		asked.Add(int64(len(req.Input)))
		out := map[string][][]float32{"embeddings": {}}
		for i := range req.Input {
			out["embeddings"] = append(out["embeddings"], []float32{float32(i % 7), 1, 0.5})
		}
		json.NewEncoder(w).Encode(out)
	}))
	defer srv.Close()
	stdout, stderr, status := runEmbed(t, "report", "--embed-url", srv.URL+"/api/embed?model=test")
	if status != 0 || !strings.Contains(stdout, "claims") || strings.Contains(stderr, "warning") {
		t.Errorf("with a server: status %d, stderr %q", status, stderr)
	}
	if asked.Load() == 0 {
		t.Error("the server was not asked")
	}
	down := httptest.NewServer(http.NotFoundHandler())
	url := down.URL
	down.Close()
	stdout, stderr, status = runEmbed(t, "report", "--embed-url", url+"/api/embed")
	if status != 0 || !strings.Contains(stdout, "claims") || !strings.Contains(stderr, "warning: embedding server "+url) {
		t.Errorf("with a server that is down: status %d, stderr %q", status, stderr)
	}
	_, stderr, status = runEmbed(t, "report", "--embed-url", "http://example.org/api/embed")
	if status != 2 || !strings.Contains(stderr, "not on this computer") {
		t.Errorf("a remote server: status %d, stderr %q", status, stderr)
	}
}
