package lang

// Where a person was wounded: the parts of the body (body_parts.tsv) and
// the words after which "to" or "in" names one (wound_words.txt).

// A BodyPart is a part of the body as a wound's place: its singular, and
// whether the word read was the plural.
type BodyPart struct {
	Part   string
	Plural bool
}

var (
	bodyParts = newLazy(func() map[string]BodyPart {
		m := map[string]BodyPart{}
		for _, r := range rows("body_parts.tsv") {
			m[r[0]] = BodyPart{Part: r[0]}
			if p := field(r, 1); p != "" {
				m[p] = BodyPart{Part: r[0], Plural: true}
			}
		}
		return m
	})
	woundWords = wordSet("wound_words.txt")
)

// BodyPartOf returns the part of the body w, in lower case, names
// ("temples": temple, plural), or false.
func BodyPartOf(w string) (BodyPart, bool) {
	p, ok := bodyParts.get()[w]
	return p, ok
}

// WoundWord reports whether w, in lower case, is a word after which "to"
// or "in" names where a person was wounded ("wounds", "shot").
func WoundWord(w string) bool { return woundWords.get()[w] }
