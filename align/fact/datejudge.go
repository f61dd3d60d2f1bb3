package fact

import "time"

// Judging two dates: whether they can be one fact, and whether they
// agree, one refines the other, or they conflict.

// judgeDates judges two dates for pairValues: a pair that cannot be
// compared is no pair.
func judgeDates(_ *Analysis, x, y factRef) (Status, int, bool) {
	st, ok := compareDates(x.fact.v.(*dateValue), y.fact.v.(*dateValue))
	return st, boolInt(ok), ok
}

// compareDates judges two dates. It returns false when they cannot be
// compared: different months are taken as different events, not as a
// conflict, and a weekday the article's date did not resolve is compared
// only with the same weekday or a full date.
func compareDates(a, b *dateValue) (Status, bool) {
	if todayAcrossZones(a, b) {
		return Compatible, true
	}
	if a.weekday != 0 || b.weekday != 0 {
		return compareWeekdays(a, b)
	}
	if a.year > 0 && b.year > 0 && a.year != b.year {
		return otherYear(a, b)
	}
	if a.prec == precYear || b.prec == precYear {
		if a.prec == b.prec {
			return Same, a.year > 0 && a.year == b.year
		}
		return Compatible, a.year > 0 && b.year > 0
	}
	if a.month != b.month {
		// Months of one event can conflict; dates of two events in one
		// claim are told apart by what happened on them.
		if sharesEventWord(a.near, b.near) {
			return Conflict, true
		}
		return 0, false
	}
	switch {
	case a.prec == precDay && b.prec == precDay:
		if a.day == b.day {
			return Same, true
		}
		if a.resolved && b.resolved || a.named && b.named {
			// "on Sunday" against "on Tuesday" (or "Monday" against
			// "Sunday, Aug. 23") are as often two events as two versions of
			// one: one only when what happened on them is one.
			if sharesEventWord(a.near, b.near) {
				return Conflict, true
			}
			return 0, false
		}
		if !sharesWord(a.event, b.event) {
			// "met in Egypt on October 8" and "the ceasefire began on
			// October 10" date two events.
			return 0, false
		}
		return Conflict, true
	case a.prec == b.prec:
		return Same, true
	}
	return Compatible, true
}

// todayAcrossZones reports whether one date is "today" and the other a
// day before or after it. An article's date is stamped in its publisher's
// time zone, and "today" in wire copy is the writer's day: a report dated
// 10 April in Australia of a shooting "today" in Michigan tells of 9
// April. "Yesterday" and "tomorrow" are an outlet's own reckoning and are
// taken as they are.
func todayAcrossZones(a, b *dateValue) bool {
	if a.today == b.today {
		return false
	}
	if a.weekday != 0 || b.weekday != 0 {
		// A weekday the other article's date did not resolve: a day
		// before or after today's.
		wa, wb := weekdayOf(a), weekdayOf(b)
		return wa != 0 && wb != 0 && ((wa-wb+7)%7 == 1 || (wb-wa+7)%7 == 1)
	}
	if a.prec != precDay || b.prec != precDay || a.year == 0 || b.year == 0 {
		return false
	}
	ta := time.Date(a.year, time.Month(a.month), a.day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.year, time.Month(b.month), b.day, 0, 0, 0, 0, time.UTC)
	gap := ta.Sub(tb).Hours() / 24
	return gap == 1 || gap == -1
}

// otherYear judges two dates of different years: the same month (and
// day, where both give one) a year apart, each year written out ("the fund
// froze redemptions in March 2021", "the fund stopped paying out in March
// 2020") is one date misreported; other dates of different years are of
// different events.
func otherYear(a, b *dateValue) (Status, bool) {
	gap := a.year - b.year
	if !a.yearGiven || !b.yearGiven || gap > 1 || gap < -1 || a.prec < precMonth || b.prec < precMonth || a.month != b.month {
		return 0, false
	}
	if a.prec == precDay && b.prec == precDay && a.day != b.day {
		return 0, false
	}
	return Conflict, true
}

func compareWeekdays(a, b *dateValue) (Status, bool) {
	wa, wb := weekdayOf(a), weekdayOf(b)
	if wa == 0 || wb == 0 {
		return 0, false
	}
	if wa == wb {
		return Same, true
	}
	if sharesEventWord(a.near, b.near) {
		return Conflict, true
	}
	return 0, false
}

// rateDates judges two dates of one fact for a row, saying why.
func rateDates(_ *Analysis, x, y factRef, _ bool) (Status, string, bool) {
	st, ok := compareDates(x.fact.v.(*dateValue), y.fact.v.(*dateValue))
	if !ok {
		return 0, "", false
	}
	switch st {
	case Same:
		return Same, "the same day", true
	case Compatible:
		if todayAcrossZones(x.fact.v.(*dateValue), y.fact.v.(*dateValue)) {
			return Compatible, `"today" is the writer's day, a day off the article's date in another time zone`, true
		}
		return Compatible, "one date is the other told less precisely", true
	}
	return Conflict, "different dates for one event (the words beside them say what happened)", true
}
