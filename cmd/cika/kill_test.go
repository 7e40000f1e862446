package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"cika/seeds"
	"cika/srs/store"
)

// TestKillMining kills `cika mine` (this test binary run as cika, see
// TestMain) with SIGKILL at random points — while the dictionary loads,
// after a random batch, mid-way between batches — and checks that the
// collection then opens cleanly with nothing of the document visible, and
// that mining again gives byte for byte the collection an uninterrupted run
// gives — also when the file is only identified before mining, as a big one
// is. Set CIKA_KILL_SEED to replay a run; CIKA_KILLS for more kills.
func TestKillMining(t *testing.T) {
	if testing.Short() {
		t.Skip("starts several processes")
	}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("CIKA_KILL_SEED"); v != "" {
		fmt.Sscan(v, &seed)
	}
	kills := 3
	if v := os.Getenv("CIKA_KILLS"); v != "" {
		fmt.Sscan(v, &kills)
	}
	t.Logf("CIKA_KILL_SEED=%d", seed)
	r := rand.New(rand.NewPCG(seed, 7))

	dir := t.TempDir()
	bin := filepath.Join(dir, "cika")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(exe, bin); err != nil {
		t.Fatal(err)
	}
	// A first document already in the collection, and a bigger one to mine.
	first := filepath.Join(dir, "first.tsv")
	os.WriteFile(first, []byte("我们的银行\tour bank\n"), 0o644)
	corpus := filepath.Join(dir, "seed.txt")
	raw, err := fsReadSeed()
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(corpus, raw, 0o644)

	// quick: the document is only identified before mining, as a big
	// file is (cmd_mine.go: input.identify), in every other kill; staged:
	// its new words are staged before the commit, as a big corpus's are
	// (store's stage.go), in the others.
	quick, staged := false, false
	mine := func(db string, kill func(*exec.Cmd, *bufio.Scanner)) error {
		cmd := exec.Command(bin, "--db", db, "mine", "--batch", "40", corpus)
		cmd.Env = append(os.Environ(), "CIKA_NOW=2026-03-01T09:00:00Z", "CIKA_TRACE_BATCHES=1")
		if quick {
			cmd.Env = append(cmd.Env, "CIKA_QUICK_BYTES=1")
		}
		if staged {
			cmd.Env = append(cmd.Env, "CIKA_STAGE_FROM=1")
		}
		stderr, _ := cmd.StderrPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stderr)
		if kill != nil {
			kill(cmd, sc)
		}
		for sc.Scan() {
		}
		return cmd.Wait()
	}
	prepare := func(db string) {
		cmd := exec.Command(bin, "--db", db, "mine", first)
		cmd.Env = append(os.Environ(), "CIKA_NOW=2026-02-01T09:00:00Z")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %s", err, out)
		}
	}

	ref := filepath.Join(dir, "ref.db")
	prepare(ref)
	if err := mine(ref, nil); err != nil {
		t.Fatalf("uninterrupted run: %v", err)
	}
	want := dump(t, ref)

	before := filepath.Join(dir, "before.db")
	prepare(before)
	wantBefore := dump(t, before)
	delete(wantBefore, "sequence/docs")
	wantNow := maps.Clone(want)
	delete(wantNow, "sequence/docs")
	// The timing run is staged: its trace has a line after each batch
	// stored, each index chunk and each staging Update.
	timing := filepath.Join(dir, "timing.db")
	raw, err = os.ReadFile(before)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(timing, raw, 0o600)
	start := time.Now()
	lines, stages := 0, 0
	staged = true
	mine(timing, func(_ *exec.Cmd, sc *bufio.Scanner) {
		for sc.Scan() {
			if lines++; sc.Text() == "cika: staged words" {
				stages++
			}
		}
	})
	took := time.Since(start)
	// One staging Update makes the stage, then one or more a bucket.
	if stages < 10 {
		t.Fatalf("a staged run reported %d staging Updates in %d lines", stages, lines)
	}
	if got := dump(t, timing); !reflect.DeepEqual(got, want) {
		t.Fatal("a staged run's collection differs from an unstaged run's")
	}

	for i := 0; i < kills; i++ {
		quick, staged = i%2 == 1, i%2 == 0
		db := filepath.Join(dir, fmt.Sprintf("c%d.db", i))
		raw, _ := os.ReadFile(before)
		os.WriteFile(db, raw, 0o600)
		// Kill once, and every other time kill the next run too (which
		// first clears what the killed one stored).
		for k := 0; k < 1+i%2; k++ {
			var how string
			err := mine(db, func(cmd *exec.Cmd, sc *bufio.Scanner) {
				switch (i + k) % 3 {
				case 0: // after a random batch, a random moment later
					n := 1 + r.IntN(11)
					for j := 0; j < n && sc.Scan(); j++ {
					}
					d := time.Duration(r.IntN(5000)) * time.Microsecond
					time.Sleep(d)
					how = fmt.Sprintf("%v after batch %d", d, n)
				case 1: // at any moment of a run
					d := time.Duration(r.Int64N(int64(took)))
					time.Sleep(d)
					how = fmt.Sprintf("%v after start", d)
				case 2: // right after a batch is stored or, staged, a staging Update
					n := 1 + r.IntN(12)
					if staged { // (the last lines of the trace)
						n = lines - stages + 1 + r.IntN(stages)
					}
					last := ""
					for j := 0; j < n && sc.Scan(); j++ {
						last = sc.Text()
					}
					how = fmt.Sprintf("right after trace line %d of %d (%q)", n, lines, last)
				}
				cmd.Process.Signal(syscall.SIGKILL)
			})
			t.Logf("kill %d.%d: %s (%v)", i, k, how, err)
			// The collection opens cleanly and shows either nothing of
			// the document or all of it.
			s, err := store.Open(db, &store.Options{ReadOnly: true})
			if err != nil {
				t.Fatalf("after kill %d: %v", i, err)
			}
			if err := s.Check(); err != nil {
				t.Fatalf("after kill %d: %v", i, err)
			}
			s.Close()
			got := dump(t, db)
			// A run's document number is reserved until the next run
			// gives it back (store.RollBack): the one difference allowed.
			delete(got, "sequence/docs")
			if !reflect.DeepEqual(got, wantBefore) && !reflect.DeepEqual(got, wantNow) {
				t.Fatalf("after kill %d (%s) the visible collection is neither before nor after mining", i, how)
			}
		}
		if err := mine(db, nil); err != nil {
			t.Fatalf("re-run: %v", err)
		}
		got := dump(t, db)
		if !reflect.DeepEqual(got, want) {
			for k, v := range want {
				if got[k] != v {
					t.Errorf("after kill %d and re-running: %s differs", i, k)
				}
			}
			for k := range got {
				if _, ok := want[k]; !ok {
					t.Errorf("after kill %d and re-running: extra %q", i, k)
				}
			}
		}
	}
}

// dump returns every record of the collection that a reader can see, by
// bucket and key: the pending bucket and the batches it marks (their
// pairs, postings, sentence index entries and staged words: invisible),
// and the creation time (differs between two files), left out.
func dump(t *testing.T, path string) map[string]string {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m := map[string]string{}
	err = db.View(func(tx *bolt.Tx) error {
		pending := map[string]bool{}
		if pb := tx.Bucket([]byte("pending")); pb != nil {
			pb.ForEach(func(k, _ []byte) error { pending[string(k)] = true; return nil })
		}
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if string(name) == "pending" {
				return nil
			}
			if string(name) != "wordstage" { // (made on demand, while a document is staged)
				m["sequence/"+string(name)] = fmt.Sprint(b.Sequence())
			}
			return b.ForEach(func(k, v []byte) error {
				switch {
				case string(name) == "meta" && string(k) == "created":
					return nil
				case string(name) == "pairs" && pending[string(k[:4])]:
					return nil
				case string(name) == "postings" && len(k) > 4 && pending[string(k[len(k)-4:])]:
					return nil
				case string(name) == "sentindex" && len(k) > 4 && pending[string(k[len(k)-4:])]:
					return nil // the sentence index of pending batches, invisible with them
				case string(name) == "sentstage" && pending[string(k)]:
					return nil // (a bucket a pending document)
				case string(name) == "wordstage" && pending[string(k)]:
					return nil // (its staged words, a bucket)
				}
				m[string(name)+"/"+strings.ToValidUTF8(string(k), "?")+fmt.Sprintf("%x", k)] = string(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func fsReadSeed() ([]byte, error) { return fs.ReadFile(seeds.FS(), seeds.Default) }
