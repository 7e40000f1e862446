package review

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"cika/cards"
	"cika/srs"
	"cika/srs/store"
)

// PlainHelp documents the answers Plain reads, one a line.
const PlainHelp = `answers, one a line (case does not matter):
  (empty line), show      show the answer
  1 2 3 4                 grade Again, Hard, Good, Easy (also on the front)
  again hard good easy    the same
  u, undo                 take back the last answer, suspend or bury
  s, suspend              suspend the card
  b, bury                 hide the card until tomorrow
  k, known                I know this word: a new card's word joins the known
                          list and its new cards are retired (u takes it back)
  q, quit                 stop (every answer is already saved)
  ?, e, help              this help
end of input quits`

// Plain runs the session for pipes and scripts: it writes each card and a
// prompt line to out and reads one answer a line from in (PlainHelp).
// Every line written is complete; a prompt line starts with "> ".
func Plain(s *Session, in io.Reader, out io.Writer) (Summary, error) {
	sc := bufio.NewScanner(in)
	w := bufio.NewWriter(out)
	defer w.Flush()
	p := plain{w: w}
	c := s.Counts()
	fmt.Fprintf(w, "cika review: %d new, %d learning, %d to review (? for help)\n", c.New, c.Learning, c.Review)
	quit := false
	revealed := false
	n := 0
	for s.Current() != nil && !quit {
		it := s.Current()
		if !revealed {
			n++
			p.front(s, it, n)
		}
		p.prompt(it, revealed)
		w.Flush()
		if !sc.Scan() {
			quit = true
			break
		}
		line := strings.ToLower(strings.TrimSpace(sc.Text()))
		var err error
		switch line {
		case "", "show":
			if !revealed {
				p.back(it)
				revealed = true
			}
			continue
		case "1", "2", "3", "4", "again", "hard", "good", "easy":
			g := grade(line)
			err = s.Answer(g)
			if err == nil {
				fmt.Fprintf(w, "= %s\n", g)
			}
		case "u", "undo":
			err = s.Undo()
			if err == nil {
				fmt.Fprintf(w, "undone\n")
				n -= 2 // the card before the one on screen is shown again
			}
		case "s", "suspend":
			if err = s.Suspend(); err == nil {
				fmt.Fprintf(w, "suspended %s %s\n", it.Word.Word, it.Card.Kind)
			}
		case "b", "bury":
			if err = s.Bury(); err == nil {
				fmt.Fprintf(w, "buried %s %s until tomorrow\n", it.Word.Word, it.Card.Kind)
			}
		case "k", "known":
			if err = s.Know(); err == nil {
				fmt.Fprintf(w, "known %s: its new cards are retired\n", it.Word.Word)
			} else if errors.Is(err, ErrNotNew) {
				fmt.Fprintf(w, "! %v\n", err)
				continue
			}
		case "q", "quit":
			quit = true
			continue
		case "?", "e", "help":
			fmt.Fprintln(w, PlainHelp)
			continue
		default:
			fmt.Fprintf(w, "! unknown answer %q (? for help)\n", sc.Text())
			continue
		}
		if errors.Is(err, ErrNothing) {
			fmt.Fprintln(w, "! nothing to undo")
			continue
		}
		if errors.Is(err, store.ErrLocked) || errors.Is(err, store.ErrConflict) {
			fmt.Fprintf(w, "! %v\n", err)
			revealed = false
			continue
		}
		if err != nil {
			return s.sum, err
		}
		revealed = false
	}
	if err := sc.Err(); err != nil {
		return s.sum, fmt.Errorf("read answers: %w", err)
	}
	sum, err := s.Finish()
	if err != nil {
		return sum, err
	}
	if quit && s.Current() != nil {
		fmt.Fprintln(w, "stopped: every answer so far is saved")
	} else {
		fmt.Fprintln(w, "done for today")
	}
	WriteSummary(w, sum)
	return sum, nil
}

func grade(s string) srs.Grade {
	switch s {
	case "1", "again":
		return srs.Again
	case "2", "hard":
		return srs.Hard
	case "3", "good":
		return srs.Good
	}
	return srs.Easy
}

type plain struct{ w io.Writer }

func (p plain) front(s *Session, it *Item, n int) {
	c := s.Counts()
	fmt.Fprintf(p.w, "\n#%d %s %s · left %d new, %d learning, %d review\n", n, it.Queue, it.Card.Kind, c.New, c.Learning, c.Review)
	if it.Card.Kind == cards.Recall {
		p.meaning(it)
		if segs := it.FrontSegments(); segs != nil {
			for i := range segs {
				segs[i].Target = segs[i].Target || segs[i].Same // the same characters give the answer too
			}
			fmt.Fprintf(p.w, "  %s\n", joinSegments(segs, func(s string) string { return Blank(s) }))
			fmt.Fprintf(p.w, "  %s\n", it.English())
		}
		return
	}
	fmt.Fprintf(p.w, "  %s\n", it.Headword())
}

func (p plain) back(it *Item) {
	if it.Card.Kind == cards.Recall {
		fmt.Fprintf(p.w, "  %s  %s\n", it.Headword(), it.Reading())
	} else {
		fmt.Fprintf(p.w, "  %s\n", it.Reading())
		p.meaning(it)
	}
	if segs := it.Segments(); segs != nil {
		fmt.Fprintf(p.w, "  %s\n", joinSegments(segs, func(s string) string { return "【" + s + "】" }))
		fmt.Fprintf(p.w, "  %s\n", it.SentencePinyin())
		fmt.Fprintf(p.w, "  %s\n", it.English())
	}
	if src := it.Source(); src != "" {
		fmt.Fprintf(p.w, "    — %s\n", src)
	}
}

// meaning writes the sense in context, then the word's other senses.
func (p plain) meaning(it *Item) {
	fmt.Fprintf(p.w, "  %s\n", it.Gloss())
	if others := it.OtherSenses(); len(others) > 0 {
		fmt.Fprintf(p.w, "  (also: %s)\n", strings.Join(others, " · "))
	}
}

func (p plain) prompt(it *Item, revealed bool) {
	if !revealed {
		if it.Queue == QueueNew {
			fmt.Fprintln(p.w, "> enter shows · 1-4 grade · k known · u undo · s suspend · b bury · q quit")
			return
		}
		fmt.Fprintln(p.w, "> enter shows · 1-4 grade · u undo · s suspend · b bury · q quit")
		return
	}
	var b strings.Builder
	for i, o := range it.Preview {
		if i > 0 {
			b.WriteString(" · ")
		}
		fmt.Fprintf(&b, "%d %s %s", i+1, srs.Grades[i], srs.FormatInterval(o.Interval()))
	}
	fmt.Fprintf(p.w, "> %s\n", b.String())
}

// joinSegments writes a sentence, the target word through mark.
func joinSegments(segs []Segment, mark func(string) string) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Target {
			b.WriteString(mark(s.Text))
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

// WriteSummary writes the end-of-session summary.
func WriteSummary(w io.Writer, s Summary) {
	fmt.Fprintf(w, "reviewed %d (%d cards) · again %.0f%% · time %s", s.Reviewed, s.Cards, 100*s.AgainRate(), FormatSpent(s.Spent))
	if s.Suspended > 0 {
		fmt.Fprintf(w, " · suspended %d", s.Suspended)
	}
	if s.Buried > 0 {
		fmt.Fprintf(w, " · buried %d", s.Buried)
	}
	if s.Known > 0 {
		fmt.Fprintf(w, " · known %d", s.Known)
	}
	fmt.Fprintf(w, "\ndue tomorrow %d · this week %d · new tomorrow %d\n", s.Tomorrow, s.Week, s.NewTomorrow)
}

// FormatSpent writes a session's length: "0:42", "12:05", "1:02:05".
func FormatSpent(d time.Duration) string {
	d = d.Round(time.Second)
	h, m, sec := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, sec)
	}
	return fmt.Sprintf("%d:%02d", m, sec)
}
