package zh

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"cika/cards/wordnet"
)

// TestPartsOfSpeechMemo checks partsOfSpeech against WordNet on the first
// glosses of every sense of the dictionary, the senses themselves and
// their last words (pieces of the embedded dictionary, which glossParts
// keeps), copies of them (which it does not) and English words, asked in
// two orders: far more pieces than slots, so that slots are taken over
// and a stale answer would show.
func TestPartsOfSpeechMemo(t *testing.T) {
	a := analyzer(t)
	var words []string
	for i := range a.dict.Entries {
		for _, s := range a.dict.Entries[i].Senses() {
			g := firstGloss(s)
			words = append(words, g, s, strings.Clone(g))
			if j := strings.LastIndexByte(g, ' '); j >= 0 {
				words = append(words, g[j+1:])
			}
		}
	}
	for _, p := range seedPairs(t) {
		words = append(words, strings.Fields(strings.ToLower(p.EN))...)
	}
	kept, held, kinds := 0, 0, map[wordnet.POS]bool{}
	for pass := range 2 {
		for _, w := range words {
			want := wordnet.PartsOfSpeech(w)
			key, i, ok := senseSlot(w, posKeyShift)
			if ok {
				kept++
				if glossParts.slots[i].Load()>>posKeyShift == key {
					held++
				}
			}
			if got := partsOfSpeech(w); got != want {
				t.Fatalf("pass %d: partsOfSpeech(%q) = %d, want %d (kept %v)", pass, w, got, want, ok)
			}
			kinds[want] = true
		}
		slices.Reverse(words)
	}
	if kept == 0 || held == 0 || kept == len(words)*2 || len(kinds) < 4 {
		t.Fatalf("%d of %d asks kept, %d held already, %d kinds of answer", kept, 2*len(words), held, len(kinds))
	}
}

// relOfByAppend is relOf's lists as relOf made them before its scratch
// lists, each grown by append: the reference of TestRelOfExact.
func relOfByAppend(senses []string) (word [][]wordnet.Group, text []string, gloss [][]wordnet.Group) {
	var gw []string
	var buf []wordnet.Group
	for _, sense := range senses {
		forMatchGlosses(sense, func(part string) {
			gw = appendGlossWords(gw[:0], part)
			var content, funcs int
			start := len(word)
			for _, w := range gw {
				if glossStem(w) != "" {
					word = append(word, glossGroups.of(w))
					text = append(text, w)
					content++
				} else if !glueWords[w] {
					funcs++
				}
			}
			if content == 0 && funcs == 0 {
				if !isDoGloss(gw) {
					word, text = word[:start], text[:start]
					return
				}
				funcs = 1
			}
			for range funcs {
				word = append(word, nil)
				text = append(text, "")
			}
			var phrase []wordnet.Group
			if len(gw) >= 2 && len(gw) <= 4 {
				buf = wordnet.Groups(buf[:0], strings.Join(gw, " "))
				phrase = groupSet(buf)
			}
			gloss = append(gloss, phrase)
		})
	}
	return word, text, gloss
}

// TestRelOfExact checks the relTables of the matchers of every third
// entry of the dictionary (both of an entry whose meaning is another's)
// against the lists grown by append, and that each list has no room
// beyond its length.
func TestRelOfExact(t *testing.T) {
	a := analyzer(t)
	tables, phrases, empty := 0, 0, 0
	for k := 0; k < len(a.dict.Entries); k += 3 {
		in := a.info(&a.dict.Entries[k])
		off := 0
		for _, m := range [2]*senseMatcher{in.m1, in.m2} {
			if m == nil {
				break
			}
			senses := in.senses[off : off+int(m.nSenses)]
			off += int(m.nSenses)
			rt := relOf(m, senses)
			word, text, gloss := relOfByAppend(senses)
			if !reflect.DeepEqual(rt.word, word) || !slices.Equal(rt.text, text) || !reflect.DeepEqual(rt.gloss, gloss) {
				t.Fatalf("%s: relTable %v %q %v, want %v %q %v", in.name, rt.word, rt.text, rt.gloss, word, text, gloss)
			}
			if cap(rt.word) != len(rt.word) || cap(rt.text) != len(rt.text) || cap(rt.gloss) != len(rt.gloss) {
				t.Fatalf("%s: lists of %d/%d, %d/%d, %d/%d", in.name, len(rt.word), cap(rt.word), len(rt.text), cap(rt.text), len(rt.gloss), cap(rt.gloss))
			}
			tables++
			if len(word) == 0 {
				empty++
			}
			for _, g := range gloss {
				if g != nil {
					phrases++
				}
			}
		}
	}
	if tables < 10000 || phrases == 0 || empty == 0 {
		t.Fatalf("%d tables, %d with phrases, %d empty", tables, phrases, empty)
	}
}
