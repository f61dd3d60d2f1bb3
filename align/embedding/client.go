// Package embedding asks a local embedding server the user already runs
// for sentence vectors: Ollama's POST /api/embed, or an OpenAI-compatible
// POST /v1/embeddings (llama.cpp's server, LM Studio). Vectors are cached
// on disk per text, so a story read twice asks once. A server that is
// down, slow or answers nonsense is an error the caller reports as a
// warning; crosscheck aligns without the vectors then.
package embedding

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"crosscheck/corpus"
)

// RemoteEnv names the environment variable that, set to 1, lets the
// server be on another machine: by default only a loopback address is
// asked, so that no article text leaves the computer by mistake.
const RemoteEnv = "CROSSCHECK_EMBED_REMOTE"

// DefaultModel is the model asked for when the URL names none (with
// ?model=NAME): Ollama's small English embedding model.
const DefaultModel = "nomic-embed-text"

// batchSize is how many texts one request carries.
const batchSize = 64

// A Client asks one server for vectors.
type Client struct {
	endpoint string // the URL requests go to, without ?model
	model    string
	ollama   bool // Ollama's /api/embed, else OpenAI's /v1/embeddings
	http     *http.Client
	cache    *Cache
}

// NewClient checks raw, the server's URL, and returns a client for it. The
// URL's path says which API it speaks (…/api/embed or …/v1/embeddings; a
// bare host is taken for Ollama's); its query may name the model
// (?model=nomic-embed-text). Only a loopback host is accepted unless
// CROSSCHECK_EMBED_REMOTE=1. Requests give up after timeout.
func NewClient(raw string, timeout time.Duration) (*Client, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("--embed-url %q is not an http:// or https:// URL of an embedding server", raw)
	}
	if !isLoopback(u.Hostname()) && os.Getenv(RemoteEnv) != "1" {
		return nil, fmt.Errorf("--embed-url %q is not on this computer; article text is sent only to a local server unless %s=1", raw, RemoteEnv)
	}
	c := &Client{model: DefaultModel, http: &http.Client{Timeout: timeout}}
	if m := u.Query().Get("model"); m != "" {
		c.model = m
	}
	q := u.Query()
	q.Del("model")
	u.RawQuery = q.Encode()
	switch path := strings.TrimSuffix(u.Path, "/"); {
	case strings.HasSuffix(path, "/v1/embeddings"):
	case strings.HasSuffix(path, "/api/embed"):
		c.ollama = true
	case path == "":
		u.Path, c.ollama = "/api/embed", true
	default:
		return nil, fmt.Errorf("--embed-url %q: the path should end with /api/embed (Ollama) or /v1/embeddings (OpenAI-compatible)", raw)
	}
	c.endpoint = u.String()
	return c, nil
}

// isLoopback reports whether host names this computer.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// WithCache makes c keep vectors in cache.
func (c *Client) WithCache(cache *Cache) *Client {
	c.cache = cache
	return c
}

// Server names the server and model for messages and cache files.
func (c *Client) Server() string { return c.endpoint + " (" + c.model + ")" }

// Embed returns a vector for each text, from the cache or the server. On
// any error it returns none: a partial answer is not used.
func (c *Client) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	var missing []int
	for i, t := range texts {
		if v, ok := c.cache.get(t); ok {
			out[i] = v
		} else {
			missing = append(missing, i)
		}
	}
	for from := 0; from < len(missing); from += batchSize {
		batch := missing[from:min(from+batchSize, len(missing))]
		in := make([]string, len(batch))
		for k, i := range batch {
			in[k] = texts[i]
		}
		vs, err := c.request(ctx, in)
		if err != nil {
			return nil, fmt.Errorf("embedding server %s: %w", c.endpoint, err)
		}
		for k, i := range batch {
			out[i] = vs[k]
			c.cache.put(texts[i], vs[k])
		}
	}
	if len(missing) > 0 {
		if err := c.cache.Save(); err != nil {
			return out, nil // the vectors are good; the cache is only a cache
		}
	}
	return out, nil
}

// request asks the server for the vectors of texts.
func (c *Client) request(ctx context.Context, texts []string) ([][]float32, error) {
	body, _ := json.Marshal(map[string]any{"model": c.model, "input": texts})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return nil, fmt.Errorf("no answer within %s", c.http.Timeout)
		}
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", resp.Status, corpus.Sanitize(firstLine(data)))
	}
	var vs [][]float32
	if c.ollama {
		var r struct {
			Embeddings [][]float32 `json:"embeddings"`
		}
		if err := json.Unmarshal(data, &r); err != nil {
			return nil, fmt.Errorf("unreadable answer: %v", err)
		}
		vs = r.Embeddings
	} else {
		var r struct {
			Data []struct {
				Index     int       `json:"index"`
				Embedding []float32 `json:"embedding"`
			} `json:"data"`
		}
		if err := json.Unmarshal(data, &r); err != nil {
			return nil, fmt.Errorf("unreadable answer: %v", err)
		}
		vs = make([][]float32, len(r.Data))
		for _, d := range r.Data {
			if d.Index < 0 || d.Index >= len(vs) {
				return nil, fmt.Errorf("answer has a vector for input %d of %d", d.Index, len(texts))
			}
			vs[d.Index] = d.Embedding
		}
	}
	if len(vs) != len(texts) {
		return nil, fmt.Errorf("%d vectors for %d texts", len(vs), len(texts))
	}
	for _, v := range vs {
		if len(v) == 0 || len(v) != len(vs[0]) {
			return nil, errors.New("vectors of different or no dimensions")
		}
	}
	return vs, nil
}

// firstLine is the start of a server's error body, for a message.
func firstLine(b []byte) string {
	s := strings.TrimSpace(string(b))
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
