package embedding

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeServer answers as Ollama's /api/embed or OpenAI's /v1/embeddings
// do, giving each text the vector (its length, 1): a small stand-in for a
// real server. It counts the texts it was asked for.
func fakeServer(t *testing.T, asked *atomic.Int64, delay time.Duration) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(delay)
		var req struct {
			Model string   `json:"model"`
			Input []string `json:"input"`
		}
		if r.Method != http.MethodPost || json.NewDecoder(r.Body).Decode(&req) != nil || req.Model == "" {
			http.Error(w, "bad request\nwith detail", http.StatusBadRequest)
			return
		}
		asked.Add(int64(len(req.Input)))
		vec := func(s string) []float32 { return []float32{float32(len(s)), 1} }
		switch r.URL.Path {
		case "/api/embed":
			var out struct {
				Embeddings [][]float32 `json:"embeddings"`
			}
			for _, s := range req.Input {
				out.Embeddings = append(out.Embeddings, vec(s))
			}
			json.NewEncoder(w).Encode(out)
		case "/v1/embeddings":
			type item struct {
				Index     int       `json:"index"`
				Embedding []float32 `json:"embedding"`
			}
			var out struct {
				Data []item `json:"data"`
			}
			// Answered in reverse order: the index says which is which.
			for i := len(req.Input) - 1; i >= 0; i-- {
				out.Data = append(out.Data, item{i, vec(req.Input[i])})
			}
			json.NewEncoder(w).Encode(out)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestBothAPIsAndTheCache(t *testing.T) {
	for _, path := range []string{"/api/embed", "/v1/embeddings?model=mini", ""} {
		var asked atomic.Int64
		srv := fakeServer(t, &asked, 0)
		c, err := NewClient(srv.URL+path, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		cache, err := OpenCache(t.TempDir(), c.Server())
		if err != nil {
			t.Fatal(err)
		}
		c.WithCache(cache)
		texts := make([]string, 150) // more than one batch
		for i := range texts {
			texts[i] = strings.Repeat("x", i+1)
		}
		vs, err := c.Embed(context.Background(), texts)
		if err != nil {
			t.Fatalf("%q: %v", path, err)
		}
		for i, v := range vs {
			if len(v) != 2 || v[0] != float32(i+1) {
				t.Fatalf("%q: vector %d = %v", path, i, v)
			}
		}
		// Read again, from a cache opened anew: the server is not asked.
		again, err := OpenCache(filepath.Dir(cache.Path()), c.Server())
		if err != nil {
			t.Fatal(err)
		}
		c.WithCache(again)
		before := asked.Load()
		if vs, err := c.Embed(context.Background(), texts[:10]); err != nil || vs[9][0] != 10 {
			t.Fatalf("%q from the cache: %v %v", path, vs, err)
		}
		if asked.Load() != before {
			t.Errorf("%q: the server was asked again for cached texts", path)
		}
	}
}

// A server that is down, slow, or answers an error is an error naming it,
// never a hang or a crash.
func TestServerTrouble(t *testing.T) {
	var asked atomic.Int64
	slow := fakeServer(t, &asked, 500*time.Millisecond)
	c, _ := NewClient(slow.URL+"/api/embed", 50*time.Millisecond)
	if _, err := c.Embed(context.Background(), []string{"a"}); err == nil || !strings.Contains(err.Error(), slow.URL) ||
		!strings.Contains(err.Error(), "no answer within") {
		t.Errorf("slow server: %v", err)
	}
	down := httptest.NewServer(http.NotFoundHandler())
	url := down.URL
	down.Close()
	c, _ = NewClient(url+"/v1/embeddings", time.Second)
	if _, err := c.Embed(context.Background(), []string{"a"}); err == nil {
		t.Error("a server that is down gave no error")
	}
	bad := fakeServer(t, &asked, 0)
	c, _ = NewClient(bad.URL+"/elsewhere/api/embed", time.Second)
	if _, err := c.Embed(context.Background(), []string{"a"}); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("an error answer: %v", err)
	}
}

func TestOnlyLocalServers(t *testing.T) {
	t.Setenv(RemoteEnv, "")
	for _, u := range []string{"http://localhost:11434", "http://127.0.0.1:8080/v1/embeddings", "http://[::1]:1234/api/embed"} {
		if _, err := NewClient(u, time.Second); err != nil {
			t.Errorf("%s: %v", u, err)
		}
	}
	for _, u := range []string{"http://example.org/api/embed", "http://10.0.0.5:11434", "ftp://localhost/api/embed", "localhost:11434", "http://localhost/other"} {
		if _, err := NewClient(u, time.Second); err == nil {
			t.Errorf("%s accepted", u)
		}
	}
	t.Setenv(RemoteEnv, "1")
	if _, err := NewClient("http://example.org/api/embed", time.Second); err != nil {
		t.Errorf("a remote server the user allowed: %v", err)
	}
}

// A cache file that is not one is set aside with a warning, not a failure.
func TestBrokenCache(t *testing.T) {
	dir := t.TempDir()
	c, err := OpenCache(dir, "server")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(c.Path(), []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err = OpenCache(dir, "server")
	if err == nil || c == nil {
		t.Fatalf("a broken cache: %v, %v", c, err)
	}
	c.put("a", []float32{1, 2})
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	if c, err = OpenCache(dir, "server"); err != nil {
		t.Fatal(err)
	}
	if v, ok := c.get("a"); !ok || v[1] != 2 {
		t.Errorf("the rewritten cache: %v %v", v, ok)
	}
}
