package data

import (
	"fmt"
	"strings"
	"time"
)

// dateFile is an event's resolved date in a story file:
//
//	"date": {"from": "2025-06-01", "to": "2025-06-30", "precision": "month", "basis": "published"}
type dateFile struct {
	From      string `json:"from"`
	To        string `json:"to"`
	Precision string `json:"precision"`
	Basis     string `json:"basis"`
}

// validPublished accepts a publication date as precise as it is known:
// YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day).
func validPublished(v string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(v) == len(layout) {
			if _, err := time.Parse(layout, v); err == nil {
				return true
			}
		}
	}
	return false
}

// ValidPublished reports whether v is a publication date the story file
// accepts (YYYY, YYYY-MM or YYYY-MM-DD).
func ValidPublished(v string) bool { return validPublished(v) }

func precisionList() string {
	names := make([]string, len(precisionOrder))
	for i, p := range precisionOrder {
		names[i] = string(p)
	}
	return strings.Join(names, ", ")
}

// date checks an event's resolved date: two real days in order, a known
// precision (vague dates are never resolved) and a known basis.
func (r *resolver) date(where string, d *dateFile) *DateInterval {
	if d == nil {
		return nil
	}
	w := where + ": date"
	from, err1 := time.Parse("2006-01-02", d.From)
	to, err2 := time.Parse("2006-01-02", d.To)
	ok := true
	if err1 != nil {
		r.fail(w, "from %q is not YYYY-MM-DD", d.From)
		ok = false
	}
	if err2 != nil {
		r.fail(w, "to %q is not YYYY-MM-DD", d.To)
		ok = false
	}
	if ok && to.Before(from) {
		r.fail(w, "to %s is before from %s", d.To, d.From)
		ok = false
	}
	if p := Precision(d.Precision); !precisions[p] || p == PrecisionVague {
		r.fail(w, "precision %q is not one of %s (a vague date has no interval: leave \"date\" out)", d.Precision, strings.TrimSuffix(precisionList(), ", vague"))
		ok = false
	}
	if !bases[d.Basis] {
		r.fail(w, "basis %q is not one of %s, %s, %s", d.Basis, BasisStated, BasisPublished, BasisLunar)
		ok = false
	}
	if !ok {
		return nil
	}
	return &DateInterval{From: d.From, To: d.To, Precision: Precision(d.Precision), Basis: d.Basis}
}

// String shows the interval compactly: 2025-06-30, or 2025-06-01…2025-06-30.
func (d *DateInterval) String() string {
	if d.From == d.To {
		return d.From
	}
	return fmt.Sprintf("%s…%s", d.From, d.To)
}
