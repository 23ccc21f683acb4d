package data

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// A Scheme is a cluster plan — tiers and their members, with Chinese and
// English names and the terms that mark a sentence as about a member —
// kept apart from any one article so that every story about the same plan
// shares it: the curated story and every imported article link to the one
// Hangzhou 296X scheme, and a user can bring another (--scheme FILE).
type Scheme struct {
	ID      string
	Name    string
	NameEn  string
	Source  string // where the members come from
	Tiers   []Tier
	Members []SchemeMember
}

// SchemeMember is one member of a tier. InArticle is its default in a
// story: false for a member the plan counts but whose name the scheme's
// source does not give (shown as 文中未列出, never invented).
type SchemeMember struct {
	ID        string
	Tier      string
	Name      string
	NameEn    string
	InArticle bool
	Terms     []string
}

// SchemeFormatV1 is the value of the "format" field of a scheme file.
const SchemeFormatV1 = "qiusuo-scheme/1"

// DefaultSchemeID names the scheme imports use unless told otherwise.
const DefaultSchemeID = "hangzhou-296x"

// MaxSchemeBytes bounds a scheme file: a plan has tens of members.
const MaxSchemeBytes = 1 << 20

type schemeFile struct {
	Format  string        `json:"format"`
	ID      string        `json:"id"`
	Name    string        `json:"name"`
	NameEn  string        `json:"name_en"`
	Source  string        `json:"source"`
	Tiers   []tierFile    `json:"tiers"`
	Members []clusterFile `json:"members"`
}

//go:embed schemes/*.json
var schemesFS embed.FS

// BuiltinScheme returns an embedded scheme by id ("hangzhou-296x").
func BuiltinScheme(id string) (*Scheme, bool) {
	if !idPattern.MatchString(id) {
		return nil, false
	}
	b, err := schemesFS.ReadFile("schemes/" + id + ".json")
	if err != nil {
		return nil, false
	}
	sc, err := ParseScheme("embedded:schemes/"+id+".json", b)
	if err != nil {
		panic(err) // embedded data: a build defect, caught by the tests
	}
	return sc, true
}

// BuiltinSchemes lists the ids of the embedded schemes.
func BuiltinSchemes() []string {
	ents, _ := schemesFS.ReadDir("schemes")
	var out []string
	for _, e := range ents {
		out = append(out, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(out)
	return out
}

// LoadScheme reads a scheme file from disk.
func LoadScheme(path string) (*Scheme, error) {
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	b, err := readLimited(os.DirFS(dir), name, path, MaxSchemeBytes)
	if err != nil {
		return nil, err
	}
	return ParseScheme(path, b)
}

// ParseScheme checks a scheme file and reports every problem at once, with
// where it is, as the story loader does (display names the file).
func ParseScheme(display string, b []byte) (*Scheme, error) {
	if len(b) > MaxSchemeBytes {
		return nil, &StoryError{File: display, Problems: []string{fmt.Sprintf("scheme file is %d bytes; the limit is %d", len(b), MaxSchemeBytes)}}
	}
	if err := checkText(display, b); err != nil {
		return nil, err
	}
	var f schemeFile
	if err := decodeStrict(b, &f); err != nil {
		return nil, &StoryError{File: display, Problems: []string{strings.Replace(err.Error(), "story", "scheme", 1)}}
	}
	r := &resolver{}
	if f.Format != SchemeFormatV1 {
		r.fail("format", "is %q; expected %q", f.Format, SchemeFormatV1)
	}
	switch {
	case f.ID == "":
		r.fail("id", `missing field "id"`)
	case !idPattern.MatchString(f.ID):
		r.fail("id", "%q: use lower-case letters, digits and hyphens", f.ID)
	}
	if f.Name == "" {
		r.fail("name", `missing field "name"`)
	}
	sc := &Scheme{ID: f.ID, Name: f.Name, NameEn: f.NameEn, Source: f.Source}
	sc.Tiers = r.tiers(f.Tiers)
	if len(f.Members) == 0 {
		r.fail("members", "a scheme needs at least one member")
	}
	r.ids("members", len(f.Members), func(i int) string { return f.Members[i].ID })
	count := map[string]int{}
	for i, m := range f.Members {
		where := fmt.Sprintf("members[%d] %q", i, m.ID)
		in := m.InArticle == nil || *m.InArticle
		if !hasTier(sc.Tiers, m.Tier) {
			r.fail(where, "unknown tier %q (declare it under \"tiers\")", m.Tier)
		}
		count[m.Tier]++
		if in && m.Name == "" {
			r.fail(where, `missing field "name" (set in_article to false for a member the plan counts but does not name)`)
		}
		if len(m.Sentences) > 0 {
			r.fail(where, `a scheme does not link sentences: put them in the story file's "clusters"`)
		}
		for k, t := range m.Terms {
			if strings.TrimSpace(t) == "" {
				r.fail(fmt.Sprintf("%s: terms[%d]", where, k), "empty term")
			}
		}
		sc.Members = append(sc.Members, SchemeMember{ID: m.ID, Tier: m.Tier, Name: m.Name, NameEn: m.NameEn, InArticle: in, Terms: m.Terms})
	}
	for _, t := range sc.Tiers {
		if t.Size > 0 && count[t.ID] != t.Size {
			r.fail(fmt.Sprintf("tiers %q", t.ID), "declares %d members but %d members have this tier", t.Size, count[t.ID])
		}
	}
	if len(r.problems) > 0 {
		return nil, &StoryError{File: display, Problems: r.problems}
	}
	return sc, nil
}

func hasTier(ts []Tier, id string) bool {
	for _, t := range ts {
		if t.ID == id {
			return true
		}
	}
	return false
}

// tiers checks a list of tiers (ids present and unique, names, sizes).
func (r *resolver) tiers(tfs []tierFile) []Tier {
	var out []Tier
	seen := map[string]bool{}
	for i, t := range tfs {
		where := fmt.Sprintf("tiers[%d]", i)
		if t.ID == "" {
			r.fail(where, `missing field "id"`)
		} else if seen[t.ID] {
			r.fail(where, "duplicate tier id %q", t.ID)
		}
		seen[t.ID] = true
		if t.Name == "" {
			r.fail(where, `missing field "name"`)
		}
		if t.Size < 0 {
			r.fail(where, "size %d is negative", t.Size)
		}
		out = append(out, Tier{ID: t.ID, Name: t.Name, NameEn: t.NameEn, Size: t.Size})
	}
	return out
}

// Clusters returns the scheme's members as a story's clusters, with no
// sentences linked yet.
func (sc *Scheme) Clusters() []Cluster {
	out := make([]Cluster, len(sc.Members))
	for i, m := range sc.Members {
		name, nameEn := m.Name, m.NameEn
		if !m.InArticle {
			if name == "" {
				name = UnnamedName
			}
			if nameEn == "" {
				nameEn = UnnamedNameEn
			}
		}
		out[i] = Cluster{ID: m.ID, Tier: m.Tier, Name: name, NameEn: nameEn, InArticle: m.InArticle, Terms: m.Terms}
	}
	return out
}

// storyScheme finds the scheme a story file names: a file (a name ending
// in .json, relative to the story file) or a built-in scheme's id.
func storyScheme(fsys fs.FS, storyName, display, ref string) (*Scheme, error) {
	if ref == "" {
		return nil, nil
	}
	if strings.HasSuffix(strings.ToLower(ref), ".json") {
		name := path.Join(path.Dir(storyName), ref)
		disp := filepath.Join(filepath.Dir(display), filepath.FromSlash(ref))
		if !fs.ValidPath(name) {
			return nil, &StoryError{File: display, Problems: []string{fmt.Sprintf("scheme: %q must be a file beside the story file or below it", ref)}}
		}
		b, err := readLimited(fsys, name, disp, MaxSchemeBytes)
		if err != nil {
			return nil, fmt.Errorf("%s: scheme: %w", display, err)
		}
		return ParseScheme(disp, b)
	}
	sc, ok := BuiltinScheme(ref)
	if !ok {
		return nil, &StoryError{File: display, Problems: []string{fmt.Sprintf("scheme: unknown scheme %q (built in: %s; or a scheme file name ending in .json)", ref, strings.Join(BuiltinSchemes(), ", "))}}
	}
	return sc, nil
}
