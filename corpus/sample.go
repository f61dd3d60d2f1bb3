package corpus

import "embed"

// sampleFS holds the sample story: one invented event reported by five
// invented outlets, written for crosscheck.
//
//go:embed sample
var sampleFS embed.FS

// LoadSample loads the embedded sample story. Its documents' paths are
// "sample/NAME".
func LoadSample(opt Options) (*Corpus, error) {
	return LoadFS(sampleFS, "sample", "sample/", opt)
}
