// Package quietterm keeps cika from asking the terminal for its background
// colour as it starts.
//
// bubbletea v1's init calls lipgloss.HasDarkBackground, which, when stdout
// is a terminal, switches it to raw mode, writes an OSC 11 and a cursor
// position query and waits for the answers: a round trip to the terminal
// in every cika process, whatever the command (over ssh, a network round
// trip), and 5 seconds (termenv's OSCTimeout) on a terminal that answers
// neither, such as script(1)'s. cika never uses the answer: nothing draws
// with lipgloss's default renderer or an AdaptiveColor, and the review
// screen has a renderer of its own.
//
// Importing this package for its init settles the default renderer's
// background first, so bubbletea's call returns at once. It is initialized
// before bubbletea because Go initializes packages in import-path order
// among those whose imports are ready (the spec, since Go 1.21): this one
// needs only lipgloss, which bubbletea needs too, and "cika/…" sorts before
// "github.com/…".
package quietterm

import "github.com/charmbracelet/lipgloss"

func init() {
	// Dark is what termenv answers without a terminal to ask (black).
	lipgloss.SetHasDarkBackground(true)
}
