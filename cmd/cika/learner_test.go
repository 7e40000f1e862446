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

// sampleWords are the notes photographed: a word twice in its sentence,
// homographs, long sentences, dictionary notation, a plain word.
var sampleWords = []string{"客户", "将", "地", "生产", "比赛", "就", "银行", "智能", "模型"}

func writePages(t *testing.T, p *ankitest.Package, out string) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	written := 0
	for _, w := range sampleWords {
		k := 0
		for i := range p.Notes {
			n := &p.Notes[i]
			if ankitest.Text(strings.SplitN(n.Fields["Hanzi"], "<", 2)[0]) != w {
				continue
			}
			k++
			for _, c := range p.Cards(n) {
				for _, night := range []bool{false, true} {
					mode := "day"
					if night {
						mode = "night"
					}
					for side, h := range map[string]string{"front": c.Front, "back": c.Back} {
						name := fmt.Sprintf("%s%d-%s-%s-%s.html", w, k, strings.ToLower(c.Template), side, mode)
						if err := os.WriteFile(filepath.Join(out, name), []byte(p.Page(h, night)), 0o644); err != nil {
							t.Fatal(err)
						}
						written++
					}
				}
			}
		}
	}
	t.Logf("%d pages in %s", written, out)
}
