// Package session keeps a fact-checker's marks on the claims of a story:
// a verdict (verified, disputed, unsure), a note and the time, plus where
// the reader was, so that reopening the same articles resumes the work.
//
// # Identity
//
// A mark is keyed by the content of its claim, not its position: it
// stores the claim's Key and a hash of each member passage's normalised
// text (folded quotes and dashes, lower case, single spaces). When a
// story is attached, a mark goes to the claim with the same Key or, when
// articles were added or edited and the claim gained or lost passages, to
// the claim that now holds the largest share of the mark's passages, as
// long as it holds at least half of them. A mark that matches no claim is
// an orphan: it is kept, listed (Orphans) and saved, never dropped, and
// it comes back if its passages return.
//
// # Settlements
//
// A session also keeps the fact-checker's settlements of the story's
// disputed facts (align.Story.Disputes): the reading verified, or that
// the fact is unresolved, and where it was checked. A settlement is kept
// by its dispute's content: its kind, slot and readings, and the hashes
// of the passages holding its values. Attached to a story, it goes to the
// dispute with the same kind, slot and readings; or, when articles were
// added and the dispute gained or lost a reading, to the dispute of the
// same kind that still gives the verified reading and holds at least half
// of its passages. A settlement whose dispute is gone is kept and listed
// (SettlementOrphans), like an orphaned mark.
//
// # Files
//
// A session is one JSON file of schema crosscheck-session/v1 (Schema).
// By default it lives in $XDG_STATE_HOME/crosscheck/ (or
// ~/.local/state/crosscheck/), named after the corpus: CorpusInputs says
// what identifies a corpus (the sorted absolute paths given on the command
// line, or "sample"), and DefaultPath turns that into a file name. Saving
// is atomic: the file is written to a temporary file in the same folder,
// synced, renamed over the old one, and the folder is synced, so a crash
// leaves the previous session or the new one, never a mix. A file that
// cannot be read or parsed is reported as a *FileError and never written
// to: the caller goes on with ReadOnly or starts afresh with StartOver,
// which moves the old file aside rather than deleting it.
//
// # Two readers
//
// Two readers may keep one session file. Each save holds an exclusive
// lock, reads the file again and merges what another reader saved since,
// record by record (merge.go): one side's change wins over no change,
// the later of two changes wins, and a mark changed on one side is never
// lost to a removal on the other. A reader that Joins while another has
// the file open is told so; Close ends its turn. A save killed half-way
// leaves a temporary file, which the next save or Join removes.
//
// # Use from the reader
//
//	s, err := session.Open(path)            // or StartOver(path); ReadOnly(path) after a *FileError
//	s.Attach(story)                         // once the story is aligned (again if it is rebuilt)
//	i, filter, ok := s.Position()           // resume: claim index and filter name
//	m, ok := s.Mark(i)                      // a claim's mark, for the claim list and header
//	c := s.Counts()                         // verified/disputed/unsure/note-only/orphans, for the header
//	err = s.SetVerdict(i, session.Verified) // v; x is Disputed, u is Unsure
//	err = s.ClearVerdict(i)                 // space: the note stays
//	err = s.SetNote(i, text)                // a, then esc; "" removes the note
//	err = s.Settle(d, r, source, line)      // dispute d: reading r verified (-1: unresolved), checked in source
//	st, ok := s.Settlement(d)               // and Settlements(), SettlementOrphans(), Unsettle(d)
//	s.SetPosition(i, filter)                // on every move or filter change
//	err = s.Save()                          // in a tea.Cmd after each change, and on quit
//	n := s.News()                           // after a save: marks merged from another reader
//	s.Close()                               // when the reader ends (ForReader joins)
//
// The marked/unmarked filter is Mark(i)'s ok. Changes return ErrReadOnly
// on a read-only session, for the reader to say that marks are not saved.
// Changes happen in memory and are cheap, so the reader makes them in
// Update; Save does the file work and belongs in a command. A Session is
// safe for concurrent use, and concurrent Saves never write an older state
// over a newer one.
package session
