package ui

// A KeyHelp is one titled group of the reader's keys, for the manual
// page: each key as shown in the help, and what it does.
type KeyHelp struct {
	Title string
	Keys  [][2]string
}

// KeyReference returns every key of the reader with the default key map,
// grouped by the view it works in, for the manual page.
func KeyReference() []KeyHelp {
	k := DefaultKeyMap()
	var out []KeyHelp
	add := func(view string, groups []keyGroup) {
		for _, g := range groups {
			h := KeyHelp{Title: view + ": " + g.title}
			for _, b := range g.bindings {
				h.Keys = append(h.Keys, [2]string{b.Help().Key, b.Help().Desc})
			}
			out = append(out, h)
		}
	}
	add("Claim view", k.claimGroups())
	add("Claim view, with a kept search", k.matchGroups()[:1])
	add("Typing a search", k.searchGroups()[:1])
	add("Writing a note", k.noteGroups()[:1])
	add("Article, boilerplate and help views", k.readingGroups())
	return out
}
