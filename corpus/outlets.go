package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

// Naming outlets: the user's word (--outlet, an outlets file beside the
// articles) over anything the articles say.

// OutletFromUser is the OutletSource of an outlet the user named.
const OutletFromUser = "named by the user"

// OutletFileNames are the files that, in a folder of articles, map the
// articles' file names (or web addresses, or host names) to outlet names,
// one per line: `"bbc.txt" = "BBC News"` in TOML, `bbc.txt: BBC News` in
// YAML. They are never read as articles.
var OutletFileNames = []string{"outlets.toml", "outlets.yaml", "outlets.yml"}

// isOutletFile reports whether path is an outlets file.
func isOutletFile(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	for _, n := range OutletFileNames {
		if base == n {
			return true
		}
	}
	return false
}

// outletNames finds the names the user gave: Options.Outlets first, then
// the outlets file of the article's folder, then those of the folders
// named on the command line (and Options.OutletFolders).
type outletNames struct {
	given   map[string]string
	folders []string
	// files caches each folder's outlets file (nil when it has none).
	files map[string]map[string]string
	warn  func(format string, args ...any)
}

// addFolder makes the outlets file of dir apply to every article.
func (o *outletNames) addFolder(dir string) {
	for _, f := range o.folders {
		if f == dir {
			return
		}
	}
	o.folders = append(o.folders, dir)
}

// lookup returns the name the user gave the article at path (fetched from
// url, when not empty), or "".
func (o *outletNames) lookup(path, url string) string {
	keys := []string{path}
	local := !IsURL(path) && path != "-" && !strings.HasPrefix(path, "sample/")
	if local {
		keys = append(keys, filepath.Clean(path), filepath.Base(path))
	}
	if url != "" {
		keys = append(keys, url)
		if h := urlHost(url); h != "" {
			keys = append(keys, h, strings.TrimPrefix(h, "www."))
		}
	}
	for _, k := range keys {
		if n := o.given[k]; n != "" {
			return n
		}
	}
	var dirs []string
	if local {
		dirs = append(dirs, filepath.Dir(path))
	}
	for _, dir := range append(dirs, o.folders...) {
		names := o.file(dir)
		if names == nil {
			continue
		}
		if local {
			if rel, err := filepath.Rel(dir, path); err == nil {
				if n := names[filepath.ToSlash(rel)]; n != "" {
					return n
				}
			}
		}
		for _, k := range keys {
			if n := names[k]; n != "" {
				return n
			}
		}
	}
	return ""
}

// file returns the names in dir's outlets file, reading it once; a file
// that cannot be read is a warning naming it.
func (o *outletNames) file(dir string) map[string]string {
	if names, ok := o.files[dir]; ok {
		return names
	}
	if o.files == nil {
		o.files = map[string]map[string]string{}
	}
	o.files[dir] = nil
	for _, n := range OutletFileNames {
		p := filepath.Join(dir, n)
		b, err := os.ReadFile(p)
		if os.IsNotExist(err) {
			continue
		}
		names, err := parseOutletFile(p, b, err)
		if err != nil {
			o.warn("%s: not used: %v", p, err)
			return nil
		}
		o.files[dir] = names
		return names
	}
	return nil
}

// parseOutletFile reads an outlets file's names: a flat table of strings.
func parseOutletFile(path string, b []byte, readErr error) (map[string]string, error) {
	if readErr != nil {
		return nil, fmt.Errorf("%s", problem(readErr))
	}
	var raw map[string]any
	var err error
	if strings.HasSuffix(strings.ToLower(path), ".toml") {
		_, err = toml.Decode(string(b), &raw)
	} else {
		err = yaml.Unmarshal(b, &raw)
	}
	if err != nil {
		return nil, fmt.Errorf("not valid %s: %s", strings.ToUpper(strings.TrimPrefix(filepath.Ext(path), ".")), firstLine(err.Error()))
	}
	names := map[string]string{}
	for k, v := range raw {
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("the value of %s is not a name in quotes", quote(safeName(k)))
		}
		if s = collapseSpace(cleanText(s)); s != "" {
			names[strings.TrimSpace(k)] = s
		}
	}
	return names, nil
}

// ParseOutletFlag reads one --outlet value, FILE_OR_URL=NAME, splitting
// at the last "=" so that a web address with a query keeps its own.
func ParseOutletFlag(v string) (key, name string, err error) {
	i := strings.LastIndex(v, "=")
	if i <= 0 || strings.TrimSpace(v[i+1:]) == "" {
		return "", "", fmt.Errorf("%s is not FILE_OR_URL=NAME", quote(safeName(v)))
	}
	return strings.TrimSpace(v[:i]), collapseSpace(cleanText(v[i+1:])), nil
}
