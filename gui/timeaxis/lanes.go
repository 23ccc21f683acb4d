package timeaxis

// pack assigns each extent [start, end) (pixels, in the order given) the
// lowest lane where it does not overlap what is already there, leaving gap
// pixels between neighbours. It returns each extent's lane and the number
// of lanes. Extents are placed in the order given, so an earlier event
// never moves down for a later one.
func pack(ext [][2]float32, gap float32) (lanes []int, n int) {
	var ends []float32 // per lane: where its last extent ends
	lanes = make([]int, len(ext))
	for i, e := range ext {
		l := 0
		for l < len(ends) && ends[l]+gap > e[0] {
			l++
		}
		if l == len(ends) {
			ends = append(ends, 0)
		}
		ends[l] = e[1]
		lanes[i] = l
	}
	return lanes, len(ends)
}
