package zh

import (
	"bytes"
	"compress/gzip"
	"errors"
	"testing"
)

// TestPhrasePriors checks the embedded pinyin-pro priors on entries any
// Chinese dictionary agrees on.
func TestPhrasePriors(t *testing.T) {
	a := analyzer(t)
	for c, want := range map[rune]string{'阇': "du1", '更': "geng4", '蔚': "wei4", '了': "le5"} {
		if got := a.usual[c].first; got != want {
			t.Errorf("usual reading of %c = %q, want %q", c, got, want)
		}
	}
	if n := a.usual['得'].count("de2"); n < 10 {
		t.Errorf("phrases reading 得 de2: %v, want many", n)
	}
	if n := a.pairs.get('更', '好', false, "geng4"); n < 1 {
		t.Errorf("phrases reading 更 geng4 before 好: %v, want some", n)
	}
	if n := a.pairs.get('更', '好', false, "geng1"); n != 0 {
		t.Errorf("phrases reading 更 geng1 before 好: %v, want none", n)
	}
}

func TestParseUsualRejects(t *testing.T) {
	for _, txt := range []string{
		"阇\n",              // no reading
		"阇\tdu\n",          // no tone
		"ab\tdu1\n",        // not one Han character
		"阇\tdu1 she2\n",    // count missing
		"阇\tdu1 she2:x\n",  // bad count
		"阇\tdu1 she2:0\n",  // zero count
		"阇阇\tdu1 she2:1\n", // two characters
	} {
		if _, err := parseUsual(txt); !errors.Is(err, errWeights) {
			t.Errorf("parseUsual(%q) = %v, want a corrupt-weights error", txt, err)
		}
	}
	m, err := parseUsual("阇\tdu1 she2:3 du1:1\n")
	if err != nil || m['阇'].first != "du1" || m['阇'].count("she2") != 3 || m['阇'].count("xx5") != 0 {
		t.Errorf("parseUsual: %v, %v", m, err)
	}
}

func TestPairsRoundTrip(t *testing.T) {
	p := &phrasePairs{syls: []string{"wei2", "xu1"}, sylID: map[string]uint16{"wei2": 0, "xu1": 1}}
	p.t.keys = []uint64{ctxKeyOf('六', '圩', true, 0), ctxKeyOf('圩', '场', false, 1)}
	if p.t.keys[0] > p.t.keys[1] {
		p.t.keys[0], p.t.keys[1] = p.t.keys[1], p.t.keys[0]
	}
	p.t.vals = []float32{2, 5}
	var buf bytes.Buffer
	if err := writePairs(&buf, p); err != nil {
		t.Fatal(err)
	}
	q, err := parsePairs(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []struct {
		a, b   rune
		second bool
		py     string
	}{{'六', '圩', true, "wei2"}, {'圩', '场', false, "xu1"}} {
		if p.get(k.a, k.b, k.second, k.py) != q.get(k.a, k.b, k.second, k.py) || q.get(k.a, k.b, k.second, k.py) == 0 {
			t.Errorf("%c%c %s: %v after the round trip, want %v", k.a, k.b, k.py, q.get(k.a, k.b, k.second, k.py), p.get(k.a, k.b, k.second, k.py))
		}
	}
	if q.get('六', '圩', true, "xu1") != 0 || q.get('六', '圩', true, "zz9") != 0 {
		t.Error("a pair not written has a count")
	}
	// Truncated, bad magic, not gzip: all errors, none a panic.
	data := buf.Bytes()
	raw := gunzip(t, data)
	for name, gz := range map[string][]byte{
		"not gzip":  []byte("cika"),
		"magic":     gzipped(t, append([]byte("cika-zh-pairs 9\n"), raw[len(pairsMagic):]...)),
		"truncated": gzipped(t, raw[:len(raw)-3]),
		"syllable":  gzipped(t, bytes.Replace(raw, []byte{2, 4, 'w'}, []byte{1, 4, 'w'}, 1)),
	} {
		if _, err := parsePairs(gz); !errors.Is(err, errWeights) {
			t.Errorf("%s: parsePairs = %v, want a corrupt-weights error", name, err)
		}
	}
}

func gunzip(t *testing.T, gz []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := b.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func gzipped(t *testing.T, raw []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
