package lang

import "testing"

// BenchmarkGazetteer measures reading the gazetteer's data files, which
// a report whose articles name a place pays once.
func BenchmarkGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		gazetteer.build()
	}
}

// BenchmarkRows measures splitting a data file into its rows.
func BenchmarkRows(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		rows("stems.tsv")
	}
}

// BenchmarkWordTable measures making the largest two-column table, the
// listed stems.
func BenchmarkWordTable(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		listedStems.build()
	}
}
