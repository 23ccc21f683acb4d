package gui

import "fyne.io/fyne/v2"

// TourState is where a presentation stands. Leaving the tour used to be a
// one-way door (after Escape no key drove the tour again); every state now
// has a way back, and the keys that work in every state (fullscreen, the
// speaker window, the clicker's) are in one table, Step, so that the
// footer and the speaker window, which both ask it, cannot disagree.
type TourState int

const (
	// Touring: the audience sees the current stop.
	Touring TourState = iota
	// Blacked: the screen is black over the current stop (B or .).
	Blacked
	// Left: the presenter left the tour (Escape) to explore, e.g. for
	// questions; the stop they left is kept to resume at.
	Left
	// LeftBlacked: blacked out while exploring; B returns to exploring.
	LeftBlacked
)

func (s TourState) String() string {
	switch s {
	case Touring:
		return "touring"
	case Blacked:
		return "blacked"
	case Left:
		return "left"
	case LeftBlacked:
		return "left+blacked"
	}
	return "?"
}

// Black reports whether the screen is black in state s.
func (s TourState) Black() bool { return s == Blacked || s == LeftBlacked }

// OnTour reports whether s is one of the tour's states (not left).
func (s TourState) OnTour() bool { return s == Touring || s == Blacked }

// TourAction is what a key asks the presenter to do besides changing
// state.
type TourAction int

const (
	ActNone       TourAction = iota // only the state changes (or nothing)
	ActNext                         // one stop on
	ActPrev                         // one stop back
	ActFirst                        // the first stop
	ActLast                         // the last stop
	ActDigit                        // a digit of "number Enter"
	ActJump                         // Enter: go to the typed number
	ActFullScreen                   // toggle fullscreen
	ActSpeaker                      // open the speaker window
	ActExplorer                     // the explorer handles the key
)

// Keys, by what they mean to a presenter. Clickers send PageDown/PageUp,
// some →/← or Space; their "start/stop slideshow" button sends F5 and
// Escape in turn, and their black-screen button B or "."
var (
	keysNext   = keySet(fyne.KeyRight, fyne.KeyPageDown, fyne.KeySpace, fyne.KeyDown)
	keysPrev   = keySet(fyne.KeyLeft, fyne.KeyPageUp, fyne.KeyUp, fyne.KeyBackspace)
	keysBlack  = keySet(fyne.KeyB, fyne.KeyPeriod)
	keysResume = keySet(fyne.KeyR, fyne.KeyF5)
	keysFull   = keySet(fyne.KeyF, fyne.KeyF11)
)

func keySet(ks ...fyne.KeyName) map[fyne.KeyName]bool {
	m := map[fyne.KeyName]bool{}
	for _, k := range ks {
		m[k] = true
	}
	return m
}

// Step is the presenter's state machine: the state after key k in state s
// and what else to do. Its rules:
//
//   - F/F11 (fullscreen) and S (speaker window) work in every state and
//     change nothing else.
//   - B or . blacks the screen out and back, whatever the state.
//   - On the tour, the clicker's keys move between stops (lifting a
//     black screen); Escape leaves the tour, lifting a black screen.
//   - Left, R or F5 (the clicker's start button) resume the tour where it
//     was left, and so does every key that moves the tour (a clicker has
//     nothing else): the first press brings the audience back to the stop
//     they saw, the next moves on. The explorer has the other keys
//     (Escape clears its selection, N/P step the sentences, / searches).
//   - Home, End and "number Enter" go to that stop from every state.
//   - While black, no key reaches the explorer unseen.
func Step(s TourState, k fyne.KeyName) (TourState, TourAction) {
	switch {
	case keysFull[k]:
		return s, ActFullScreen
	case k == fyne.KeyS:
		return s, ActSpeaker
	case keysBlack[k]:
		switch s {
		case Touring:
			return Blacked, ActNone
		case Blacked:
			return Touring, ActNone
		case Left:
			return LeftBlacked, ActNone
		default:
			return Left, ActNone
		}
	case k == fyne.KeyHome:
		return Touring, ActFirst
	case k == fyne.KeyEnd:
		return Touring, ActLast
	case len(k) == 1 && k[0] >= '0' && k[0] <= '9':
		return s, ActDigit
	case k == fyne.KeyReturn || k == fyne.KeyEnter:
		return s, ActJump // the presenter goes to Touring if a number was typed
	case keysResume[k]:
		return Touring, ActNone
	}
	switch s {
	case Touring, Blacked:
		switch {
		case keysNext[k]:
			return Touring, ActNext
		case keysPrev[k]:
			return Touring, ActPrev
		case k == fyne.KeyEscape:
			return Left, ActNone
		}
		return s, ActNone
	case Left:
		if keysNext[k] || keysPrev[k] {
			return Touring, ActNone
		}
		return Left, ActExplorer
	default: // LeftBlacked
		switch {
		case keysNext[k] || keysPrev[k]:
			return Touring, ActNone
		case k == fyne.KeyEscape:
			return Left, ActNone
		}
		return s, ActNone
	}
}
