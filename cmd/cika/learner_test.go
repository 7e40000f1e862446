package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cika/cards/anki/ankitest"
)

// TestLearnerSeesSeedDeck mines the built-in podcast, exports its deck and
// renders every card as Anki does (ankitest): no card may give its answer
// away on the front, show CC-CEDICT's raw notation or a cut meaning, share
// its first field with another note, or keep template syntax.
//
// With CIKA_CARD_PAGES set to a directory, it also writes sample cards
// there as HTML pages, front and back, day and night, for
// cards/anki/testdata/screenshot.sh to photograph.
func TestLearnerSeesSeedDeck(t *testing.T) {
	if testing.Short() {
		t.Skip("mines the seed podcast")
	}
	dir := t.TempDir()
	dbFile := filepath.Join(dir, "c.db")
	cika := func(args ...string) {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(append([]string{"cika", "--db", dbFile}, args...), strings.NewReader(""), &out, &errb); code != 0 {
			t.Fatalf("cika %v: exit %d: %s", args, code, errb.String())
		}
	}
	cika("mine")
	apkg := filepath.Join(dir, "seed.apkg")
	cika("export", "anki", apkg)
	p, err := ankitest.Read(apkg)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Notes) < 1000 {
		t.Fatalf("%d notes, want the seed's ~1,450", len(p.Notes))
	}
	problems := p.Problems()
	for i, pr := range problems {
		if i == 30 {
			t.Errorf("… and %d more", len(problems)-i)
			break
		}
		t.Error(pr)
	}
	t.Logf("%d notes, %d problems", len(p.Notes), len(problems))

	if out := os.Getenv("CIKA_CARD_PAGES"); out != "" {
		writePages(t, p, out)
	}
}

// sampleWords are the notes photographed: a word twice in its sentence
// (客户), homographs (将, 地, 东西), a long sentence (生产), dictionary
// notation (游戏, 把), a function word (就) and a plain word (智能).
var sampleWords = []string{"客户", "将", "地", "东西", "生产", "游戏", "把", "就", "智能"}

// writePages writes, for each sample word, a page of every side of its
// notes, day and night (客户-day.html …), and each side on a page of its
// own (客户1-recall-front-day.html …).
func writePages(t *testing.T, p *ankitest.Package, out string) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	written := 0
	for _, w := range sampleWords {
		var captions, sides []string
		k := 0
		for i := range p.Notes {
			n := &p.Notes[i]
			if ankitest.Text(strings.SplitN(n.Fields["Hanzi"], "<", 2)[0]) != w {
				continue
			}
			k++
			for _, c := range p.Cards(n) {
				captions = append(captions, fmt.Sprintf("%s%d %s front", w, k, strings.ToLower(c.Template)),
					fmt.Sprintf("%s%d %s back", w, k, strings.ToLower(c.Template)))
				sides = append(sides, c.Front, c.Back)
			}
		}
		if len(sides) == 0 {
			t.Errorf("no note for sample word %s", w)
			continue
		}
		for _, night := range []bool{false, true} {
			mode := "day"
			if night {
				mode = "night"
			}
			pages := map[string]string{w + "-" + mode + ".html": p.Sheet(captions, sides, night)}
			for i, h := range sides {
				pages[strings.ReplaceAll(captions[i], " ", "-")+"-"+mode+".html"] = p.Page(h, night)
			}
			for name, page := range pages {
				if err := os.WriteFile(filepath.Join(out, name), []byte(page), 0o644); err != nil {
					t.Fatal(err)
				}
				written++
			}
		}
	}
	t.Logf("%d pages in %s", written, out)
}
