package gui

import (
	"strings"

	"github.com/qiusuo/qiusuo/data"
)

// People are never shown a passage's id ("p11.1": paragraph 11, sentence
// 1 of the whole article, as the CLI and story files use it). The
// interface names a sentence by where a reader finds it: its section and
// its place in the section ("序曲 · 第 4 段第 2 句").

// headingText is the text of heading paragraph i, in the interface
// language where the story translates it.
func headingText(s *data.Story, i int) string {
	a := s.Article
	if i < 0 || i >= len(a.Paragraphs) {
		return ""
	}
	var b strings.Builder
	for _, p := range a.Paragraphs[i].Passages {
		b.WriteString(a.Passages[p].Text)
	}
	zh := b.String()
	return Pick(zh, s.HeadingsEn[zh])
}

// sectionLabel is a section's short name: its heading up to the colon
// ("序曲", "Prelude"), or the lead (导语) for what comes before the first
// heading, as search's group headers call it.
func sectionLabel(s *data.Story, section int) string {
	h := headingText(s, section)
	if h == "" {
		return T("search.lead", "导语")
	}
	for _, sep := range []string{"：", ": "} {
		if before, _, ok := strings.Cut(h, sep); ok {
			return before
		}
	}
	return h
}

// passagePlace is where passage i sits: its section (a heading paragraph's
// index, or -1), the number of its paragraph among the section's
// paragraphs and its number in the paragraph, both from 1.
func passagePlace(a *data.Article, i int) (section, para, sentence int) {
	p := &a.Passages[i]
	pg := &a.Paragraphs[p.Paragraph]
	section = pg.Section
	if pg.Kind == data.KindHeading {
		section = p.Paragraph
	}
	for q := range a.Paragraphs[:p.Paragraph+1] {
		if a.Paragraphs[q].Section == section && a.Paragraphs[q].Kind != data.KindHeading {
			para++
		}
	}
	for k, pi := range pg.Passages {
		if pi == i {
			sentence = k + 1
		}
	}
	return section, max(para, 1), sentence
}

// PassageName names passage i for people: "序曲 · 第 4 段第 2 句" /
// "Prelude · paragraph 4, sentence 2".
func PassageName(s *data.Story, i int) string {
	if i < 0 || i >= len(s.Article.Passages) {
		return ""
	}
	section, para, sentence := passagePlace(s.Article, i)
	return sectionLabel(s, section) + " · " + T("passage.place", "第 {{.P}} 段第 {{.S}} 句",
		map[string]any{"P": para, "S": sentence})
}

// passageMarker is the short form for a list row, under a section header
// that already names the section: "4段2句" / "¶4 s2".
func passageMarker(s *data.Story, i int) string {
	_, para, sentence := passagePlace(s.Article, i)
	return T("passage.marker", "{{.P}}段{{.S}}句", map[string]any{"P": para, "S": sentence})
}
