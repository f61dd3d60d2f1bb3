package main

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crosscheck/corpus"
)

// samplePages renders the embedded sample story's articles as web pages,
// as a news site would serve them: site name, title and date in meta
// tags, navigation around the article. It returns each page's name and
// HTML.
func samplePages(t *testing.T) (names []string, pages map[string]string) {
	t.Helper()
	c, err := corpus.LoadSample(corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages = map[string]string{}
	for _, d := range c.Documents {
		name := strings.TrimSuffix(filepath.Base(d.Path), filepath.Ext(d.Path))
		var body strings.Builder
		for i := 0; i < len(d.Passages); {
			j := i
			var sents []string
			for ; j < len(d.Passages) && d.Passages[j].Paragraph == d.Passages[i].Paragraph; j++ {
				sents = append(sents, d.Passages[j].Text)
			}
			fmt.Fprintf(&body, "<p>%s</p>\n", html.EscapeString(strings.Join(sents, " ")))
			i = j
		}
		pages[name] = fmt.Sprintf(`<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%[1]s | %[2]s</title>
<meta property="og:site_name" content="%[2]s"><meta property="og:title" content="%[1]s">
<meta property="article:published_time" content="%[3]sT09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>%[1]s</h1>
%[4]s</article><footer>© 2026 %[2]s</footer></body></html>`,
			html.EscapeString(d.Title), html.EscapeString(d.Outlet), d.PublishedDate(), body.String())
		names = append(names, name)
	}
	return names, pages
}

// jsonReport is the part of the JSON report the web tests compare.
type jsonReport struct {
	Documents []struct {
		Path      string `json:"path"`
		URL       string `json:"url"`
		Outlet    string `json:"outlet"`
		Title     string `json:"title"`
		Published string `json:"published"`
		Passages  []struct {
			Text string `json:"text"`
		} `json:"passages"`
	} `json:"documents"`
	Claims []json.RawMessage `json:"claims"`
}

func runWeb(t *testing.T, cache string, args ...string) (jsonReport, string, int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CROSSCHECK_RUN_MAIN=1", "NO_COLOR=1", "XDG_STATE_HOME="+t.TempDir(), corpus.CacheEnv+"="+cache)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	status := 0
	if err := cmd.Run(); err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatal(err)
		}
		status = ee.ExitCode()
	}
	var r jsonReport
	if status == 0 {
		if err := json.Unmarshal([]byte(out.String()), &r); err != nil {
			t.Fatalf("invalid JSON: %v\n%.300s", err, out.String())
		}
	}
	return r, errb.String(), status
}

// TestReportFromURLs serves the sample story as web pages and reads it
// by address: the documents come out as from the saved pages, a second
// run with the server gone reads the cache, and a page that is missing
// or too slow is a warning naming its address while the others load.
func TestReportFromURLs(t *testing.T) {
	names, pages := samplePages(t)
	dir := t.TempDir()
	var files []string
	for _, n := range names {
		f := filepath.Join(dir, n+".html")
		if err := os.WriteFile(f, []byte(pages[n]), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/news/")
		switch {
		case pages[name] == "":
			http.NotFound(w, r)
			return
		}
		if !strings.HasPrefix(r.UserAgent(), "crosscheck/") {
			t.Errorf("user agent %q", r.UserAgent())
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, pages[name])
	}))
	defer srv.Close()
	var urls []string
	for _, n := range names {
		urls = append(urls, srv.URL+"/news/"+n)
	}
	cache := t.TempDir()

	fromFiles, errOut, status := runWeb(t, cache, append([]string{"report", "--format", "json"}, files...)...)
	if status != 0 {
		t.Fatalf("files: status %d: %s", status, errOut)
	}
	fromURLs, errOut, status := runWeb(t, cache, append([]string{"report", "--format", "json"}, urls...)...)
	if status != 0 || errOut != "" {
		t.Fatalf("URLs: status %d: %s", status, errOut)
	}
	if len(fromURLs.Documents) != len(names) || len(fromFiles.Documents) != len(names) {
		t.Fatalf("%d documents from URLs, %d from files, want %d", len(fromURLs.Documents), len(fromFiles.Documents), len(names))
	}
	for i, u := range fromURLs.Documents {
		f := fromFiles.Documents[i]
		if u.Path != urls[i] || u.URL != urls[i] {
			t.Errorf("document %d: path %q url %q, want %q", i, u.Path, u.URL, urls[i])
		}
		if u.Outlet != f.Outlet || u.Title != f.Title || u.Published != f.Published || len(u.Passages) != len(f.Passages) {
			t.Errorf("document %d from its URL: %q %q %q (%d passages); from the file: %q %q %q (%d)",
				i, u.Outlet, u.Title, u.Published, len(u.Passages), f.Outlet, f.Title, f.Published, len(f.Passages))
		}
		if u.Outlet == "" || u.Published == "" {
			t.Errorf("document %d: outlet %q, date %q", i, u.Outlet, u.Published)
		}
	}
	if len(fromURLs.Claims) != len(fromFiles.Claims) {
		t.Errorf("%d claims from URLs, %d from files", len(fromURLs.Claims), len(fromFiles.Claims))
	}

	// The cache: the same report with nothing listening.
	srv.Close()
	offline, errOut, status := runWeb(t, cache, append([]string{"report", "--format", "json"}, urls...)...)
	if status != 0 || errOut != "" {
		t.Fatalf("offline: status %d: %s", status, errOut)
	}
	if len(offline.Documents) != len(names) || offline.Documents[0].Title != fromURLs.Documents[0].Title {
		t.Errorf("offline run did not read the cache: %d documents", len(offline.Documents))
	}
	// --refresh refetches, and with the server gone says so.
	_, errOut, status = runWeb(t, cache, append([]string{"report", "--format", "json", "--refresh"}, urls...)...)
	if status != 1 || !strings.Contains(errOut, urls[0]+": skipped: could not be fetched") {
		t.Errorf("--refresh offline: status %d: %s", status, errOut)
	}
}

// TestReportURLWarnings checks that a missing page and one that does not
// answer in time are warnings naming their addresses, and that the other
// pages still load.
func TestReportURLWarnings(t *testing.T) {
	names, pages := samplePages(t)
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch name := strings.TrimPrefix(r.URL.Path, "/"); {
		case name == "slow":
			select {
			case <-release:
			case <-time.After(5 * time.Second):
			}
		case pages[name] != "":
			fmt.Fprint(w, pages[name])
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	defer close(release)
	missing, slow := srv.URL+"/no-such-article", srv.URL+"/slow"
	urls := []string{srv.URL + "/" + names[0], missing, srv.URL + "/" + names[1], slow}
	list := filepath.Join(t.TempDir(), "links.txt")
	if err := os.WriteFile(list, []byte("# links\n"+strings.Join(urls, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, errOut, status := runWeb(t, t.TempDir(), "report", "--format", "json", "--timeout", "300ms", "--urls", list)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	if len(r.Documents) != 2 {
		t.Errorf("%d documents, want the 2 that answered", len(r.Documents))
	}
	for _, want := range []string{missing + ": skipped: could not be fetched: the server answered 404 Not Found",
		slow + ": skipped: could not be fetched: no answer within 300ms"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}

// TestLoaderCountsFetchedPages checks that the reader's progress bar
// counts the pages fetched, before it goes on to aligning.
func TestLoaderCountsFetchedPages(t *testing.T) {
	names, pages := samplePages(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, pages[strings.TrimPrefix(r.URL.Path, "/")])
	}))
	defer srv.Close()
	urls := []string{srv.URL + "/" + names[0], srv.URL + "/" + names[1], srv.URL + "/" + names[2]}
	var notes []string
	last := -1.0
	load := loader(urls, corpus.Options{Fetch: corpus.FetchOptions{CacheDir: t.TempDir()}}, nil)
	s, _, err := load(t.Context(), func(done float64, doing string) {
		if done < last {
			t.Errorf("progress went back from %v to %v", last, done)
		}
		last = done
		if doing != "" {
			notes = append(notes, doing)
		}
	})
	if err != nil || len(s.Documents) != 3 {
		t.Fatalf("err %v", err)
	}
	got := strings.Join(notes, " | ")
	for _, want := range []string{"Fetching 3 web pages…", "Fetched 1 of 3 web pages", "Fetched 3 of 3 web pages", "Aligning the articles…"} {
		if !strings.Contains(got, want) {
			t.Errorf("progress notes lack %q: %s", want, got)
		}
	}
}
