package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"crosscheck/align/lang"
)

// Reasons given for lines removed from an article.
const (
	ReasonNewsletter  = "newsletter prompt"
	ReasonMembership  = "membership or donation appeal"
	ReasonSignIn      = "sign-in prompt"
	ReasonNavigation  = "navigation"
	ReasonReadMore    = "read-more link"
	ReasonCopyright   = "copyright footer"
	ReasonSyndication = "syndication footer"
	ReasonWidget      = "page widget text"
	ReasonCaption     = "photo caption"
	ReasonFootnote    = "footnote"
	ReasonRelated     = "related headline"
	ReasonRepeated    = "repeated line"
	ReasonCrossRepeat = "repeated in other articles"
	ReasonHeadline    = "headline"
	ReasonDateLine    = "date line"
	ReasonDateline    = "dateline"
	ReasonBylineLine  = "byline"
	ReasonAuthorBio   = "author note"
	ReasonCredits     = "reporting credits"
	ReasonEditorNote  = "editor's note"
	ReasonPromotion   = "reader-directed promotion"
	ReasonSubheading  = "subheading or label"
	ReasonTrailing    = "after the end of the article"
)

// A lineRule removes a paragraph that matches its pattern.
type lineRule struct {
	reason  string
	pattern *lazyRegexp
	// maxRunes limits the rule to short paragraphs (0: any length), so that
	// a sentence of reporting that happens to use the words is kept.
	maxRunes int
	// weak rules use words that reporting uses too ("support", "sign in"):
	// they apply only to lines that are short and not sentences, or that
	// speak to the reader.
	weak bool
	// needles, when set, are words of which the lower-cased line must
	// hold one for the pattern to be tried: a fast filter, since most
	// lines match no rule.
	needles []string
	// lower is set when pattern was written case-insensitive and is
	// matched against the lower-cased line instead, which is much faster.
	lower bool
	// prefixes, when set, are the texts of which the line (lower-cased
	// for a lower rule) must start with one for the pattern to be tried:
	// the words an anchored pattern opens with. Like needles, they spare
	// most lines the pattern, and most runs compiling it.
	prefixes []string
}

// init turns case-insensitive rules written in lower case into
// case-sensitive ones matched against the lower-cased line. Nothing is
// compiled here: each pattern compiles when first used.
func init() {
	for i := range lineRules {
		r := &lineRules[i]
		src := r.pattern.String()
		body, ok := strings.CutPrefix(src, "(?i)")
		if !ok || dependsOnCase(body) {
			continue
		}
		r.pattern, r.lower = lazyRE(body), true
	}
}

// dependsOnCase reports whether a pattern holds an upper-case letter that
// is not part of an escape such as \S, or a class of letters of one case
// (\p{Lu}, \p{Ll}, \p{Lt}): matched against the lower-cased line, either
// would not match what the case-insensitive pattern matches.
func dependsOnCase(src string) bool {
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\':
			i++
			if i < len(src) && (src[i] == 'p' || src[i] == 'P') && i+1 < len(src) && src[i+1] == '{' {
				start := i + 2
				for i < len(src) && src[i] != '}' {
					i++
				}
				switch src[start:i] {
				case "Lu", "Ll", "Lt":
					return true
				}
			}
		case c >= 'A' && c <= 'Z':
			return true
		}
	}
	return false
}

// socialNetworks are the names share buttons show.
const socialNetworks = `facebook|twitter|x|whatsapp|linkedin|telegram|reddit|flipboard|pinterest|threads|bluesky|mastodon|e-?mail|print|copy link|share|messenger`

// socialPrefixes are the words a row of share buttons opens with: the
// names of socialNetworks, e-?mail spelled both ways.
const socialPrefixes = `facebook|twitter|x|whatsapp|linkedin|telegram|reddit|flipboard|pinterest|threads|bluesky|mastodon|email|e-mail|print|copy link|share|messenger`

// lineRules are general rules for boilerplate, never rules for one site.
// The first rule that matches gives the reason.
var lineRules = []lineRule{
	{ReasonWidget, lazyRE(`(?i)^(no results?( found)?|view all results?|load more|show (more|less)|advertisement|advertising|ad|sponsored( content)?|skip to (main )?content|skip ad|featured image|image|photo|video|close|open menu|toggle navigation|menu|search|share( this( article| story| page)?)?( on \w+)?|print|e-?mail|comments?|\d+ comments?|loading\.{0,3}|listen( to (this )?(article|story))?( ?\(?\d+ min(utes?)?\)?)?|\d+ min(ute)?s? read|story continues below( advertisement)?|scroll (down )?to continue( with content)?|continue reading below|copy link|link copied|tweet|follow us|follow us on .{1,30}|back to top|top stories|latest( news)?|most read|up next|breaking news|live updates|watch live|open in app)$`), 80, false, nil, false, needles("ad|back |breaking |close|comment|continue |copy |e-mail|email|featured |follow |image|latest|link |listen|live |load|menu|most |no |open |photo|print|scroll |search|share|show |skip |sponsored|story |toggle |top |tweet|up |video|view |watch |0|1|2|3|4|5|6|7|8|9")},
	{ReasonWidget, lazyRE(`(?i)^(?:` + socialNetworks + `)(?:[\s|·•,/]+(?:` + socialNetworks + `))+$`), 200, false, nil, false, needles(socialPrefixes)},
	{ReasonWidget, lazyRE(`(?i)(we use cookies|accept (all )?cookies|cookie (policy|settings|preferences)|enable javascript|javascript is (disabled|required)|your browser (does not|doesn't|doesn’t) support|ad blocker|disable your ad)`), 400, false, needles("cookie|javascript|browser|ad blocker|disable your ad"), false, nil},
	{ReasonNavigation, lazyRE(`^(?:[\p{L}&' -]{1,30})(?:\s*[›»>|/]\s*[\p{L}&' -]{1,30}){1,8}$`), 160, false, []string{"›", "»", ">", "|", "/"}, false, nil},
	{ReasonNavigation, lazyRE(`^(Home|Menu|Search|Topics|Sections|News|Latest)(\s+[A-Z][\p{L}&-]*){0,3}$`), 60, false, nil, false, needles("Home|Menu|Search|Topics|Sections|News|Latest")},
	{ReasonSyndication, syndicationSource, 0, false, needles("appeared first on"), false, nil},
	{ReasonSyndication, lazyRE(`(?i)^(this (article|story|piece|report) (was |is )?(originally |first )?(appeared|published|ran|republished|reprinted) (in|on|by|at|from|with permission)|(originally|first) (published|appeared) (in|on|by|at)|republished with permission)`), 300, false, needles("originally|first |republish|reprint|this article |this story |this piece |this report "), false, nil},
	{ReasonCopyright, lazyRE(`(?i)(^©|^\(c\)\s*\d{4}|^copyright\s*(©|\(c\)|\d{4})|©\s*\d{4}|\d{4}\s*©|all rights reserved)`), 200, false, needles("©|(c)|copyright|rights reserved"), false, nil},
	{ReasonCredits, lazyRE(`(?i)^\(?((additional )?reporting by|writing by|editing by|edited by|compiled by|contributing( reporting)?:|contributors?:)|contributed (reporting )?to this (report|article|story)\.?\)?$`), 300, false, needles("reporting|writing by|editing by|edited by|compiled by|contribut"), false, nil},
	{ReasonNewsletter, lazyRE(`(?i)(by signing up|sign up (for|to) (our|the|a|this)\b|subscribe (now|today|here|for free)|subscribe to (our|this)\b|in your inbox|never miss|daily (edition|briefing|digest)\b|get (our|the) .{0,40}(briefing|digest|edition|alerts?|newsletter)|enter your e-?mail|your e-?mail address|unsubscribe|newsletters?\b.{0,40}\b(sign|subscri|inbox|free)|(sign|subscri).{0,40}\bnewsletter)`), 250, false, needles("sign|subscri|inbox|never miss|edition|briefing|digest|alert|mail|newsletter"), false, nil},
	{ReasonNewsletter, lazyRE(`(?i)\b(newsletters?|subscribe|sign up|subscription|e-?mail alerts?)\b`), 200, true, needles("newsletter|subscri|sign up|alert"), false, nil},
	{ReasonMembership, lazyRE(`(?i)(support (us|our (work|journalism|newsroom|reporting|mission))|become (a|an) (member|subscriber|supporter|patron|insider)|join our (community|newsletter|mailing list|membership)|already (a|an) (member|subscriber)|consider (joining|supporting|donating|subscribing|becoming)|(please )?donate (now|today|here)|make a donation|our journalism|reader support|ad-free|support independent journalism|subscribers? only|for (members|subscribers) only|premium (content|members?|access)|unlock (this|unlimited|full)|free trial|your support|we rely on)`), 400, false, needles("support us|support our|become a|join our|already a|consider |donate |make a donation|our journalism|reader support|ad-free|support independent|subscriber|for members|premium |unlock |free trial|your support|we rely on"), false, nil},
	{ReasonMembership, lazyRE(`(?i)\b(support|join|donate|donation|membership|member|members|community|premium)\b`), 200, true, needles("support|join|donat|member|community|premium"), false, nil},
	{ReasonSignIn, lazyRE(`(?i)(\bsign in\b|\blog ?in\b|\blog ?out\b|\bsign out\b|create (a free |an )?account|register (now|for free|here)|forgot (your )?password)`), 120, true, needles("sign in|sign out|log|account|register|password"), false, nil},
	{ReasonReadMore, lazyRE(`(?i)(click here|tap here)\.?$`), 200, false, needles("click here|tap here"), false, nil},
	{ReasonReadMore, lazyRE(`(?i)^(read more|read next|continue reading|read the full (story|article)|learn more|more|see also|watch|related( articles| stories| coverage| content| topics| news)?|more (stories |news )?(from|on|in|about) .{1,40}|you (may|might) also (like|be interested in)|recommended( for you| reading| stories)?|most (read|popular|viewed)|trending( now| stories)?|also read|read also|editor[’']s picks?|don[’']t miss|further reading|more (stories|news)|other news|in other news|latest (stories|headlines))[:.]?$`), 0, false, nil, false, needles("also |continue |don't |don’t |editor|further |in |latest |learn |more|most |other |read |recommended|related|see |trending|watch|you ")},
	{ReasonReadMore, lazyRE(`(?i)^(read more|related|see also|also read|read also|watch|listen|more|recommended|don[’']t miss)\s*[:|—–-]\s*\S.{1,160}$`), 200, false, nil, false, needles("also |don't |don’t |listen|more|read |recommended|related|see |watch")},
	{ReasonCaption, lazyRE(`\((?:(?:AP |AFP |Reuters )?(?:Photo|Image|Picture|Credit|Illustration|File)(?: by)?:?\s*)?\p{Lu}[^()/]{0,60}/\s*\p{Lu}[^()]{0,60}\)\s*$`), 400, false, needles("/"), false, nil},
	{ReasonCaption, lazyRE(`(?i)\((?:photo|image|picture|credit|file photo|illustration|video|screenshot|screen capture)\b[^()]{0,80}\)\s*$|\((?:Getty Images|Shutterstock|iStock)[^()]{0,40}\)\s*$`), 400, false, needles("(photo|(image|(picture|(credit|(file|(illustration|(video|(screen|(getty|(shutterstock|(istock"), false, nil},
	{ReasonCaption, lazyRE(`(?i)^(photo|image|picture|credit|photograph|illustration|photo credit)( by|:)\s*\S.{1,80}$`), 100, false, nil, false, needles("credit|illustration|image|photo|picture")},
	{ReasonAuthorBio, lazyREWhere(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} (is|was|has been|covers) (an? |the )?.{0,80}(reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|bureau chief|based in)\b.*\.$`, opensWithNameAndVerb), 300, false, needles("reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|bureau chief|based in"), false, nil},
	{ReasonAuthorBio, lazyRE(`(?i)^(follow|contact|e-?mail|reach) (the (author|writer|reporter)|him|her|them|\p{Lu}\p{L}+( \p{Lu}\p{L}+)?) (on|at|via) `), 200, false, needles("follow |contact |e-mail |email |reach "), false, nil},
	{ReasonEditorNote, lazyRE(`(?i)^(editor[’']s note|note to (readers|our readers)|correction|clarification|update|disclosure)\s*[:—–-]`), 600, false, nil, false, needles("clarification|correction|disclosure|editor|note |update")},
	{ReasonEditorNote, lazyRE(`^[(\[].*[)\]]$`), 600, false, nil, false, nil},
}

// opensWithNameAndVerb reports whether p opens as an author's bio must:
// two to four capitalised words, then "is", "was", "has" or "covers".
func opensWithNameAndVerb(p string) bool {
	for k := range 5 {
		w, rest, ok := strings.Cut(p, " ")
		if !ok {
			return false
		}
		if k >= 2 && (w == "is" || w == "was" || w == "has" || w == "covers") {
			return true
		}
		if !isNameWord(w) {
			return false
		}
		p = rest
	}
	return false
}

// isNameWord reports whether w is a capital letter followed by letters,
// periods, apostrophes or hyphens (\p{Lu}[\p{L}.'’-]+).
func isNameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || size == len(w) {
		return false
	}
	for _, r := range w[size:] {
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// syndicationSource finds the original outlet in a syndication footer.
var syndicationSource = lazyREWhere(`(?i)^the post .+ appeared first on (.+?)\.?$`, mayNameSyndicator)

// mayNameSyndicator reports whether s holds "appeared fir" in any case, as
// every line syndicationSource matches does (its letters fold only to
// ASCII letters; the s of "first" also to ſ, so it is left out).
func mayNameSyndicator(s string) bool { return strings.Contains(strings.ToLower(s), "appeared fir") }

// classifyLine returns why paragraph p is boilerplate by the general rules,
// or "" when no rule says it is. weak tells that a weak rule matched: the
// line is boilerplate unless it is the article's headline.
func classifyLine(p string) (reason string, weak bool) {
	n := utf8.RuneCountInString(p)
	lower := strings.ToLower(p)
	weakOK := -1
	for _, r := range lineRules {
		if r.maxRunes > 0 && n > r.maxRunes {
			continue
		}
		if r.needles != nil && !containsAny(lower, r.needles) {
			continue
		}
		in := p
		if r.lower {
			in = lower
		}
		if r.prefixes != nil && !hasAnyPrefix(in, r.prefixes) {
			continue
		}
		if r.weak {
			if weakOK < 0 {
				weakOK = 0
				if (!endsSentence(p) && wordCount(p) <= 10) || addressesReader(p) {
					weakOK = 1
				}
			}
			if weakOK == 0 {
				continue
			}
		}
		if r.pattern.MatchString(in) {
			return r.reason, r.weak
		}
	}
	return "", false
}

// needles splits a "|"-separated list of words.
func needles(list string) []string { return strings.Split(list, "|") }

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isHeadlineLike reports whether p reads like a headline or a label rather
// than a sentence: short, without sentence-final punctuation.
func isHeadlineLike(p string) bool {
	n := utf8.RuneCountInString(p)
	return n > 0 && n <= 160 && !endsSentence(p) && !strings.HasSuffix(p, ":")
}

// isCutSentence reports whether p ends in the middle of a sentence, with
// a comma, a semicolon or a dash: a sentence whose end the page lost, not
// a label, however short.
func isCutSentence(p string) bool {
	p = strings.TrimRight(p, " ")
	for _, end := range []string{",", ";", "—", "–"} {
		if strings.HasSuffix(p, end) {
			return wordCount(p) >= 4
		}
	}
	return false
}

// isQuotation reports whether p is one quotation and nothing else
// (“We heard gunshots”): a remark someone made, not a label.
func isQuotation(p string) bool {
	if wordCount(p) < 2 {
		return false
	}
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"'", "'"}} {
		if inner, ok := strings.CutPrefix(p, q[0]); ok {
			inner, ok = strings.CutSuffix(inner, q[1])
			if ok && !strings.Contains(inner, q[0]) && !strings.Contains(inner, q[1]) {
				return true
			}
		}
	}
	return false
}

// readsAsStatement reports whether p, a line under the headline, is
// written as a sentence rather than a label or a date: more than half of
// its words are lower case, as in prose ("A retired pilot the second
// person hurt in the valley this month"), where labels and lists of
// sections capitalise their words; and it asks nothing (an explainer's
// "What the ban means for residents" states no fact).
func readsAsStatement(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || lang.WhWord(strings.ToLower(words[0])) {
		return false
	}
	plain := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘(["))
		if unicode.IsLower(r) {
			plain++
		}
	}
	return plain*2 > len(words)
}

// quoted matches quoted spans, which may address "you" without being
// promotion; a span in straight single quotes must open and close a word
// ("Told the jury: 'I hope we showed you …'"), so that apostrophes are not
// taken for quotes.
var quoted = lazyRE(`“[^”]*”|"[^"]*"|‘[^’]*’(?:\s|$)|(?:^|[\s:(])'[^']*'(?:[\s.,;:!?)]|$)`)

var secondPerson = lazyRE(`(?i)\b(you|your|you're|you’re|you’ll|you'll|yours|you’ve|you've)\b`)

// addressesReader reports whether p speaks to the reader in the second
// person outside quotation marks, as promotions do and news reports
// rarely do.
func addressesReader(p string) bool {
	if !strings.Contains(strings.ToLower(p), "you") {
		return false
	}
	return secondPerson.MatchString(quoted.ReplaceAllString(p, ""))
}

// promoWords are words of offers and appeals; with a second-person address
// they mark a promotion even inside an article.
var promoWords = lazyRE(`\b([Ww]e|[Oo]ur|us)\b|(?i:\b(join|joining|subscribe|subscription|sign up|support|supporting|donat\w*|members?|membership|stream|download|app|click|tap|follow|free|offer|trial|newsletter|podcast|unlock|register|enjoy|discount|exclusive)\b)`)

func wordCount(s string) int { return len(strings.Fields(s)) }
