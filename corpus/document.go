package corpus

import (
	"strings"
	"time"
)

// A Document is one outlet's article, cleaned and split into passages.
type Document struct {
	// ID is the document's identifier in a loaded corpus: "d1", "d2", ….
	ID string
	// Path is where the article came from, as the user gave it, with a line
	// number for JSON Lines ("feed.jsonl:3") or an item number for a JSON
	// array ("feed.json#2"), or "sample/NAME" for the embedded sample story.
	Path string
	// Format names the reader that read the article: "text", "markdown",
	// "html", "json" or "jsonl".
	Format string
	// Outlet names the publication that reported the article. When nothing
	// names it, it is a label made from the file name, and OutletSource says
	// so.
	Outlet string
	// OutletSource tells where Outlet was found: "metadata", "syndication
	// footer", "dateline", "site name in text", "copyright line", "web
	// address", "file name" or "file label".
	OutletSource string
	// Title is the article's headline, or empty when none was found.
	Title string
	// Published is the publication date, or the zero time when unknown.
	Published time.Time
	// URL and Byline are taken from the article's metadata when present.
	URL, Byline string
	// Dateline is the dateline stripped from the start of the article
	// ("ROTTERDAM, Oct. 9 (Reuters) —"), or empty.
	Dateline string
	// Passages are the article's own sentences in reading order, the
	// headline first when there is one (see Passage.Headline).
	Passages []Passage
	// Captions are the photo captions found in the article, kept out of the
	// passages. Each is also listed in Removed with ReasonCaption.
	Captions []Caption
	// Removed holds every line taken out of the article, with its reason.
	Removed []Removed
	// Warnings describe problems met while reading the article.
	Warnings []string
}

// PublishedDate returns the publication date as YYYY-MM-DD, or "" when it is
// unknown.
func (d *Document) PublishedDate() string {
	if d.Published.IsZero() {
		return ""
	}
	return d.Published.Format(time.DateOnly)
}

// A Passage is one sentence of a document; a passage never spans paragraphs.
type Passage struct {
	// ID is "<document id>.<n>", numbering the body's passages from 1, or
	// "<document id>.headline" for the headline.
	ID string
	// Paragraph is the 1-based number of the paragraph holding the passage;
	// 0 for the headline.
	Paragraph int
	// Text is the passage as displayed: NFC-normalised, curly quotes kept.
	Text string
	// Headline is true for the article's headline, taken as a passage: it
	// states the story's main facts, which are aligned and compared like
	// any sentence's. It is the document's first passage, its text the
	// document's Title.
	Headline bool
}

// HeadlineID is the suffix of a headline passage's ID: "d2.headline".
const HeadlineID = "headline"

// HasHeadline reports whether the document's first passage is its
// headline.
func (d *Document) HasHeadline() bool {
	return len(d.Passages) > 0 && d.Passages[0].Headline
}

// Body returns the document's passages after its headline.
func (d *Document) Body() []Passage {
	if d.HasHeadline() {
		return d.Passages[1:]
	}
	return d.Passages
}

// addHeadline puts the document's title before its passages as its
// headline passage, unless it has none or its first sentence already
// reads the same.
func (d *Document) addHeadline() {
	title := strings.TrimSpace(d.Title)
	if title == "" || d.HasHeadline() {
		return
	}
	if len(d.Passages) > 0 && similarTitle(d.Passages[0].Text, title) {
		return
	}
	d.Passages = append([]Passage{{Paragraph: 0, Text: title, Headline: true}}, d.Passages...)
}

// Removed is a line taken out of a document, kept so that nothing is lost
// silently.
type Removed struct {
	Text   string
	Reason string
	// After is the number of the article paragraph the line followed: 0 for
	// a line before the first paragraph.
	After int
}

// A Caption is a photo caption, shown with the article but never aligned.
type Caption struct {
	// Text is the caption as written, credit included.
	Text string
	// Credit is the photographer or agency credit, when the caption names
	// one ("Miriam Alster/Flash90").
	Credit string
	// After is the number of the article paragraph the caption followed.
	After int
}
