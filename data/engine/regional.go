package engine

import (
	"sync"

	"github.com/longbridgeapp/opencc"
)

// Taiwan and Hong Kong often use other words for the same thing:
// 人工智慧 for 人工智能, 軟體 for 软件, 晶片 for 芯片. OpenCC's phrase tables
// (tw2sp: Taiwan phrases to mainland, hk2s: Hong Kong variants) give the
// mainland word. They are applied only to a term the article does not
// contain as typed (nor in plain Simplified form): tw2sp also turns every
// 智慧 into 智能, but 智慧城市 and 智慧 are mainland words too, and a term
// the article contains means what it says.

var regionalConverters = sync.OnceValue(func() []*opencc.OpenCC {
	var out []*opencc.OpenCC
	for _, name := range []string{"tw2sp", "hk2s"} {
		if cc, err := opencc.New(name); err == nil { // embedded tables: never fails
			out = append(out, cc)
		}
	}
	return out
})

// regionalForms returns the mainland forms of a term (folded for search),
// other than the forms already searched; only for a term with Han
// characters.
func regionalForms(term string, searched []string) []string {
	if !hasHan(term) {
		return nil
	}
	var out []string
	for _, cc := range regionalConverters() {
		s, err := cc.Convert(term)
		if err != nil {
			continue
		}
		f := foldString(s)
		dup := false
		for _, x := range append(searched, out...) {
			dup = dup || x == f
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out
}
