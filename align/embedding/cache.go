package embedding

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sync"
)

// A Cache keeps the vectors one server and model gave, by the SHA-256 of
// each text, in one file under the user's cache directory. A cache that
// cannot be read starts empty; one that cannot be written is left as it
// was. The file is replaced whole (written aside, synced, renamed), so a
// crash never leaves half of one.
type Cache struct {
	path string
	mu   sync.Mutex
	vecs map[[32]byte][]float32
	// dirty is set when vectors were added since the file was read.
	dirty bool
}

// cacheMagic opens a cache file.
const cacheMagic = "CCEMB1\n"

// OpenCache opens the cache of server (a Client's Server) in dir, or
// under os.UserCacheDir()/crosscheck/embeddings when dir is empty.
func OpenCache(dir, server string) (*Cache, error) {
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return nil, err
		}
		dir = filepath.Join(base, "crosscheck", "embeddings")
	}
	sum := sha256.Sum256([]byte(server))
	c := &Cache{path: filepath.Join(dir, hex.EncodeToString(sum[:8])+".vectors"), vecs: map[[32]byte][]float32{}}
	if err := c.load(); err != nil && !errors.Is(err, os.ErrNotExist) {
		c.vecs = map[[32]byte][]float32{}
		return c, fmt.Errorf("embedding cache %s unreadable, starting afresh: %w", c.path, err)
	}
	return c, nil
}

// Path is the cache's file.
func (c *Cache) Path() string { return c.path }

func (c *Cache) get(text string) ([]float32, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.vecs[sha256.Sum256([]byte(text))]
	return v, ok
}

func (c *Cache) put(text string, v []float32) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.vecs[sha256.Sum256([]byte(text))] = v
	c.dirty = true
}

// load reads the cache file: the magic, then records of a text's hash,
// the vector's length (uint32) and its values (float32), little-endian.
func (c *Cache) load() error {
	f, err := os.Open(c.path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	magic := make([]byte, len(cacheMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != cacheMagic {
		return errors.New("not a crosscheck embedding cache")
	}
	for {
		var key [32]byte
		if _, err := io.ReadFull(r, key[:]); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		var n uint32
		if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
			return err
		}
		if n == 0 || n > 1<<16 {
			return fmt.Errorf("a vector of %d dimensions", n)
		}
		v := make([]float32, n)
		if err := binary.Read(r, binary.LittleEndian, v); err != nil {
			return err
		}
		c.vecs[key] = v
	}
}

// Save writes the cache when vectors were added: to a temporary file
// beside it, synced, then renamed over it.
func (c *Cache) Save() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dirty {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.path), ".vectors-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	w.WriteString(cacheMagic)
	buf := make([]byte, 4)
	for k, v := range c.vecs {
		w.Write(k[:])
		binary.LittleEndian.PutUint32(buf, uint32(len(v)))
		w.Write(buf)
		for _, x := range v {
			binary.LittleEndian.PutUint32(buf, math.Float32bits(x))
			w.Write(buf)
		}
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), c.path); err != nil {
		return err
	}
	c.dirty = false
	return nil
}
