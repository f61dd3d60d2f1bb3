package corpus

import (
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a document's outlet name was found (Document.OutletSource).
const (
	OutletFromMetadata    = "metadata"
	OutletFromSyndication = "syndication footer"
	OutletFromDateline    = "dateline"
	OutletFromSiteName    = "site name in text"
	OutletFromCopyright   = "copyright line"
	OutletFromWebAddress  = "web address"
	OutletFromFileName    = "file name"
	OutletFromFileLabel   = "file label"
)

// findOutlet names the outlet of a cleaned document from the best cue it
// has: the file's own metadata first (a syndication footer overrides a web
// page's site name, which names the aggregator), then cues in the text, the
// web address, and the file name.
func findOutlet(a rawArticle, d *Document, dl *dateline) (name, source string) {
	if a.outlet != "" {
		return a.outlet, OutletFromMetadata
	}
	if n := outletFromSyndication(d.Removed); n != "" {
		return n, OutletFromSyndication
	}
	if a.siteName != "" {
		return a.siteName, OutletFromMetadata
	}
	if dl != nil && dl.agency != "" {
		return dl.agency, OutletFromDateline
	}
	if n := repeatedName(d.Removed); n != "" {
		return n, OutletFromSiteName
	}
	if n := copyrightName(d.Removed); n != "" {
		return n, OutletFromCopyright
	}
	if n := siteLine(d.Removed); n != "" {
		return n, OutletFromSiteName
	}
	if n := siteName(d.URL); n != "" {
		return n, OutletFromWebAddress
	}
	// A file name can hold anything; its label is made from the name
	// with the control characters and escape sequences left out.
	path := cleanLine(a.path)
	if entrySuffix(path) == "" {
		// A feed's file name names the feed, not each article's outlet.
		if n := outletFromPath(path); n != "" {
			return n, OutletFromFileName
		}
	}
	return fileLabel(path), OutletFromFileLabel
}

// outletFromSyndication returns the original outlet named by a syndication
// footer ("The post … appeared first on New York Times.").
func outletFromSyndication(removed []Removed) string {
	for _, r := range removed {
		if m := syndicationSource.FindStringSubmatch(r.Text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// nameCueReasons are the removed lines in which a site names itself.
var nameCueReasons = map[string]bool{
	ReasonNewsletter: true, ReasonMembership: true, ReasonPromotion: true, ReasonSignIn: true,
	ReasonCopyright: true, ReasonEditorNote: true,
}

// repeatedName returns the name a site repeats in its own newsletter,
// membership, copyright lines and editor's notes ("Get The Times of
// Israel's Daily Edition", "… The Times of Israel Community"): the most
// frequent capitalised phrase, when it occurs at least twice.
func repeatedName(removed []Removed) string {
	type count struct {
		key        string
		n, withThe int
		forms      map[string]int
		words      int
	}
	counts := map[string]*count{}
	for _, r := range removed {
		if !nameCueReasons[r.Reason] {
			continue
		}
		for _, ph := range namePhrases(r.Text) {
			c := counts[ph.key]
			if c == nil {
				c = &count{key: ph.key, forms: map[string]int{}, words: ph.words}
				counts[ph.key] = c
			}
			c.n++
			c.forms[ph.text]++
			if ph.the {
				c.withThe++
			}
		}
	}
	var best *count
	for _, multi := range []bool{true, false} {
		for _, c := range counts {
			if c.n < 2 || (c.words > 1) != multi {
				continue
			}
			if best == nil || c.n > best.n || c.n == best.n && (c.words > best.words || c.words == best.words && c.key < best.key) {
				best = c
			}
		}
		if best != nil {
			break
		}
	}
	if best == nil {
		return ""
	}
	if best.words == 1 {
		// One word ("Gazette") is likely part of the full name the site
		// also uses ("Harbour Gazette"): take that when there is one.
		var longer *count
		for _, c := range counts {
			if c.words > 1 && c.words <= 4 && strings.Contains(" "+c.key+" ", " "+best.key+" ") &&
				(longer == nil || c.n > longer.n || c.n == longer.n && (c.words > longer.words || c.words == longer.words && c.key < longer.key)) {
				longer = c
			}
		}
		if longer != nil {
			best = longer
		}
	}
	name, n := "", 0
	for f, k := range best.forms {
		if k > n || k == n && f < name {
			name, n = f, k
		}
	}
	if best.withThe*2 > best.n {
		name = "The " + name
	}
	return name
}

// A namePhrase is a run of capitalised words that may name an outlet.
type namePhrase struct {
	text, key string
	the       bool // preceded by "The"
	words     int
}

var (
	nameToken = lazyRE(`[\p{L}\p{N}&]+(?:[.'’][\p{L}]+)*`)
	// nameJoiners may stand between the capitalised words of a name.
	nameJoiners = map[string]bool{"of": true, "on": true, "de": true, "du": true, "la": true, "al": true, "el": true, "and": true, "&": true, "the": true, "for": true}
	// nameLeadWords open phrases but are not part of a name ("Get The Times
	// of Israel").
	nameLeadWords = map[string]bool{"get": true, "join": true, "support": true, "subscribe": true, "sign": true,
		"read": true, "watch": true, "follow": true, "download": true, "become": true, "thank": true, "already": true,
		"please": true, "enjoy": true, "our": true, "your": true, "by": true, "in": true, "for": true, "with": true,
		"and": true, "so": true, "today": true, "click": true, "learn": true, "this": true, "that": true, "all": true,
		"more": true, "copyright": true, "the": true, "a": true, "an": true, "to": true, "at": true, "on": true, "from": true}
	// nameStopWords never occur in an outlet's name as sites use it.
	nameStopWords = map[string]bool{"privacy": true, "policy": true, "terms": true, "cookie": true, "cookies": true,
		"rights": true, "reserved": true, "edition": true, "newsletter": true, "newsletters": true, "community": true,
		"member": true, "members": true, "subscriber": true, "subscribers": true, "account": true, "password": true,
		"email": true, "premium": true, "free": true, "app": true, "use": true, "service": true, "ad": true}
)

// namePhrases returns every run of capitalised words in s and each of its
// sub-runs that starts and ends with a capitalised word, so that "The Times
// of Israel Community" also counts as "Times of Israel".
func namePhrases(s string) []namePhrase {
	locs := nameToken.FindAllStringIndex(s, -1)
	var out []namePhrase
	i := 0
	for i < len(locs) {
		if !isCapitalised(s[locs[i][0]:locs[i][1]]) {
			i++
			continue
		}
		// A run: capitalised tokens and joiners, within one clause.
		j := i
		for j+1 < len(locs) {
			gap := s[locs[j][1]:locs[j+1][0]]
			if strings.TrimSpace(gap) != "" && gap != "-" {
				break
			}
			w := s[locs[j+1][0]:locs[j+1][1]]
			if !isCapitalised(w) && !nameJoiners[strings.ToLower(w)] {
				break
			}
			j++
		}
		run := locs[i : j+1]
		for a := range run {
			wa := s[run[a][0]:run[a][1]]
			if !isCapitalised(wa) || nameLeadWords[strings.ToLower(wa)] {
				continue
			}
			for b := a; b < len(run); b++ {
				wb := s[run[b][0]:run[b][1]]
				if nameStopWords[strings.ToLower(wb)] {
					break
				}
				if !isCapitalised(wb) {
					continue
				}
				text := strings.TrimSuffix(strings.TrimSuffix(s[run[a][0]:run[b][1]], "’s"), "'s")
				words := b - a + 1
				if words == 1 && !isLikelySingleName(text) {
					continue
				}
				the := a > 0 && strings.EqualFold(s[run[a-1][0]:run[a-1][1]], "the")
				if a == 0 {
					before := strings.TrimRight(s[:run[0][0]], " ")
					the = strings.HasSuffix(strings.ToLower(before), "the")
				}
				key := strings.ToLower(strings.ReplaceAll(Fold(text), "-", " "))
				out = append(out, namePhrase{text: text, key: key, the: the, words: words})
			}
		}
		i = j + 1
	}
	return out
}

// isCapitalised reports whether w starts with a capital letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isLikelySingleName reports whether a one-word phrase may be a site's
// name: a word of four letters or more, or an acronym of three.
func isLikelySingleName(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 4 || n >= 3 && strings.ToUpper(w) == w
}

var copyrightNoise = lazyRE(`(?i)©|\(c\)|\bcopyright\b|\b(19|20)\d{2}\b|[-–]\s*(19|20)\d{2}|all rights reserved\.?|\bltd\b\.?|\binc\b\.?|\bllc\b`)

// copyrightName returns the holder named by a copyright footer
// ("© 2026 Harbour Gazette. All rights reserved." → "Harbour Gazette").
func copyrightName(removed []Removed) string {
	for _, r := range removed {
		if r.Reason != ReasonCopyright {
			continue
		}
		name := strings.Trim(collapseSpace(copyrightNoise.ReplaceAllString(r.Text, " ")), " .,;|-–—")
		if name != "" && isCapitalised(name) && wordCount(name) <= 6 && !strings.ContainsAny(name, ".!?") {
			return name
		}
	}
	return ""
}

// siteLine returns a short line repeated at the top of a page, which is
// the site's name ("DNYUZ").
func siteLine(removed []Removed) string {
	counts := map[string]int{}
	best := ""
	for _, r := range removed {
		if r.Reason != ReasonRepeated || r.After > 0 || wordCount(r.Text) > 4 {
			continue
		}
		counts[r.Text]++
		if counts[r.Text] > counts[best] {
			best = r.Text
		}
	}
	return best
}

// hashLike matches file-name parts that carry no meaning: numbers and long
// hexadecimal runs.
var hashLike = lazyRE(`^(?:\d+|[0-9a-f]{8,})$`)

var entryNumber = lazyRE(`\.[A-Za-z]+([:#]\d+)$`)

// entrySuffix returns the line or item number that names one entry of a
// JSON Lines file or JSON array (":3", "#2"), or "".
func entrySuffix(path string) string {
	if m := entryNumber.FindStringSubmatch(path); m != nil {
		return m[1]
	}
	return ""
}

// fileStem returns a path's base name without its extension or entry
// number.
func fileStem(path string) string {
	base := strings.TrimSuffix(filepath.Base(path), entrySuffix(path))
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// outletFromPath makes a file name readable as an outlet name:
// "times-of-israel.txt" → "Times of Israel", or a file named after a
// common news site's domain, "nytimes.txt", → "The New York Times". Numbers and hash-like parts
// are dropped; it returns "" when nothing readable is left.
func outletFromPath(path string) string {
	if n := siteNameForStem(fileStem(path)); n != "" {
		return n
	}
	words := strings.FieldsFunc(fileStem(path), func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	var out []string
	for _, w := range words {
		lw := strings.ToLower(w)
		if hashLike.MatchString(lw) {
			continue
		}
		if len(out) > 0 && (lw == "of" || lw == "the" || lw == "and" || lw == "on" || lw == "de" || lw == "al" || lw == "for") {
			out = append(out, lw)
			continue
		}
		if w == lw {
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			w = string(r)
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// fileLabel names a document whose outlet nothing names, from a file name
// with no readable words ("000_b8657bbdad9a1a27.txt" → "000_b8657b"): short
// enough for a column header, and still telling which file it is.
// Standard input is "stdin".
func fileLabel(path string) string {
	if path == "-" {
		return "stdin"
	}
	stem := fileStem(path)
	parts := strings.FieldsFunc(stem, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	for i, p := range parts {
		if len(p) > 8 && hashLike.MatchString(strings.ToLower(p)) {
			parts[i] = p[:6]
		}
	}
	label := strings.Join(parts, "_")
	if label == "" {
		label = "article"
	}
	return label + entrySuffix(path)
}
