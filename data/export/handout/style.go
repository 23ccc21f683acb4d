package handout

// The handout's look: the window's palette (gui/theme.go, light variant)
// on paper, sizes in points for type and millimetres for geometry.

type rgb struct{ r, g, b int }

func hex(v uint32) rgb { return rgb{int(v >> 16 & 0xff), int(v >> 8 & 0xff), int(v & 0xff)} }

// tint mixes c with white: a = 1 keeps c, a = 0 gives white.
func (c rgb) tint(a float64) rgb {
	m := func(v int) int { return int(float64(v)*a + 255*(1-a) + 0.5) }
	return rgb{m(c.r), m(c.g), m(c.b)}
}

var (
	colInk       = hex(0x1F1F24)
	colMuted     = hex(0x6E6E73) // the window's caption colour
	colRule      = hex(0xC9CCD6)
	colPrimary   = hex(0x303F9F) // the app's indigo
	colTimeline  = hex(0x5C6BC0)
	colHighlight = hex(0xE8EAF6)
	colPublic    = hex(0x8A5A00) // public-knowledge marks: a dark amber, not a tier colour
)

// tierColours are the Okabe–Ito tier colours of the window (light
// variant), in the order of the 296X tiers; other schemes cycle them.
var tierColours = map[string]rgb{"2": hex(0x0072B2), "9": hex(0x007E5C), "6": hex(0xC48700), "X": hex(0xCC79A7)}
var tierCycle = []rgb{hex(0x0072B2), hex(0x007E5C), hex(0xC48700), hex(0xCC79A7)}

// Type sizes (pt).
const (
	ptTitle   = 19
	ptH1      = 12.5
	ptBody    = 9.5
	ptSmall   = 8
	ptTiny    = 7
	ptTierNum = 22
)

// mm per point.
const ptMM = 25.4 / 72
