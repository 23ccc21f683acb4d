package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/qiusuo/qiusuo/data/export/csvtimeline"
	"github.com/qiusuo/qiusuo/data/export/handout"
	"github.com/qiusuo/qiusuo/data/export/timelinejs"
	"github.com/qiusuo/qiusuo/resources"
)

const exportSyntax = "export [--timelinejs FILE] [--csv FILE] [--pdf FILE] [--story PATH] [--lang zh|en] [--paper A4|Letter]"

// exportCmd writes the story in the formats asked for: TimelineJS3 JSON,
// the TimelineJS spreadsheet template as CSV, a PDF handout. Every file is
// rendered in memory first and then all are written atomically, so a
// failure leaves no half-written file. It prints one line per file.
func exportCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export")
	tjs := fs.String("timelinejs", "", "write TimelineJS3 JSON to FILE")
	csvOut := fs.String("csv", "", "write the TimelineJS spreadsheet template as CSV to FILE")
	pdfOut := fs.String("pdf", "", "write a PDF handout to FILE")
	path := fs.String("story", "", "story file or article")
	lang := fs.String("lang", "zh", "language of the handout's words and of titles: zh or en")
	paper := fs.String("paper", "A4", "paper size of the handout: A4 or Letter")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return flagFail(stdout, stderr, err, exportSyntax)
	}
	if len(pos) > 0 {
		return fail(stderr, "export: unexpected argument %q; usage: qiusuo %s", pos[0], exportSyntax)
	}
	if *tjs == "" && *csvOut == "" && *pdfOut == "" {
		return fail(stderr, "export: say what to write: --timelinejs FILE, --csv FILE and/or --pdf FILE")
	}
	if *lang != "zh" && *lang != "en" {
		return fail(stderr, "export: --lang %q: use zh or en", *lang)
	}
	if p := strings.ToLower(*paper); p != "a4" && p != "letter" {
		return fail(stderr, "export: --paper %q: use A4 or Letter", *paper)
	}
	outs := map[string]string{}
	for flag, f := range map[string]string{"--timelinejs": *tjs, "--csv": *csvOut, "--pdf": *pdfOut} {
		if f == "" {
			continue
		}
		abs, _ := filepath.Abs(f)
		if other, dup := outs[abs]; dup {
			return fail(stderr, "export: %s and %s both write %s", other, flag, f)
		}
		outs[abs] = flag
		if *path != "" && sameFile(f, *path) {
			return fail(stderr, "export: %s %s would overwrite the story; choose another name", flag, f)
		}
	}
	s, err := loadStory(*path)
	if err != nil {
		return fail(stderr, "%v", err)
	}
	var files []outFile
	var report []string
	opt := timelinejs.Options{Lang: *lang}
	if *tjs != "" {
		var b bytes.Buffer
		sum, err := timelinejs.Write(&b, s, opt)
		if err != nil {
			return fail(stderr, "export: %s: %v", *tjs, err)
		}
		files = append(files, outFile{*tjs, b.Bytes()})
		report = append(report, fmt.Sprintf("%s: TimelineJS, %s", *tjs, summary(sum)))
	}
	if *csvOut != "" {
		var b bytes.Buffer
		sum, err := csvtimeline.Write(&b, s, opt)
		if err != nil {
			return fail(stderr, "export: %s: %v", *csvOut, err)
		}
		files = append(files, outFile{*csvOut, b.Bytes()})
		report = append(report, fmt.Sprintf("%s: CSV (TimelineJS template), %s", *csvOut, summary(sum)))
	}
	if *pdfOut != "" {
		var b bytes.Buffer
		err := handout.Write(&b, s, handout.Options{Lang: *lang, Paper: *paper, Fonts: pdfFonts()})
		if err != nil {
			return fail(stderr, "export: %s: %v", *pdfOut, err)
		}
		files = append(files, outFile{*pdfOut, b.Bytes()})
		report = append(report, fmt.Sprintf("%s: PDF handout, %d KB", *pdfOut, (b.Len()+1023)/1024))
	}
	if err := writeAtomically(files); err != nil {
		return fail(stderr, "export: %v", err)
	}
	for _, r := range report {
		fmt.Fprintln(stdout, r)
	}
	return exitOK
}

// summary says what a timeline export holds, and what it left out.
func summary(sum timelinejs.Summary) string {
	s := fmt.Sprintf("%d events", sum.Events)
	if sum.Public > 0 {
		s += fmt.Sprintf(" (%d on public-knowledge dates, marked)", sum.Public)
	}
	if sum.Eras > 0 {
		s += fmt.Sprintf(", %d eras", sum.Eras)
	}
	if n := len(sum.Omitted); n > 0 {
		s += fmt.Sprintf("; %d left out: the article fixes no date for them (listed on the title slide)", n)
	}
	return s
}

// pdfFonts are the bundled fonts for the handout. They have CFF outlines;
// handout.Write converts the glyphs it draws to TrueType, which fpdf needs.
func pdfFonts() handout.Fonts {
	return handout.Fonts{Regular: resources.FontRegular.Content(), Bold: resources.FontBold.Content()}
}
