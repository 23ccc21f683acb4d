package main

import (
	"os"
	"syscall"
)

// attachConsole lets the CLI print when qiusuo.exe runs from a console.
//
// The Windows build is linked as a GUI program (-H windowsgui) so that a
// double click opens no console window; the price is that Windows gives
// such a program no standard handles, so `qiusuo.exe story --json` typed
// in cmd.exe or PowerShell would print nothing. AttachConsole with
// ATTACH_PARENT_PROCESS joins the console of the shell that started us (it
// fails, harmlessly, when there is none: Explorer, a shortcut), and the
// standard files are reopened on it. Handles that were redirected (to a
// file or a pipe) are valid already and left alone.
func attachConsole() {
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	kernel32 := syscall.NewLazyDLL("kernel32.dll")
	attach := kernel32.NewProc("AttachConsole")
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return // no parent console
	}
	reopen := func(f **os.File, handle int, name string, flag int) {
		if h, err := syscall.GetStdHandle(handle); err == nil && h != 0 && h != syscall.InvalidHandle {
			return // redirected: keep it
		}
		if c, err := os.OpenFile(name, flag, 0); err == nil {
			*f = c
		}
	}
	reopen(&os.Stdout, syscall.STD_OUTPUT_HANDLE, "CONOUT$", os.O_WRONLY)
	reopen(&os.Stderr, syscall.STD_ERROR_HANDLE, "CONOUT$", os.O_WRONLY)
	reopen(&os.Stdin, syscall.STD_INPUT_HANDLE, "CONIN$", os.O_RDONLY)
}
