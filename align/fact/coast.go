package fact

import "crosscheck/align/lang"

// Inland or offshore: where an event happened, on land or at sea ("the
// quake struck offshore", "centred 10 km inland", "a ship sank off the
// coast"). The phrases are data (lang's coast.tsv); two readings that
// differ cannot both be true.

// KindCoast is the kind of a setting on land or at sea.
const KindCoast Kind = "coast"

// A coastValue says whether an event happened inland or offshore.
type coastValue struct{ setting string }

func (c *coastValue) norm() string { return c.setting }
func (c *coastValue) role() string { return "" }

// coasts records the passage's settings on land or at sea.
func (x *extraction) coasts() {
	ls := x.toks
	for i := 0; i < len(ls); i++ {
		if ls[i].quoted || x.taken[i] || ls[i].kind != lexWord {
			continue
		}
		for _, s := range lang.Settings() {
			if i+len(s.Words) > len(ls) {
				continue
			}
			match := true
			for k, w := range s.Words {
				if ls[i+k].low != w {
					match = false
					break
				}
			}
			if match && x.add(KindCoast, i, i+len(s.Words), &coastValue{s.Name}) {
				i += len(s.Words) - 1
				break
			}
		}
	}
}

// coastSlot names what a setting is about.
func coastSlot(*extraction, *Fact) (key, label string) {
	return "coast", "inland or offshore"
}

// judgeCoasts judges two settings: the same agrees, inland against
// offshore conflicts.
func judgeCoasts(_ *Analysis, x, y factRef) (Status, int, bool) {
	if x.fact.Norm == y.fact.Norm {
		return Same, 2, true
	}
	return Conflict, 2, true
}
