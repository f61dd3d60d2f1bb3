package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
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
	pattern *regexp.Regexp
	// maxRunes limits the rule to short paragraphs (0: any length), so that
	// a sentence of reporting that happens to use the words is kept.
	maxRunes int
	// weak rules use words that reporting uses too ("support", "sign in"):
	// they apply only to lines that are not sentences, that speak to the
	// reader, or that are a few words long.
	weak bool
}

// socialNetworks are the names share buttons show.
const socialNetworks = `facebook|twitter|x|whatsapp|linkedin|telegram|reddit|flipboard|pinterest|threads|bluesky|mastodon|e-?mail|print|copy link|share|messenger`

// lineRules are general rules for boilerplate, never rules for one site.
// The first rule that matches gives the reason.
var lineRules = []lineRule{
	{ReasonWidget, regexp.MustCompile(`(?i)^(no results?( found)?|view all results?|load more|show (more|less)|advertisement|advertising|ad|sponsored( content)?|skip to (main )?content|skip ad|featured image|image|photo|video|close|open menu|toggle navigation|menu|search|share( this( article| story| page)?)?( on \w+)?|print|e-?mail|comments?|\d+ comments?|loading\.{0,3}|listen( to (this )?(article|story))?( ?\(?\d+ min(utes?)?\)?)?|\d+ min(ute)?s? read|story continues below( advertisement)?|scroll (down )?to continue( with content)?|continue reading below|copy link|link copied|tweet|follow us|follow us on .{1,30}|back to top|top stories|latest( news)?|most read|up next|breaking news|live updates|watch live|open in app)$`), 80, false},
	{ReasonWidget, regexp.MustCompile(`(?i)^(?:` + socialNetworks + `)(?:[\s|·•,/]+(?:` + socialNetworks + `))+$`), 200, false},
	{ReasonWidget, regexp.MustCompile(`(?i)(we use cookies|accept (all )?cookies|cookie (policy|settings|preferences)|enable javascript|javascript is (disabled|required)|your browser (does not|doesn't|doesn’t) support|ad blocker|disable your ad)`), 400, false},
	{ReasonNavigation, regexp.MustCompile(`^(?:[\p{L}&' -]{1,30})(?:\s*[›»>|/]\s*[\p{L}&' -]{1,30}){1,8}$`), 160, false},
	{ReasonNavigation, regexp.MustCompile(`^(Home|Menu|Search|Topics|Sections|News|Latest)(\s+[A-Z][\p{L}&-]*){0,3}$`), 60, false},
	{ReasonSyndication, syndicationSource, 0, false},
	{ReasonSyndication, regexp.MustCompile(`(?i)^(this (article|story|piece|report) (was |is )?(originally |first )?(appeared|published|ran|republished|reprinted) (in|on|by|at|from|with permission)|(originally|first) (published|appeared) (in|on|by|at)|republished with permission)`), 300, false},
	{ReasonCopyright, regexp.MustCompile(`(?i)(^©|^\(c\)\s*\d{4}|^copyright\s*(©|\(c\)|\d{4})|©\s*\d{4}|\d{4}\s*©|all rights reserved)`), 200, false},
	{ReasonCredits, regexp.MustCompile(`(?i)^\(?((additional )?reporting by|writing by|editing by|edited by|compiled by|contributing( reporting)?:|contributors?:)|contributed (reporting )?to this (report|article|story)\.?\)?$`), 300, false},
	{ReasonNewsletter, regexp.MustCompile(`(?i)(by signing up|sign up (for|to) (our|the|a|this)\b|subscribe (now|today|here|for free)|subscribe to (our|this)\b|in your inbox|never miss|daily (edition|briefing|digest)\b|get (our|the) .{0,40}(briefing|digest|edition|alerts?|newsletter)|enter your e-?mail|your e-?mail address|unsubscribe|newsletters?\b.{0,40}\b(sign|subscri|inbox|free)|(sign|subscri).{0,40}\bnewsletter)`), 250, false},
	{ReasonNewsletter, regexp.MustCompile(`(?i)\b(newsletters?|subscribe|sign up|subscription|e-?mail alerts?)\b`), 200, true},
	{ReasonMembership, regexp.MustCompile(`(?i)(support (us|our (work|journalism|newsroom|reporting|mission))|become (a|an) (member|subscriber|supporter|patron|insider)|join our (community|newsletter|mailing list|membership)|already (a|an) (member|subscriber)|consider (joining|supporting|donating|subscribing|becoming)|(please )?donate (now|today|here)|make a donation|our journalism|reader support|ad-free|support independent journalism|subscribers? only|for (members|subscribers) only|premium (content|members?|access)|unlock (this|unlimited|full)|free trial|your support|we rely on)`), 400, false},
	{ReasonMembership, regexp.MustCompile(`(?i)\b(support|join|donate|donation|membership|member|members|community|premium)\b`), 200, true},
	{ReasonSignIn, regexp.MustCompile(`(?i)(\bsign in\b|\blog ?in\b|\blog ?out\b|\bsign out\b|create (a free |an )?account|register (now|for free|here)|forgot (your )?password)`), 120, true},
	{ReasonReadMore, regexp.MustCompile(`(?i)(click here|tap here)\.?$`), 200, false},
	{ReasonReadMore, regexp.MustCompile(`(?i)^(read more|read next|continue reading|read the full (story|article)|learn more|more|see also|watch|related( articles| stories| coverage| content| topics| news)?|more (stories |news )?(from|on|in|about) .{1,40}|you (may|might) also (like|be interested in)|recommended( for you| reading| stories)?|most (read|popular|viewed)|trending( now| stories)?|also read|read also|editor[’']s picks?|don[’']t miss|further reading|more (stories|news)|other news|in other news|latest (stories|headlines))[:.]?$`), 0, false},
	{ReasonReadMore, regexp.MustCompile(`(?i)^(read more|related|see also|also read|read also|watch|listen|more|recommended|don[’']t miss)\s*[:|—–-]\s*\S.{1,160}$`), 200, false},
	{ReasonCaption, regexp.MustCompile(`\((?:(?:AP |AFP |Reuters )?(?:Photo|Image|Picture|Credit|Illustration|File)(?: by)?:?\s*)?\p{Lu}[^()/]{0,60}/\s*\p{Lu}[^()]{0,60}\)\s*$`), 400, false},
	{ReasonCaption, regexp.MustCompile(`(?i)\((?:photo|image|picture|credit|file photo|illustration|video|screenshot|screen capture)\b[^()]{0,80}\)\s*$|\((?:Getty Images|Shutterstock|iStock)[^()]{0,40}\)\s*$`), 400, false},
	{ReasonCaption, regexp.MustCompile(`(?i)^(photo|image|picture|credit|photograph|illustration|photo credit)( by|:)\s*\S.{1,80}$`), 100, false},
	{ReasonAuthorBio, regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} (is|was|has been|covers) (an? |the )?.{0,80}(reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|bureau chief|based in)\b.*\.$`), 300, false},
	{ReasonAuthorBio, regexp.MustCompile(`(?i)^(follow|contact|e-?mail|reach) (the (author|writer|reporter)|him|her|them|\p{Lu}\p{L}+( \p{Lu}\p{L}+)?) (on|at|via) `), 200, false},
	{ReasonEditorNote, regexp.MustCompile(`(?i)^(editor[’']s note|note to (readers|our readers)|correction|clarification|update|disclosure)\s*[:—–-]`), 600, false},
	{ReasonEditorNote, regexp.MustCompile(`^[(\[].*[)\]]$`), 600, false},
}

// syndicationSource finds the original outlet in a syndication footer.
var syndicationSource = regexp.MustCompile(`(?i)^the post .+ appeared first on (.+?)\.?$`)

// classifyLine returns why paragraph p is boilerplate by the general rules,
// or "" when no rule says it is. weak tells that a weak rule matched: the
// line is boilerplate unless it is the article's headline.
func classifyLine(p string) (reason string, weak bool) {
	n := utf8.RuneCountInString(p)
	weakOK := -1
	for _, r := range lineRules {
		if r.maxRunes > 0 && n > r.maxRunes {
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
		if r.pattern.MatchString(p) {
			return r.reason, r.weak
		}
	}
	return "", false
}

// isHeadlineLike reports whether p reads like a headline or a label rather
// than a sentence: short, without sentence-final punctuation.
func isHeadlineLike(p string) bool {
	n := utf8.RuneCountInString(p)
	return n > 0 && n <= 160 && !endsSentence(p) && !strings.HasSuffix(p, ":")
}

// quoted matches quoted spans, which may address "you" without being
// promotion.
var quoted = regexp.MustCompile(`“[^”]*”|"[^"]*"|‘[^’]*’(?:\s|$)`)

var secondPerson = regexp.MustCompile(`(?i)\b(you|your|you're|you’re|you’ll|you'll|yours|you’ve|you've)\b`)

// addressesReader reports whether p speaks to the reader in the second
// person outside quotation marks, as promotions do and news reports
// rarely do.
func addressesReader(p string) bool {
	return secondPerson.MatchString(quoted.ReplaceAllString(p, ""))
}

// promoWords are words of offers and appeals; with a second-person address
// they mark a promotion even inside an article.
var promoWords = regexp.MustCompile(`\b([Ww]e|[Oo]ur|us)\b|(?i:\b(join|joining|subscribe|subscription|sign up|support|supporting|donat\w*|members?|membership|stream|download|app|click|tap|follow|free|offer|trial|newsletter|podcast|unlock|register|enjoy|discount|exclusive)\b)`)

func wordCount(s string) int { return len(strings.Fields(s)) }
