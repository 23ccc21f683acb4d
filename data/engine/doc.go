// Package engine is Qiusuo's Chinese text engine: segmentation with exact
// offsets (gse with a trimmed dictionary and the story's lexicon), search
// that finds every occurrence and ranks by words — typed as characters,
// pinyin (package pinyin), an English name or a Taiwan/Hong Kong word
// (readings.go) — with input-method candidates, TF-IDF keywords with a
// real stop-word list, and an auto-linker that proposes sentence links for
// any article.
//
// Loading the dictionary costs ~0.1–0.2 s and ~20 MB, so nothing here runs
// at start-up: New only folds text for substring search; the segmenter
// loads once per process, on first need or when Warm is called after the
// first frame. Search works before it is ready (ranking then ignores word
// boundaries).
package engine
