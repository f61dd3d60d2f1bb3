package corpus

import (
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

const fetchPageHTML = `<html><head><meta property="og:site_name" content="Harbour Gazette"><title>Bridge shut</title></head>
<body><article><h1>Bridge shut after ship strike</h1><p>The bridge was closed on Thursday after a cargo ship struck it, the port said.</p>
<p>Repairs will take four months.</p></article></body></html>`

// testServer serves pages for the fetch tests: UTF-8, Latin-1 declared in
// the header or in a meta tag, gzip, a redirect, a PDF and a large page.
func testServer(t *testing.T) *httptest.Server {
	latin1 := strings.ReplaceAll(fetchPageHTML, "closed", "ferm\xe9")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/page":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, fetchPageHTML)
		case "/latin1-header":
			w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
			fmt.Fprint(w, latin1)
		case "/latin1-meta":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, strings.Replace(latin1, "<head>", `<head><meta charset="windows-1252">`, 1))
		case "/gzip":
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Error("gzip not asked for")
			}
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			fmt.Fprint(zw, fetchPageHTML)
			zw.Close()
		case "/moved":
			http.Redirect(w, r, "/page", http.StatusMovedPermanently)
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.4")
		case "/big":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, strings.Repeat("<p>word</p>", 2000))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchPages(t *testing.T) {
	srv := testServer(t)
	urls := []string{"/page", "/latin1-header", "/latin1-meta", "/gzip", "/moved", "/pdf", "/big", "/missing"}
	for i := range urls {
		urls[i] = srv.URL + urls[i]
	}
	var progress []string
	opt := FetchOptions{CacheDir: t.TempDir(), Progress: func(done, total int) { progress = append(progress, fmt.Sprintf("%d/%d", done, total)) }}
	res := fetchAll(context.Background(), urls, opt, 10000)
	for i, want := range []string{"closed on Thursday", "fermé on Thursday", "fermé on Thursday", "closed on Thursday", "closed on Thursday"} {
		if res[i].err != nil || !strings.Contains(res[i].page.Body, want) {
			t.Errorf("%s: err %v, body lacks %q", urls[i], res[i].err, want)
		}
	}
	if res[4].err == nil && res[4].page.FinalURL != srv.URL+"/page" {
		t.Errorf("redirect: final URL %q", res[4].page.FinalURL)
	}
	for i, want := range map[int]string{5: "not a web page (application/pdf)", 6: "too big: larger than the 9.8 KB limit", 7: "the server answered 404 Not Found"} {
		if res[i].err == nil || !strings.Contains(res[i].err.Error(), want) {
			t.Errorf("%s: error %v, want %q", urls[i], res[i].err, want)
		}
	}
	if len(progress) != len(urls) || progress[len(progress)-1] != fmt.Sprintf("%d/%d", len(urls), len(urls)) {
		t.Errorf("progress %q", progress)
	}
}

// A fetched page is read as a saved one, with its address as its url and
// its outlet from og:site_name; the cache answers the second time, and
// Refresh fetches again.
func TestLoadURLAndCache(t *testing.T) {
	hits := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		fmt.Fprint(w, fetchPageHTML)
	}))
	defer srv.Close()
	u := srv.URL + "/news/bridge"
	opt := Options{Fetch: FetchOptions{CacheDir: t.TempDir()}}
	for run := 1; run <= 3; run++ {
		if run == 3 {
			opt.Fetch.Refresh = true
		}
		c, err := Load([]string{u}, opt)
		if err != nil || len(c.Documents) != 1 {
			t.Fatalf("run %d: %v, warnings %q", run, err, c.Warnings)
		}
		d := c.Documents[0]
		if d.Path != u || d.URL != u || d.Outlet != "Harbour Gazette" || d.Title != "Bridge shut after ship strike" || len(d.Body()) != 2 {
			t.Errorf("run %d: %q %q %q %q, %d passages", run, d.Path, d.URL, d.Outlet, d.Title, len(d.Body()))
		}
	}
	if hits != 2 {
		t.Errorf("%d fetches, want 2 (the second run reads the cache)", hits)
	}
}

func TestReadURLList(t *testing.T) {
	urls, err := ReadURLList(strings.NewReader("\uFEFF# today's links\nhttps://a.example/1\n\n  http://b.example/2  \n"), "links.txt")
	if err != nil || strings.Join(urls, " ") != "https://a.example/1 http://b.example/2" {
		t.Errorf("got %q, %v", urls, err)
	}
	_, err = ReadURLList(strings.NewReader("https://a.example/1\nftp://c.example/3\n"), "links.txt")
	if err == nil || err.Error() != "links.txt:2: “ftp://c.example/3” is not an http(s) address" {
		t.Errorf("error %v", err)
	}
}
