package corpus

import (
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// A rulePath is one way through a pattern: the runs of literal text that
// every match taking it holds, in order, split where the path does not
// fix the text (a large class, a repetition).
type rulePath struct {
	runs []string
	cur  string
	// gapFirst is set when text the path does not fix comes before its
	// first run.
	gapFirst bool
}

// gap ends the current run.
func (p rulePath) gap() rulePath {
	if p.cur != "" {
		p.runs = append(append([]string(nil), p.runs...), p.cur)
		p.cur = ""
	} else if len(p.runs) == 0 {
		p.gapFirst = true
	}
	return p
}

// all returns the path's runs.
func (p rulePath) all() []string {
	if p.cur != "" {
		return append(append([]string(nil), p.runs...), p.cur)
	}
	return p.runs
}

const maxRulePaths = 50000

// rulePaths returns every way through re, with its literal runs; false
// when there are too many to list. caseBlind is set when a literal is
// matched whatever its case: its run is then lower-cased, as the needles
// are.
func rulePaths(re *syntax.Regexp) (paths []rulePath, caseBlind, ok bool) {
	ok = true
	gapAll := func(ps []rulePath) []rulePath {
		out := make([]rulePath, len(ps))
		for i, p := range ps {
			out[i] = p.gap()
		}
		return out
	}
	var step func(in []rulePath, re *syntax.Regexp) []rulePath
	step = func(in []rulePath, re *syntax.Regexp) []rulePath {
		if !ok || len(in) > maxRulePaths {
			ok = false
			return in
		}
		switch re.Op {
		case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEndLine, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
			return in
		case syntax.OpLiteral:
			lit := string(re.Rune)
			if re.Flags&syntax.FoldCase != 0 {
				// Whatever its case in the line, the lower-cased line
				// holds it lower-cased: good for needles only.
				lit, caseBlind = strings.ToLower(lit), true
			}
			out := make([]rulePath, len(in))
			for i, p := range in {
				p.cur += lit
				out[i] = p
			}
			return out
		case syntax.OpCharClass:
			n := 0
			for i := 0; i < len(re.Rune); i += 2 {
				n += int(re.Rune[i+1]-re.Rune[i]) + 1
			}
			if n > 12 {
				return gapAll(in)
			}
			var out []rulePath
			for _, p := range in {
				for i := 0; i < len(re.Rune); i += 2 {
					for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
						q := p
						q.cur += string(r)
						out = append(out, q)
					}
				}
			}
			return out
		case syntax.OpCapture:
			return step(in, re.Sub[0])
		case syntax.OpConcat:
			for _, sub := range re.Sub {
				in = step(in, sub)
			}
			return in
		case syntax.OpAlternate:
			var out []rulePath
			for _, sub := range re.Sub {
				out = append(out, step(in, sub)...)
			}
			return out
		case syntax.OpQuest:
			return append(append([]rulePath(nil), in...), step(in, re.Sub[0])...)
		case syntax.OpStar:
			return gapAll(in)
		case syntax.OpPlus:
			return gapAll(step(in, re.Sub[0]))
		case syntax.OpRepeat:
			if re.Min == 0 {
				return gapAll(in)
			}
			return gapAll(step(in, re.Sub[0]))
		}
		return gapAll(in)
	}
	paths = step([]rulePath{{}}, re)
	return paths, caseBlind, ok && len(paths) <= maxRulePaths
}

// anchored reports whether re can match only at the start of the text.
func anchored(re *syntax.Regexp) bool {
	for re.Op == syntax.OpConcat || re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re.Op == syntax.OpBeginText || re.Op == syntax.OpBeginLine
}

// TestRuleFiltersAreExact proves, by following every way through each
// rule's pattern, that its needles and prefixes are only a short cut:
// every line the pattern matches holds one of the needles (lower-cased)
// and starts with one of the prefixes, so that no line the pattern would
// take is passed over.
func TestRuleFiltersAreExact(t *testing.T) {
	filtered := 0
	for i, r := range lineRules {
		if r.needles == nil && r.prefixes == nil {
			continue
		}
		filtered++
		re, err := syntax.Parse(r.pattern.String(), syntax.Perl)
		if err != nil {
			t.Fatalf("rule %d: %v", i, err)
		}
		ps, caseBlind, ok := rulePaths(re)
		if !ok {
			t.Errorf("rule %d (%s): its paths are too many to follow", i, r.reason)
			continue
		}
		if r.prefixes != nil && (!anchored(re) || caseBlind) {
			t.Errorf("rule %d (%s) has prefixes, but its pattern is not anchored at the start or ignores case", i, r.reason)
		}
		for _, p := range ps {
			runs := p.all()
			if r.needles != nil && !slices.ContainsFunc(runs, func(run string) bool { return containsAny(strings.ToLower(run), r.needles) }) {
				t.Errorf("rule %d (%s): a line holding %q may match with none of its needles", i, r.reason, runs)
				break
			}
			if r.prefixes != nil && (p.gapFirst || len(runs) == 0 || !hasAnyPrefix(runs[0], r.prefixes)) {
				t.Errorf("rule %d (%s): a line starting %q may match with none of its prefixes", i, r.reason, runs)
				break
			}
		}
	}
	if filtered < 20 {
		t.Errorf("only %d rules have needles or prefixes", filtered)
	}
}
