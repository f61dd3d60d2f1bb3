package corpus

import (
	"strings"
	"unicode"
)

// A para is one paragraph of an article as its reader found it.
type para struct {
	text string
	// caption is set when the reader knows the paragraph is a photo
	// caption (an HTML <figcaption>, a Markdown image's title or
	// description).
	caption bool
	// altText marks a caption made of an image's description (Markdown
	// alt text), which describes the picture: a credit is taken from it
	// only when written in parentheses at its end.
	altText bool
	// footnote marks a Markdown footnote: kept, but apart from the text.
	footnote bool
	// tableRow marks a row of a table, which the reader knows is the
	// article's own content: the boilerplate rules leave it alone.
	tableRow bool
}

// textParas wraps paragraphs of plain text.
func textParas(ps []string) []para {
	out := make([]para, len(ps))
	for i, p := range ps {
		out[i] = para{text: p}
	}
	return out
}

// sharedLines counts, for each line (by lineKey), how many documents of
// the corpus hold it.
type sharedLines map[string]int

// lineKey is the form in which lines are compared across documents.
func lineKey(p string) string { return strings.ToLower(collapseSpace(Fold(p))) }

// built is a cleaned document and what the corpus still needs to finish
// it.
type built struct {
	doc      Document
	dateline *dateline
}

// buildDocument cleans a raw article into a Document: text made safe,
// boilerplate set aside with its reason, headline, date line, byline and
// dateline taken as metadata, the outlet found, and the remaining text
// split into sentence passages. shared says which lines other documents
// of the corpus also hold.
func buildDocument(a rawArticle, shared sharedLines) built {
	a = sanitizeRaw(a)
	d := Document{Path: safeName(a.path), Format: a.format, Title: a.title, URL: a.url, Byline: a.byline, Warnings: a.warnings}
	if a.date != "" {
		if t, ok := ParseDate(a.date); ok {
			d.Published = t
		} else {
			d.Warnings = append(d.Warnings, "unrecognised date "+quote(a.date))
		}
	}
	c := newCleaner(a.paras)
	c.applyRules()
	c.applyShared(shared, d.Title)
	c.structure(&d)
	c.keepLoneSentence()
	c.applySharedBlocks(shared)
	dl := c.stripDateline(&d)
	c.emit(&d)
	d.Outlet, d.OutletSource = findOutlet(a, &d, dl)
	d.Outlet = cleanLine(d.Outlet) // whatever cue named it
	if d.Byline == "" {
		d.Byline = bylineFromNote(d.Removed)
	}
	return built{doc: d, dateline: dl}
}

// cleaner holds an article's paragraphs and the reason each is removed
// ("" for the article's own text) while cleaning decides.
type cleaner struct {
	paras   []para
	reasons []string
	weak    []bool // removed by a weak rule: may still be the headline
	seen    map[string]int
	rest    map[int]string // paragraph text left after a dateline is cut
	// What each paragraph's text is, worked out once: a headline-like
	// line, a date line, a line that speaks to the reader.
	headlineLike, dateLine, addressed []bool
}

func newCleaner(paras []para) *cleaner {
	n := len(paras)
	c := &cleaner{paras: paras, reasons: make([]string, n), weak: make([]bool, n), seen: map[string]int{},
		headlineLike: make([]bool, n), dateLine: make([]bool, n), addressed: make([]bool, n)}
	for i, p := range paras {
		c.seen[lineKey(p.text)]++
		c.headlineLike[i] = isHeadlineLike(p.text) && !isCutSentence(p.text) && !isQuotation(p.text)
		c.dateLine[i] = isDateLine(p.text)
		c.addressed[i] = addressesReader(p.text)
	}
	return c
}

func (c *cleaner) text(i int) string { return c.paras[i].text }

// applyRules marks captions found by the reader and lines that the
// general boilerplate rules recognise.
func (c *cleaner) applyRules() {
	for i, p := range c.paras {
		switch {
		case p.caption:
			c.reasons[i] = ReasonCaption
			continue
		case p.footnote:
			c.reasons[i] = ReasonFootnote
			continue
		case p.tableRow:
			continue
		}
		c.reasons[i], c.weak[i] = classifyLine(p.text)
	}
}

// isProse reports whether paragraph i, not yet removed, reads as the
// article's own text: a sentence, not a label, a headline or a date.
func (c *cleaner) isProse(i int) bool {
	return c.reasons[i] == "" && !c.headlineLike[i] && !c.dateLine[i]
}

// isCore reports whether paragraph i is prose that does not speak to the
// reader: the kind of paragraph that only reporting is made of.
func (c *cleaner) isCore(i int) bool {
	return c.isProse(i) && !c.addressed[i]
}

// span returns the first and last core prose paragraphs, or -1, -1.
func (c *cleaner) span(limit int) (first, last int) {
	first, last = -1, -1
	for i := 0; i < limit; i++ {
		if c.isCore(i) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// applyShared removes lines that other documents of the corpus also hold
// when something else marks them as boilerplate too: they are a few words
// long, or not sentences (below the article's top, where a headline shared
// with a wire copy may stand), or speak to the reader. A sentence of
// reporting shared by two outlets (wire copy) is kept.
func (c *cleaner) applyShared(shared sharedLines, title string) {
	if len(shared) == 0 {
		return
	}
	first, _ := c.span(len(c.paras))
	for i := range c.paras {
		p := c.text(i)
		if c.reasons[i] != "" || shared[lineKey(p)] < 2 || isDateLine(p) || sameText(p, title) {
			continue
		}
		words := wordCount(p)
		if words <= 4 || addressesReader(p) || (i > first && first >= 0 && !endsSentence(p) && words <= 20) {
			c.reasons[i] = ReasonCrossRepeat
		}
	}
}

// boilerplateReasons are reasons that mark a block of page furniture
// rather than a break inside an article.
var boilerplateReasons = map[string]bool{
	ReasonNewsletter: true, ReasonMembership: true, ReasonSignIn: true, ReasonPromotion: true,
	ReasonWidget: true, ReasonNavigation: true, ReasonReadMore: true, ReasonRelated: true,
	ReasonCrossRepeat: true, ReasonRepeated: true, ReasonCopyright: true, ReasonTrailing: true,
}

// applySharedBlocks removes a line other documents also hold when it
// stands between two lines of page furniture: a block of boilerplate the
// rules did not know.
func (c *cleaner) applySharedBlocks(shared sharedLines) {
	for i := 1; i+1 < len(c.paras); i++ {
		if c.reasons[i] == "" && shared[lineKey(c.text(i))] >= 2 &&
			boilerplateReasons[c.reasons[i-1]] && boilerplateReasons[c.reasons[i+1]] {
			c.reasons[i] = ReasonCrossRepeat
		}
	}
}

// endMarkerAt reports whether the line at i ends the article: a
// syndication footer anywhere after the text starts; a copyright footer,
// author note or reporting credits once most of the text is behind it.
func (c *cleaner) endMarkerAt(i, first int) bool {
	switch c.reasons[i] {
	case ReasonSyndication:
		return i > first
	case ReasonCopyright, ReasonAuthorBio, ReasonCredits:
		before, after := 0, 0
		for j := range c.paras {
			if c.isCore(j) {
				if j < i {
					before++
				} else {
					after++
				}
			}
		}
		return before > 0 && after <= before
	}
	return false
}

var bylinePrefix = lazyRE(`(?i)^by\s+`)

// authorNoteName finds the writer's name at the start of an author note
// ("Jo Smit is a reporter for …").
var authorNoteName = lazyRE(`^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}) (?:is|was|has been|covers) `)

// bylineFromNote returns the writer named by an author note, or "".
func bylineFromNote(removed []Removed) string {
	for _, r := range removed {
		if r.Reason == ReasonAuthorBio {
			if m := authorNoteName.FindStringSubmatch(r.Text); m != nil {
				return m[1]
			}
		}
	}
	return ""
}

// personalOrImperative matches lines that speak to the reader or for the
// site, or open with a call to act: a promotion, not a headline, even when
// they look like one.
var personalOrImperative = lazyRE(`\b([Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b|(?i:^(support|join|subscribe|sign|get|become|donate|register|follow|download|watch|listen|read|click|try)\b)`)

// structure reads the article's shape: the header above its first
// paragraph (site name, navigation, headline, date line, byline), the
// body, and what follows its end (related headlines, promotions).
func (c *cleaner) structure(d *Document) {
	n := len(c.paras)
	first, last := c.span(n)
	if first < 0 {
		// No sentence anywhere: keep what the rules left, bar a headline.
		c.header(d, n, -1)
		return
	}
	for i := first + 1; i < n; i++ {
		if c.endMarkerAt(i, first) {
			for j := i + 1; j < n; j++ {
				if c.reasons[j] == "" {
					c.reasons[j] = c.trailingReason(j)
				}
			}
			_, last = c.span(i)
			break
		}
	}
	c.header(d, first, first)
	prose := 0 // paragraphs of prose before i
	for i := first; i <= last; i++ {
		if c.reasons[i] != "" {
			continue
		}
		p := c.text(i)
		words := wordCount(p)
		switch {
		case c.dateLine[i]:
			c.reasons[i] = ReasonDateLine
			// A date line after a standfirst of a sentence or two, as
			// some sites print it, still dates the article.
			if d.Published.IsZero() && prose <= maxStandfirst {
				d.Published, _ = ParseDate(p)
			}
		case c.addressed[i] && (promoWords.MatchString(p) || words <= 8):
			c.reasons[i] = ReasonPromotion
		case !c.headlineLike[i]:
		case similarTitle(p, d.Title):
			c.reasons[i] = ReasonHeadline
		case bylinePrefix.MatchString(p) && words <= 8:
			c.reasons[i] = ReasonBylineLine
		case words <= 12:
			c.reasons[i] = ReasonSubheading
		}
		if c.reasons[i] == "" {
			prose++
		}
	}
	for i := last + 1; i < n; i++ {
		if c.reasons[i] == "" {
			c.reasons[i] = c.trailingReason(i)
		}
	}
}

// maxStandfirst is how many paragraphs of prose may stand above a date
// line that dates the article: a standfirst.
const maxStandfirst = 2

// trailingReason says why a line after the end of the article is removed.
func (c *cleaner) trailingReason(i int) string {
	p := c.text(i)
	switch {
	case c.addressed[i]:
		return ReasonPromotion
	case c.headlineLike[i], c.dateLine[i], strings.HasSuffix(p, "..."), strings.HasSuffix(p, "…"):
		return ReasonRelated
	}
	return ReasonTrailing
}

// header reads the lines before the article's first paragraph (end): the
// headline, a date line, a byline; everything else there is the page's
// name, navigation or a standfirst.
func (c *cleaner) header(d *Document, end, first int) {
	if d.Title == "" {
		if t := c.pickTitle(end); t >= 0 {
			d.Title = c.text(t)
			c.reasons[t], c.weak[t] = ReasonHeadline, false
		}
	}
	titleSeen := false
	for i := 0; i < end; i++ {
		p := c.text(i)
		if c.reasons[i] == ReasonHeadline || similarTitle(p, d.Title) && c.reasons[i] == "" {
			c.reasons[i] = ReasonHeadline
			titleSeen = true
			continue
		}
		if c.reasons[i] != "" {
			continue
		}
		if first < 0 && !isDateLine(p) && !bylinePrefix.MatchString(p) {
			continue // no article body found: keep the line
		}
		switch {
		case isDateLine(p):
			c.reasons[i] = ReasonDateLine
			if d.Published.IsZero() {
				d.Published, _ = ParseDate(p)
			}
		case bylinePrefix.MatchString(p) && wordCount(p) <= 10:
			c.reasons[i] = ReasonBylineLine
			if d.Byline == "" {
				d.Byline = strings.TrimSpace(bylinePrefix.ReplaceAllString(p, ""))
			}
		case addressesReader(p):
			c.reasons[i] = ReasonPromotion
		case c.seen[lineKey(p)] > 1:
			c.reasons[i] = ReasonRepeated
		case titleSeen && wordCount(p) >= 6 && !readsAsStatement(p):
			c.reasons[i] = ReasonSubheading
		case titleSeen && wordCount(p) >= 6:
			// A standfirst that states a fact is part of the report.
		default:
			c.reasons[i] = ReasonNavigation
		}
	}
}

// pickTitle chooses the headline among the lines before end: a
// headline-like line of five words or more that the page repeats (a page
// title and its heading), else the first of four words or more, else the
// first of three, else a two-word line that opens the file alone. It
// returns -1 when there is none.
func (c *cleaner) pickTitle(end int) int {
	var cands []int
	for i := 0; i < end; i++ {
		p := c.text(i)
		if c.reasons[i] != "" && !(c.weak[i] && wordCount(p) >= 4 && !personalOrImperative.MatchString(p)) {
			continue
		}
		if !isHeadlineLike(p) || isDateLine(p) || bylinePrefix.MatchString(p) || wordCount(p) < 2 {
			continue
		}
		cands = append(cands, i)
	}
	if len(cands) > 0 && cands[0] == 0 && wordCount(c.text(0)) == 2 && len(cands) == 1 {
		return 0 // a short headline alone at the top of the file
	}
	for _, i := range cands {
		if c.seen[lineKey(c.text(i))] > 1 && wordCount(c.text(i)) >= 5 {
			return i
		}
	}
	for _, minWords := range []int{4, 3} {
		for _, i := range cands {
			if wordCount(c.text(i)) >= minWords {
				return i
			}
		}
	}
	return -1
}

// stripDateline cuts a dateline from the start of the article's first
// paragraph, taking its date (when it gives a year) and keeping it in
// Dateline and Removed.
func (c *cleaner) stripDateline(d *Document) *dateline {
	for i := range c.paras {
		if c.reasons[i] != "" {
			continue
		}
		dl, ok := findDateline(c.text(i))
		if !ok {
			return nil
		}
		d.Dateline = dl.text
		rest := strings.TrimSpace(c.text(i)[len(dl.text):])
		rest = strings.TrimLeft(rest, "—–- ")
		if rest == "" {
			c.reasons[i] = ReasonDateline
		} else {
			c.rest = map[int]string{i: rest}
		}
		if d.Published.IsZero() {
			if t, ok := dl.date(0); ok {
				d.Published = t
			}
		}
		return &dl
	}
	return nil
}

// emit fills the document's passages, removed lines and captions.
func (c *cleaner) emit(d *Document) {
	paragraph := 0
	for i, p := range c.paras {
		if r := c.reasons[i]; r != "" {
			d.Removed = append(d.Removed, Removed{Text: p.text, Reason: r, After: paragraph})
			if r == ReasonCaption {
				credit := captionCredit(p.text)
				if p.altText {
					credit = parenCredit(p.text)
				}
				d.Captions = append(d.Captions, Caption{Text: p.text, Credit: credit, After: paragraph})
			}
			continue
		}
		text := p.text
		if rest, ok := c.rest[i]; ok {
			d.Removed = append(d.Removed, Removed{Text: d.Dateline, Reason: ReasonDateline, After: paragraph})
			text = rest
		}
		paragraph++
		for _, s := range SplitSentences(text) {
			for _, piece := range splitLong(s, maxPassageBytes) {
				d.Passages = append(d.Passages, Passage{Paragraph: paragraph, Text: piece})
			}
		}
	}
}

var (
	creditParens = lazyRE(`\(([^()]{2,120})\)\s*$`)
	creditLabel  = lazyRE(`(?i)^(?:(?:AP |AFP |Reuters )?(?:photo|image|picture|credit|photograph|illustration|file photo|photo credit)(?: by)?:?\s*)`)
)

// captionCredit returns the credit of a photo caption, or "".
func captionCredit(caption string) string {
	if c := parenCredit(caption); c != "" {
		return c
	}
	if loc := creditLabel.FindStringIndex(caption); loc != nil && loc[1] < len(caption) && loc[1] > 0 {
		return strings.TrimSpace(caption[loc[1]:])
	}
	return ""
}

// parenCredit returns the credit written in parentheses at the end of a
// caption ("… (Photo: Kai Berg/Riverside Courier)"), or "".
func parenCredit(caption string) string {
	if m := creditParens.FindStringSubmatch(caption); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// sanitizeRaw makes every text of a raw article safe and normal: control
// characters and escape sequences removed, NFC, white space collapsed in
// single-line fields and paragraphs. Readers of JSON and HTML decode
// escapes that could hide control characters, so this is done again here
// whatever the reader did.
func sanitizeRaw(a rawArticle) rawArticle {
	line := cleanLine
	a.outlet, a.siteName, a.title = line(a.outlet), line(a.siteName), line(a.title)
	a.date, a.url, a.byline = line(a.date), line(a.url), line(a.byline)
	paras := make([]para, 0, len(a.paras))
	for _, p := range a.paras {
		if t := line(p.text); t != "" {
			p.text = t
			paras = append(paras, p)
		}
	}
	a.paras = paras
	return a
}

func isDateLine(p string) bool {
	_, ok := ParseDate(p)
	return ok
}

// similarTitle reports whether line p is the headline title, written the
// same or nearly so (a page's <h1> and its og:title often differ by a word
// or a site name): most of the words of each are in the other.
func similarTitle(p, title string) bool {
	if sameText(p, title) {
		return true
	}
	if title == "" || !isHeadlineLike(p) {
		return false
	}
	pw, tw := titleWords(p), titleWords(title)
	if len(pw) < 3 || len(tw) < 3 {
		return false
	}
	common := 0
	for w := range pw {
		if tw[w] {
			common++
		}
	}
	return common*10 >= len(pw)*7 && common*10 >= len(tw)*7
}

func titleWords(s string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(Fold(s)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words[w] = true
	}
	return words
}

// sameText reports whether a and b are the same text after folding quotes
// and case.
func sameText(a, b string) bool {
	return a != "" && strings.EqualFold(Fold(a), Fold(b))
}

func quote(s string) string { return "\u201c" + s + "\u201d" }
