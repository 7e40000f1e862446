package anki

import (
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"runtime"
	"testing"
)

// TestDeflateFile: the pieces, joined, inflate to the input whatever its
// size around a piece's, with its CRC, and the output is the same on one
// goroutine as on several.
func TestDeflateFile(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"notes", "cards", "revlog", "银行", "yin2 hang2", "<span class=t2>", "\x00\x00\x00\x01"}
	var text bytes.Buffer
	for text.Len() < 3*deflateBlock+deflateBlock/2 {
		if r.IntN(10) == 0 {
			text.WriteByte(byte(r.IntN(256)))
		} else {
			text.WriteString(words[r.IntN(len(words))])
		}
	}
	all := text.Bytes()
	for _, size := range []int{0, 1, 1000, deflateBlock - 1, deflateBlock, deflateBlock + 1, 2 * deflateBlock, len(all)} {
		in := all[:size]
		var out bytes.Buffer
		crc, n, err := deflateFile(&out, bytes.NewReader(in), int64(size))
		if err != nil {
			t.Fatalf("%d bytes: %v", size, err)
		}
		if n != int64(out.Len()) {
			t.Errorf("%d bytes: %d written, says %d", size, out.Len(), n)
		}
		if want := crc32.ChecksumIEEE(in); crc != want {
			t.Errorf("%d bytes: crc %08x, want %08x", size, crc, want)
		}
		got, err := io.ReadAll(flate.NewReader(bytes.NewReader(out.Bytes())))
		if err != nil || !bytes.Equal(got, in) {
			t.Errorf("%d bytes: inflate to %d bytes, %v", size, len(got), err)
		}

		procs := runtime.GOMAXPROCS(1)
		var one bytes.Buffer
		_, _, err = deflateFile(&one, bytes.NewReader(in), int64(size))
		runtime.GOMAXPROCS(procs)
		if err != nil || !bytes.Equal(one.Bytes(), out.Bytes()) {
			t.Errorf("%d bytes: one goroutine wrote %d bytes (%v), several %d", size, one.Len(), err, out.Len())
		}
	}
}

// TestDeflateFileShort: a file shorter than said is an error, not a
// package with garbage in it.
func TestDeflateFileShort(t *testing.T) {
	in := make([]byte, deflateBlock+10)
	if _, _, err := deflateFile(io.Discard, bytes.NewReader(in), int64(3*deflateBlock)); err == nil {
		t.Error("no error for a short file")
	}
}
