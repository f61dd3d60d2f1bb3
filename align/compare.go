package align

import "fmt"

// compareClaim compares the typed facts of a claim's members from
// different outlets and returns the differences found.
func compareClaim(s *Story, c *Claim) []Difference {
	if len(c.Docs()) < 2 {
		return nil
	}
	return compareDates(s, c)
}

// compareDates compares the dates of a claim's members. Two members'
// dates are compared when they fall in the same month and neither member
// also gives the other's date; a day against a month alone is a
// refinement, different days are a conflict, and the same day written two
// ways agrees.
func compareDates(s *Story, c *Claim) []Difference {
	type found struct {
		ref   Ref
		dates []dateFact
	}
	var fs []found
	for _, m := range c.Members {
		fs = append(fs, found{m, extractDates(s.Passage(m).Text)})
	}
	var out []Difference
	seen := map[string]bool{}
	for i := range fs {
		for j := i + 1; j < len(fs); j++ {
			if fs[i].ref.Doc == fs[j].ref.Doc {
				continue
			}
			for _, a := range fs[i].dates {
				for _, b := range fs[j].dates {
					if a.month != b.month || (a.year > 0 && b.year > 0 && a.year != b.year) {
						continue
					}
					st := dateStatus(a, b)
					if st == Conflict && (hasDay(fs[i].dates, b) || hasDay(fs[j].dates, a)) {
						continue
					}
					key := fmt.Sprint(st, a.norm(), b.norm())
					if seen[key] {
						continue
					}
					seen[key] = true
					out = append(out, Difference{
						Kind:    KindDate,
						Status:  st,
						Summary: fmt.Sprintf("date: %s %s %s", a.text, statusSign(st), b.text),
						Values: []Value{
							{Ref: fs[i].ref, Text: a.text, Norm: a.norm()},
							{Ref: fs[j].ref, Text: b.text, Norm: b.norm()},
						},
					})
				}
			}
		}
	}
	return out
}

func dateStatus(a, b dateFact) Status {
	switch {
	case a.day == b.day:
		if a.year != b.year {
			return Refine
		}
		return Agree
	case a.day == 0 || b.day == 0:
		return Refine
	}
	return Conflict
}

func hasDay(ds []dateFact, d dateFact) bool {
	for _, x := range ds {
		if x.month == d.month && x.day == d.day {
			return true
		}
	}
	return false
}

// statusSign is the sign written between two compared values.
func statusSign(s Status) string {
	return map[Status]string{Agree: "=", Refine: "⊂", Conflict: "≠"}[s]
}
