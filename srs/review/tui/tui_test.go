package tui_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"cika/cards"
	"cika/cards/cardstest"
	"cika/cards/corpus"
	"cika/srs/review"
	"cika/srs/review/tui"
	"cika/srs/store"
	"cika/srs/store/storetest"
)

var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

const doc = "我们的银行是超级银行。\tOur bank is a super bank.\n谢谢你，再见！\tThank you, goodbye!\n智能公司回来了。\tThe smart company is back.\n"

func session(t *testing.T) (*store.DB, *review.Session, *time.Time) {
	t.Helper()
	db := storetest.Open(t)
	pairs, d, err := corpus.Read("pairs.tsv", strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(d, cards.Mine(pairs, cardstest.Small(), nil), t0.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	// Common words the learner knows: 银行, met twice, comes first of the
	// rest (智能, 超级).
	if _, err := db.AddKnown(strings.Fields("我们 的 是 你 了 谢谢 再见 公司 回来"), "test", t0); err != nil {
		t.Fatal(err)
	}
	now := t0
	s, err := review.Start(db, review.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	return db, s, &now
}

func renderer(profile termenv.Profile) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(profile)
	return r
}

func press(t *testing.T, m tea.Model, keys ...string) tea.Model {
	t.Helper()
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case " ":
			msg = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		m, _ = m.Update(msg)
	}
	return m
}

// fits checks that a screen fits 80×24.
func fits(t *testing.T, screen string) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > 24 {
		t.Errorf("%d lines, more than 24:\n%s", len(lines), screen)
	}
	for _, l := range lines {
		if w := lipgloss.Width(l); w > 80 {
			t.Errorf("line %d cells wide: %q", w, l)
		}
	}
}

func TestCardNoColor(t *testing.T) {
	db, s, now := session(t)
	var m tea.Model = tui.New(s, renderer(termenv.Ascii), false)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	first := s.Current()
	if first.Word.Word != "银行" || first.Card.Kind != cards.Recognition {
		t.Fatalf("first card %s, want 银行 recognition (the most frequent word)", first.Key())
	}
	front := m.View()
	fits(t, front)
	for _, want := range []string{"词卡 cika review", "3 new  0 learning  0 review", "银行（銀行）", "recognition · new", "space · show the answer"} {
		if !strings.Contains(front, want) {
			t.Errorf("front lacks %q:\n%s", want, front)
		}
	}
	if strings.Contains(front, "yínháng") || strings.Contains(front, "\x1b[") {
		t.Errorf("front shows the answer or colour:\n%s", front)
	}
	m = press(t, m, "3") // grading before the answer is shown does nothing
	if st, _ := db.Stats(); st.Reviews != 0 || !strings.Contains(m.View(), "show the answer first") {
		t.Fatal("graded on the front")
	}
	m = press(t, m, " ")
	back := m.View()
	fits(t, back)
	for _, want := range []string{"yínháng", "bank", "我们的【银行】是超级【银行】。", "wǒmen de 【yínháng】 shì chāojí 【yínháng】.",
		"Our bank is a super bank.", "— pairs.tsv:1", "1 Again", "2 Hard", "3 Good", "4 Easy", "10m", "7d"} {
		if !strings.Contains(back, want) {
			t.Errorf("back lacks %q:\n%s", want, back)
		}
	}
	*now = now.Add(4 * time.Second)
	m = press(t, m, "3")
	if c, _ := db.Card(first.Key()); c.Reps != 1 {
		t.Fatalf("Good not committed: %+v", c)
	}
	if s.Current().Key() == first.Key() {
		t.Fatal("same card after grading")
	}
	m = press(t, m, "u")
	if c, _ := db.Card(first.Key()); c.Reps != 0 {
		t.Fatalf("undo not committed: %+v", c)
	}
	if s.Current().Key() != first.Key() || !strings.Contains(m.View(), "undone") {
		t.Fatal("undo does not show the card again")
	}
	m = press(t, m, "?")
	if help := m.View(); !strings.Contains(help, "bury the card until tomorrow") {
		t.Errorf("help:\n%s", help)
	} else {
		fits(t, help)
	}
	m = press(t, m, "x", "s")
	if c, _ := db.Card(first.Key()); !c.Suspended {
		t.Error("s did not suspend")
	}
	second := s.Current().Key()
	m = press(t, m, "b")
	if c, _ := db.Card(second); c.BuriedUntil.IsZero() {
		t.Error("b did not bury")
	}
	// Answer the rest Easy, then the summary.
	for i := 0; s.Current() != nil && i < 20; i++ {
		*now = now.Add(time.Second)
		m = press(t, m, "enter", "4")
	}
	end := m.View()
	fits(t, end)
	if !strings.Contains(end, "Done for today") || !strings.Contains(end, "reviewed 2 (2 cards) · again 0%") {
		t.Errorf("summary:\n%s", end)
	}
	if _, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q")}); cmd == nil {
		t.Error("q does not quit")
	}
}

// TestHomographFront: a word whose characters another word shares shows
// its sentence, the word marked, on the recognition front.
func TestHomographFront(t *testing.T) {
	_, s, _ := session(t)
	m := tui.New(s, renderer(termenv.Ascii), false).Homographs(func(w string) bool { return w == "银行" })
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	front := m.View()
	fits(t, front)
	if !strings.Contains(front, "我们的【银行】是超级【银行】。") || strings.Contains(front, "yínháng") || strings.Contains(front, "bank") {
		t.Errorf("homograph front:\n%s", front)
	}
	plain := tui.New(s, renderer(termenv.Ascii), false)
	plain.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if strings.Contains(plain.View(), "超级") {
		t.Errorf("a word no other word shares shows only itself:\n%s", plain.View())
	}
}

func TestRecallColor(t *testing.T) {
	_, s, _ := session(t)
	var m tea.Model = tui.New(s, renderer(termenv.ANSI), true)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	// Skip to the first recall card by burying the cards before it.
	for i := 0; s.Current() != nil && s.Current().Card.Kind != cards.Recall && i < 10; i++ {
		m = press(t, m, "b")
	}
	it := s.Current()
	if it == nil {
		t.Fatal("no recall card")
	}
	front := m.View()
	fits(t, front)
	if !strings.Contains(front, it.Word.Gloss) || strings.Contains(front, it.Word.Word) {
		t.Errorf("recall front must show the meaning and blank the word:\n%s", front)
	}
	if !strings.Contains(front, "＿") {
		t.Errorf("no blank in the sentence:\n%s", front)
	}
	m = press(t, m, " ")
	back := m.View()
	fits(t, back)
	// Each syllable in its tone's colour: tone 2 green (32), tone 4
	// magenta (35), tone 1 red (31), tone 3 blue (34).
	for _, syl := range it.Syllables() {
		code := map[int]string{1: "31", 2: "32", 3: "34", 4: "35", 5: "90"}[syl.Tone]
		if !strings.Contains(back, "\x1b["+code+"m"+syl.Text) {
			t.Errorf("syllable %s (tone %d) not in colour %s:\n%q", syl.Text, syl.Tone, code, back)
		}
	}
}

// TestProgram runs the model in a real bubbletea program, with keys sent
// to it as the terminal reader would.
func TestProgram(t *testing.T) {
	db, s, _ := session(t)
	m := tui.New(s, renderer(termenv.Ascii), false)
	var out bytes.Buffer
	p := tea.NewProgram(m, tea.WithInput(nil), tea.WithOutput(&out), tea.WithoutSignalHandler())
	go func() {
		for _, k := range []tea.KeyMsg{
			{Type: tea.KeySpace, Runes: []rune{' '}}, {Type: tea.KeyRunes, Runes: []rune("3")},
			{Type: tea.KeyEnter}, {Type: tea.KeyRunes, Runes: []rune("1")},
			{Type: tea.KeyRunes, Runes: []rune("q")},
		} {
			p.Send(k)
		}
	}()
	if _, err := p.Run(); err != nil {
		t.Fatal(err)
	}
	if st, _ := db.Stats(); st.Reviews != 2 {
		t.Errorf("%d reviews committed, want 2", st.Reviews)
	}
	sum, err := m.Summary()
	if err != nil || sum.Reviewed != 2 || sum.Again != 1 {
		t.Errorf("summary %+v, %v", sum, err)
	}
	if !strings.Contains(out.String(), "\x1b[?25h") {
		t.Errorf("the program did not restore the cursor: %q", out.String())
	}
}

func TestKnowKey(t *testing.T) {
	db, s, _ := session(t)
	var m tea.Model = tui.New(s, renderer(termenv.Ascii), false)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	first := s.Current()
	if !strings.Contains(m.View(), "k known") {
		t.Errorf("a new card's footer lacks k:\n%s", m.View())
	}
	m = press(t, m, "k")
	if set, _ := db.KnownWords(); !set[first.Word.Word] {
		t.Fatalf("k did not put %s on the known list", first.Word.Word)
	}
	if !strings.Contains(m.View(), "known: "+first.Word.Word) {
		t.Errorf("no message after k:\n%s", m.View())
	}
	if s.Current() != nil && s.Current().Word.Word == first.Word.Word {
		t.Error("the known word is still on screen")
	}
	m = press(t, m, "?")
	if help := m.View(); !strings.Contains(help, "I know this word") {
		t.Errorf("help lacks k:\n%s", help)
	} else {
		fits(t, help)
	}
}

// TestLongSentence: a long sentence's recall front shows the clause around
// the word, every occurrence of its characters blanked; the back at 80×24
// still fits, with the clause only when the whole would not.
func TestLongSentence(t *testing.T) {
	db := storetest.Open(t)
	long := "我们的银行是超级银行，大家都觉得这家银行非常可靠而且服务很好，所以每个人都愿意把钱存在银行里面，因为银行的利息也比别的地方高一点，这就是为什么银行的客户越来越多的原因。\t" +
		"Our bank is a super bank; everyone finds it reliable with good service, so everyone is willing to keep money there, because its interest is a bit higher than elsewhere, which is why it has more and more customers.\n"
	pairs, d, err := corpus.Read("long.tsv", strings.NewReader(long))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.MineDocument(d, cards.Mine(pairs, cardstest.Small(), nil), t0.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	s, err := review.Start(db, review.Options{Now: func() time.Time { return t0 }})
	if err != nil {
		t.Fatal(err)
	}
	var m tea.Model = tui.New(s, renderer(termenv.Ascii), false)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for i := 0; s.Current() != nil && !(s.Current().Word.Word == "银行" && s.Current().Card.Kind == cards.Recall) && i < 40; i++ {
		m = press(t, m, "b")
	}
	if s.Current() == nil {
		t.Fatal("no recall card for 银行")
	}
	front := m.View()
	fits(t, front)
	if strings.Contains(front, "银行") || !strings.Contains(front, "＿＿") || strings.Contains(front, "利息") {
		t.Errorf("recall front of a long sentence:\n%s", front)
	}
	m = press(t, m, " ")
	back := m.View()
	fits(t, back)
	if !strings.Contains(back, "【银行】") || strings.Contains(back, "利息") {
		t.Errorf("recall back at 80×24, want the clause only:\n%s", back)
	}
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 60})
	if tall := m.View(); !strings.Contains(tall, "利息") || !strings.Contains(tall, "customers") {
		t.Errorf("recall back at 80×60, want the whole sentence:\n%s", tall)
	}
}

// keystrokes gives its bytes one Read at a time, as a terminal gives keys
// typed one after another (a chunk read at once is one key to bubbletea).
type keystrokes struct{ s string }

func (k *keystrokes) Read(p []byte) (int, error) {
	if k.s == "" {
		return 0, io.EOF
	}
	p[0], k.s = k.s[0], k.s[1:]
	return 1, nil
}

// Run plays a session on the input it is given, here show, Good and quit,
// and prints the summary after it.
func TestRun(t *testing.T) {
	_, s, _ := session(t)
	var out bytes.Buffer
	if err := tui.Run(s, nil, &keystrokes{" 3q"}, &out, false); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(out.String(), "reviewed 1 (1 cards) · again 0% · time 0:00\ndue tomorrow 1 · this week 1 · new tomorrow 3\n") {
		t.Errorf("output ends %q", out.String()[max(0, out.Len()-200):])
	}
}
