package csvtimeline

import (
	"bytes"
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/qiusuo/qiusuo/data"
	"github.com/qiusuo/qiusuo/data/export/timelinejs"
	"github.com/qiusuo/qiusuo/data/importer"
)

func datedStory(t testing.TB) *data.Story {
	b, err := os.ReadFile("../../hangzhou-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	s, err := importer.Import("hangzhou-2025.txt", string(b), importer.Options{Published: "2025"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestColumnsAndRows parses the file back as a spreadsheet program
// would: BOM, then the template's header, a title row, one row per
// event with the JSON export's dates, and nothing else.
func TestColumnsAndRows(t *testing.T) {
	s := datedStory(t)
	var b bytes.Buffer
	sum, err := Write(&b, s, timelinejs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), BOM) {
		t.Fatal("no UTF-8 byte order mark")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), BOM)))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"}
	if !slices.Equal(rows[0], want) {
		t.Fatalf("header %q\nwant   %q", rows[0], want)
	}
	if rows[1][15] != "title" || rows[1][9] != s.Article.Title() {
		t.Errorf("title row %q", rows[1])
	}
	tl, _, _ := timelinejs.Build(s, timelinejs.Options{})
	if got := len(rows) - 2; got != sum.Events+sum.Eras || sum.Events != len(tl.Events) {
		t.Fatalf("%d event rows, want %d events + %d eras", got, sum.Events, sum.Eras)
	}
	for i, e := range tl.Events {
		row := rows[2+i]
		if row[0] != string(e.StartDate.Year) || row[1] != string(e.StartDate.Month) || row[2] != string(e.StartDate.Day) {
			t.Errorf("row %d dates %q, want %+v", i, row[:3], e.StartDate)
		}
		if e.EndDate != nil && row[4] != string(e.EndDate.Year) {
			t.Errorf("row %d end year %q, want %q", i, row[4], e.EndDate.Year)
		}
		if row[8] != e.DisplayDate || row[9] != e.Text.Headline || row[10] != e.Text.Text || row[16] != e.Group {
			t.Errorf("row %d = %q", i, row)
		}
	}
}

func TestDefaultStoryChinese(t *testing.T) {
	s, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := Write(&b, s, timelinejs.Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "宇树机器人登上央视春晚") {
		t.Error("Chinese headline missing")
	}
}
