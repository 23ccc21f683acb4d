// Package edit changes a story: the operations an editor offers (link a
// sentence, create an event from a sentence, merge two entities, reorder
// the tour …), each a plain function on the story model that returns its
// own inverse, and a Draft that applies them with unlimited undo and redo
// and saves the result so that nothing is lost.
//
// Every operation works on a clone of the current story and the clone is
// validated by the loader's own rules (data.Rebuild) before it replaces the
// current one: an edit that would make the story invalid fails with the
// loader's located message and changes nothing. Views hold the story they
// were given; after an edit the Draft hands them a new one.
//
// The package has no UI code: the window's editor calls it, and so do the
// tests, which check every operation and its undo without a window.
package edit
