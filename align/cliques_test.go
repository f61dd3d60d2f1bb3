package align

import (
	"slices"
	"testing"
)

// graph makes the bit sets of neighbours of an undirected graph of n
// vertices with the given edges.
func graph(n int, edges ...[2]int) []uint64 {
	adj := make([]uint64, n)
	for _, e := range edges {
		adj[e[0]] |= 1 << e[1]
		adj[e[1]] |= 1 << e[0]
	}
	return adj
}

func TestMaximalCliques(t *testing.T) {
	for _, c := range []struct {
		name  string
		adj   []uint64
		limit int
		want  []uint64 // nil: more cliques than limit
	}{
		// A lead (0) like two sentences (1, 2) that are not alike: two
		// claims, the lead in both.
		{"bridge", graph(3, [2]int{0, 1}, [2]int{0, 2}), 16, []uint64{0b011, 0b101}},
		{"whole", graph(3, [2]int{0, 1}, [2]int{0, 2}, [2]int{1, 2}), 16, []uint64{0b111}},
		// A square with one diagonal: two triangles.
		{"square", graph(4, [2]int{0, 1}, [2]int{1, 2}, [2]int{2, 3}, [2]int{3, 0}, [2]int{0, 2}), 16, []uint64{0b0111, 0b1101}},
		{"alone", graph(3, [2]int{0, 1}), 16, []uint64{0b011, 0b100}},
		// Six vertices, three pairs not linked: 2³ cliques, over a limit
		// of 4.
		{"too many", graph(6, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}, [2]int{0, 5}, [2]int{1, 2}, [2]int{1, 3}, [2]int{1, 4}, [2]int{1, 5}, [2]int{2, 4}, [2]int{2, 5}, [2]int{3, 4}, [2]int{3, 5}), 4, nil},
	} {
		got := maximalCliques(c.adj, c.limit)
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: cliques %b, want %b", c.name, got, c.want)
		}
	}
}
