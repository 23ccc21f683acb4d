package data

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"
)

// roundTrip encodes a story, loads the file back beside its article and
// returns both JSON renderings.
func roundTrip(t *testing.T, s *Story) (before, after string, file []byte) {
	t.Helper()
	b, err := EncodeStoryFile(s, "article.txt")
	if err != nil {
		t.Fatal(err)
	}
	back, err := LoadStoryFS(fstest.MapFS{"s.json": {Data: b}, "article.txt": {Data: []byte(s.Article.Text)}}, "s.json", "s.json")
	if err != nil {
		t.Fatalf("encoded story does not load: %v\n%s", err, b)
	}
	j1, _ := json.Marshal(s)
	j2, _ := json.Marshal(back)
	return string(j1), string(j2), b
}

func TestEncodeStoryFileRoundTrip(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	before, after, file := roundTrip(t, s)
	if before != after {
		t.Fatalf("the default story changes when written and read back")
	}
	if !strings.Contains(string(file), `"scheme": "hangzhou-296x"`) || strings.Contains(string(file), `"tiers"`) {
		t.Error("the encoded story copies the scheme instead of naming it")
	}
	if strings.Contains(string(file), `\u`) {
		t.Error("the encoded story escapes characters")
	}
	// Quotes, not passage ids, wherever a sentence has a unique opening.
	if strings.Contains(string(file), `"p1`) {
		t.Errorf("passage ids where a quote would do")
	}

	// A story with its own clusters and resolved dates survives too.
	s2 := *s
	s2.Scheme, s2.scheme, s2.Published = "", nil, "2025-12"
	s2.Events = append([]Event(nil), s.Events...)
	s2.Events[2].Date = &DateInterval{From: "2025-07-01", To: "2025-07-31", Precision: PrecisionMonth, Basis: BasisPublished}
	s2.index()
	before, after, file = roundTrip(t, &s2)
	if before != after {
		t.Fatalf("a story with inline clusters changes when written and read back:\n%s", file)
	}
	if !strings.Contains(string(file), `"published": "2025-12"`) || !strings.Contains(after, `"date":{"from":"2025-07-01","to":"2025-07-31","precision":"month","basis":"published"}`) {
		t.Error("published or date lost")
	}
}
