package cards

import (
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"cika/cards/corpus"
)

// pieceTokens is an analyzer that cuts the Chinese side into tokens of one
// or two characters, as the real one does: each text a piece of zh. A
// token's word is its text, but for 们 ("" : no vocabulary) and 個 (个, a
// traditional character).
type pieceTokens struct{ copies, stray bool }

func (a pieceTokens) Analyze(zh, en string) []Token {
	var toks []Token
	for i := 0; i < len(zh); {
		n := 0
		for k, r := range zh[i:] {
			if k > 0 && (n == 2 || r == '，' || r == '们') {
				break
			}
			n = k + len(string(r))
			if r == '，' || r == '们' {
				break
			}
		}
		text := zh[i : i+n]
		i += n
		word := text
		switch text {
		case "们", "，":
			word = ""
		case "個":
			word = "个"
		}
		if a.copies {
			text = strings.Clone(text)
		}
		if a.stray && text == "，" {
			text = "," // (a text that is not the sentence's)
		}
		toks = append(toks, Token{Text: text, Word: word, Reading: "x1", Gloss: en})
	}
	return toks
}

// piecePairs are pairs with repeats (recent finds them again), traditional
// and plain words, commas and words of no vocabulary.
func piecePairs() []corpus.Pair {
	var pairs []corpus.Pair
	for i := range 400 {
		zh := strings.Repeat("我们好，", 1+i%3) + "一個人" + strconv.Itoa(i%9) + "好朋友"
		pairs = append(pairs, corpus.Pair{ZH: zh, EN: strconv.Itoa(i % 4), Source: corpus.Source{Pos: i}})
	}
	return pairs
}

// fillParts gives the parts the tokens' strings, byte for byte, and pieces
// of the sentence for texts (and for words that are their text) where the
// tokens spell it: fresh analyses whose texts are cut from it, and
// remembered ones.
func TestFillParts(t *testing.T) {
	var pieces, wordPieces, kept int
	for _, a := range []pieceTokens{{}, {copies: true}, {stray: true}} {
		r := &recent{}
		for _, p := range piecePairs() {
			key := pairKey{p.ZH, p.EN}
			toks, spelt := r.get(key, nil)
			var made []Token
			if !spelt {
				made = a.Analyze(key.zh, key.en)
				toks = r.put(key, made, nil)
			}
			parts := make([]Part, len(toks))
			fillParts(parts, toks, key.zh, spelt, made)
			at, inZH := 0, true
			for j, tok := range toks {
				got, want := parts[j], Part{Text: tok.Text, Word: tok.Word, Reading: tok.Reading, Gloss: tok.Gloss}
				if got != want {
					t.Fatalf("%+v %q part %d: %+v, want %+v", a, key.zh, j, got, want)
				}
				inZH = inZH && strings.HasPrefix(key.zh[at:], tok.Text)
				piece := unsafe.StringData(got.Text) == unsafe.StringData(key.zh[at:])
				if piece != inZH {
					t.Fatalf("%+v %q (spelt %v) part %d %q: a piece of the sentence %v, want %v", a, key.zh, spelt, j, got.Text, piece, inZH)
				}
				if wp := got.Word != "" && unsafe.StringData(got.Word) == unsafe.StringData(got.Text); wp != (piece && tok.Word == tok.Text) {
					t.Fatalf("%+v %q part %d %q: word %q is the text's piece %v", a, key.zh, j, got.Text, got.Word, wp)
				}
				if piece {
					pieces++
					if tok.Word == tok.Text {
						wordPieces++
					}
					at += len(tok.Text)
				} else {
					kept++
				}
			}
		}
	}
	if pieces == 0 || wordPieces == 0 || kept == 0 {
		t.Fatalf("%d pieces, %d words as pieces, %d texts kept: every kind is needed", pieces, wordPieces, kept)
	}
}

// The sentences mined are the same whether the analysis cuts its texts
// from the sentence or copies them.
func TestFillPartsMined(t *testing.T) {
	pairs := piecePairs()
	want := Mine(pairs, pieceTokens{copies: true}, nil)
	got := Mine(pairs, pieceTokens{}, nil)
	for i := range got.Sentences {
		if !slices.Equal(got.Sentences[i].Parts, want.Sentences[i].Parts) {
			t.Fatalf("sentence %d: %+v, want %+v", i, got.Sentences[i].Parts, want.Sentences[i].Parts)
		}
	}
}

// TestTokenTable interns tokens of a few thousand kinds, many times each
// and in a mixed order, against a map of the tokens: a token met again has
// the id it was given first, a new one the next id, and the interned
// token is the token. Tokens that differ only in their word or reading
// hash alike (the hash leaves those out), so they share a tag and only
// sameToken tells them apart; enough tokens make the table grow.
func TestTokenTable(t *testing.T) {
	type key struct{ text, word, reading, gloss, entry string }
	var tt tokenTable
	seed := maphash.MakeSeed()
	want := map[key]uint32{}
	sharedTags := 0
	for i := range 60000 {
		n := (i * 7919) % 9000
		tok := Token{Text: "词" + strconv.Itoa(n%3000), Word: "词", Reading: "ci2", Gloss: "word " + strconv.Itoa(n%3000), Entry: "詞 词 [ci2]"}
		switch n / 3000 {
		case 1:
			tok.Reading = "ci4" // (same hash as case 0)
		case 2:
			tok.Word = "辞"
		}
		k := key{tok.Text, tok.Word, tok.Reading, tok.Gloss, tok.Entry}
		id := tt.intern(&tok, tokenHash(&tok, seed))
		w, ok := want[k]
		if !ok {
			w = uint32(len(want))
			want[k] = w
			if n >= 3000 {
				sharedTags++
			}
		}
		if id != w {
			t.Fatalf("token %d %+v: id %d, want %d", i, tok, id, w)
		}
		if got := tt.at(id).Token; !sameToken(&got, &tok) {
			t.Fatalf("token %d: id %d is %+v, want %+v", i, id, got, tok)
		}
	}
	if tt.n != len(want) || len(tt.slots) < 2*tt.n || len(tt.slots) == 1<<12 || sharedTags == 0 {
		t.Fatalf("%d tokens for %d, %d slots, %d sharing a tag", tt.n, len(want), len(tt.slots), sharedTags)
	}
}
