package timex

// Numbers as dates write them: ASCII digits (after folding full-width
// ones), Chinese numerals up to 99 for months, days and plan numbers
// (十二, 三十一, 廿三), and digit-by-digit Chinese years (二〇二五).

// hanDigitOf is the value of a Chinese digit (〇 零 ○ 一 … 九, 两 = 2).
func hanDigitOf(c rune) (int, bool) {
	switch c {
	case '〇', '零', '○':
		return 0, true
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func isHanNumeral(c rune) bool {
	_, ok := hanDigitOf(c)
	return ok || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿' || c == '廿' || c == '卅' || c == '几' || c == '数' || c == '多'
}

// arabic reads ASCII digits at i (at most 9). ok is false when there are
// none.
func (f *folded) arabic(i int) (v, end int, ok bool) {
	j := i
	for j < len(f.r) && isDigit(f.r[j]) && j-i < 9 {
		v = v*10 + int(f.r[j]-'0')
		j++
	}
	if j < len(f.r) && isDigit(f.r[j]) { // longer than 9 digits: not a date number
		return 0, i, false
	}
	return v, j, j > i
}

// hanSmall reads a Chinese numeral 1–99 at i: 七, 十, 十二, 二十, 三十一, 廿三.
func (f *folded) hanSmall(i int) (v, end int, ok bool) {
	r := f.r
	at := func(k int) rune {
		if k < len(r) {
			return r[k]
		}
		return 0
	}
	c := at(i)
	switch {
	case c == '廿' || c == '卅':
		v = 20
		if c == '卅' {
			v = 30
		}
		if d, ok := hanDigitOf(at(i + 1)); ok && d > 0 && at(i+1) != '两' {
			return v + d, i + 2, true
		}
		return v, i + 1, true
	case c == '十':
		if d, ok := hanDigitOf(at(i + 1)); ok && d > 0 && at(i+1) != '两' {
			return 10 + d, i + 2, true
		}
		return 10, i + 1, true
	}
	d, isD := hanDigitOf(c)
	if !isD || d == 0 {
		return 0, i, false
	}
	if at(i+1) == '十' {
		if c == '两' || c == '一' {
			return 0, i, false
		}
		if e, ok := hanDigitOf(at(i + 2)); ok && e > 0 && at(i+2) != '两' {
			return d*10 + e, i + 3, true
		}
		return d * 10, i + 2, true
	}
	return d, i + 1, true
}

// number reads an ASCII or Chinese numeral at i.
func (f *folded) number(i int) (v, end int, han, ok bool) {
	if v, end, ok = f.arabic(i); ok {
		return v, end, false, true
	}
	v, end, ok = f.hanSmall(i)
	return v, end, true, ok
}

// hanYear reads a digit-by-digit Chinese year (二〇二五) at i.
func (f *folded) hanYear(i int) (v, end int, ok bool) {
	if i+4 > len(f.r) {
		return 0, i, false
	}
	for k := i; k < i+4; k++ {
		d, isD := hanDigitOf(f.r[k])
		if !isD || f.r[k] == '两' {
			return 0, i, false
		}
		v = v*10 + d
	}
	if i+4 < len(f.r) {
		if _, more := hanDigitOf(f.r[i+4]); more {
			return 0, i, false
		}
	}
	return v, i + 4, true
}
