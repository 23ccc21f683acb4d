// Package timelinejs writes a story as TimelineJS3 JSON and reads
// TimelineJS3 JSON back as a story.
//
// The JSON is the shape of the examples shipped with TimelineJS3
// (compiled/examples/eras.json, welcome.json, group_sample.json): a
// "title" slide, "events" and "eras", dates as objects of strings
// ({"year": "2025", "month": "6"}), text as HTML.
//
// Honesty rules: a date is written only as precisely as the story knows
// it (a month-precision event has no day, a year one only a year); the
// date as the article states it goes to "display_date"; an event whose
// date the article does not fix is either placed on a public date (and the
// slide says so) or left out and listed on the title slide. Nothing is
// placed on a guessed day.
package timelinejs
