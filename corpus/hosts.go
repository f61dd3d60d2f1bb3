package corpus

import (
	_ "embed"
	"net"
	nurl "net/url"
	"strings"
	"sync"

	"golang.org/x/net/publicsuffix"
)

// newsHostsTable is the embedded table of common news sites.
//
//go:embed data/news-hosts.tsv
var newsHostsTable string

// A newsSite is one row of the table of common news sites.
type newsSite struct {
	host, name string
	// addressOnly is set when the host's first label is too generic to
	// name the site alone ("abc", "news", "time").
	addressOnly bool
}

// newsSites is the embedded table of common news sites, read on first
// use.
var newsSites = sync.OnceValue(func() []newsSite {
	var out []newsSite
	for _, line := range strings.Split(newsHostsTable, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) >= 2 {
			out = append(out, newsSite{host: f[0], name: strings.TrimSpace(f[1]), addressOnly: len(f) > 2 && f[2] == "address only"})
		}
	}
	return out
})

// newsHosts maps a news site's host (without www.) to its name.
var newsHosts = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, s := range newsSites() {
		m[s.host] = s.name
	}
	return m
})

// newsSiteLabels maps the first label of each table host ("bbc",
// "nytimes", "timesofindia") to the site's name, for files named after a
// site. A label two sites share, or a generic one, names no site.
var newsSiteLabels = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, s := range newsSites() {
		label, _, _ := strings.Cut(s.host, ".")
		if old, ok := m[label]; (ok && old != s.name) || s.addressOnly {
			m[label] = ""
			continue
		}
		m[label] = s.name
	}
	return m
})

// urlHost returns the lower-case host of a web address, or "". A host
// may spell anything in percent escapes ("%E2%80%AE"): it is cleaned.
func urlHost(u string) string {
	p, err := nurl.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	return cleanLine(strings.ToLower(p.Hostname()))
}

// siteName names the site of a web address: the name in the table of
// common news sites for its host or the nearest parent domain that is
// listed ("www.bbc.co.uk" → "BBC", "news.sky.com" → "Sky News"), else its
// registrable domain ("news.example.co.uk" → "example.co.uk"). It returns
// "" for an address without a host.
func siteName(u string) string {
	host := strings.TrimPrefix(urlHost(u), "www.")
	if host == "" || host == "example.invalid" {
		return ""
	}
	hosts := newsHosts()
	for h := host; h != ""; {
		if n, ok := hosts[h]; ok {
			return n
		}
		_, rest, found := strings.Cut(h, ".")
		if !found {
			break
		}
		h = rest
	}
	if net.ParseIP(host) != nil {
		return host
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// siteNameForStem names a news site from a file name that is its domain's
// first label ("bbc" → "BBC", "thehindu" → "The Hindu"), or "".
func siteNameForStem(stem string) string {
	return newsSiteLabels()[strings.ToLower(stem)]
}
