package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NewKioskRefusal is what a kiosk shows instead of starting when its
// config has no usable operator PIN: a kiosk that cannot be locked must
// not run, and its operator is looking at the screen, not at a journal.
// It says why (problems: one line each, file:line first) and what to do,
// in both languages, with one button that calls onClose (the app then
// exits with status 2, which the systemd unit does not restart).
func NewKioskRefusal(problems []string, configPath string, onClose func()) fyne.CanvasObject {
	title := widget.NewLabelWithStyle("展台模式未启动 · Kiosk mode not started", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	where := configPath
	if where == "" {
		where = "--config FILE"
	}
	why := widget.NewLabel("没有可用的管理员 PIN：没有 PIN 的展台无法上锁。\n" +
		"There is no usable operator PIN, and a kiosk without one cannot be locked.")
	why.Wrapping = fyne.TextWrapWord
	list := widget.NewLabel("")
	list.Wrapping = fyne.TextWrapWord
	list.TextStyle.Bold = true
	for i, p := range problems {
		if i > 0 {
			list.Text += "\n"
		}
		list.Text += p
	}
	fix := widget.NewLabel("请在 " + where + " 中设置 pin = \"……\"（4–12 位数字，不要用 2025、1111、1234 之类），然后重新启动。\n" +
		"Set pin = \"…\" (4–12 digits, not 2025, 1111, 1234 or the like) in " + where + ", then start Qiusuo again.")
	fix.Wrapping = fyne.TextWrapWord
	closeBtn := widget.NewButtonWithIcon("关闭 · Close", theme.CancelIcon(), onClose)
	closeBtn.Importance = widget.HighImportance
	box := container.NewVBox(title, why, list, fix, container.NewHBox(minSize(closeBtn, 200, 56)))
	return container.NewPadded(container.NewPadded(box))
}
