package fact

// Durations: how long something lasted, or will ("waited five years",
// "a 12-year prison term", "closed for a week", "about 15 minutes"). A
// duration is read as a quantity in a unit of time, but it is a fact of
// its own: it is about what lasted (a prison term, parole, the time a
// verb took: quantitySlot), never a count of people or things, and two
// durations of one thing that differ differ as figures do.

// KindDuration is the kind of a length of time.
const KindDuration Kind = "duration"
