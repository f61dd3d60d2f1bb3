package corpus

import (
	"context"
	"errors"
)

// fetchPages fetches the web addresses among paths, once each.
func (l *loader) fetchPages(ctx context.Context, paths []string) {
	var urls []string
	seen := map[string]bool{}
	for _, p := range paths {
		if IsURL(p) && !seen[p] {
			seen[p] = true
			urls = append(urls, p)
		}
	}
	if len(urls) == 0 {
		return
	}
	l.pages = map[string]fetchResult{}
	for i, r := range fetchAll(ctx, urls, l.opt.Fetch, l.maxSize()) {
		l.pages[urls[i]] = r
	}
}

// addPage reads a fetched page as a saved one: HTML through the same
// reader, plain text as text. A page that could not be fetched is a
// warning naming its address.
func (l *loader) addPage(u string, r fetchResult) {
	if r.err != nil {
		if errors.Is(r.err, errTooBig) {
			l.warn("%s: skipped: %v", u, r.err)
			return
		}
		l.warn("%s: skipped: could not be fetched: %v", u, r.err)
		return
	}
	f := formatNamed("html")
	if r.page.ContentType == "text/plain" {
		f = formatNamed("text")
	}
	l.addBytes(u, u, []byte(r.page.Body), f)
}
