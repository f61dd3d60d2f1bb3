package lang

import "strings"

var (
	titles        = wordSet("titles.txt")
	nameParticles = wordSet("name_particles.txt")
	// nameStopWords are the list's words with the months' names, the
	// weekdays and the cardinal points.
	nameStopWords = newLazy(func() map[string]bool {
		set := map[string]bool{}
		for _, line := range lines("name_stopwords.txt") {
			for _, w := range strings.Fields(line) {
				set[w] = true
			}
		}
		for w := range months.get().number {
			if monthName(w) {
				set[w] = true
			}
		}
		for w := range weekdays.get() {
			set[w] = true
		}
		for w := range compass.get().bearing {
			if cardinalPoint(w) {
				set[w] = true
			}
		}
		return set
	})
	speechVerbs   = wordSet("speech_verbs.txt")
	sourceVerbs   = wordSet("source_verbs.txt")
	functionWords = wordSet("function_words.txt")
)

// Title reports whether w is written before a name: "mr", "governor",
// "chief".
func Title(w string) bool { return titles.get()[w] }

// NameParticle reports whether w is a lower-case word inside names: "al"
// in "Khalil al-Hayya", "von" in "Ursula von der Leyen".
func NameParticle(w string) bool { return nameParticles.get()[w] }

// NameStopWord reports whether w, capitalised, is not a name: a sentence
// opener, a title, a month, a weekday, a cardinal point ("North"), a word
// of organisations ("Ministry") or headlines ("Photo").
func NameStopWord(w string) bool { return nameStopWords.get()[w] }

// SpeechVerb reports whether w attributes words to a source: "said",
// "told", "according", "reported".
func SpeechVerb(w string) bool { return speechVerbs.get()[w] }

// FunctionWord reports whether w is an English function word ("the",
// "of", "would"), which carries no meaning of its own.
func FunctionWord(w string) bool { return functionWords.get()[w] }

// SourceVerb reports whether w credits a statement to its source: a
// speech verb, or "indicates", "showed", "estimated".
func SourceVerb(w string) bool { return speechVerbs.get()[w] || sourceVerbs.get()[w] }
