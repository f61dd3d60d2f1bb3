// Package ui is everything a person sees of crosscheck: the Bubble Tea
// reader that shows one claim at a time with every outlet's wording side by
// side, and (in package report) the static reports.
//
// It is the last stage of crosscheck's pipeline (corpus → align → ui).
//
// The reader is a root Model (reader.go) that owns the window size, the
// theme (styles.go) and the key map (keys.go), and keeps an explicit mode
// (mode.go). Its Update is a dispatcher (dispatch.go): keys that work
// everywhere, then the component of the current mode. The components
// (context.go) are the claims screen (claims.go, laid out by
// claimslayout.go: the overview strip of overview.go, the claim drawn by
// claimview.go with the highlights of highlight.go, the legend of
// legend.go) and a pager for the article (article.go), the boilerplate
// list (removed.go) and the full help (helpview.go), opened by pages.go,
// and the note editor (note.go). layout.go gives them the terminal's
// size, background and way of measuring text; frame.go draws the header,
// status line and footer around them. They share a context of story,
// styles, key map, text measure (measure.go) and render cache.
//
// A fact-checker's marks (marks.go) live in a session (package session)
// given to New with WithSession: the reader changes it in Update, draws a
// snapshot of its marks, and saves it in a command after each change and
// before quitting.
//
// Loading, aligning and saving run in commands (commands.go, marks.go);
// drawing a claim, with its word diffs, happens in Update and is cached,
// so View only assembles cached lines.
package ui
