package pinyin

import (
	"math/bits"
	"slices"
	"strings"
)

// Kind says how a match was read.
type Kind uint8

// The kinds of match, best first.
const (
	// Full: every character by a full syllable (the last may be
	// unfinished: jiqir finds 机器人).
	Full Kind = iota
	// Initials: every character by the first letter(s) of its syllable
	// (jqr finds 机器人; zh, ch and sh may stand for one initial).
	Initials
)

// Match is one place the text reads as the query: Len runes from Pos.
type Match struct {
	Pos, Len int
	Kind     Kind
}

// Index holds the readings of one text for pinyin search. It is
// read-only once built and safe for concurrent use.
type Index struct {
	syl   []string          // syllables the text reads, by id
	ids   map[string]uint16 // syllable → id
	start []int32           // per rune: its reading ids are read[start[i]:start[i+1]]
	read  []uint16
	post  [][]int32 // per syllable id: the positions that can read it, ascending
}

// NewIndex indexes text (runes; anything but Han characters has no
// reading, so a match never spans punctuation, Latin letters or digits).
func NewIndex(text []rune) *Index {
	x := &Index{ids: map[string]uint16{}, start: make([]int32, 0, len(text)+1), read: make([]uint16, 0, len(text))}
	byRune := map[rune][]uint16{} // a text repeats its characters
	for i, r := range text {
		x.start = append(x.start, int32(len(x.read)))
		if r < 0x2E80 {
			continue
		}
		rid, ok := byRune[r]
		if !ok {
			for _, s := range Readings(r) {
				id, ok := x.ids[s]
				if !ok {
					id = uint16(len(x.syl))
					x.ids[s] = id
					x.syl = append(x.syl, s)
					x.post = append(x.post, nil)
				}
				rid = append(rid, id)
			}
			byRune[r] = rid
		}
		for _, id := range rid {
			x.read = append(x.read, id)
			x.post[id] = append(x.post[id], int32(i))
		}
	}
	x.start = append(x.start, int32(len(x.read)))
	return x
}

// Len is the length of the indexed text in runes.
func (x *Index) Len() int { return len(x.start) - 1 }

// set is a set of syllable ids.
type set []uint64

func (x *Index) newSet() set { return make(set, (len(x.syl)+63)/64) }

func (s set) add(id uint16)      { s[id/64] |= 1 << (id % 64) }
func (s set) has(id uint16) bool { return s[id/64]&(1<<(id%64)) != 0 }
func (s set) each(f func(id uint16)) {
	for w, word := range s {
		for word != 0 {
			b := bits.TrailingZeros64(word)
			f(uint16(w*64 + b))
			word &^= 1 << b
		}
	}
}

// prefixSet is every syllable of the text that begins with p, or nil.
func (x *Index) prefixSet(p string) set {
	var s set
	for id, syl := range x.syl {
		if strings.HasPrefix(syl, p) {
			if s == nil {
				s = x.newSet()
			}
			s.add(uint16(id))
		}
	}
	return s
}

// pattern is one way to read a query: a set of syllables per character.
type pattern struct {
	units []set
	kind  Kind
}

// maxPatterns bounds the ways one query is split (xian: xian or xi'an);
// real pinyin has a handful.
const maxPatterns = 64

// maxSyllable is the longest syllable in letters (zhuang, shuang).
const maxSyllable = 6

// patterns splits q into the text's syllables: full syllables if it
// can be read so, else (if no tone or apostrophe was typed) initials.
func (x *Index) patterns(q Query) []pattern {
	var out []pattern
	var units []set
	var walk func(c, off int)
	walk = func(c, off int) {
		if len(out) >= maxPatterns {
			return
		}
		if c < len(q.chunks) && off == len(q.chunks[c]) {
			c, off = c+1, 0
		}
		if c == len(q.chunks) {
			out = append(out, pattern{units: slices.Clone(units), kind: Full})
			return
		}
		rest := q.chunks[c][off:]
		lastChunk := c == len(q.chunks)-1
		// The syllable being typed stands for any syllable it begins
		// (jiq: qi, qiang …; jiqire: re, ren, reng) — except when it is
		// the only one and already whole: ji alone is ji, not also jia,
		// jian … jiong, which would find every tenth character of a text.
		expand := lastChunk && q.open
		if _, whole := x.ids[rest]; whole && len(units) == 0 {
			expand = false
		}
		if expand {
			if s := x.prefixSet(rest); s != nil {
				units = append(units, s)
				out = append(out, pattern{units: slices.Clone(units), kind: Full})
				units = units[:len(units)-1]
			}
		}
		for n := 1; n <= min(maxSyllable, len(rest)); n++ {
			if expand && n == len(rest) {
				break // covered by the prefix set above
			}
			id, ok := x.ids[rest[:n]]
			if !ok {
				continue
			}
			s := x.newSet()
			s.add(id)
			units = append(units, s)
			walk(c, off+n)
			units = units[:len(units)-1]
		}
	}
	walk(0, 0)
	if len(out) > 0 || q.toned {
		return out
	}
	return x.initialPatterns(strings.Join(q.chunks, ""))
}

// initialPatterns reads letters as initials, one character each; zh, ch
// and sh may be one initial or two.
func (x *Index) initialPatterns(letters string) []pattern {
	var out []pattern
	var units []set
	var walk func(off int)
	walk = func(off int) {
		if len(out) >= maxPatterns {
			return
		}
		if off == len(letters) {
			if len(units) >= 2 {
				out = append(out, pattern{units: slices.Clone(units), kind: Initials})
			}
			return
		}
		for _, n := range []int{2, 1} {
			if off+n > len(letters) {
				continue
			}
			p := letters[off : off+n]
			if n == 2 && p != "zh" && p != "ch" && p != "sh" {
				continue
			}
			s := x.prefixSet(p)
			if s == nil {
				continue
			}
			units = append(units, s)
			walk(off + n)
			units = units[:len(units)-1]
		}
	}
	walk(0)
	return out
}

// at reports whether the rune at pos can read a syllable of s.
func (x *Index) at(pos int, s set) bool {
	for _, id := range x.read[x.start[pos]:x.start[pos+1]] {
		if s.has(id) {
			return true
		}
	}
	return false
}

// Find returns every place the text reads as q, in text order (and, at
// one position, shorter first). A place read two ways is listed once,
// with the better kind.
func (x *Index) Find(q Query) []Match {
	var out []Match
	for _, p := range x.patterns(q) {
		n := len(p.units)
		p.units[0].each(func(id uint16) {
			for _, pos := range x.post[id] {
				i := int(pos)
				if i+n > x.Len() {
					continue
				}
				ok := true
				for k := 1; k < n && ok; k++ {
					ok = x.at(i+k, p.units[k])
				}
				if ok {
					out = append(out, Match{Pos: i, Len: n, Kind: p.kind})
				}
			}
		})
	}
	// In text order; a place found by two patterns (or by two readings
	// of its first character) once.
	slices.SortFunc(out, func(a, b Match) int {
		if a.Pos != b.Pos {
			return a.Pos - b.Pos
		}
		if a.Len != b.Len {
			return a.Len - b.Len
		}
		return int(a.Kind) - int(b.Kind)
	})
	return slices.CompactFunc(out, func(a, b Match) bool { return a.Pos == b.Pos && a.Len == b.Len })
}
