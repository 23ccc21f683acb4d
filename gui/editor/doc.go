// Package editor is the window's edit mode: it turns the explorer into an
// editor of the story it shows, without changing what the views are.
// An edit bar, marked as such, sits above the explorer: the sentence under
// the cursor with its links (each a chip that unlinks), a link palette
// (Ctrl+L) that finds any cluster, event or entity by Chinese, English or
// id, a paint mode (choose a target, then tap sentences), event creation
// from a sentence, the tour, undo and redo, save.
//
// Every change is an operation of package data/edit on a Draft: the
// editor holds no story state of its own. After each change the explorer
// is rebuilt on the new story (the views hold the story they were given),
// keeping the selection. Work is never lost: saving is atomic and keeps a
// backup, a recovery copy is written a few seconds after each change, and
// closing with unsaved changes asks.
//
// Files: editor.go (the Editor, Do/Undo/Save, rebuilding), bar.go (the edit
// bar and the selected item's actions), keys.go (shortcuts), palette.go
// (links and paint mode), form.go (edit forms that show a refused edit's
// reason under its field), event.go, entity.go (new, edit, merge,
// delete), cluster.go, facts.go (figures and glossary terms), tour.go (the
// tour panel), problems.go (broken links from a lenient load), leave.go
// (E / Escape back to the explorer), ask.go (keyboard-answerable questions).
package editor
