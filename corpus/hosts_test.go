package corpus

import "testing"

func TestSiteName(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.bbc.co.uk/news/uk-12345":       "BBC",
		"https://news.sky.com/story/a":              "Sky News",
		"https://timesofindia.indiatimes.com/x":     "The Times of India",
		"http://edition.cnn.com/2007/US/04/09/":     "CNN",
		"https://news.example.co.uk/a/b":            "example.co.uk",
		"https://www.harbour-gazette.example.org/a": "example.org",
		"https://127.0.0.1:8080/a":                  "127.0.0.1",
		"not a url":                                 "",
	} {
		if got := siteName(in); got != want {
			t.Errorf("siteName(%q) = %q, want %q", in, got, want)
		}
	}
}

// A file named after a common news site's domain takes the site's name;
// a generic label (abc, news, time) or a label two sites share names none.
func TestOutletFromSiteFileName(t *testing.T) {
	for in, want := range map[string]string{
		"bbc.txt":          "BBC",
		"dir/nytimes.md":   "The New York Times",
		"thehindu.html":    "The Hindu",
		"timesofindia.txt": "The Times of India",
		"abc.txt":          "Abc",
		"skynews.txt":      "Skynews",
		"time.txt":         "Time",
		"news.txt":         "News",
	} {
		if got := outletFromPath(in); got != want {
			t.Errorf("outletFromPath(%q) = %q, want %q", in, got, want)
		}
	}
}
