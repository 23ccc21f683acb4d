// Package timeaxis draws events on a real time axis: each event where its
// date interval falls, ranges as spans, with year, quarter and month ticks
// chosen for the zoom, and the events the text does not date set apart in
// a labelled band rather than placed at an invented time.
//
// An imported article spans years (2017, 2024年初, 2025年上半年, 12月17日
// in one text), and evenly spaced cards would make a decade look like a
// week. TimelineJS's time navigator is the model its users know: drag to
// pan, wheel or buttons to zoom, the selected event kept in view.
//
// The package knows nothing of stories or selections: it takes Items and
// reports taps by index, so the explorer keeps its one selection model and
// this widget stays testable on its own. Pure arithmetic (the scale, the
// ticks, the lane packing) lives in files of its own and is tested without
// a window.
package timeaxis
