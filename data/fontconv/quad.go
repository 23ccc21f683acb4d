package fontconv

import "math"

// Tolerance is the largest distance, in font units, between a cubic curve
// of the source and the quadratic spline that replaces it (before the
// points are rounded to whole units, which adds at most 0.71). One unit
// of a 1000-unit em is 0.01 pt at the handout's 10 pt body text.
const Tolerance = 1.0

// maxPieces bounds the quadratics per cubic; Noto's curves need 1–4.
const maxPieces = 32

type vec struct{ x, y float64 }

func (a vec) add(b vec) vec        { return vec{a.x + b.x, a.y + b.y} }
func (a vec) sub(b vec) vec        { return vec{a.x - b.x, a.y - b.y} }
func (a vec) mul(k float64) vec    { return vec{a.x * k, a.y * k} }
func (a vec) len() float64         { return math.Hypot(a.x, a.y) }
func lerp(a, b vec, t float64) vec { return a.add(b.sub(a).mul(t)) }
func mid(a, b vec) vec             { return a.add(b).mul(0.5) }
func cubicAt(p0, c1, c2, p3 vec, t float64) vec {
	a, b, c := lerp(p0, c1, t), lerp(c1, c2, t), lerp(c2, p3, t)
	d, e := lerp(a, b, t), lerp(b, c, t)
	return lerp(d, e, t)
}

// cubicDeriv is the derivative of the cubic at t.
func cubicDeriv(p0, c1, c2, p3 vec, t float64) vec {
	u := 1 - t
	return c1.sub(p0).mul(3 * u * u).add(c2.sub(c1).mul(6 * u * t)).add(p3.sub(c2).mul(3 * t * t))
}

// cubicToQuads replaces the cubic p0 c1 c2 p3 by n quadratics, returned as
// their control points and end points: ctrl[i] and end[i] for piece i
// (end[n-1] is p3).
//
// Each piece is the cubic on [i/n, (i+1)/n] replaced by the quadratic
// whose control point is (3c1 − p0 + 3c2 − p3)/4 of that piece's cubic
// control points; its distance from the cubic is at most √3/36·|p3 − 3c2
// + 3c1 − p0| (the piece's third difference), which shrinks with 1/n³,
// so n follows in closed form from the tolerance.
func cubicToQuads(p0, c1, c2, p3 vec, tol float64) (ctrl, end []vec) {
	d := p3.sub(c2.mul(3)).add(c1.mul(3)).sub(p0).len()
	n := 1
	if e := math.Sqrt(3) / 36 * d; e > tol {
		n = int(math.Ceil(math.Cbrt(e / tol)))
		if n > maxPieces {
			n = maxPieces
		}
	}
	h := 1 / float64(n)
	prev := p0
	for i := 0; i < n; i++ {
		t0, t1 := float64(i)*h, float64(i+1)*h
		next := p3
		if i < n-1 {
			next = cubicAt(p0, c1, c2, p3, t1)
		}
		// the piece's cubic controls are prev + h·B'(t0)/3 and
		// next − h·B'(t1)/3; the quadratic's control is
		// (3c1 − P0 + 3c2 − P3)/4 of those.
		q1 := prev.add(cubicDeriv(p0, c1, c2, p3, t0).mul(h / 3))
		q2 := next.sub(cubicDeriv(p0, c1, c2, p3, t1).mul(h / 3))
		c := q1.mul(3).sub(prev).add(q2.mul(3)).sub(next).mul(0.25)
		ctrl = append(ctrl, c)
		end = append(end, next)
		prev = next
	}
	return ctrl, end
}
