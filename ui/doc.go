// Package ui is everything a person sees of crosscheck: the Bubble Tea
// reader that shows one claim at a time with every outlet's wording side by
// side, and (in package report) the static reports.
//
// It is the last stage of crosscheck's pipeline (corpus → align → ui). All
// loading and aligning happens in commands that return typed messages;
// View only renders what Update has prepared.
package ui
