package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

type outFile struct {
	path string
	data []byte
}

// writeAtomically writes every file or none: each goes to a temporary
// file in its own directory, is synced, and only when all are on disk
// are they renamed into place (the story file last, so a story file never
// names an article that is not there). A reader never sees a half-written
// file; on failure the temporary files are removed.
func writeAtomically(files []outFile) (err error) {
	temps := make([]string, len(files))
	defer func() {
		if err != nil {
			for _, t := range temps {
				if t != "" {
					os.Remove(t)
				}
			}
		}
	}()
	for i, f := range files {
		dir := filepath.Dir(f.path)
		tmp, err := os.CreateTemp(dir, "."+filepath.Base(f.path)+".*.tmp")
		if err != nil {
			return fmt.Errorf("%s: %w", f.path, unwrapPathErr(err))
		}
		temps[i] = tmp.Name()
		_, werr := tmp.Write(f.data)
		serr := tmp.Sync()
		cerr := tmp.Close()
		if err := errors.Join(werr, serr, cerr); err != nil {
			return fmt.Errorf("%s: %w", f.path, unwrapPathErr(err))
		}
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			return fmt.Errorf("%s: %w", f.path, unwrapPathErr(err))
		}
	}
	for i, f := range files {
		if err := os.Rename(temps[i], f.path); err != nil {
			return fmt.Errorf("%s: %w", f.path, unwrapPathErr(err))
		}
		temps[i] = ""
	}
	if d, err := os.Open(filepath.Dir(files[len(files)-1].path)); err == nil {
		d.Sync() // the renames themselves
		d.Close()
	}
	return nil
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
