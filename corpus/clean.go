package corpus

import "strings"

// Building a Document from a raw article: its text made safe, cleaned by
// the rules (cleaner.go, structure.go, header.go, dateline.go), and what
// is left emitted as sentence passages.

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

func quote(s string) string { return "\u201c" + s + "\u201d" }
