package gui

import (
	"embed"
	"os"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Interface strings go through Fyne's lang package: T(key, fallback) looks
// the key up in translations/*.{zh_Hans,en}.json (one file per part of the
// UI, named part.lang.json; zh_Hans because Fyne's own Chinese strings use
// that tag and the closest match must hold ours too) and falls back to the
// Chinese text given. The
// article itself is never translated; the names of clusters, events and
// entities come from the story file through Pick.
//
//go:embed translations
var translations embed.FS

// Languages the interface speaks.
const (
	LangZh = "zh"
	LangEn = "en"
)

var current = LangZh

// locales are what Fyne's lang package reads to choose a language. It has
// no setter and reads the locale from the environment (LC_ALL first), so
// switching sets LC_ALL and makes lang choose again. Go itself does not
// use the C locale, so nothing else moves.
var locales = map[string]string{LangZh: "zh_CN.UTF-8", LangEn: "en_US.UTF-8"}

// addTranslations gives Fyne our translations, once: lang appends each
// file's language to a list on every call, so adding them at every switch
// grew that list for the life of the process.
var addTranslations = sync.OnceValue(func() error {
	return lang.AddTranslationsFS(translations, "translations")
})

// rechoose makes lang choose its language again from the environment.
// lang has no call for that alone; adding an empty set of translations
// (the zero embed.FS) does exactly that and adds nothing.
func rechoose() error {
	var none embed.FS
	return lang.AddTranslationsFS(none, ".")
}

// SetLanguage switches the interface language ("zh" or "en"; anything else
// means zh). Widgets built afterwards speak it; the app rebuilds its
// window content after a switch.
func SetLanguage(code string) {
	if code != LangEn {
		code = LangZh
	}
	current = code
	os.Setenv("LC_ALL", locales[code])
	if err := addTranslations(); err != nil {
		fyne.LogError("loading Qiusuo's translations", err)
	}
	if err := rechoose(); err != nil {
		fyne.LogError("choosing the interface language", err)
	}
}

// Language returns the current interface language.
func Language() string { return current }

// T translates an interface string; fallback is the Chinese text.
func T(key, fallback string, data ...any) string {
	return lang.X(key, fallback, data...)
}

// Pick chooses between a story item's Chinese and English names for the
// interface language. Missing English falls back to the Chinese.
func Pick(zh, en string) string {
	if current == LangEn && en != "" {
		return en
	}
	return zh
}

// SwitchLanguage switches the interface language and rebuilds the
// explorer in it: a new explorer on the same text engine (segmentation is
// kept), with the same selection. The old explorer is closed, so nothing
// it started in the background keeps it alive or updates it. The caller
// shows the new one in place of the old.
func SwitchLanguage(old *Explorer, code string) *Explorer {
	SetLanguage(code)
	nx := NewExplorerWithEngine(old.Sel.Story(), old.Engine)
	nx.Sel.Select(old.Sel.Current().Ref)
	nx.OnEdit = old.OnEdit
	old.Close()
	return nx
}
