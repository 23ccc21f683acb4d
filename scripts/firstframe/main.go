// Command firstframe measures how long a program takes from exec until its
// window first shows the pixels it settles on, for scripts/bench.sh.
//
//	go run ./scripts/firstframe [-settle 3s] [-timeout 10s] [-json] -- PROGRAM [ARGS...]
//
// It exists because of the observer effect: polling with xdotool and xwd from
// a shell spawns processes in a tight loop and eats most of a core while the
// program under test starts, penalising whichever program does more work. This
// observer stays in one process and mostly sleeps: it finds the window by
// polling XQueryTree (two levels deep, as a window manager may reparent) for a
// viewable window whose _NET_WM_PID is the child's pid, then captures the
// window's pixels (XGetImage) only when XDamage reports a change, and records
// the time of every capture whose hash differs from the previous one. The
// settled frame is the last recorded one: the first frame equal to the final
// pixels after which they never changed. PROGRAM must create the window itself
// (no wrapper process), as GLFW sets _NET_WM_PID to its own pid.
package main

/*
#cgo LDFLAGS: -lX11 -lXdamage
#include <poll.h>
#include <stdlib.h>
#include <X11/Xlib.h>
#include <X11/Xatom.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>

// Windows may vanish or be unmapped between requests; Xlib's default
// handler would exit the process, so errors are counted and ignored.
static int nerrors;
static int onError(Display *d, XErrorEvent *e) { nerrors++; return 0; }
static int xErrors(void) { return nerrors; }
static void ignoreErrors(void) { XSetErrorHandler(onError); }
static int eventType(XEvent *e) { return e->type; }
static void destroyImage(XImage *im) { XDestroyImage(im); }
static int waitReadable(int fd, int ms) {
	struct pollfd p = { fd, POLLIN, 0 };
	return poll(&p, 1, ms);
}
*/
import "C"

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/maphash"
	"os"
	"os/exec"
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

// frame is a capture whose pixels differ from the one before: ms since exec,
// and the pixels' hash (seeded per run: comparable within one run only).
type frame struct {
	Ms   float64 `json:"ms"`
	Hash string  `json:"hash"`
}

func main() {
	settle := flag.Duration("settle", 3*time.Second, "how long to watch the window after it appears")
	timeout := flag.Duration("timeout", 10*time.Second, "how long to wait for the window")
	asJSON := flag.Bool("json", false, "print a JSON object instead of a line")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: firstframe [-settle 3s] [-timeout 10s] [-json] -- PROGRAM [ARGS...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	runtime.LockOSThread() // all Xlib calls from one thread
	dpy := C.XOpenDisplay(nil)
	if dpy == nil {
		fail(nil, "cannot open display %q", os.Getenv("DISPLAY"))
	}
	C.ignoreErrors()
	var evBase, errBase C.int
	if C.XDamageQueryExtension(dpy, &evBase, &errBase) == 0 {
		fail(nil, "the X server has no DAMAGE extension")
	}
	name := C.CString("_NET_WM_PID")
	pidAtom := C.XInternAtom(dpy, name, C.False)
	C.free(unsafe.Pointer(name))

	t0 := time.Now()
	c := &child{Cmd: exec.Command(flag.Arg(0), flag.Args()[1:]...), exited: make(chan struct{})}
	if err := c.Start(); err != nil { // stdout, stderr: /dev/null
		if e := errors.Unwrap(err); e != nil {
			err = e // drop exec's and os's prefixes: we say which program
		}
		fail(nil, "cannot start %s: %v", flag.Arg(0), err)
	}
	go func() { c.Wait(); close(c.exited) }()

	var win C.Window
	for {
		win = findWindow(dpy, C.XDefaultRootWindow(dpy), pidAtom, C.long(c.Process.Pid), 2)
		if win != 0 {
			break
		}
		select {
		case <-c.exited:
			fail(nil, "%s exited (%v) before showing a window", flag.Arg(0), c.ProcessState)
		case <-time.After(time.Millisecond):
		}
		if time.Since(t0) > *timeout {
			fail(c, "no viewable window with _NET_WM_PID %d after %v", c.Process.Pid, *timeout)
		}
	}
	deadline := time.Now().Add(*settle)
	damage := C.XDamageCreate(dpy, C.Drawable(win), C.XDamageReportNonEmpty)

	seed := maphash.MakeSeed()
	var frames []frame
	var last uint64
	captures, events := 0, 0
	capture := func() {
		captures++
		at := time.Since(t0) // the server reads the pixels right after this
		var root C.Window
		var x, y C.int
		var w, h, border, depth C.uint
		if C.XGetGeometry(dpy, C.Drawable(win), &root, &x, &y, &w, &h, &border, &depth) == 0 {
			return
		}
		im := C.XGetImage(dpy, C.Drawable(win), 0, 0, w, h, C.AllPlanes, C.ZPixmap)
		if im == nil {
			return
		}
		data := unsafe.Slice((*byte)(unsafe.Pointer(im.data)), int(im.bytes_per_line)*int(im.height))
		var hh maphash.Hash
		hh.SetSeed(seed)
		fmt.Fprintf(&hh, "%dx%d:", w, h)
		hh.Write(data)
		C.destroyImage(im)
		if sum := hh.Sum64(); len(frames) == 0 || sum != last {
			last = sum
			frames = append(frames, frame{float64(at.Microseconds()) / 1000, fmt.Sprintf("%016x", sum)})
		}
	}
	capture()
	var ev C.XEvent
	for {
		damaged := false
		for C.XPending(dpy) > 0 {
			C.XNextEvent(dpy, &ev)
			if C.eventType(&ev) == evBase+C.XDamageNotify {
				damaged = true
				events++
			}
		}
		if damaged {
			C.XDamageSubtract(dpy, damage, 0, 0) // before capturing: later damage raises a new event
			capture()
			continue
		}
		left := time.Until(deadline)
		if left <= 0 {
			break
		}
		select {
		case <-c.exited:
			fail(nil, "%s exited (%v) while being watched", flag.Arg(0), c.ProcessState)
		default:
		}
		C.XFlush(dpy)
		C.waitReadable(C.XConnectionNumber(dpy), C.int(min(left, 100*time.Millisecond)/time.Millisecond+1))
	}
	c.stop()
	if len(frames) == 0 {
		fail(nil, "could not capture the window's pixels (%d X errors)", C.xErrors())
	}
	settled := frames[len(frames)-1].Ms
	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(map[string]any{
			"settled_ms": settled, "frames": frames,
			"damage_events": events, "captures": captures,
		})
		return
	}
	fmt.Printf("%.0f ms to first settled frame (%d distinct frames:", settled, len(frames))
	for _, f := range frames {
		fmt.Printf(" %.0f", f.Ms)
	}
	fmt.Println(" ms)")
}

// findWindow returns a viewable window with _NET_WM_PID pid among parent's
// children, looking depth levels deep, or 0.
func findWindow(dpy *C.Display, parent C.Window, pidAtom C.Atom, pid C.long, depth int) C.Window {
	var root, par C.Window
	var kids *C.Window
	var n C.uint
	if C.XQueryTree(dpy, parent, &root, &par, &kids, &n) == 0 || kids == nil {
		return 0
	}
	defer C.XFree(unsafe.Pointer(kids))
	for _, w := range unsafe.Slice(kids, int(n)) {
		if windowPID(dpy, w, pidAtom) == pid {
			var attr C.XWindowAttributes
			if C.XGetWindowAttributes(dpy, w, &attr) != 0 && attr.map_state == C.IsViewable {
				return w
			}
		}
		if depth > 1 {
			if found := findWindow(dpy, w, pidAtom, pid, depth-1); found != 0 {
				return found
			}
		}
	}
	return 0
}

// windowPID returns w's _NET_WM_PID, or -1.
func windowPID(dpy *C.Display, w C.Window, pidAtom C.Atom) C.long {
	var typ C.Atom
	var format C.int
	var n, after C.ulong
	var prop *C.uchar
	if C.XGetWindowProperty(dpy, w, pidAtom, 0, 1, C.False, C.XA_CARDINAL,
		&typ, &format, &n, &after, &prop) != C.Success || prop == nil {
		return -1
	}
	defer C.XFree(unsafe.Pointer(prop))
	if format != 32 || n != 1 {
		return -1
	}
	return *(*C.long)(unsafe.Pointer(prop)) // format 32 comes as C longs
}

// child is the program under test; exited is closed once it has been waited for.
type child struct {
	*exec.Cmd
	exited chan struct{}
}

// stop ends the child: SIGTERM, then SIGKILL if it lingers.
func (c *child) stop() {
	c.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.exited:
	case <-time.After(2 * time.Second):
		c.Process.Kill()
		<-c.exited
	}
}

func fail(c *child, format string, args ...any) {
	if c != nil {
		c.stop()
	}
	fmt.Fprintf(os.Stderr, "firstframe: "+format+"\n", args...)
	os.Exit(1)
}
