package lang

var (
	whWords       = wordSet("wh_words.txt")
	questionVerbs = wordSet("question_verbs.txt")
)

// WhWord reports whether w opens a question asking for information
// ("what", "why"), or an explainer's headline that asks one.
func WhWord(w string) bool { return whWords.get()[w] }

// QuestionOpener reports whether w can open a direct question: a wh-word,
// or an auxiliary or modal verb put first ("Is …", "Could …").
func QuestionOpener(w string) bool { return whWords.get()[w] || questionVerbs.get()[w] }
