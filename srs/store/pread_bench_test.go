package store

import (
	"flag"
	"math/rand/v2"
	"testing"

	bolt "go.etcd.io/bbolt"
)

var preadDB = flag.String("preaddb", "", "BenchmarkPointReads reads sentences of this collection (a copy: opened read-only)")

// BenchmarkPointReads reads 200 random sentences, in key order, as a phrase
// search does, from a file mapped afresh each round (bolt.Open and Close
// inside the loop), through bbolt's memory map ("mmap") and with pread
// ("pread"); the faults are what the process pays for the first touch of
// each page:
//
//	go test ./srs/store -run '^$' -bench PointReads -preaddb COPY-OF-A-BIG-COLLECTION
//
// Without -preaddb it reads a bucket of 30,000 keys (preadFile), most of
// whose pages the kernel maps around the first ones touched.
func BenchmarkPointReads(b *testing.B) {
	path, bucket := *preadDB, bucketPairs
	if path == "" {
		path, bucket = preadFile(b), []byte("big")
	}
	var keys [][]byte
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	db.View(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucket)
		n := bk.Stats().KeyN
		r := rand.New(rand.NewPCG(1, 2))
		picks := map[int]bool{}
		for len(picks) < min(200, n) {
			picks[r.IntN(n)] = true
		}
		i := 0
		return bk.ForEach(func(k, _ []byte) error {
			if picks[i] {
				keys = append(keys, append([]byte(nil), k...))
			}
			i++
			return nil
		})
	})
	db.Close()
	for _, how := range []string{"mmap", "pread"} {
		b.Run(how, func(b *testing.B) {
			sum := 0
			for b.Loop() {
				db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
				if err != nil {
					b.Fatal(err)
				}
				err = db.View(func(tx *bolt.Tx) error {
					bk := tx.Bucket(bucket)
					r, err := newPageReader(tx)
					if err != nil {
						return err
					}
					defer r.close()
					for _, k := range keys {
						var v []byte
						if how == "pread" {
							if v, err = r.get(bk, k); err != nil {
								return err
							}
						} else {
							v = bk.Get(k)
						}
						sum += len(v)
					}
					return nil
				})
				closeBolt(db)
				if err != nil {
					b.Fatal(err)
				}
			}
			if sum == 0 {
				b.Fatal("nothing read")
			}
		})
	}
}
