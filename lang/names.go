package lang

var (
	titles        = wordSet("titles.txt")
	nameParticles = wordSet("name_particles.txt")
	nameStopWords = wordSet("name_stopwords.txt")
	speechVerbs   = wordSet("speech_verbs.txt")
	functionWords = wordSet("function_words.txt")
)

// Title reports whether w is written before a name: "mr", "governor",
// "chief".
func Title(w string) bool { return titles()[w] }

// NameParticle reports whether w is a lower-case word inside names: "al"
// in "Khalil al-Hayya", "von" in "Ursula von der Leyen".
func NameParticle(w string) bool { return nameParticles()[w] }

// NameStopWord reports whether w, capitalised, is not a name: a sentence
// opener, a title, a month, a weekday, a cardinal point ("North"), a word
// of organisations ("Ministry") or headlines ("Photo").
func NameStopWord(w string) bool {
	if nameStopWords()[w] || monthName(w) {
		return true
	}
	if _, ok := Weekday(w); ok {
		return true
	}
	return cardinalPoint(w)
}

// SpeechVerb reports whether w attributes words to a source: "said",
// "told", "according", "reported".
func SpeechVerb(w string) bool { return speechVerbs()[w] }

// FunctionWord reports whether w is an English function word ("the",
// "of", "would"), which carries no meaning of its own.
func FunctionWord(w string) bool { return functionWords()[w] }
