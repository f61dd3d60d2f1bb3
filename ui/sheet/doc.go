// Package sheet says how the fact sheet's rows are shown, whatever the
// medium: which stretches of a passage are lit and how (typed values by
// their row's status; changed words only where two wordings are close
// enough for a word diff to help), and the words of a fact's line ("people
// injured: 18 (Reuters) · 12 (USA Today)"). The reader and every report
// draw from it, so the screen and the HTML light the same spans and say
// the same thing.
package sheet
