package align

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"crosscheck/lang"
)

// analysis is what comparing facts needs to know about the whole story:
// every passage's facts, each article's clock, the places and name
// spellings its passages teach.
type analysis struct {
	// facts holds each passage's facts: facts[doc][passage].
	facts [][][]Fact
	// headlines holds each document's headline facts.
	headlines [][]Fact
	clocks    []clockContext
	// learned maps a place the gazetteer does not know to the place the
	// story says holds it.
	learned map[string]string
	// variantPairs holds the pairs of folded spellings found to be one name
	// written two ways across the story.
	variantPairs map[[2]string]bool
	// lowerWords are the words the story writes in lower case: a
	// capitalised word among them opens a sentence; it is not a name.
	lowerWords map[string]bool
	// rates are the exchange rates the story states (see learnRates).
	rates map[rateKey]float64
}

// Facts returns the typed facts of the passage r points at.
func (s *Story) Facts(r Ref) []Fact {
	if s.facts == nil {
		s.extractAll()
	}
	return s.facts.facts[r.Doc][r.Passage]
}

// HeadlinePassage is the Passage of a Ref that points at a document's
// headline rather than at one of its passages; it appears only in
// Story.InArticle.
const HeadlinePassage = -1

// Source returns the text r points at: a passage, or a document's
// headline for a Ref whose Passage is HeadlinePassage.
func (s *Story) Source(r Ref) string {
	if r.Passage == HeadlinePassage {
		return s.Documents[r.Doc].Title
	}
	return s.Passage(r).Text
}

// extractAll extracts the facts of every passage and headline and what
// the story teaches about places and the spelling of names.
func (s *Story) extractAll() {
	a := &analysis{learned: map[string]string{}, lowerWords: map[string]bool{}}
	for d := range s.Documents {
		doc := &s.Documents[d]
		ctx := factContext{published: doc.Published}
		var ps [][]Fact
		var speakers []string
		for p := range doc.Passages {
			fs, speaker := extractPassage(analysed(doc.Passages[p].Text), ctx)
			ps = append(ps, fs)
			speakers = append(speakers, speaker)
			for _, f := range fs {
				if f.place != nil && f.place.parent != "" {
					a.learned[f.place.key] = f.place.parent
				}
			}
			collectLowerWords(analysed(doc.Passages[p].Text), a.lowerWords)
		}
		resolveSpeakers(ps, speakers)
		a.facts = append(a.facts, ps)
		a.headlines = append(a.headlines, extractFacts(analysed(doc.Title), ctx))
	}
	a.clocks = s.clockContexts(a)
	a.rates = learnRates(a.facts)
	s.facts = a
}

// resolveSpeakers gives a quote whose sentence names no speaker ("“We
// were very fortunate,” he said.") the person the article last reported
// speaking, in the two passages before, or else the first person named in
// the passage just before.
func resolveSpeakers(ps [][]Fact, speakers []string) {
	for p := range ps {
		for i := range ps[p] {
			f := &ps[p][i]
			if f.quote == nil || f.quote.speaker != "" {
				continue
			}
			who := ""
			for k := p - 1; k >= 0 && k >= p-2 && who == ""; k-- {
				who = speakers[k]
			}
			if who == "" && p > 0 {
				for _, g := range ps[p-1] {
					if g.name != nil && len(g.name.words) >= 2 {
						who = g.name.words[len(g.name.words)-1].fold
						break
					}
				}
			}
			f.quote.speaker, f.Role = who, who
			if who != "" {
				speakers[p] = who
			}
		}
	}
}

// collectLowerWords adds the words of text written in lower case to set.
func collectLowerWords(text string, set map[string]bool) {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			set[plainFold(w)] = true
		}
	}
}

// clockContexts works out each article's local time: the country its
// passages name most, or the story's when the article names none, with
// daylight saving on its date.
func (s *Story) clockContexts(a *analysis) []clockContext {
	storyCount := map[*place]int{}
	docCount := make([]map[*place]int, len(s.Documents))
	for d := range s.Documents {
		docCount[d] = map[*place]int{}
		for _, fs := range a.facts[d] {
			for _, f := range fs {
				if f.place == nil {
					continue
				}
				var c *place
				if f.place.known != nil {
					c = f.place.known.country()
				} else if chain := placeChain(f.place, a.learned); len(chain) > 0 {
					if k := theGazetteer().byKey[chain[len(chain)-1]]; k != nil {
						c = k.country()
					}
				}
				if c != nil {
					docCount[d][c]++
					storyCount[c]++
				}
			}
		}
	}
	top := func(m map[*place]int) *place {
		var best *place
		for p, n := range m {
			if best == nil || n > m[best] || n == m[best] && p.name < best.name {
				best = p
			}
		}
		return best
	}
	storyHome := top(storyCount)
	// An undated article is taken to be from the story's most common
	// date, for daylight saving.
	dates := map[time.Time]int{}
	var storyDate time.Time
	for _, doc := range s.Documents {
		if p := doc.Published; !p.IsZero() {
			dates[p]++
			if n := dates[p]; n > dates[storyDate] || n == dates[storyDate] && p.Before(storyDate) {
				storyDate = p
			}
		}
	}
	out := make([]clockContext, len(s.Documents))
	for d := range s.Documents {
		date := s.Documents[d].Published
		if date.IsZero() {
			date = storyDate
		}
		home := top(docCount[d])
		if home == nil {
			home = storyHome
		}
		out[d] = clockContext{date: date}
		if home != nil {
			out[d].localOffset, out[d].localKnown = home.localOffset(date)
		}
	}
	return out
}

// compareStory compares the facts inside every claim, counts how outlets
// agree, and finds the facts an article states two incompatible ways.
func (s *Story) compareStory() {
	if s.facts == nil {
		s.extractAll()
	}
	s.facts.variantPairs = map[[2]string]bool{}
	s.Variants = findVariants(s)
	for i := range s.Claims {
		c := &s.Claims[i]
		c.Differences = compareClaim(s, c)
	}
	reportConflictsOnce(s)
	for i := range s.Claims {
		c := &s.Claims[i]
		c.Facts = rowsOf(c.Differences)
		summariseClaim(s, c)
	}
	s.InArticle = inArticleDifferences(s)
	s.Disputes = findDisputes(s)
}

// A factRef is a fact and the passage that states it.
type factRef struct {
	ref  Ref
	fact *Fact
}

// compareClaim compares the typed facts of a claim's members from
// different outlets and returns the differences found: for every pair of
// outlets (one of them among the first maxCompared), every fact of one
// that the other states too, matched by kind and role, as agreeing,
// refining or conflicting. Conversions stated in
// one sentence are listed as agreeing.
func compareClaim(s *Story, c *Claim) []Difference {
	if s.facts == nil {
		s.extractAll()
		s.facts.variantPairs = map[[2]string]bool{}
	}
	docs := c.Docs()
	// byDoc[d][k] are the facts of kind k the claim's passages of
	// document d state.
	byDoc := map[int]*[nKinds][]factRef{}
	for _, m := range c.Members {
		fs := byDoc[m.Doc]
		if fs == nil {
			fs = &[nKinds][]factRef{}
			byDoc[m.Doc] = fs
		}
		for i := range s.facts.facts[m.Doc][m.Passage] {
			f := &s.facts.facts[m.Doc][m.Passage][i]
			k := kindIndex(f.Kind)
			fs[k] = append(fs[k], factRef{m, f})
		}
	}
	var out []Difference
	seen := map[string]bool{}
	emit := func(d Difference) {
		k := diffKey(d)
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, d)
	}
	for i, da := range docs {
		for j, db := range docs[i+1:] {
			if i >= maxCompared && i+1+j >= maxCompared {
				break
			}
			a, b := byDoc[da], byDoc[db]
			for _, kind := range []Kind{KindDate, KindTime, KindNumber, KindMoney} {
				k := kindIndex(kind)
				for _, d := range pairValues(s, kind, a[k], b[k]) {
					emit(d)
				}
			}
			k := kindIndex(KindPlace)
			for _, d := range pairPlaces(s, a[k], b[k]) {
				emit(d)
			}
			k = kindIndex(KindName)
			for _, d := range pairNames(s, a[k], b[k]) {
				emit(d)
			}
			k = kindIndex(KindQuote)
			for _, d := range pairQuotes(s, a[k], b[k]) {
				emit(d)
			}
		}
	}
	for _, d := range sameRemarks(byDoc, docs, out) {
		emit(d)
	}
	for _, m := range c.Members {
		for _, d := range conversions(s, m) {
			emit(d)
		}
	}
	return out
}

// sameRemarks pairs the quotations of a claim that render one remark
// through a third: when outlet A's words were paired with B's, and B's
// with C's, A's and C's are one remark too, however few words they share
// ("You abused the trust of people who handed you their life savings",
// "a betrayal of people who trusted him with everything they owned").
func sameRemarks(byDoc map[int]*[nKinds][]factRef, docs []int, found []Difference) []Difference {
	type at struct {
		ref    Ref
		offset int
	}
	k := kindIndex(KindQuote)
	index := map[at]int{}
	var quotes []factRef
	var docOf []int
	for _, d := range docs {
		for _, f := range byDoc[d][k] {
			index[at{f.ref, f.fact.Start}] = len(quotes)
			quotes = append(quotes, f)
			docOf = append(docOf, d)
		}
	}
	if len(quotes) < 3 {
		return nil
	}
	parent := make([]int, len(quotes))
	for i := range parent {
		parent[i] = i
	}
	var root func(int) int
	root = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	paired := map[[2]int]bool{}
	for _, d := range found {
		if d.Kind != KindQuote || len(d.Values) != 2 {
			continue
		}
		i, iok := index[at{d.Values[0].Ref, d.Values[0].Offset}]
		j, jok := index[at{d.Values[1].Ref, d.Values[1].Offset}]
		if !iok || !jok {
			continue
		}
		paired[[2]int{min(i, j), max(i, j)}] = true
		parent[root(i)] = root(j)
	}
	var out []Difference
	for i := range quotes {
		for j := i + 1; j < len(quotes); j++ {
			if docOf[i] == docOf[j] || paired[[2]int{i, j}] || root(i) != root(j) {
				continue
			}
			out = append(out, quoteDifference(quotes[i], quotes[j]))
		}
	}
	return out
}

// maxCompared bounds the comparisons inside a claim that many outlets
// report: every outlet is compared with the first maxCompared, so that a
// reading any of them gives, or differs from, is found and counted,
// without comparing every pair of a hundred outlets.
const maxCompared = 16

// diffKey identifies a difference by its kind and values, in either order.
func diffKey(d Difference) string {
	var vs []string
	for _, v := range d.Values {
		vs = append(vs, strconv.Itoa(v.Ref.Doc)+"."+strconv.Itoa(v.Ref.Passage)+"@"+strconv.Itoa(v.Offset)+":"+v.Text)
	}
	slices.Sort(vs)
	return string(d.Kind) + "|" + strings.Join(vs, "|")
}

func ofKind(fs []factRef, k Kind) []factRef {
	var out []factRef
	for _, f := range fs {
		if f.fact.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

// theKinds are the kinds of fact, in the order kindIndex numbers them.
var theKinds = [...]Kind{KindDate, KindTime, KindNumber, KindMoney, KindName, KindPlace, KindQuote}

const nKinds = len(theKinds)

// kindIndex numbers a kind for arrays indexed by kind.
func kindIndex(k Kind) int {
	for i, x := range theKinds {
		if x == k {
			return i
		}
	}
	panic("align: unknown kind " + string(k))
}

// items groups facts that restate one value (a conversion in one
// sentence) into one item.
func items(fs []factRef) [][]factRef {
	var out [][]factRef
	groups := map[[3]int]int{}
	for _, f := range fs {
		if f.fact.group > 0 {
			k := [3]int{f.ref.Doc, f.ref.Passage, f.fact.group}
			if i, ok := groups[k]; ok {
				out[i] = append(out[i], f)
				continue
			}
			groups[k] = len(out)
		}
		out = append(out, []factRef{f})
	}
	return out
}

// A candidate is a possible pairing of two values of different outlets.
type candidate struct {
	a, b     int
	fa, fb   factRef
	status   Status
	strength int
	// comparable is false for a pair that may be one fact but whose
	// values cannot be judged.
	comparable bool
}

// pairValues pairs the dates, times, quantities or money amounts of two
// outlets and judges each pair. Values that agree pair first; the rest
// pair only when each is the other's one plausible match, most surely
// matched first, so that a figure is never set against a different
// figure about something else.
func pairValues(s *Story, kind Kind, fa, fb []factRef) []Difference {
	ia, ib := items(fa), items(fb)
	if len(ia) == 0 || len(ib) == 0 {
		return nil
	}
	var cands []candidate
	for i, x := range ia {
		for j, y := range ib {
			if c, ok := judgeItems(s, x, y); ok {
				c.a, c.b = i, j
				cands = append(cands, c)
			}
		}
	}
	var out []Difference
	matchedA := make([]bool, len(ia))
	matchedB := make([]bool, len(ib))
	for _, c := range cands {
		if c.comparable && c.status == Same {
			out = append(out, newDifference(s, kind, c))
			matchedA[c.a], matchedB[c.b] = true, true
		}
	}
	for strength := 2; strength >= 1; strength-- {
		for _, c := range cands {
			if !c.comparable || c.status == Same || c.strength != strength || matchedA[c.a] || matchedB[c.b] {
				continue
			}
			if !uniqueCandidate(cands, c, matchedA, matchedB) {
				continue
			}
			if c.status == Conflict && (!conflictAllowed(c) || madeOfParts(c.fa, ib) || madeOfParts(c.fb, ia)) {
				continue
			}
			out = append(out, newDifference(s, kind, c))
			matchedA[c.a], matchedB[c.b] = true, true
		}
	}
	return out
}

// uniqueCandidate reports whether c pairs two values that have no other
// unmatched candidate as strong as c.
func uniqueCandidate(cands []candidate, c candidate, matchedA, matchedB []bool) bool {
	for _, o := range cands {
		if o == c || o.comparable && o.status == Same || o.strength < c.strength {
			continue
		}
		if o.a == c.a && !matchedB[o.b] || o.b == c.b && !matchedA[o.a] {
			return false
		}
	}
	return true
}

// conflictAllowed holds back conflicts between values that are only
// possibly the same fact: a count of people against a count of something
// unnamed, or figures far apart.
func conflictAllowed(c candidate) bool {
	if c.strength >= 2 {
		return true
	}
	qa, qb := c.fa.fact.qty, c.fb.fact.qty
	if qa == nil || qb == nil {
		return true
	}
	if qa.unit == unitOf("%") {
		return false // two shares in one claim are as often of two things
	}
	if qa.noun != "" && qb.noun != "" && qa.noun != qb.noun && qa.class != "person" {
		return false
	}
	return ratio(qa.base(), qb.base()) <= 2.5 && ratio(qa.toBase(qa.lo), qb.toBase(qb.lo)) <= 2.5
}

// madeOfParts reports whether a count of people is the sum of the other
// side's counts of people: "a group of 13" against "11 boys and two
// instructors" is not a conflict.
func madeOfParts(f factRef, other [][]factRef) bool {
	q := f.fact.qty
	if q == nil || !q.exact || q.unit != nil {
		return false
	}
	sum, n := 0.0, 0
	for _, it := range other {
		o := it[0].fact.qty
		if o != nil && o.exact && o.unit == nil && o.class == "person" && !o.skip {
			sum += o.val
			n++
		}
	}
	return n >= 2 && sum == q.val
}

// judgeItems compares two items, choosing the restatements that share a
// unit, currency or zone when there are several.
func judgeItems(s *Story, x, y []factRef) (candidate, bool) {
	var best candidate
	found := false
	better := func(c candidate) bool {
		switch {
		case !found:
			return true
		case c.comparable != best.comparable:
			return c.comparable
		case (c.status == Same) != (best.status == Same):
			return c.status == Same
		case sameFigure(c.fa.fact, c.fb.fact) != sameFigure(best.fa.fact, best.fb.fact):
			return sameFigure(c.fa.fact, c.fb.fact)
		}
		return sameScale(c.fa.fact, c.fb.fact) && !sameScale(best.fa.fact, best.fb.fact)
	}
	for _, fx := range x {
		for _, fy := range y {
			st, strength, ok := judge(s, fx, fy)
			if strength == 0 {
				continue
			}
			c := candidate{fa: fx, fb: fy, status: st, strength: strength, comparable: ok}
			if better(c) {
				best, found = c, true
			}
		}
	}
	return best, found
}

// sameFigure reports whether two amounts are written with the same
// number ("C$9.6 million", "$9.6 million").
func sameFigure(a, b *Fact) bool {
	return a.money != nil && b.money != nil && a.money.q.val == b.money.q.val
}

// sameScale reports whether two facts share a unit, currency or zone.
func sameScale(a, b *Fact) bool {
	switch {
	case a.qty != nil && b.qty != nil:
		return a.qty.unit == b.qty.unit
	case a.money != nil && b.money != nil:
		return a.money.currency == b.money.currency
	case a.clock != nil && b.clock != nil:
		return a.clock.zone == b.clock.zone
	}
	return true
}

// judge compares two facts of one kind: the verdict, how surely they are
// the same fact (1 or 2, or 0 when they cannot be), and whether the
// verdict holds. A pair can be plausibly the same fact yet not
// comparable (figures too far apart to be one count misreported): such a
// pair is never reported, but it keeps either value from being set
// against another.
func judge(s *Story, a, b factRef) (st Status, strength int, ok bool) {
	fa, fb := a.fact, b.fact
	switch {
	case fa.date != nil && fb.date != nil:
		st, ok = compareDates(fa.date, fb.date)
		return st, boolInt(ok), ok
	case fa.clock != nil && fb.clock != nil:
		st, ok = compareTimes(fa.clock, fb.clock, s.facts.clocks[a.ref.Doc], s.facts.clocks[b.ref.Doc])
		return st, 1, ok
	case fa.qty != nil && fb.qty != nil:
		strength = quantityPair(fa.qty, fb.qty)
		if strength == 0 {
			return 0, 0, false
		}
		st, ok = compareQuantities(fa.qty, fb.qty)
		if !ok {
			return 0, 0, false // figures far apart count different things
		}
		return st, strength, ok
	case fa.money != nil && fb.money != nil:
		st, ok = compareMoney(fa.money, fb.money, s.facts.rates)
		return st, boolInt(ok), ok
	}
	return 0, 0, false
}

// newDifference makes the difference of a judged pair.
func newDifference(s *Story, kind Kind, c candidate) Difference {
	return Difference{
		Kind: kind, Status: c.status, Role: c.fa.fact.Role,
		Values: []Value{valueOf(c.fa), valueOf(c.fb)},
	}
}

func valueOf(f factRef) Value {
	return Value{Ref: f.ref, Text: f.fact.Text, Norm: f.fact.Norm, Offset: f.fact.Start}
}

// conversions lists the values a passage restates in another unit,
// currency or zone ("48 metres (157 feet)") as agreeing.
func conversions(s *Story, r Ref) []Difference {
	fs := s.facts.facts[r.Doc][r.Passage]
	var out []Difference
	for i := range fs {
		for j := i + 1; j < len(fs); j++ {
			if fs[i].group == 0 || fs[i].group != fs[j].group {
				continue
			}
			out = append(out, Difference{
				Kind: fs[i].Kind, Status: Same, Role: fs[i].Role, Conversion: true,
				Values: []Value{valueOf(factRef{r, &fs[i]}), valueOf(factRef{r, &fs[j]})},
			})
		}
	}
	return out
}

// pairPlaces pairs the places of two outlets: a place one names and the
// other names too agrees (when written differently); a place the other
// does not name is compared with the most specific related place it does
// name.
func pairPlaces(s *Story, fa, fb []factRef) []Difference {
	var out []Difference
	learned := s.facts.learned
	add := func(x, y factRef) {
		st, ok := comparePlaces(x.fact.place, y.fact.place, learned)
		if !ok || st == Same && strings.EqualFold(x.fact.Text, y.fact.Text) {
			return
		}
		out = append(out, Difference{Kind: KindPlace, Status: st, Values: []Value{valueOf(x), valueOf(y)}})
	}
	sides := [2][]factRef{fa, fb}
	for side := range 2 {
		xs, ys := sides[side], sides[1-side]
		for _, x := range xs {
			same := slices.IndexFunc(ys, func(y factRef) bool { return y.fact.place.key == x.fact.place.key })
			if same >= 0 {
				if side == 0 {
					add(x, ys[same])
				}
				continue
			}
			var best *factRef
			bestDepth := -1
			for k, y := range ys {
				if st, ok := comparePlaces(x.fact.place, y.fact.place, learned); ok && st == Compatible {
					if d := len(placeChain(y.fact.place, learned)); d > bestDepth {
						best, bestDepth = &ys[k], d
					}
				}
			}
			if best != nil {
				if side == 0 {
					add(x, *best)
				} else {
					add(*best, x)
				}
			}
		}
	}
	return out
}

// pairNames finds the names two outlets spell differently: the same name
// with and without diacritics agrees ("Karaagacli", "Karaağaçlı"); a name
// spelled two ways conflicts ("Mkhwanazi", "Mkwanazi") when the two
// spellings share a first name or are known across the story as one
// name's variants.
func pairNames(s *Story, fa, fb []factRef) []Difference {
	var out []Difference
	has := func(fs []factRef, fold string) bool {
		for _, f := range fs {
			for _, w := range f.fact.name.words {
				if w.fold == fold {
					return true
				}
			}
		}
		return false
	}
	for _, x := range fa {
		for _, y := range fb {
			for i, wx := range x.fact.name.words {
				for j, wy := range y.fact.name.words {
					if utf8.RuneCountInString(wx.fold) < 4 {
						continue
					}
					var st Status
					switch {
					case wx.fold == wy.fold:
						if wx.text == wy.text || strings.EqualFold(wx.text, wy.text) {
							continue
						}
						st = Same
					case s.facts.lowerWords[wx.fold] || s.facts.lowerWords[wy.fold]:
						continue
					case !spellingVariant(wx.fold, wy.fold) || has(fb, wx.fold) || has(fa, wy.fold):
						continue
					case s.facts.variantPairs[foldPair(wx.fold, wy.fold)] || sharesNeighbour(x.fact.name.words, y.fact.name.words, i, j):
						st = Conflict
					default:
						continue
					}
					kind := KindName
					if theGazetteer().byKey[wx.fold] != nil || theGazetteer().byKey[wy.fold] != nil {
						kind = KindPlace
					}
					out = append(out, Difference{Kind: kind, Status: st, Role: wx.fold, Values: []Value{
						{Ref: x.ref, Text: wx.text, Norm: wx.fold, Offset: wx.start},
						{Ref: y.ref, Text: wy.text, Norm: wy.fold, Offset: wy.start},
					}})
				}
			}
		}
	}
	return out
}

// sharesNeighbour reports whether word i of one name and word j of another
// have the same word next to them ("Siyabonga Mkhwanazi", "Siyabonga
// Mkwanazi").
func sharesNeighbour(a, b []nameWord, i, j int) bool {
	if i > 0 && j > 0 && a[i-1].fold == b[j-1].fold {
		return true
	}
	return i+1 < len(a) && j+1 < len(b) && a[i+1].fold == b[j+1].fold
}

func foldPair(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// pairQuotes pairs the quotations of two outlets that render the same
// remark (by the same speaker, or an unnamed one) and judges their
// wording: the same words agree, part of the same words refines, other
// words conflict, with the word diff.
func pairQuotes(s *Story, fa, fb []factRef) []Difference {
	type pair struct {
		x, y  int
		score int
		// loose is true for a pair that renders one speaker's remark in
		// few common words: it pairs only beside a surer pair of the same
		// two passages.
		loose bool
	}
	var pairs []pair
	for i, x := range fa {
		for j, y := range fb {
			qx, qy := x.fact.quote, y.fact.quote
			named := qx.speaker != "" && qy.speaker != ""
			if named && !s.sameSpeaker(qx.speaker, qy.speaker) {
				continue
			}
			// The same remark: most of the meaningful words shared; or, for
			// one named speaker, the same opening ("We were lucky", "We
			// were very fortunate") or two meaningful words, or half those of
			// the shorter ("far from over", "this fire is not over"): the
			// passages state one fact, and what one person said about it
			// is one remark however differently two outlets render it.
			score := quoteOverlap(qx, qy)
			shared := sharedContent(qx, qy)
			small := min(len(qx.content), len(qy.content))
			switch {
			case sameRemark(qx, qy), named && sameOpening(qx, qy), named && (shared >= 2 || shared > 0 && 2*shared >= small):
				pairs = append(pairs, pair{i, j, score, false})
			case named && shared > 0:
				pairs = append(pairs, pair{i, j, score, true})
			}
		}
	}
	slices.SortStableFunc(pairs, func(p, q pair) int {
		if p.loose != q.loose {
			if p.loose {
				return 1
			}
			return -1
		}
		return q.score - p.score
	})
	usedA, usedB := map[int]bool{}, map[int]bool{}
	// paired holds the pairs of passages a sure pair of quotes joins: a
	// second remark of the same speaker in both ("greed, pure and
	// simple", "nothing other than greed") is the same second remark.
	paired := map[[2]Ref]bool{}
	var out []Difference
	for _, p := range pairs {
		if usedA[p.x] || usedB[p.y] {
			continue
		}
		x, y := fa[p.x], fb[p.y]
		if p.loose && !paired[[2]Ref{x.ref, y.ref}] {
			continue
		}
		usedA[p.x], usedB[p.y] = true, true
		paired[[2]Ref{x.ref, y.ref}] = true
		out = append(out, quoteDifference(x, y))
	}
	return out
}

// quoteDifference judges two outlets' quotations of one remark; unless
// they agree, it carries their word diff.
func quoteDifference(x, y factRef) Difference {
	st := compareQuotes(x.fact.quote, y.fact.quote)
	d := Difference{Kind: KindQuote, Status: st, Role: x.fact.Role, Values: []Value{valueOf(x), valueOf(y)}}
	if st != Same {
		d.Diff = DiffWords(x.fact.Text, y.fact.Text)
	}
	return d
}

// sameOpening reports whether two quotations open with the same two words.
func sameOpening(a, b *quoteValue) bool {
	return len(a.words) >= 2 && len(b.words) >= 2 && a.words[0] == b.words[0] && a.words[1] == b.words[1]
}

// quoteOverlap scores how much two quotations share: two points for each
// shared content word, one for each shared function word.
func quoteOverlap(a, b *quoteValue) int {
	n := 2 * sharedContent(a, b)
	seen := map[string]bool{}
	for _, w := range a.words {
		if lang.FunctionWord(w) && !seen[w] && slices.Contains(b.words, w) {
			seen[w] = true
			n++
		}
	}
	return n
}

// sameSpeaker reports whether two folded speaker names are one person:
// the same, or spellings of one name.
func (s *Story) sameSpeaker(a, b string) bool {
	return a == b || a != "" && b != "" && (spellingVariant(a, b) || s.facts.variantPairs[foldPair(a, b)])
}

func sharedContent(a, b *quoteValue) int {
	n := 0
	for w := range a.content {
		if b.content[w] {
			n++
		}
	}
	return n
}
