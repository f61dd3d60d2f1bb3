package fact

// The thresholds of judging, each a judgement of how far two readings of
// one fact may be apart. They were set by hand against the examples in
// testdata and the answer keys (align's tests report how well they do);
// a change to one is kept only when the keys' scores improve.
const (
	// farApart is how many times one figure may be the other and still be
	// a misreport of it: figures further apart count different things
	// ("50 killed" and "500 homes") and are not compared at all.
	farApart = 4
	// storyApart is how many times one of the story's main counts may be
	// another article's and still be a reading of it, when no claim
	// holds both: "two aftershocks" and "at least 20 smaller
	// earthquakes", not 24 dead and "more than 59,000" of an earlier
	// quake (storyslots.go).
	storyApart = 10
	// possiblySame is how many times one count may be the other for a
	// conflict between counts that are only possibly one fact (nothing
	// says they count the same thing) to be reported.
	possiblySame = 2.5
	// approxTolerance is how far "about N" may stray from N, as a share of
	// N; it is also the margin of a loose fraction in words ("roughly a
	// quarter of a mile").
	approxTolerance = 0.15
	// coarseRounding is the most a figure ending in zeros ("2,000", "20")
	// may be from the value it rounds, as a share of it: its last digit's
	// place says little, a writer rounding 2,297 writes "2,300".
	coarseRounding = 0.1
	// approxPrecision is how much "about" adds to the precision of a
	// figure, as a share of it: "about 1,200" may be 1,260.
	approxPrecision = 0.05
	// nearlyShare is where "nearly N" starts, as a share of N; it ends at
	// N.
	nearlyShare = 0.85
	// upToShare is where "as many as N" starts, as a share of N.
	upToShare = 0.7
	// moneyTolerance is how far "about €2 million" may stray from €2
	// million: an amount is hedged more tightly than a count.
	moneyTolerance = 0.05
	// rateTolerance is how far an amount converted at a rate the story
	// states may be from another outlet's amount and still be the same
	// sum: rates are rounded, and move from day to day.
	rateTolerance = 0.03
	// conversionSpread is how many times one amount may be the other, both
	// in US dollars at lang's rough rates, for the two to be one sum
	// converted in one sentence.
	conversionSpread = 2
	// unitSlack is added to the precision of two figures in different
	// units for them to be one measure converted ("6 miles", "10 km").
	unitSlack = 0.01
	// conversionSlack is unitSlack for a conversion one sentence states
	// ("10km (6 miles)"): the writer converted, so a little looser.
	conversionSlack = 0.02
	// refinementSlack is added to twice unitSlack for two figures in
	// different units to be at least compatible.
	refinementSlack = 0.05
	// roundingShare is how far, as a share of it, a figure may be from
	// another it is the rounding of ("29,650 acres", "29,652 acres").
	roundingShare = 0.01
	// temperatureSlack is how many degrees two temperatures may differ and
	// be one reading.
	temperatureSlack = 1
	// clockGap is how many minutes apart two hedged times of day must be to
	// conflict.
	clockGap = 30
	// minQuoteWords is the fewest words a quotation needs to be compared: a
	// quoted phrase of one or two words ("occupying force") is a label, not
	// a remark.
	minQuoteWords = 3
	// remarkShare is the least share of the shorter quotation's content
	// words two quotations must share to render one remark.
	remarkShare = 0.5
)
