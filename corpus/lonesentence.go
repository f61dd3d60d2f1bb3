package corpus

// keepLoneSentence reads the headline as the article's text when nothing
// else is left of it: a file of one sentence (and, say, a line of stray
// bytes joined to it) is an article of one sentence, not an empty one.
// The paragraph stays the title too. A headline that holds no sentence
// ("Bridge reopens") is not made text: a file holding only that is still
// skipped as having no usable text.
func (c *cleaner) keepLoneSentence() {
	for i := range c.paras {
		if c.reasons[i] == "" {
			return
		}
	}
	for i := range c.paras {
		if c.reasons[i] == ReasonHeadline && holdsSentence(c.text(i)) {
			c.reasons[i] = ""
			return
		}
	}
}

// holdsSentence reports whether p, of four words or more, ends a
// sentence somewhere: a word closed by a full stop, a question or an
// exclamation mark (perhaps inside closing quotes) before a space or the
// end. The words after it need not start a sentence: stray characters
// can follow.
func holdsSentence(p string) bool {
	return wordCount(p) >= 4 && sentenceEnd.MatchString(p)
}

var sentenceEnd = lazyRE(`[\p{L}\p{N}]{2,}[.!?]["'”’»)]*(?:\s|$)`)
