//go:build race

package gui

// raceBuild: the race detector slows widget code ~10×; soaks run fewer
// cycles under it (they still catch a leak per cycle).
const raceBuild = true
