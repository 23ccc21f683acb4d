package fontconv

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// tables reads an sfnt's table directory: tag → the table's bytes (which
// alias src). Collections are refused: a caller must pick the face.
func tables(src []byte) (map[string][]byte, error) {
	if len(src) < 12 {
		return nil, errors.New("fontconv: not an sfnt font (too short)")
	}
	switch string(src[:4]) {
	case "OTTO", "\x00\x01\x00\x00", "true":
	default:
		return nil, fmt.Errorf("fontconv: not a single-face sfnt font (version %q)", src[:4])
	}
	n := int(binary.BigEndian.Uint16(src[4:]))
	if len(src) < 12+16*n {
		return nil, errors.New("fontconv: truncated table directory")
	}
	t := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		rec := src[12+16*i:]
		off := uint64(binary.BigEndian.Uint32(rec[8:]))
		size := uint64(binary.BigEndian.Uint32(rec[12:]))
		if off+size > uint64(len(src)) {
			return nil, fmt.Errorf("fontconv: table %q runs past the end of the file", rec[:4])
		}
		t[string(rec[:4])] = src[off : off+size]
	}
	return t, nil
}

// checksum is the OpenType table checksum: the sum of big-endian uint32s,
// the last one zero-padded.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}

// assemble writes a TrueType sfnt holding the tables, in tag order (as
// the specification recommends), each 4-byte aligned, and sets head's
// checkSumAdjustment so the whole file sums to 0xB1B0AFBA.
func assemble(t map[string][]byte) []byte {
	tags := make([]string, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := 16 << entrySelector

	size := 12 + 16*n
	for _, tag := range tags {
		size += (len(t[tag]) + 3) &^ 3
	}
	out := make([]byte, 12+16*n, size)
	binary.BigEndian.PutUint32(out[0:], 0x00010000)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	binary.BigEndian.PutUint16(out[6:], uint16(searchRange))
	binary.BigEndian.PutUint16(out[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-searchRange))
	headAt := -1
	for i, tag := range tags {
		data := t[tag]
		if tag == "head" {
			headAt = len(out)
			data = append([]byte(nil), data...)
			binary.BigEndian.PutUint32(data[8:], 0) // checkSumAdjustment, set below
		}
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[4:], checksum(data))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(data)))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if headAt >= 0 {
		binary.BigEndian.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	}
	return out
}
