package timex

import "unicode/utf8"

// Matching runs on a folded copy of the text, one rune for one rune, so
// that every match maps straight back to byte offsets in the original:
// full-width ASCII becomes ASCII (２０２５ → 2025, － → -), the ideographic
// space a space, and the traditional characters that occur in time
// expressions their simplified forms (春節 → 春节, 馬年 → 马年, 近年來 → 近年来).
// Only characters the grammar looks at are folded; the table is not a
// general converter (that is OpenCC's job elsewhere in Qiusuo).

var tradToSimp = map[rune]rune{
	'節': '节', '聯': '联', '歡': '欢', '會': '会', '馬': '马', '龍': '龙', '雞': '鸡', '豬': '猪', '農': '农', '曆': '历', '來': '来', '過': '过',
	'當': '当', '後': '后', '時': '时', '開': '开', '週': '周', '個': '个', '歲': '岁', '陰': '阴', '陽': '阳', '誕': '诞', '聖': '圣', '勞': '劳',
	'動': '动', '慶': '庆', '國': '国', '幾': '几', '間': '间', '臘': '腊', '頭': '头', '現': '现', '數': '数', '劃': '划', '規': '规', '綱': '纲',
	'計': '计', '兩': '两', '輪': '轮', '屆': '届', '視': '视', '東': '东', '氣': '气', '際': '际', '長': '长', '裡': '里', '裏': '里', '於': '于',
	'舊': '旧', '號': '号', '臺': '台', '總': '总', '從': '从', '發': '发', '學': '学', '見': '见', '醫': '医', '藥': '药', '級': '级', '產': '产',
	'資': '资', '準': '准', '試': '试', '選': '选', '審': '审', '顯': '显', '評': '评', '識': '识', '鐵': '铁', '華': '华', '層': '层', '歐': '欧',
	'韓': '韩', '將': '将', '舉': '举', '達': '达', '實': '实', '還': '还', '啟': '启', '電': '电', '網': '网', '記': '记', '報': '报', '導': '导',
	'訊': '讯', '頻': '频', '經': '经', '濟': '济', '傳': '传', '統': '统', '陸': '陆', '專': '专', '應': '应', '們': '们', '這': '这', '為': '为',
	'對': '对', '與': '与', '無': '无', '義': '义', '樣': '样', '億': '亿', '萬': '万', '齡': '龄', '歷': '历', '屬': '属', '輩': '辈', '盤': '盘',
}

// folded is the text as matched: runes (folded) and the byte offset of
// each rune in the original, with one extra entry for the end.
type folded struct {
	r   []rune
	off []int
}

func fold(text string) folded {
	f := folded{r: make([]rune, 0, len(text)/3+1), off: make([]int, 0, len(text)/3+2)}
	for i, c := range text {
		if c == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(text[i:]); size == 1 {
				f.r, f.off = append(f.r, c), append(f.off, i)
				continue
			}
		}
		f.r = append(f.r, foldRune(c))
		f.off = append(f.off, i)
	}
	f.off = append(f.off, len(text))
	return f
}

func foldRune(c rune) rune {
	switch {
	case c < 0x80:
		return c
	case c >= 0xFF01 && c <= 0xFF5E: // full-width ASCII
		return c - 0xFF01 + 0x21
	case c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x202F:
		return ' '
	case c == '—' || c == '–' || c == '―' || c == '‐' || c == '‑' || c == '−' || c == '~' || c == '〜' || c == '～':
		return '-'
	}
	if c < 0x10000 && tradBits[c>>6]&(1<<(c&63)) != 0 {
		return tradToSimp[c]
	}
	return c
}

// tradBits marks the keys of tradToSimp, so that most runes skip the map.
var tradBits [0x10000 / 64]uint64

func init() {
	for c := range tradToSimp {
		tradBits[c>>6] |= 1 << (c & 63)
	}
}
