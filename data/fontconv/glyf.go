package fontconv

import (
	"encoding/binary"
	"math"

	"golang.org/x/image/font/sfnt"
)

// point is a TrueType outline point in font units, y up.
type point struct {
	x, y int
	on   bool
}

// contours turns a glyph's segments (font units in 26.6 fixed point, y
// down, as sfnt.LoadGlyph gives them at ppem = unitsPerEm) into TrueType
// contours: y up, whole units, cubics as quadratic splines, clockwise
// (CFF draws outer contours counter-clockwise, TrueType clockwise; the
// fill is the same under the non-zero rule, but some renderers assume the
// convention).
func contours(segs sfnt.Segments) [][]point {
	var out [][]point
	var cur []point
	var pen vec
	at := func(v vec, on bool) point {
		return point{int(math.Round(v.x)), int(math.Round(v.y)), on}
	}
	flush := func() {
		if c := closeContour(cur); len(c) >= 3 {
			out = append(out, reverse(c))
		}
		cur = nil
	}
	for _, s := range segs {
		a := func(i int) vec { return vec{float64(s.Args[i].X) / 64, -float64(s.Args[i].Y) / 64} }
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			flush()
			pen = a(0)
			cur = append(cur, at(pen, true))
		case sfnt.SegmentOpLineTo:
			pen = a(0)
			cur = append(cur, at(pen, true))
		case sfnt.SegmentOpQuadTo:
			pen = a(1)
			cur = append(cur, at(a(0), false), at(pen, true))
		case sfnt.SegmentOpCubeTo:
			ctrl, end := cubicToQuads(pen, a(0), a(1), a(2), Tolerance)
			for i := range ctrl {
				cur = append(cur, at(ctrl[i], false), at(end[i], true))
			}
			pen = a(2)
		}
	}
	flush()
	return out
}

// closeContour drops repeated on-curve points (a closing point equal to
// the start among them) and on-curve points that sit exactly midway
// between two off-curve points, which TrueType implies.
func closeContour(c []point) []point {
	var out []point
	for _, p := range c {
		if n := len(out); n > 0 && p.on && out[n-1].on && p.x == out[n-1].x && p.y == out[n-1].y {
			continue
		}
		out = append(out, p)
	}
	for len(out) > 1 {
		l := out[len(out)-1]
		if !l.on || l.x != out[0].x || l.y != out[0].y {
			break
		}
		out = out[:len(out)-1]
	}
	// the start stays: TrueType contours are easiest read from an
	// on-curve point.
	kept := out[:0:0]
	for i, p := range out {
		if i > 0 && p.on {
			prev, next := out[i-1], out[(i+1)%len(out)]
			if !prev.on && !next.on && 2*p.x == prev.x+next.x && 2*p.y == prev.y+next.y {
				continue
			}
		}
		kept = append(kept, p)
	}
	return kept
}

// reverse reverses a closed contour's direction, keeping its first point.
func reverse(c []point) []point {
	for i, j := 1, len(c)-1; i < j; i, j = i+1, j-1 {
		c[i], c[j] = c[j], c[i]
	}
	return c
}

// Simple glyph flags (OpenType glyf table).
const (
	flagOn     = 0x01
	flagXShort = 0x02
	flagYShort = 0x04
	flagRepeat = 0x08
	flagXSame  = 0x10 // with flagXShort: positive
	flagYSame  = 0x20 // with flagYShort: positive
)

// encodeGlyph writes a simple glyph without instructions, with short
// deltas and repeated flags where they fit. It also reports the counts
// maxp needs.
func encodeGlyph(cs [][]point) (b []byte, points int) {
	if len(cs) == 0 {
		return nil, 0
	}
	xMin, yMin, xMax, yMax := math.MaxInt, math.MaxInt, math.MinInt, math.MinInt
	for _, c := range cs {
		for _, p := range c {
			xMin, xMax = min(xMin, p.x), max(xMax, p.x)
			yMin, yMax = min(yMin, p.y), max(yMax, p.y)
			points++
		}
	}
	b = make([]byte, 10, 10+2*len(cs)+2+5*points)
	be := binary.BigEndian
	be.PutUint16(b[0:], uint16(len(cs)))
	be.PutUint16(b[2:], uint16(int16(xMin)))
	be.PutUint16(b[4:], uint16(int16(yMin)))
	be.PutUint16(b[6:], uint16(int16(xMax)))
	be.PutUint16(b[8:], uint16(int16(yMax)))
	end := -1
	for _, c := range cs {
		end += len(c)
		b = be.AppendUint16(b, uint16(end))
	}
	b = be.AppendUint16(b, 0) // no instructions

	var flags []byte
	var xs, ys []byte
	px, py := 0, 0
	for _, c := range cs {
		for _, p := range c {
			var f byte
			if p.on {
				f |= flagOn
			}
			f, xs = delta(f, xs, p.x-px, flagXShort, flagXSame)
			f, ys = delta(f, ys, p.y-py, flagYShort, flagYSame)
			px, py = p.x, p.y
			flags = append(flags, f)
		}
	}
	for i := 0; i < len(flags); {
		f, n := flags[i], 1
		for i+n < len(flags) && flags[i+n] == f && n < 256 {
			n++
		}
		if n > 1 {
			b = append(b, f|flagRepeat, byte(n-1))
		} else {
			b = append(b, f)
		}
		i += n
	}
	b = append(b, xs...)
	b = append(b, ys...)
	return b, points
}

// delta appends one coordinate delta in the shortest form and sets its
// flags.
func delta(f byte, buf []byte, d int, short, same byte) (byte, []byte) {
	switch {
	case d == 0:
		return f | same, buf
	case d > -256 && d < 256:
		f |= short
		if d > 0 {
			f |= same
		} else {
			d = -d
		}
		return f, append(buf, byte(d))
	default:
		return f, binary.BigEndian.AppendUint16(buf, uint16(int16(d)))
	}
}
