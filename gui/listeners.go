package gui

// listeners is a list of callbacks that can leave it. Views subscribe to
// a model that outlives them (the speaker window to the presenter, a
// rebuilt explorer's panels to nothing old): without a way to leave, each
// closed window would stay subscribed, updating widgets nobody sees and
// kept alive by the model. Used from the UI goroutine only.
type listeners[T any] struct {
	next int
	fs   []listener[T]
}

type listener[T any] struct {
	id int
	f  func(T)
}

// add subscribes f and returns the function that unsubscribes it (safe to
// call more than once, and from within a callback).
func (l *listeners[T]) add(f func(T)) (cancel func()) {
	l.next++
	id := l.next
	l.fs = append(l.fs, listener[T]{id, f})
	return func() {
		out := make([]listener[T], 0, len(l.fs))
		for _, e := range l.fs {
			if e.id != id {
				out = append(out, e)
			}
		}
		l.fs = out
	}
}

// call runs every listener subscribed when the call began, in order.
func (l *listeners[T]) call(v T) {
	for _, e := range l.fs {
		e.f(v)
	}
}

// len is the number of subscribed listeners (soak tests watch it).
func (l *listeners[T]) len() int { return len(l.fs) }
