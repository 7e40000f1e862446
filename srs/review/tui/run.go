package tui

import (
	"fmt"
	"io"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"cika/srs/review"
)

// Run runs the full-screen session s on in and out, the terminal the
// command was given, and writes the session's summary to out after it.
// color chooses colours (false when NO_COLOR is set or out is no
// terminal); homographs tells a word written like another
// (review.Homographs), nil none.
func Run(s *review.Session, homographs func(word string) bool, in io.Reader, out io.Writer, color bool) error {
	r := lipgloss.NewRenderer(out)
	if !color {
		r.SetColorProfile(termenv.Ascii)
	}
	m := New(s, r, color).Homographs(homographs)
	if _, err := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(out), tea.WithAltScreen()).Run(); err != nil {
		return fmt.Errorf("review: %w", err)
	}
	sum, err := m.Summary()
	if err != nil {
		return err
	}
	review.WriteSummary(out, sum)
	return nil
}
