package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// The encodings a Document reports. GBK and GB2312 are read as GB18030,
// their superset: a page labelled gb2312 routinely holds GBK characters.
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8-bom"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
	EncGB18030 = "gb18030"
	EncBig5    = "big5"
)

// overrideNames maps every name Options.Encoding accepts (lower case) to
// the encoding it selects.
var overrideNames = map[string]string{
	"utf-8": EncUTF8, "utf8": EncUTF8,
	"gbk": EncGB18030, "gb2312": EncGB18030, "gb18030": EncGB18030, "cp936": EncGB18030,
	"big5": EncBig5, "big-5": EncBig5, "cp950": EncBig5,
	"utf-16le": EncUTF16LE, "utf16le": EncUTF16LE,
	"utf-16be": EncUTF16BE, "utf16be": EncUTF16BE,
}

// AcceptedEncodings lists the names Options.Encoding accepts, for usage
// text and error messages.
const AcceptedEncodings = "utf-8, gbk, gb2312, gb18030, big5, utf-16le, utf-16be"

// ParseEncoding resolves a user's encoding name (case-insensitive) to one
// of the Enc* values; "" means detect.
func ParseEncoding(name string) (string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" {
		return "", nil
	}
	if e, ok := overrideNames[n]; ok {
		return e, nil
	}
	return "", fmt.Errorf("unknown encoding %q (accepted: %s)", name, AcceptedEncodings)
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// bomEncoding reports the encoding a byte-order mark announces and the
// mark's length, or "" when raw has none.
func bomEncoding(raw []byte) (string, int) {
	switch {
	case bytes.HasPrefix(raw, bomUTF8):
		return EncUTF8BOM, 3
	case bytes.HasPrefix(raw, bomUTF16LE):
		return EncUTF16LE, 2
	case bytes.HasPrefix(raw, bomUTF16BE):
		return EncUTF16BE, 2
	}
	return "", 0
}

// decoderOf returns the x/text encoding that reads enc (without its BOM).
func decoderOf(enc string) encoding.Encoding {
	switch enc {
	case EncGB18030:
		return simplifiedchinese.GB18030
	case EncBig5:
		return traditionalchinese.Big5
	case EncUTF16LE:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	case EncUTF16BE:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	}
	return encoding.Nop
}

// decodeAs turns raw (BOM already removed) into UTF-8. Invalid sequences
// become U+FFFD, so the result is always valid UTF-8.
func decodeAs(enc string, raw []byte) string {
	switch enc {
	case EncUTF8, EncUTF8BOM:
		return strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	out, err := decoderOf(enc).NewDecoder().Bytes(raw)
	if err != nil { // x/text's decoders replace rather than fail; be safe anyway
		return strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// utf16Guess recognises UTF-16 without a byte-order mark. Only a file
// with NUL bytes can be UTF-16 (its ASCII — digits, line ends — has a NUL
// in every other byte); which byte order, and whether it is UTF-16 at all
// rather than a binary with NULs, is decided by reading it both ways:
// text read in the right order is mostly ASCII and frequent characters,
// read in the wrong order or from a binary it is a scatter of rare code
// points. (Counting which side the NULs fall on is not enough: 一 is
// U+4E00, a NUL on the "wrong" side, and among the most frequent
// characters.)
func utf16Guess(raw []byte) string {
	if len(raw) < 2 || len(raw)%2 != 0 || bytes.IndexByte(raw, 0) < 0 {
		return ""
	}
	le, be := decodeAs(EncUTF16LE, raw), decodeAs(EncUTF16BE, raw)
	sle, sbe := utf16Score(le), utf16Score(be)
	switch {
	case sle >= sbe && sle > 0.5:
		return EncUTF16LE
	case sbe > sle && sbe > 0.5:
		return EncUTF16BE
	}
	return ""
}

// utf16Score is the share of a decoding's characters that are text:
// printable ASCII and line ends, frequent Han characters, common
// punctuation; invalid and control characters count against it.
func utf16Score(s string) float64 {
	var good, bad, total float64
	for _, r := range s {
		total++
		switch {
		case r >= 0x20 && r < 0x7F, r == '\n', r == '\r', r == '\t':
			good++
		case r == utf8.RuneError, r < 0x20, unicode.Is(unicode.Co, r), unicode.IsControl(r):
			bad++
		case frequent[r], isCommonPunct(r):
			good++
		}
	}
	if total == 0 {
		return 0
	}
	return (good - bad) / total
}

// Frequent characters of both scripts: real Chinese text, simplified or
// traditional, is mostly made of them; a text read in the wrong Chinese
// encoding is a scatter of rare characters, symbols and U+FFFD.
var frequent = func() map[rune]bool {
	m := make(map[rune]bool, 2*utf8.RuneCountInString(frequentSimplified))
	for _, r := range frequentSimplified + frequentTraditional {
		m[r] = true
	}
	return m
}()

// plausibility scores a decoded text as Chinese: the share of its
// non-ASCII characters that are frequent Han characters or common CJK
// punctuation, with replacement characters, private-use code points and
// controls counting heavily against it. Higher is more plausible.
func plausibility(s string) float64 {
	var good, bad, total float64
	for _, r := range s {
		if r < 0x80 {
			if r < 0x20 && r != '\n' && r != '\r' && r != '\t' {
				bad += 2
				total++
			}
			continue
		}
		total++
		switch {
		case r == utf8.RuneError:
			bad += 4
		case frequent[r]:
			good++
		case isCommonPunct(r):
			good += 0.5
		case unicode.Is(unicode.Co, r), unicode.IsControl(r):
			bad += 2
		case unicode.Is(unicode.Han, r):
			// a rare character: neither evidence for nor against
		default:
			bad += 0.5 // Hangul, kana, box drawing … in a Chinese article
		}
	}
	if total == 0 {
		return 0
	}
	return (good - bad) / total
}

// isCommonPunct reports the full-width punctuation Chinese text is full of.
func isCommonPunct(r rune) bool {
	switch {
	case r >= 0x3000 && r <= 0x3011: // 　、。〃…《》「」『』【】
		return true
	case r >= 0xFF01 && r <= 0xFF1F: // ！＂…（），－．／０-９：；？
		return true
	}
	switch r {
	case '“', '”', '‘', '’', '—', '…', '·':
		return true
	}
	return false
}

// sampleBytes is how much of a file the detector reads both ways: 64 KB
// hold tens of thousands of characters, far more evidence than needed,
// and a megabyte file is then decoded only once.
const sampleBytes = 64 << 10

// detect chooses the encoding of raw (no BOM): UTF-16 when it has NULs
// and reads as text, UTF-8 when it is valid, otherwise the more plausible
// of GB18030 and Big5 (ties go to GB18030, the mainland default). It
// returns the decoded text with the choice, or "" when no reading is
// plausibly Chinese.
func detect(raw []byte) (enc, text string) {
	// UTF-16 first: UTF-16 of ASCII text is also valid UTF-8 (with NULs).
	if len(raw)%2 == 0 {
		if e := utf16Guess(raw[:min(len(raw), sampleBytes)]); e != "" {
			return e, decodeAs(e, raw)
		}
	}
	if utf8.Valid(raw) {
		return EncUTF8, string(raw)
	}
	if mostlyUTF8(raw) {
		return EncUTF8, decodeAs(EncUTF8, raw)
	}
	sample := raw[:min(len(raw), sampleBytes)]
	big5, gb := decodeAs(EncBig5, sample), decodeAs(EncGB18030, sample)
	pb, pg := plausibility(big5), plausibility(gb)
	// Neither reading is Chinese: Japanese, Korean or a European
	// code page. Showing either would be showing nonsense.
	if max(pb, pg) < minPlausibility && nonASCII(sample) >= 30 {
		return "", ""
	}
	if pb > pg {
		return EncBig5, decodeAs(EncBig5, raw)
	}
	return EncGB18030, decodeAs(EncGB18030, raw)
}

// minPlausibility separates Chinese from other text read as Chinese,
// measured on this package's test texts: real articles score 0.85–0.92 in
// their encoding, Korean (EUC-KR) read as GB18030 0.32, Japanese
// (Shift_JIS) 0.10, Western text (Windows-1252) below 0.
const minPlausibility = 0.5

func nonASCII(b []byte) int {
	n := 0
	for _, c := range b {
		if c >= utf8.RuneSelf {
			n++
		}
	}
	return n / 2
}

// mostlyUTF8 reports a UTF-8 file with a few damaged bytes (a truncated
// copy, one bad character): at least 50 valid multi-byte characters per
// invalid byte. Read as GB18030 it would turn every character into
// nonsense; read as UTF-8 only the damaged ones become U+FFFD. Text in
// GB18030 or Big5 forms valid UTF-8 sequences only by accident, far less
// often than that.
func mostlyUTF8(raw []byte) bool {
	var valid, invalid int
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return invalid*50 <= valid
}
