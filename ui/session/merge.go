package session

import (
	"strconv"
	"strings"
	"time"
)

// Merging on save. Two readers may keep one session (the same articles
// opened twice, or one --session file shared); each saves after every
// change. A save therefore reads the file again, under the save lock
// (lock.go), and merges what another reader wrote since this one last
// read or wrote it, record by record:
//
//   - a record only one side changed since then takes that side's
//     version, a removal included;
//   - a record both sides changed takes the later change (by its time;
//     this reader's on a tie); a removal here loses to a later change
//     there, and a record removed there but changed here is kept, so a
//     mark is never lost to a removal it never saw;
//   - records new on either side are kept.
//
// Records are matched by key. Marks are keyed by their claim, once the
// file's marks have been matched to this reader's story as Attach
// matches them; another kind of record kept in the session file later is
// merged the same way by giving merge3 its recordKind.

// A recordKind says how merge3 treats one kind of session record.
type recordKind[T any] struct {
	// key identifies a record across the two sides: the same key is the
	// same thing (the same claim).
	key func(T) string
	// time is when the record last changed.
	time func(T) time.Time
	// same reports whether two versions of a record say the same: what
	// a reader changes, not what is recomputed on every run.
	same func(a, b T) bool
}

// merge3 merges ours and theirs, two versions of a list of records that
// were both base when this reader last synchronised with the file.
// removed holds when this reader removed records since then, by key.
// The result holds ours in our order, then the records only theirs
// holds, in theirs'; taken counts the records taken from theirs that
// were not already ours (added, changed or removed there).
func merge3[T any](k recordKind[T], base, ours, theirs []T, removed map[string]time.Time) (out []T, taken int) {
	baseKeys, oursKeys, theirsKeys := keysOf(k, base), keysOf(k, ours), keysOf(k, theirs)
	baseBy, oursBy, theirsBy := byKey(baseKeys, base), byKey(oursKeys, ours), byKey(theirsKeys, theirs)
	changed := func(x T, inX bool, key string) bool {
		b, inB := baseBy[key]
		return inX != inB || inX && !k.same(x, b)
	}
	// pick decides one key: the record to keep, whether there is one,
	// and whether it is theirs and new here.
	pick := func(key string) (r T, keep, fromTheirs bool) {
		o, inO := oursBy[key]
		t, inT := theirsBy[key]
		switch {
		case !changed(t, inT, key):
			return o, inO, false
		case !changed(o, inO, key):
			return t, inT, inO != inT || inO && !k.same(o, t)
		case inO && inT:
			if k.time(t).After(k.time(o)) {
				return t, true, true
			}
			return o, true, false
		case inT: // removed here, changed there
			if at, ok := removed[key[:strings.LastIndexByte(key, '#')]]; !ok || k.time(t).After(at) {
				return t, true, true
			}
			return t, false, false
		}
		return o, inO, false // removed there, changed here: kept
	}
	seen := map[string]bool{}
	emit := func(key string) {
		if seen[key] {
			return
		}
		seen[key] = true
		r, keep, fromTheirs := pick(key)
		if keep {
			out = append(out, r)
		}
		if fromTheirs {
			taken++
		}
	}
	for _, key := range oursKeys {
		emit(key)
	}
	for _, key := range theirsKeys {
		emit(key)
	}
	return out, taken
}

// keysOf returns the key of each record, told apart by "#n", its
// occurrence among records of the same key: two claims can have the
// same content, and so the same key.
func keysOf[T any](k recordKind[T], rs []T) []string {
	n := map[string]int{}
	keys := make([]string, len(rs))
	for i, r := range rs {
		key := k.key(r)
		n[key]++
		keys[i] = key + "#" + strconv.Itoa(n[key])
	}
	return keys
}

// byKey indexes records by their keys.
func byKey[T any](keys []string, rs []T) map[string]T {
	m := make(map[string]T, len(rs))
	for i, r := range rs {
		m[keys[i]] = r
	}
	return m
}

// markRecords is how marks merge: by the claim they are on, the later
// verdict or note winning.
var markRecords = recordKind[Mark]{
	key:  markKey,
	time: func(m Mark) time.Time { return m.Time },
	same: func(a, b Mark) bool { return a.Verdict == b.Verdict && a.Note == b.Note && a.Time.Equal(b.Time) },
}

// markKey is the key of the claim a mark is on; a mark saved without one
// (a file written by hand) is known by its passages and excerpt.
func markKey(m Mark) string {
	if m.ClaimKey != "" {
		return m.ClaimKey
	}
	return "passages:" + strings.Join(m.Passages, ",") + "|" + m.Excerpt
}

// settlementRecords is how settlements merge: by the dispute they settle
// (its kind, slot and readings), the later finding winning.
var settlementRecords = recordKind[Settlement]{
	key:  settlementKey,
	time: func(st Settlement) time.Time { return st.Time },
	same: func(a, b Settlement) bool {
		return a.Unresolved == b.Unresolved && a.ReadingKey == b.ReadingKey && a.Source == b.Source && a.Time.Equal(b.Time)
	},
}

// settlementKey is the key of the dispute a settlement is on.
func settlementKey(st Settlement) string {
	return st.Kind + "|" + st.Slot + "|" + strings.Join(st.Readings, "\x00")
}

func cloneSettlements(sts []Settlement) []Settlement {
	out := make([]Settlement, len(sts))
	for i, st := range sts {
		out[i] = st.clone()
	}
	return out
}
