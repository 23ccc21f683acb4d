// Package pinyin finds Chinese text by its Hanyu Pinyin, as an input
// method would: full syllables (jiqiren, ji'qi'ren, jīqìrén, ji1qi4ren2,
// ü typed as v or u:), the last one possibly still being typed (jiqir),
// or initials only (jqr).
//
// Readings come from github.com/mozillazg/go-pinyin (MIT) in heteronym
// mode, so every reading of a polyphonic character counts: 行 is both
// xing and hang, 重 both zhong and chong. Tones are ignored when matching
// (a visitor rarely knows them all), but typed tones still mark where a
// syllable ends.
//
// An Index holds the readings of one text, rune by rune, with a posting
// list per syllable, so a query costs time in proportion to where its
// first syllable occurs, not to the length of the text. The syllables a
// query is parsed into are only those the text uses: a syllable the text
// never reads cannot match, and parsing against the text's own inventory
// keeps the number of ways to split xian (xian, xi'an) small.
package pinyin
