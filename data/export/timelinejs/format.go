package timelinejs

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Timeline is a TimelineJS3 document.
type Timeline struct {
	Title  *Slide  `json:"title,omitempty"`
	Events []Slide `json:"events"`
	Eras   []Era   `json:"eras,omitempty"`
	// Scale is "human" for calendar dates (TimelineJS's default).
	Scale string `json:"scale,omitempty"`
}

// Slide is an event (or the title slide, which has no dates).
type Slide struct {
	StartDate   *Date  `json:"start_date,omitempty"`
	EndDate     *Date  `json:"end_date,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
	Text        *Text  `json:"text,omitempty"`
	Group       string `json:"group,omitempty"`
	UniqueID    string `json:"unique_id,omitempty"`
	// Media and Background are read so a timeline made elsewhere loads;
	// Qiusuo writes neither.
	Media      json.RawMessage `json:"media,omitempty"`
	Background json.RawMessage `json:"background,omitempty"`
}

// Era is a span shown as a band behind the events.
type Era struct {
	StartDate *Date `json:"start_date"`
	EndDate   *Date `json:"end_date"`
	Text      *Text `json:"text,omitempty"`
}

// Text is a slide's headline and body (HTML).
type Text struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// Date is a TimelineJS date object. Parts are strings, as in the
// examples; reading also accepts numbers and null, which TimelineJS
// accepts too.
type Date struct {
	Year        Part   `json:"year"`
	Month       Part   `json:"month,omitempty"`
	Day         Part   `json:"day,omitempty"`
	Hour        Part   `json:"hour,omitempty"`
	Minute      Part   `json:"minute,omitempty"`
	Second      Part   `json:"second,omitempty"`
	Millisecond Part   `json:"millisecond,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
	Format      string `json:"format,omitempty"`
}

// Part is one component of a date: "" when absent.
type Part string

// UnmarshalJSON accepts "6", 6 and null.
func (p *Part) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(string(b))
	switch {
	case s == "null":
		*p = ""
	case strings.HasPrefix(s, `"`):
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*p = Part(strings.TrimSpace(v))
	default:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f != float64(int64(f)) {
			return fmt.Errorf("date part %s is not a whole number", s)
		}
		*p = Part(strconv.FormatInt(int64(f), 10))
	}
	return nil
}

// Int returns the part as a number; ok is false when it is empty or not
// a whole number.
func (p Part) Int() (int, bool) {
	if p == "" {
		return 0, false
	}
	n, err := strconv.Atoi(strings.ReplaceAll(string(p), ",", ""))
	return n, err == nil
}
