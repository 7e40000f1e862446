// Package tui is the full-screen review session: a bubbletea model over a
// review.Session, drawn with lipgloss. It never opens the terminal itself:
// Run (or a caller building its own tea.Program) is given the input and
// output, and whether to colour (NO_COLOR is the command's to read).
//
// Keys: space or enter shows the answer; 1-4 grade it (Again, Hard, Good,
// Easy, with the next interval of each under it); u undoes the last answer,
// suspend or bury (in the collection too); s suspends the card; b buries it
// until tomorrow; k ("I know this", new cards only) puts the word on the known
// list and retires its new cards; e or ? shows the keys; q, esc or ctrl+c quits.
//
// Colours (ANSI 16-colour indexes, so that the terminal's theme decides the
// exact shade): tone 1 red (1), tone 2 green (2), tone 3 blue (4), tone 4
// magenta (5), neutral tone grey (8) — Pleco's scheme. The word in its
// sentence is bold, underlined and yellow (3); without colour it is written
// 【like this】 and the tones are still on the pinyin's marks.
package tui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"cika/cards"
	"cika/srs"
	"cika/srs/review"
)

// ToneColors are the colours of tones 1-4 and the neutral tone (index 5);
// index 0 is for a syllable without a tone.
var ToneColors = [6]lipgloss.Color{"", "1", "2", "4", "5", "8"}

// Model is the bubbletea model of a session.
type Model struct {
	s        *review.Session
	r        *lipgloss.Renderer
	color    bool
	width    int
	height   int
	revealed bool
	help     bool
	msg      string // the last action or error, shown in the footer
	failed   bool
	done     bool // the queue is empty: showing the summary
	summary  review.Summary
	sumErr   error
	quit     bool

	homograph func(word string) bool // see Homographs

	st styles
}

type styles struct {
	title, faint, bold, target, err, keys lipgloss.Style
	count                                 [3]lipgloss.Style
	tone                                  [6]lipgloss.Style
	grade                                 [4]lipgloss.Style
}

// New returns the model of session s drawn with r. color says whether r
// draws colour (false for NO_COLOR or a dumb output): the word in its
// sentence is then bracketed instead.
func New(s *review.Session, r *lipgloss.Renderer, color bool) *Model {
	m := &Model{s: s, r: r, color: color, width: 80, height: 24}
	st := &m.st
	st.title = r.NewStyle().Bold(true)
	st.faint = r.NewStyle().Faint(true)
	st.bold = r.NewStyle().Bold(true)
	st.target = r.NewStyle().Bold(true).Underline(true).Foreground(lipgloss.Color("3"))
	st.err = r.NewStyle().Foreground(lipgloss.Color("1")).Bold(true)
	st.keys = r.NewStyle().Faint(true)
	for i, c := range []lipgloss.Color{"4", "1", "2"} { // new, learning, review as in Anki
		st.count[i] = r.NewStyle().Foreground(c).Bold(true)
	}
	for i, c := range ToneColors {
		st.tone[i] = r.NewStyle().Foreground(c)
		if c == "" {
			st.tone[i] = r.NewStyle()
		}
	}
	for i, c := range []lipgloss.Color{"1", "3", "2", "4"} {
		st.grade[i] = r.NewStyle().Foreground(c).Bold(true)
	}
	if s.Current() == nil {
		m.finish()
	}
	return m
}

// Summary is the session's summary once it is over (or quit).
func (m *Model) Summary() (review.Summary, error) { return m.summary, m.sumErr }

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd { return nil }

func (m *Model) finish() {
	m.done = true
	m.summary, m.sumErr = m.s.Finish()
}

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, nil
	case tea.KeyMsg:
		return m.key(msg.String())
	}
	return m, nil
}

func (m *Model) key(k string) (tea.Model, tea.Cmd) {
	if m.done {
		if k == "u" && m.s.CanUndo() {
			m.done = false
			m.act(m.s.Undo(), "undone")
			m.revealed = false
			return m, nil
		}
		m.quit = true
		return m, tea.Quit
	}
	if m.help {
		m.help = false
		if k != "q" && k != "ctrl+c" {
			return m, nil
		}
	}
	switch k {
	case "q", "esc", "ctrl+c":
		m.finish()
		m.quit = true
		return m, tea.Quit
	case " ", "enter":
		m.revealed = true
		m.msg = ""
	case "1", "2", "3", "4":
		if !m.revealed {
			m.msg, m.failed = "show the answer first (space)", false
			return m, nil
		}
		g := srs.Grade(k[0] - '0')
		m.act(m.s.Answer(g), g.String())
	case "u":
		m.act(m.s.Undo(), "undone")
	case "s":
		m.act(m.s.Suspend(), "suspended")
	case "b":
		m.act(m.s.Bury(), "buried until tomorrow")
	case "k":
		if it := m.s.Current(); it != nil {
			m.act(m.s.Know(), "known: "+it.Word.Word+"'s new cards are retired")
		}
	case "e", "?", "h":
		m.help = true
	}
	return m, nil
}

// act records the outcome of a session call and moves to the next card.
func (m *Model) act(err error, done string) {
	if err != nil {
		m.msg, m.failed = err.Error(), true
		return
	}
	m.msg, m.failed = done, false
	m.revealed = false
	if m.s.Current() == nil {
		m.finish()
	}
}

// View implements tea.Model.
func (m *Model) View() string {
	if m.quit {
		return ""
	}
	w := max(20, m.width)
	inner := min(w, 80) - 4
	var body []string
	switch {
	case m.help:
		body = m.helpLines()
	case m.done:
		body = m.summaryLines()
	default:
		body = m.cardLines(inner, false)
	}
	header := m.header(w)
	footer := m.footer(w)
	rule := m.st.faint.Render(strings.Repeat("─", w))
	// Body centred horizontally, and vertically in the room left.
	room := max(1, m.height-lipgloss.Height(header)-lipgloss.Height(footer)-2)
	if !m.help && !m.done && lipgloss.Height(strings.Join(body, "\n")) > room {
		body = m.cardLines(inner, true) // a long sentence on a small screen: its clause only
	}
	block := lipgloss.JoinVertical(lipgloss.Center, body...)
	block = m.r.PlaceHorizontal(w, lipgloss.Center, block)
	if h := lipgloss.Height(block); h < room {
		top := (room - h) / 3
		block = strings.Repeat("\n", top) + block + strings.Repeat("\n", room-h-top)
	}
	return lipgloss.JoinVertical(lipgloss.Left, header, rule, block, rule, footer)
}

func (m *Model) header(w int) string {
	left := m.st.title.Render("词卡 cika review")
	if m.done {
		return left
	}
	c := m.s.Counts()
	right := fmt.Sprintf("%s new  %s learning  %s review",
		m.st.count[0].Render(fmt.Sprint(c.New)), m.st.count[1].Render(fmt.Sprint(c.Learning)), m.st.count[2].Render(fmt.Sprint(c.Review)))
	gap := max(1, w-lipgloss.Width(left)-lipgloss.Width(right))
	return left + strings.Repeat(" ", gap) + right
}

func (m *Model) footer(w int) string {
	var lines []string
	it := m.s.Current()
	switch {
	case m.done:
		lines = append(lines, "any key quits · u undoes the last answer")
	case m.help:
		lines = append(lines, "any key goes back")
	case m.revealed && it != nil:
		var labels, ivals []string
		for i, o := range it.Preview {
			cell := m.r.NewStyle().Width(w / 4).Align(lipgloss.Center)
			labels = append(labels, cell.Render(m.st.grade[i].Render(fmt.Sprintf("%d %s", i+1, srs.Grades[i]))))
			ivals = append(ivals, cell.Render(srs.FormatInterval(o.Interval())))
		}
		lines = append(lines, strings.Join(labels, ""), strings.Join(ivals, ""))
	default:
		lines = append(lines, m.r.PlaceHorizontal(w, lipgloss.Center, m.st.bold.Render("space · show the answer")), "")
	}
	keys := "space show · 1-4 grade · u undo · s suspend · b bury · ? help · q quit"
	if it := m.s.Current(); it != nil && it.Queue == review.QueueNew {
		keys = "space show · 1-4 grade · k known · u undo · s suspend · b bury · ? · q quit"
	}
	status := m.st.keys.Render(keys)
	if m.done {
		status = ""
	} else if m.msg != "" {
		if m.failed {
			status = m.st.err.Render("! " + m.msg)
		} else {
			status = m.st.faint.Render(m.msg) + "   " + status
		}
	}
	if lipgloss.Width(status) > w {
		status = m.r.NewStyle().MaxWidth(w).Render(status)
	}
	lines = append(lines, status)
	return strings.Join(lines, "\n")
}

// Homographs tells the model which words share their characters with
// another word of the collection (将 jiāng and 将 jiàng): their recognition
// front shows the clause of their sentence, the word highlighted, since the
// characters alone could be either. nil means none.
func (m *Model) Homographs(f func(word string) bool) *Model {
	m.homograph = f
	return m
}

// What a card shows (review.Item): the sense in context first, the word's
// other senses under it, fainter; on a recall front the sentence's clause
// around the word with every occurrence of its characters blanked; the
// sentence's pinyin coloured by tone with the word in bold.
//
// compact shows, on the back too, only the clause of a long sentence, for a
// screen that cannot hold it all.
func (m *Model) cardLines(inner int, compact bool) []string {
	it := m.s.Current()
	if it == nil {
		return nil
	}
	wrap := m.r.NewStyle().Width(inner).Align(lipgloss.Center)
	var out []string
	kind := m.st.faint.Render(fmt.Sprintf("%s · %s", it.Card.Kind, it.Queue))
	meaning := func(main lipgloss.Style) []string {
		lines := []string{wrap.Render(main.Render(it.Gloss()))}
		if others := it.OtherSenses(); len(others) > 0 {
			lines = append(lines, wrap.Render(m.st.faint.Render(strings.Join(others, " · "))))
		}
		return lines
	}
	example := func() {
		segs, words := it.Segments(), it.PinyinWords()
		if compact {
			segs, words = it.FrontSegments(), it.FrontPinyinWords()
		}
		if segs == nil {
			return
		}
		out = append(out, wrap.Render(m.sentence(segs, false)))
		if p := m.sentencePinyin(words); p != "" {
			out = append(out, wrap.Render(p))
		}
		if !compact || whole(segs, it) {
			out = append(out, wrap.Render(it.English()))
		}
	}
	source := func() {
		if src := it.Source(); src != "" {
			out = append(out, "", wrap.Render(m.st.faint.Render("— "+src)))
		}
	}
	if it.Card.Kind == cards.Recall {
		out = append(out, kind, "")
		out = append(out, meaning(m.st.bold)...)
		out = append(out, "")
		if !m.revealed {
			if segs := it.FrontSegments(); segs != nil {
				out = append(out, wrap.Render(m.sentence(segs, true)))
				if whole(segs, it) { // the English of the whole sentence only
					out = append(out, wrap.Render(it.English()))
				}
			}
			return out
		}
		out = append(out, m.headword(it)+"  "+m.reading(it), "")
		example()
		source()
		return out
	}
	out = append(out, kind, "", m.headword(it))
	if !m.revealed {
		if m.homograph != nil && m.homograph(it.Word.Word) {
			if segs := it.FrontSegments(); segs != nil {
				out = append(out, "", wrap.Render(m.sentence(segs, false)))
			}
		}
		return out
	}
	out = append(out, "", m.reading(it))
	out = append(out, meaning(m.r.NewStyle())...)
	out = append(out, "")
	example()
	source()
	return out
}

// whole reports whether segs are the item's whole sentence, not a clause.
func whole(segs []review.Segment, it *review.Item) bool {
	n := 0
	for _, s := range segs {
		n += len(s.Text)
	}
	return it.Sentence == nil || n == len(it.Sentence.ZH)
}

// sentencePinyin draws the sentence's pinyin, each syllable in its tone's
// colour, the card's word bold (and bracketed without colour).
func (m *Model) sentencePinyin(words []review.PinyinWord) string {
	var b strings.Builder
	for _, w := range words {
		if w.Space {
			b.WriteByte(' ')
		}
		if w.Syllables == nil {
			b.WriteString(m.st.faint.Render(w.Text))
			continue
		}
		var word strings.Builder
		for _, s := range w.Syllables {
			t := s.Tone
			if t < 0 || t > 5 {
				t = 0
			}
			st := m.st.tone[t]
			if w.Target {
				st = st.Bold(true)
			}
			word.WriteString(st.Render(s.Text))
		}
		if w.Target && !m.color {
			b.WriteString("【" + word.String() + "】")
			continue
		}
		b.WriteString(word.String())
	}
	return b.String()
}

// headword draws the word, each character in the colour of its tone once
// the answer is shown (when the reading has one syllable per character).
func (m *Model) headword(it *review.Item) string {
	word := it.Headword()
	syl := it.Syllables()
	if !m.revealed || utf8.RuneCountInString(it.Word.Word) != len(syl) {
		return m.st.bold.Render(word)
	}
	var b strings.Builder
	i := 0
	for _, r := range it.Word.Word {
		b.WriteString(m.st.tone[syl[i].Tone].Bold(true).Render(string(r)))
		i++
	}
	b.WriteString(m.st.bold.Render(strings.TrimPrefix(word, it.Word.Word)))
	return b.String()
}

func (m *Model) reading(it *review.Item) string {
	var b strings.Builder
	for _, s := range it.Syllables() {
		t := s.Tone
		if t < 0 || t > 5 {
			t = 0
		}
		b.WriteString(m.st.tone[t].Render(s.Text))
	}
	return b.String()
}

// sentence draws a sentence with the card's word highlighted, or blanked.
func (m *Model) sentence(segs []review.Segment, blank bool) string {
	var b strings.Builder
	for _, s := range segs {
		switch {
		case blank && (s.Target || s.Same):
			b.WriteString(m.st.target.Render(review.Blank(s.Text)))
		case !s.Target:
			b.WriteString(s.Text)
		case m.color:
			b.WriteString(m.st.target.Render(s.Text))
		default:
			b.WriteString("【" + s.Text + "】")
		}
	}
	return b.String()
}

func (m *Model) helpLines() []string {
	keys := [][2]string{
		{"space, enter", "show the answer"},
		{"1 2 3 4", "grade: Again, Hard, Good, Easy"},
		{"", "(the time until the card comes back is under each)"},
		{"u", "undo the last answer, suspend or bury"},
		{"s", "suspend the card (until you unsuspend it)"},
		{"b", "bury the card until tomorrow"},
		{"k", "I know this word: on a new card, the word joins the known list"},
		{"", "and its new cards are retired (u takes it back)"},
		{"e, ?", "this help"},
		{"q, esc", "quit — every answer is already saved"},
	}
	lines := []string{m.st.title.Render("Keys"), ""}
	for _, k := range keys {
		lines = append(lines, fmt.Sprintf("%-14s %-52s", k[0], k[1]))
	}
	lines = append(lines, "", "Pinyin colours: "+m.st.tone[1].Render("1 mā")+" "+m.st.tone[2].Render("2 má")+" "+
		m.st.tone[3].Render("3 mǎ")+" "+m.st.tone[4].Render("4 mà")+" "+m.st.tone[5].Render("neutral ma"))
	return lines
}

func (m *Model) summaryLines() []string {
	s := m.summary
	lines := []string{m.st.title.Render("Done for today"), ""}
	if m.s.Current() != nil {
		lines[0] = m.st.title.Render("Session stopped — every answer is saved")
	}
	lines = append(lines,
		fmt.Sprintf("reviewed %d (%d cards) · again %.0f%% · time %s", s.Reviewed, s.Cards, 100*s.AgainRate(), review.FormatSpent(s.Spent)),
		fmt.Sprintf("due tomorrow %d · this week %d · new tomorrow %d", s.Tomorrow, s.Week, s.NewTomorrow))
	if s.Known > 0 {
		lines = append(lines, fmt.Sprintf("marked known %d (their new cards are retired)", s.Known))
	}
	if m.sumErr != nil {
		lines = append(lines, m.st.err.Render("! "+m.sumErr.Error()))
	}
	return lines
}
