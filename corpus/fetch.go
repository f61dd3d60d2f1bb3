package corpus

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	nurl "net/url"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html/charset"
)

// Fetching articles from the web: a PATH that is an http(s) address is
// fetched (or read from the page cache) and read as a saved page is.

// FetchOptions controls how web addresses are fetched.
type FetchOptions struct {
	// CacheDir is the folder of the page cache; empty means CacheDir().
	CacheDir string
	// Refresh fetches every page again instead of reading the cache.
	Refresh bool
	// Timeout limits each page's fetch, redirects and body included;
	// zero means DefaultTimeout.
	Timeout time.Duration
	// Parallel is how many pages are fetched at once; zero means
	// DefaultParallel.
	Parallel int
	// Client fetches the pages; nil means a client made from Timeout.
	Client *http.Client
	// Progress, when set, is called as pages arrive, with how many of
	// total have been fetched (or found in the cache, or failed).
	Progress func(fetched, total int)
	// UserAgent names crosscheck to the servers; empty means
	// DefaultUserAgent.
	UserAgent string
}

// Defaults for FetchOptions.
const (
	DefaultTimeout   = 20 * time.Second
	DefaultParallel  = 4
	DefaultUserAgent = "crosscheck/0.1 (news comparison reader; fetches the pages its user names)"
	maxRedirects     = 10
)

// IsURL reports whether path is a web address crosscheck fetches: it
// starts with http:// or https:// and names a host.
func IsURL(path string) bool {
	lower := strings.ToLower(path)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		return false
	}
	u, err := nurl.Parse(path)
	return err == nil && u.Host != ""
}

// ReadURLList reads web addresses, one a line, from r (a file given with
// --urls, or standard input): blank lines and lines starting with # are
// skipped. name names r in errors. A line that is not an http(s) address
// is an error naming the line.
func ReadURLList(r io.Reader, name string) ([]string, error) {
	var urls []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\uFEFF"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !IsURL(line) {
			return nil, fmt.Errorf("%s:%d: %s is not an http(s) address", safeName(name), n, quote(safeName(line)))
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %s", safeName(name), problem(err))
	}
	return urls, nil
}

// A page is a fetched web page, its body decoded to UTF-8.
type page struct {
	URL         string    `json:"url"`
	FinalURL    string    `json:"final_url,omitempty"`
	ContentType string    `json:"content_type"`
	Fetched     time.Time `json:"fetched"`
	Body        string    `json:"body"`
	// fromCache is set when the page came from the cache.
	fromCache bool
}

// fetchResult is one address's page, or why it could not be had.
type fetchResult struct {
	page *page
	err  error
}

// fetchAll fetches urls concurrently, at most Parallel at a time, each
// from the cache when it is there (unless Refresh), and returns their
// results in the same order. maxSize limits each page's body.
func fetchAll(ctx context.Context, urls []string, opt FetchOptions, maxSize int64) []fetchResult {
	out := make([]fetchResult, len(urls))
	if len(urls) == 0 {
		return out
	}
	cache := pageCache{dir: opt.CacheDir}
	client := opt.client()
	parallel := opt.Parallel
	if parallel <= 0 {
		parallel = DefaultParallel
	}
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var r fetchResult
			if !opt.Refresh {
				r.page = cache.get(u)
			}
			if r.page == nil {
				r.page, r.err = fetchPage(ctx, client, u, opt.userAgent(), maxSize)
				if r.err == nil {
					// A page that cannot be cached is still read.
					_ = cache.put(r.page)
				}
			}
			out[i] = r
			mu.Lock()
			done++
			if opt.Progress != nil {
				opt.Progress(done, len(urls))
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

func (o FetchOptions) client() *http.Client {
	if o.Client != nil {
		return o.Client
	}
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &http.Client{Timeout: timeout, CheckRedirect: checkRedirect}
}

func (o FetchOptions) userAgent() string {
	if o.UserAgent != "" {
		return o.UserAgent
	}
	return DefaultUserAgent
}

// checkRedirect follows at most maxRedirects redirects, and only to
// http(s) addresses.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= maxRedirects {
		return fmt.Errorf("more than %d redirects", maxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirected to a %s: address", req.URL.Scheme)
	}
	return nil
}

// errTooBig is the error of a page larger than the size limit.
var errTooBig = errors.New("too big")

// fetchPage fetches one page: HTML (or plain text), at most maxSize bytes,
// its charset taken from the Content-Type header, a byte order mark or the
// page's <meta> and decoded to UTF-8. Compressed answers are decompressed
// by the transport.
func fetchPage(ctx context.Context, client *http.Client, u, agent string, maxSize int64) (*page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("not a usable address: %v", err)
	}
	req.Header.Set("User-Agent", agent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchProblem(err, client.Timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("the server answered %s", safeName(resp.Status))
	}
	ctype := resp.Header.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ctype)
	if ctype == "" {
		mt = "text/html"
	}
	if mt != "text/html" && mt != "application/xhtml+xml" && mt != "text/plain" {
		return nil, fmt.Errorf("not a web page (%s)", safeName(mt))
	}
	if resp.ContentLength > maxSize {
		return nil, fmt.Errorf("%w: %s is larger than the %s limit (see --max-size)", errTooBig, formatSize(resp.ContentLength), formatSize(maxSize))
	}
	body, err := charset.NewReader(resp.Body, ctype)
	if err != nil {
		body = resp.Body
	}
	b, err := io.ReadAll(io.LimitReader(body, maxSize+1))
	if err != nil {
		return nil, fetchProblem(err, client.Timeout)
	}
	if int64(len(b)) > maxSize {
		return nil, fmt.Errorf("%w: larger than the %s limit (see --max-size)", errTooBig, formatSize(maxSize))
	}
	p := &page{URL: u, ContentType: mt, Fetched: time.Now().UTC(), Body: string(b)}
	if final := resp.Request.URL.String(); final != u {
		p.FinalURL = final
	}
	return p, nil
}

// fetchProblem words a fetch error in plain terms: no such host, no
// answer in time, refused.
func fetchProblem(err error, timeout time.Duration) error {
	var dns *net.DNSError
	var ue *nurl.Error
	switch {
	case errors.As(err, &dns) && dns.IsNotFound:
		return fmt.Errorf("no such host (%s)", safeName(dns.Name))
	case errors.As(err, &dns):
		return fmt.Errorf("the host's name could not be looked up (%s)", safeName(dns.Name))
	case errors.Is(err, context.DeadlineExceeded), os.IsTimeout(err):
		if timeout > 0 {
			return fmt.Errorf("no answer within %s", timeout)
		}
		return errors.New("no answer in time")
	case errors.Is(err, context.Canceled):
		return errors.New("cancelled")
	case errors.As(err, &ue):
		return errors.New(safeName(ue.Err.Error()))
	}
	return errors.New(safeName(err.Error()))
}
