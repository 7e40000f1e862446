package main

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"

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
