// Command pecheck checks that a Windows executable is what scripts/release.sh
// promises: a 64-bit (PE32+) x86-64 program for the GUI subsystem, so that a
// double click opens no console window, carrying resources (icon, version
// information, manifest).
//
//	go run ./scripts/pecheck dist/windows/qiusuo-*/qiusuo.exe
package main

import (
	"debug/pe"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: pecheck FILE.exe")
		os.Exit(2)
	}
	if err := check(os.Args[1]); err != nil {
		fmt.Fprintf(os.Stderr, "pecheck: %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
	fmt.Printf("%s: PE32+ x86-64, GUI subsystem, with resources\n", os.Args[1])
}

func check(path string) error {
	f, err := pe.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok {
		return fmt.Errorf("not PE32+ (optional header %T)", f.OptionalHeader)
	}
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		return fmt.Errorf("machine %#x, want x86-64", f.Machine)
	}
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		return fmt.Errorf("subsystem %d, want %d (GUI): link with -H windowsgui", oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI)
	}
	if f.Section(".rsrc") == nil {
		return fmt.Errorf("no .rsrc section: icon and version information missing (go-winres .syso not linked)")
	}
	return nil
}
