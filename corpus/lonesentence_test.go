package corpus

import "testing"

func TestOneSentenceArticleIsAnArticle(t *testing.T) {
	const sentence = "The harbour bridge reopened on Monday after three weeks of repairs, officials said."
	tests := []struct {
		name, content, want string
	}{
		// Windows-1252 with a line of stray bytes, which the paragraph
		// reader joins to the sentence: it was taken for a headline.
		{"Windows-1252 with stray bytes", sentence + "\n\xe9\xfc\xa7\xb6\x93\n", sentence + " éü§¶“\n"},
		{"the sentence alone", sentence + "\n", sentence + "\n"},
		{"question", "Will the harbour bridge reopen on Monday?\n\n\x93\n", "Will the harbour bridge reopen on Monday?\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, "one.txt", tt.content)
			c, err := Load([]string{dir}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Documents) != 1 {
				t.Fatalf("skipped: %q", c.Warnings)
			}
			if got := passageTexts(c.Documents[0]); got != tt.want {
				t.Errorf("passages = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHeadlineAloneIsNoArticle(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "headline.txt", "Harbour Bridge Reopens After Repairs\n")
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Documents) != 0 || len(c.Warnings) != 1 {
		t.Errorf("documents %d, warnings %q: a headline alone is not an article", len(c.Documents), c.Warnings)
	}
}
