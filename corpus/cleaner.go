package corpus

// The cleaner: an article's paragraphs with the reason each is set aside,
// the general rules applied to them, and lines other documents also hold.

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
