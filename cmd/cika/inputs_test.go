package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"cika/srs/store"
)

// Script commands that make the inputs a text file cannot hold (used by
// testdata/script/encodings_*.txt, badinput_*.txt, bigcorpus.txt):
//
//	encode ENC IN OUT   write IN in ENC: utf-8-bom, utf-16le, utf-16be (with
//	                    byte-order mark), gb18030, gbk, crlf, cr
//	cutbytes N IN OUT   write IN without its last N bytes
//	bigline MB OUT      write a line of MB megabytes of Chinese
//	gencorpus N OUT     write N generated Tatoeba-like pairs (bigcorpus_test.go)
//	concat OUT IN...    write the INs one after the other
//	sentences DB        print the stored sentences with their provenance

func cmdEncode(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: encode ENC IN OUT")
	}
	in := ts.ReadFile(args[1])
	var out string
	var err error
	switch args[0] {
	case "utf-8-bom":
		out = "\ufeff" + in
	case "utf-16le":
		out, _, err = transform.String(xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder(), in)
	case "utf-16be":
		out, _, err = transform.String(xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder(), in)
	case "gb18030":
		out, _, err = transform.String(simplifiedchinese.GB18030.NewEncoder(), in)
	case "gbk":
		out, _, err = transform.String(simplifiedchinese.GBK.NewEncoder(), in)
	case "crlf":
		out = strings.ReplaceAll(in, "\n", "\r\n")
	case "cr":
		out = strings.ReplaceAll(in, "\n", "\r")
	default:
		ts.Fatalf("unknown encoding %s", args[0])
	}
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(out), 0o644))
}

func cmdCutBytes(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 3 {
		ts.Fatalf("usage: cutbytes N IN OUT")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	in := ts.ReadFile(args[1])
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(in[:len(in)-n]), 0o644))
}

func cmdConcat(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 {
		ts.Fatalf("usage: concat OUT IN...")
	}
	var b strings.Builder
	for _, in := range args[1:] {
		b.WriteString(ts.ReadFile(in))
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b.String()), 0o644))
}

func cmdBigLine(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: bigline MB OUT")
	}
	mb, err := strconv.Atoi(args[0])
	ts.Check(err)
	line := bytes.Repeat([]byte("长"), mb<<20/3)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), append(append([]byte("你好\thello\n"), line...), "\tlong\n"...), 0o644))
}

func cmdGenCorpus(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: gencorpus N OUT")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	f, err := os.Create(ts.MkAbs(args[1]))
	ts.Check(err)
	ts.Check(writeBigCorpus(f, n, 1))
	ts.Check(f.Close())
}

// cmdSentences prints every stored sentence with its provenance, one a
// line: "DOC:LINE [cue N START-END] [by ATTRIBUTION] | ZH | EN".
//
//	sentences DB
func cmdSentences(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: sentences DB")
	}
	db, err := store.Open(ts.MkAbs(args[0]), &store.Options{ReadOnly: true})
	ts.Check(err)
	defer db.Close()
	docs, err := db.Documents()
	ts.Check(err)
	for _, d := range docs {
		for pos := 0; pos < d.Pairs; pos++ {
			s, err := db.Sentence(store.PairKey{Doc: d.Seq, Pos: uint32(pos)})
			ts.Check(err)
			var b strings.Builder
			fmt.Fprintf(&b, "%s:%d", s.Doc, s.Line)
			if s.Speaker != "" {
				fmt.Fprintf(&b, " %s", s.Speaker)
			}
			if s.Cue != 0 {
				fmt.Fprintf(&b, " cue %d %v-%v", s.Cue, s.Start, s.End)
			}
			if s.Attribution != "" {
				fmt.Fprintf(&b, " by %s", s.Attribution)
			}
			fmt.Fprintf(&b, " | %s | %s\n", s.ZH, s.EN)
			ts.Stdout().Write([]byte(b.String()))
		}
	}
}

// A big one-file input is identified without a full read; a small one, a
// two-file one and the sample are read in full.
func TestIdentifyQuick(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.tsv")
	var b strings.Builder
	if err := writeBigCorpus(&b, 300, 1); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(big, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CIKA_QUICK_BYTES", "1000")
	in := &input{name: "big.tsv", zh: big}
	in.identify(nil)
	full := &input{name: "big.tsv", zh: big}
	full.check(nil)
	if in.err != nil || !in.quick || in.doc.ID != full.doc.ID || in.doc.Pairs != 0 || in.doc.Lines != full.doc.Lines {
		t.Errorf("big: quick %v, %+v, %v; full %+v", in.quick, in.doc, in.err, full.doc)
	}
	t.Setenv("CIKA_QUICK_BYTES", "100000000")
	in = &input{name: "big.tsv", zh: big}
	if in.identify(nil); in.quick || in.doc.Pairs != full.doc.Pairs {
		t.Errorf("small: quick %v, %d pairs", in.quick, in.doc.Pairs)
	}
}
