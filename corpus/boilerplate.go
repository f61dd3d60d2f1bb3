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
	ReasonHeadline    = "headline"
	ReasonDateLine    = "date line"
	ReasonBylineLine  = "byline"
	ReasonAuthorBio   = "author note"
	ReasonEditorNote  = "editor's note"
)

// A lineRule removes a paragraph that matches its pattern.
type lineRule struct {
	reason  string
	pattern *regexp.Regexp
	// maxRunes limits the rule to short paragraphs (0: any length), so that
	// a sentence of reporting that happens to use the words is kept.
	maxRunes int
}

var lineRules = []lineRule{
	{ReasonWidget, regexp.MustCompile(`(?i)^(no results?|view all results?|load more|show more|advertisement|skip to (main )?content|featured image|share( this( article)?)?|print|email|comments?)$`), 0},
	{ReasonNavigation, regexp.MustCompile(`^(?:[\p{L}&' -]{1,30})(?:\s*[›»>|/]\s*[\p{L}&' -]{1,30}){1,6}$`), 120},
	{ReasonNavigation, regexp.MustCompile(`^(Home|Menu|Search|Topics|Sections)(\s+[A-Z][\p{L}&-]*){0,3}$`), 60},
	{ReasonSyndication, regexp.MustCompile(`(?i)^the post .+ appeared first on .+\.?$`), 0},
	{ReasonCopyright, regexp.MustCompile(`(?i)(^©|^\(c\) \d{4}|^copyright\b|©\s*\d{4}|all rights reserved)`), 160},
	{ReasonNewsletter, regexp.MustCompile(`(?i)(sign(ing)? up\b|subscribe\b|newsletter|daily edition|in your inbox|never miss|by email and|get (our|the) .{0,40}(briefing|digest|edition|alerts?))`), 200},
	{ReasonMembership, regexp.MustCompile(`(?i)(support (us|our|toi|independent)|become a (member|subscriber|supporter)|join our community|already a member|consider (joining|supporting|donating)|donat(e|ion)|our journalism|reader support|ad-free)`), 400},
	{ReasonSignIn, regexp.MustCompile(`(?i)(\bsign in\b|\blog ?in\b|create (a free )?account)`), 120},
	{ReasonReadMore, regexp.MustCompile(`(?i)(click here|tap here)\.?$`), 200},
	{ReasonReadMore, regexp.MustCompile(`(?i)^(read more|continue reading|read the full (story|article)|click here|learn more|more:?|see also:?|watch:?|related( articles| stories| coverage)?:?|more (from|on) .{0,40}|you (may|might) also like:?|recommended( for you)?:?|most (read|popular):?|trending( now)?:?)$`), 0},
	{ReasonCaption, regexp.MustCompile(`\((?:Photo:?\s*|Image:?\s*|Credit:?\s*|Picture:?\s*)?[^()]{2,60}/[^()]{2,60}\)\s*$`), 400},
	{ReasonCaption, regexp.MustCompile(`(?i)\((photo|image|picture|credit|file photo)[^()]{0,60}\)\s*$`), 400},
	{ReasonAuthorBio, regexp.MustCompile(`^[A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+){1,3} (is|was) an? .{0,60}(reporter|correspondent|editor|writer|journalist|columnist)\b.*\.$`), 300},
	{ReasonEditorNote, regexp.MustCompile(`^\(.*\)$`), 400},
}

// syndicationSource finds the original outlet in a syndication footer.
var syndicationSource = regexp.MustCompile(`(?i)^the post .+ appeared first on (.+?)\.?$`)

// classifyLine returns why paragraph p is boilerplate, or "" when it is
// the article's own text.
func classifyLine(p string) string {
	n := utf8.RuneCountInString(p)
	for _, r := range lineRules {
		if r.maxRunes > 0 && n > r.maxRunes {
			continue
		}
		if r.pattern.MatchString(p) {
			return r.reason
		}
	}
	return ""
}

// isHeadlineLike reports whether p reads like a headline or a label rather
// than a sentence: short, without sentence-final punctuation.
func isHeadlineLike(p string) bool {
	n := utf8.RuneCountInString(p)
	return n > 0 && n <= 160 && !endsSentence(p) && !strings.HasSuffix(p, ":")
}
