package align

import "slices"

// Headlines in claims. A headline states the story's main facts, each of
// which the articles' bodies tell apart: it has no home claim of its own
// to be merged into (merging it would pull the leads of several claims
// together), and joins, as a lead does, the claim of each fact it states.

// withoutHeadlines returns the pairs that join two body passages, and
// those with a headline.
func withoutHeadlines(ix *index, pairs []pair) (body, heads []pair) {
	for _, p := range pairs {
		if ix.headline(p.a) || ix.headline(p.b) {
			heads = append(heads, p)
		} else {
			body = append(body, p)
		}
	}
	return body, heads
}

// joinHeadlines adds each headline to the groups whose home members of
// other outlets it is like on average, as addSecondary weighs a lead: a
// mean score of AlsoScore or more, counting how much of the headline a
// member holds (a headline is short, and its words are all in the lead),
// with at least AlsoShare of those members scoring SupportScore. A
// headline may join a claim that holds a sentence of its own article: the
// body restating the headline's fact is what the headline is set against.
func joinHeadlines(ix *index, heads []pair, groups [][]int, extras [][]int) [][]int {
	if len(heads) == 0 {
		return extras
	}
	// score[h][p] is headline h's score with passage p.
	score := map[int]map[int]float64{}
	for _, pr := range heads {
		h, p, held := pr.a, pr.b, pr.inA
		if !ix.headline(h) {
			h, p, held = pr.b, pr.a, pr.inB
		}
		if ix.headline(p) {
			continue // two headlines meet in the claims they join
		}
		if score[h] == nil {
			score[h] = map[int]float64{}
		}
		score[h][p] = max(pr.sim, ix.tune.ContainWeight*held)
	}
	hs := make([]int, 0, len(score))
	for h := range score {
		hs = append(hs, h)
	}
	slices.Sort(hs)
	for _, h := range hs {
		for g, home := range groups {
			var sum float64
			n, strong := 0, 0
			own := false
			for _, m := range home {
				if ix.refs[m].Doc == ix.refs[h].Doc {
					own = true
					continue
				}
				s := score[h][m]
				sum += s
				n++
				if s >= ix.tune.SupportScore {
					strong++
				}
			}
			if n < ix.tune.AlsoSize || sum/float64(n) < ix.tune.AlsoScore || float64(strong) < ix.tune.AlsoShare*float64(n) {
				continue
			}
			if !own && sum/float64(n) < ix.tune.HeadlineScore {
				continue
			}
			if !slices.Contains(home, h) && !slices.Contains(extras[g], h) {
				extras[g] = append(extras[g], h)
			}
		}
	}
	return extras
}

// pruneWithHeadlines prunes a group's body members (pruneWeakMembers), as
// if its headlines were not there, then keeps each headline whose mean
// score with the members of other outlets left is MemberScore or more.
func pruneWithHeadlines(ix *index, scores *pairScores, g claimGroup) claimGroup {
	var heads []int
	body := claimGroup{members: slices.DeleteFunc(slices.Clone(g.members), func(m int) bool {
		if ix.headline(m) {
			heads = append(heads, m)
			return true
		}
		return false
	})}
	if len(heads) == 0 || len(body.members) == 0 {
		return pruneWeakMembers(ix, scores, g)
	}
	for _, m := range g.home {
		if !ix.headline(m) {
			body.home = append(body.home, m)
		}
	}
	if len(body.home) == 0 {
		body.home = []int{body.members[0]}
	}
	out := pruneWeakMembers(ix, scores, body)
	for _, h := range heads {
		var sum float64
		n := 0
		for _, m := range out.members {
			if ix.refs[m].Doc != ix.refs[h].Doc {
				sum += scores.of(h, m)
				n++
			}
		}
		if n > 0 && sum/float64(n) >= ix.tune.MemberScore {
			out.members = append(out.members, h)
		}
	}
	slices.Sort(out.members)
	return out
}
