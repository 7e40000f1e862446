package mine

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Bar is a Progress for a terminal: a progress bar "mining NAME  42%
// [#####     ] 420000/1000000 pairs, 61000 pairs/s", redrawn at most ten
// times a second. For an input identified quickly the number of pairs is
// not known before mining, but its lines are: the bar then goes by the line
// reached, "mining NAME  42% [#####     ] 420000 pairs, 61000 pairs/s".
type Bar struct {
	w     io.Writer
	name  string
	total int // pairs, 0 when not known
	lines int // the input's lines, when total is 0
	line  int // the line reached
	start time.Time
	last  time.Time
	mu    sync.Mutex
	drawn bool
}

// Say writes msg as it is.
func (b *Bar) Say(msg string) { io.WriteString(b.w, msg) }

// Start begins an input of pairs (or, when not known, lines).
func (b *Bar) Start(name string, pairs, lines int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.name, b.total, b.lines, b.line = name, pairs, lines, 0
	b.start, b.last, b.drawn = time.Now(), time.Time{}, false
}

// Reached records the line the reading has reached.
func (b *Bar) Reached(line int) {
	b.mu.Lock()
	b.line = line
	b.mu.Unlock()
}

// Analysed redraws the bar, at most ten times a second and once at the end.
func (b *Bar) Analysed(done int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if time.Since(b.last) < 100*time.Millisecond && (done < b.total || b.total == 0) {
		return
	}
	b.last = time.Now()
	b.drawn = true
	rate := float64(done) / max(time.Since(b.start).Seconds(), 1e-3)
	const width = 30
	frac := float64(done) / float64(max(b.total, 1))
	count := fmt.Sprintf("%d/%d", done, b.total)
	if b.total == 0 {
		frac, count = float64(b.line)/float64(max(b.lines, 1)), fmt.Sprint(done)
	}
	fill := min(int(frac*width), width)
	fmt.Fprintf(b.w, "\rmining %s %3.0f%% [%s%s] %s pairs, %.0f pairs/s\x1b[K", b.name, 100*frac,
		strings.Repeat("#", fill), strings.Repeat(" ", width-fill), count, rate)
}

// Done clears the bar, if it was drawn.
func (b *Bar) Done() {
	if b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
	}
}

// NewBar is a Bar drawn on w.
func NewBar(w io.Writer) *Bar { return &Bar{w: w} }
