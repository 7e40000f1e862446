package store_test

import (
	"reflect"
	"testing"
	"time"

	"cika/cards"
	"cika/srs/store/storetest"
)

// The senses the English confirmed are added when a document is
// committed, once: mining the same text again adds nothing.
func TestPriors(t *testing.T) {
	db := storetest.Open(t)
	if p, err := db.Priors(); err != nil || len(p) != 0 {
		t.Fatalf("new collection: %v, %v", p, err)
	}
	// "Thank you, bank!" confirms 谢谢 "thank you", 你 and 银行 "bank";
	// "our intelligence" nothing of 我们 (the test analyzer's "we", "us").
	mine(t, db, "b.tsv", docB, t0)
	want := cards.Priors{
		"謝謝 谢谢 [xie4 xie5]":  {0, 0, 1},
		"銀行 银行 [yin2 hang2]": {1},
	}
	p, err := db.Priors()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("after one document: %v, want %v", p, want)
	}
	mine(t, db, "again.tsv", docB, t0.Add(time.Hour))
	mine(t, db, "c.tsv", "银行，银行。\tBank, bank.\n", t0.Add(2*time.Hour))
	want["銀行 银行 [yin2 hang2]"] = []uint32{3}
	if p, _ = db.Priors(); !reflect.DeepEqual(p, want) {
		t.Errorf("after the same text and a third: %v, want %v", p, want)
	}
}
