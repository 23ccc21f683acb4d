// Package data holds Qiusuo's story model: the article as it was printed,
// split into linkable passages (sentences, headings, captions …), and the
// curated story file that links those passages to timeline events, the
// 296X cluster tree, entities and facts.
//
// Nothing here imports Fyne: the window, the presenter and the headless CLI
// all read the same model, and the model can be checked without a display.
// The Chinese text engine (segmentation, search, keywords, auto-linking)
// lives in the sub-package engine so that loading a story never pays for a
// dictionary.
package data
