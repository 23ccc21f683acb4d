package wrap

// Chinese line-breaking rules (禁则, kinsoku) applied on top of UAX #14.
//
// UAX #14 alone is not enough for Chinese: it lets a line start with some
// trailing marks that Chinese typography forbids at a line start, and it
// classifies the curly quotes “ ” ‘ ’ as QU (ambiguous direction), so it
// either glues them to both neighbours or, after a space, lets them stray to
// the wrong line. In Chinese text the direction is never ambiguous: “ and ‘
// open, ” and ’ close. The rules below follow the usual practice (GB/T 15834,
// W3C clreq):
//
//   - 行首禁则: a line must not start with a closing or trailing mark
//     (isClosing);
//   - 行尾禁则: a line must not end with an opening mark (isOpening);
//   - the two-character ellipsis …… and dash —— are never split (isPairMark).

// isClosing reports whether r must not start a line: Chinese and ASCII
// points (，。、；：？！ ,.;:?!), closing quotes and brackets, ellipses,
// dashes, the interpunct ·, the wave dash ～ and the percent signs.
func isClosing(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '?', '!', ')', ']', '}', '\'', '%',
		'，', '。', '、', '；', '：', '？', '！', '．',
		'”', '’', '〞', '〟',
		'）', '》', '」', '』', '】', '〕', '〉', '］', '｝', '〗', '〙', '〛', '｣',
		'｡', '､', '﹐', '﹑', '﹒', '﹔', '﹕', '﹖', '﹗', '︰',
		'…', '‥', '⋯', '—', '―', '⸺', '⸻',
		'·', '・', '～', '％', '‰', '℃':
		return true
	}
	return false
}

// isOpening reports whether r must not end a line: opening quotes and
// brackets, Chinese and ASCII.
func isOpening(r rune) bool {
	switch r {
	case '(', '[', '{',
		'“', '‘', '〝',
		'（', '《', '「', '『', '【', '〔', '〈', '［', '｛', '〖', '〘', '〚', '｢',
		'﹙', '﹛', '﹝':
		return true
	}
	return false
}

// isPairMark reports whether a doubled r is one punctuation mark that must
// not be split across lines (the ellipsis …… and the dash ——).
func isPairMark(r rune) bool {
	switch r {
	case '…', '⋯', '‥', '—', '―':
		return true
	}
	return false
}

// isBlank reports whether r is a breakable space. Blanks at the end of a
// line "hang": they belong to the line but take no width on it.
func isBlank(r rune) bool {
	switch {
	case r == ' ', r == '\t', r == '\u1680', r == '\u205f', r == '\u3000':
		return true
	case r >= '\u2000' && r <= '\u200a':
		return r != '\u2007' // FIGURE SPACE is non-breaking
	}
	return false
}

// isHardBreak reports whether r is a mandatory line break (UAX #14 classes
// BK, CR, LF and NL).
func isHardBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// isCJK reports whether r is an East Asian letter or punctuation mark
// (Han, kana, Hangul, bopomofo, CJK symbols and fullwidth forms). It decides
// on which side of a curly quote a break is acceptable.
func isCJK(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x11ff, // Hangul Jamo
		r >= 0x2e80 && r <= 0x2fdf,   // radicals
		r >= 0x3000 && r <= 0x4dbf,   // CJK punctuation, kana, bopomofo, Hangul compat., Ext. A
		r >= 0x4e00 && r <= 0x9fff,   // CJK Unified Ideographs
		r >= 0xa960 && r <= 0xa97f,   // Hangul Jamo Ext. A
		r >= 0xac00 && r <= 0xd7ff,   // Hangul syllables
		r >= 0xf900 && r <= 0xfaff,   // compatibility ideographs
		r >= 0xfe10 && r <= 0xfe1f,   // vertical forms
		r >= 0xfe30 && r <= 0xfe6f,   // compatibility and small forms
		r >= 0xff00 && r <= 0xffef,   // half- and fullwidth forms
		r >= 0x20000 && r <= 0x3ffff: // supplementary ideographic planes
		return true
	}
	return false
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// quoteBreak reports whether the curly-quote rule allows a break between
// text[i-1] and text[i] that UAX #14 forbids (LB19: × QU, QU ×). A break
// is allowed before an opening quote and after a closing quote when the
// quote sits in Chinese text: the rune across the break, or the first rune
// inside the quotes, is CJK. Latin-only contexts keep UAX #14's answer, so
// the apostrophe in "don’t" still glues.
func quoteBreak(text []rune, i int) bool {
	a, b := text[i-1], text[i]
	if b == '“' || b == '‘' {
		if isCJK(a) || isClosing(a) {
			return true
		}
		return isASCIIAlnum(a) && i+1 < len(text) && isCJK(text[i+1])
	}
	if a == '”' || a == '’' {
		if isCJK(b) || isOpening(b) {
			return true
		}
		return isASCIIAlnum(b) && i >= 2 && isCJK(text[i-2])
	}
	return false
}

// applyKinsoku turns the UAX #14 opportunities in attrs (bUAX) into the
// opportunities the wrapper uses (bAllowed): curly quotes are resolved by
// direction, then every break that would start a line with a closing mark,
// end one with an opening mark, or split …… / —— is removed. Mandatory
// breaks are never removed.
func applyKinsoku(text []rune, pr []props, attrs []uint8) {
	var last props // props of the last non-blank rune before i
	for i := 1; i < len(text); i++ {
		if p := pr[i-1]; p&pBlank == 0 {
			last = p
		}
		at := attrs[i]
		if at&bMandatory != 0 {
			attrs[i] = at | bAllowed
			continue
		}
		ok := at&bUAX != 0 ||
			(pr[i].class() == cQU || pr[i-1].class() == cQU) && quoteBreak(text, i)
		if ok && kinsokuOK(text, pr, i, last) {
			attrs[i] = at | bAllowed
		}
	}
	attrs[len(text)] |= bAllowed
}

// kinsokuOK reports whether a line may end before text[i], given the props
// of the last non-blank rune before i.
func kinsokuOK(text []rune, pr []props, i int, last props) bool {
	switch {
	case pr[i]&pClosing != 0, last&pOpening != 0:
		return false
	case text[i] == text[i-1] && isPairMark(text[i]):
		return false
	}
	return true
}
