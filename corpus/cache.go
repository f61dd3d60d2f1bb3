package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
)

// CacheEnv names the environment variable that, when set, is the folder
// of the page cache instead of the user's cache folder. Tests set it to a
// temporary folder.
const CacheEnv = "CROSSCHECK_CACHE_DIR"

// CacheDir returns the folder of the page cache: $CROSSCHECK_CACHE_DIR,
// or crosscheck/pages in the user's cache folder (os.UserCacheDir:
// $XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on macOS).
func CacheDir() (string, error) {
	if d := os.Getenv(CacheEnv); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", errors.New("no cache folder (set XDG_CACHE_HOME or HOME, or " + CacheEnv + ")")
	}
	return filepath.Join(d, "crosscheck", "pages"), nil
}

// pageCache keeps fetched pages on disk, one JSON file per address, named
// by a hash of the address, so that a second run reads them offline.
type pageCache struct {
	// dir is the cache folder; empty means CacheDir().
	dir string
}

func (c pageCache) folder() (string, error) {
	if c.dir != "" {
		return c.dir, nil
	}
	return CacheDir()
}

// file returns the cache file of address u.
func (c pageCache) file(u string) (string, error) {
	dir, err := c.folder()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(u))
	return filepath.Join(dir, hex.EncodeToString(sum[:16])+".json"), nil
}

// get returns the cached page of u, or nil when there is none (or it
// cannot be read, in which case the page is fetched again).
func (c pageCache) get(u string) *page {
	f, err := c.file(u)
	if err != nil {
		return nil
	}
	b, err := os.ReadFile(f)
	if err != nil {
		return nil
	}
	var p page
	if json.Unmarshal(b, &p) != nil || p.URL != u {
		return nil
	}
	p.fromCache = true
	return &p
}

// put stores p, writing a temporary file and renaming it over the old
// one, so that a reader never sees half a page.
func (c pageCache) put(p *page) error {
	f, err := c.file(p.URL)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
		return err
	}
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(f), ".page-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), f)
}
