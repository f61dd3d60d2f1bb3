package corpus

import "time"

// A Document is one outlet's article, cleaned and split into passages.
type Document struct {
	// ID is the document's identifier in a loaded corpus: "d1", "d2", ….
	ID string
	// Path is where the article came from, as the user gave it, with a line
	// number for JSON Lines ("feed.jsonl:3"), or "sample/NAME" for the
	// embedded sample story.
	Path string
	// Outlet names the publication that reported the article.
	Outlet string
	// Title is the article's headline, or empty when none was found.
	Title string
	// Published is the publication date, or the zero time when unknown.
	Published time.Time
	// URL and Byline are taken from the article's metadata when present.
	URL, Byline string
	// Passages are the article's own sentences in reading order.
	Passages []Passage
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
	// ID is "<document id>.<n>", numbering passages from 1.
	ID string
	// Paragraph is the 1-based number of the paragraph holding the passage.
	Paragraph int
	// Text is the passage as displayed: NFC-normalised, curly quotes kept.
	Text string
}

// Removed is a line taken out of a document, kept so that nothing is lost
// silently.
type Removed struct {
	Text   string
	Reason string
}
