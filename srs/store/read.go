package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"

	bolt "go.etcd.io/bbolt"

	"cika/cards"
	"cika/cards/pinyin"
)

// Word returns the word with the given ID.
func (db *DB) Word(id string) (cards.Word, error) {
	var w cards.Word
	err := db.bolt.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketWords).Get([]byte(id))
		if raw == nil {
			return fmt.Errorf("word %s: %w", id, ErrNotFound)
		}
		var err error
		w, err = decodeWord(raw)
		return err
	})
	return w, err
}

// Words calls fn for every word (names included), in ID order, until fn
// returns false. The words share memory among themselves (decoding 30,000
// words makes a handful of allocations), which is why they may be kept.
func (db *DB) Words(fn func(cards.Word) bool) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketWords)
		var d dec
		var arena []byte // record bytes, copied out of the mmap in chunks
		cur := b.Cursor()
		for k, v := cur.First(); k != nil; k, v = cur.Next() {
			if cap(arena)-len(arena) < len(v) {
				arena = make([]byte, 0, max(1<<20, len(v)))
				d.senses = make([]cards.Sense, 0, 1<<14)
				d.strs = make([]string, 0, 1<<15)
			}
			if cap(d.senses)-len(d.senses) < 64 {
				d.senses = make([]cards.Sense, 0, 1<<14)
			}
			if cap(d.strs)-len(d.strs) < 256 {
				d.strs = make([]string, 0, 1<<15)
			}
			arena = append(arena, v...)
			d.s = unsafeString(arena[len(arena)-len(v):])
			var w cards.Word
			d.word(&w)
			if d.err != nil {
				return fmt.Errorf("word %s: %w", k, d.err)
			}
			if !fn(w) {
				return nil
			}
		}
		return nil
	})
}

// ViewWords calls fn with every word record (names included), in ID order,
// inside the read transaction and without copying them: the list and the
// strings of the words it decodes point into the file's memory map and are
// valid only until fn returns, so fn must not keep them. This is how `cika
// words` lists 30,000 words quickly: a fresh process pays a page fault for
// every heap page it touches, so it keeps a small sort key per word and
// decodes each word in full only when printing it.
func (db *DB) ViewWords(fn func(l *WordList) error) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		l := &WordList{recs: make([]string, 0, getCount(tx.Bucket(bucketMeta), countWords))}
		cur := tx.Bucket(bucketWords).Cursor()
		for k, v := cur.First(); k != nil; k, v = cur.Next() {
			l.recs = append(l.recs, unsafeString(v))
		}
		return fn(l)
	})
}

// WordList is the words of a collection during ViewWords.
type WordList struct {
	recs []string
	d    dec
}

// Len is the number of words.
func (l *WordList) Len() int { return len(l.recs) }

// Word decodes word i into w. The strings of w point into the memory map;
// w.Met and w.Senses reuse w's slices, so a caller decoding words one after
// the other into the same w makes no allocation per word.
func (l *WordList) Word(i int, w *cards.Word) error {
	met, senses := w.Met[:0], w.Senses[:0]
	l.d = dec{s: l.recs[i], senses: met, strs: senses}
	l.d.word(w)
	if l.d.err != nil {
		return fmt.Errorf("word %d: %w", i, l.d.err)
	}
	return nil
}

// Summary decodes word i without its senses (w.Met and w.Senses are nil):
// what sorting and filtering need, with no allocation.
func (l *WordList) Summary(i int, w *cards.Word) error {
	l.d = dec{s: l.recs[i], skipSenses: true}
	l.d.word(w)
	if l.d.err != nil {
		return fmt.Errorf("word %d: %w", i, l.d.err)
	}
	return nil
}

// Match is a word found by a lookup, and how. Its Word has no Met or
// Senses: a query may match hundreds of words, sorted to show ten, and
// Word(id) reads those shown whole.
type Match struct {
	cards.Word
	By   string // "hanzi", "contains", "pinyin" or "english"
	Rank int    // for English: 0 a sense is the word, 1 in the gloss, 2 elsewhere
}

// LookupHanzi finds the words written query (simplified or traditional);
// when there are none, the words whose forms contain it. Most frequent
// first.
func (db *DB) LookupHanzi(query string) ([]Match, error) {
	var ms []Match
	err := db.bolt.View(func(tx *bolt.Tx) error {
		ids, err := scanIDs(tx.Bucket(bucketForms), query)
		if err != nil {
			return err
		}
		by := "hanzi"
		if len(ids) == 0 {
			by = "contains"
			ids = containing(tx, query) // (index.go)
		}
		ms, err = matches(tx, ids, by, nil)
		return err
	})
	sortMatches(ms)
	return ms, err
}

// LookupPinyin finds the words read as q (see pinyin.ParseQuery), tones
// compared where q gives them. Most frequent first.
func (db *DB) LookupPinyin(q pinyin.Query) ([]Match, error) {
	var ms []Match
	err := db.bolt.View(func(tx *bolt.Tx) error {
		ids, err := scanIDs(tx.Bucket(bucketPinyin), q.Key)
		if err != nil {
			return err
		}
		ms, err = matches(tx, ids, "pinyin", func(w *cards.Word) bool { return q.Matches(w.Reading) })
		return err
	})
	sortMatches(ms)
	return ms, err
}

// scanIDs returns the word IDs indexed under term in an index bucket.
func scanIDs(b *bolt.Bucket, term string) ([]string, error) {
	if term == "" {
		return nil, nil
	}
	p := prefix(term)
	var ids []string
	cur := b.Cursor()
	for k, _ := cur.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = cur.Next() {
		ids = append(ids, string(k[len(p):]))
	}
	return ids, nil
}

// matches reads the heads of words ids in read transaction tx, with pread
// (pread.go): a page each, far apart.
func matches(tx *bolt.Tx, ids []string, by string, keep func(*cards.Word) bool) ([]Match, error) {
	ms := make([]Match, 0, len(ids))
	if len(ids) == 0 {
		return ms, nil
	}
	words := tx.Bucket(bucketWords)
	read, err := newPageReader(tx)
	if err != nil {
		return nil, err
	}
	defer read.close()
	for _, id := range ids {
		w, err := read.word(words, id, decodeWordHead)
		if err != nil {
			return nil, err
		}
		if keep == nil || keep(&w) {
			ms = append(ms, Match{Word: w, By: by, Rank: 0})
		}
	}
	return ms, nil
}

// word reads the record of word id, which an index names, from bucket
// words and decodes it with decode (decodeWord, or decodeWordHead for the
// head alone). A word an index names that the bucket lacks is corruption;
// the errors name the word.
func (r *pageReader) word(words *bolt.Bucket, id string, decode func([]byte) (cards.Word, error)) (cards.Word, error) {
	raw, err := r.get(words, []byte(id))
	if err != nil {
		return cards.Word{}, fmt.Errorf("word %s: %w", id, err)
	}
	if raw == nil {
		return cards.Word{}, fmt.Errorf("%w: index names missing word %s", errCorrupt, id)
	}
	w, err := decode(raw)
	if err != nil {
		return cards.Word{}, fmt.Errorf("word %s: %w", id, err)
	}
	return w, nil
}

func sortMatches(ms []Match) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Rank != ms[j].Rank {
			return ms[i].Rank < ms[j].Rank
		}
		if ms[i].Count != ms[j].Count {
			return ms[i].Count > ms[j].Count
		}
		return ms[i].ID() < ms[j].ID()
	})
}

// Sentence is a stored sentence pair with its analysis and identity.
type Sentence struct {
	Key PairKey
	cards.Sentence
}

// Examples returns up to limit sentences of a word (all when limit <= 0), in
// the order mined. They are read with pread (pread.go): a word's sentences
// are a page each, far apart.
func (db *DB) Examples(wordID string, limit int) ([]Sentence, error) {
	var ss []Sentence
	err := db.bolt.View(func(tx *bolt.Tx) error {
		read, err := newPageReader(tx)
		if err != nil {
			return err
		}
		defer read.close()
		ss, err = readExamples(tx, read, wordID, limit)
		return err
	})
	return ss, err
}

// readExamples is Examples in read transaction tx, the word index read
// with a reader of its own (wordSentencesRead), the sentences with read.
func readExamples(tx *bolt.Tx, read *pageReader, wordID string, limit int) ([]Sentence, error) {
	var ss []Sentence
	pairs := tx.Bucket(bucketPairs)
	names := map[uint32]string{}
	walk, err := newPageReader(tx)
	if err != nil {
		return nil, err
	}
	defer walk.close()
	err = wordSentencesRead(tx, walk, wordID, func(k PairKey) (bool, error) {
		if limit > 0 && len(ss) == limit {
			return false, nil
		}
		raw, err := read.get(pairs, k.bytes())
		if err != nil {
			return false, fmt.Errorf("sentence %s: %w", k, err)
		}
		s, err := decodeSentence(tx, raw, k, names)
		if errors.Is(err, errPending) {
			return true, nil
		}
		if err != nil {
			return false, err
		}
		ss = append(ss, s)
		return true, nil
	})
	return ss, err
}

// Sentence returns one stored sentence.
func (db *DB) Sentence(k PairKey) (Sentence, error) {
	var s Sentence
	err := db.bolt.View(func(tx *bolt.Tx) (err error) {
		s, err = sentence(tx, tx.Bucket(bucketPairs), k, map[uint32]string{})
		return err
	})
	return s, err
}

// sentence reads a pair, naming its document (names caches document names).
func sentence(tx *bolt.Tx, pairs *bolt.Bucket, k PairKey, names map[uint32]string) (Sentence, error) {
	return decodeSentence(tx, pairs.Get(k.bytes()), k, names)
}

// decodeSentence decodes pair k's record raw (nil: none), naming its
// document.
func decodeSentence(tx *bolt.Tx, raw []byte, k PairKey, names map[uint32]string) (Sentence, error) {
	if raw == nil {
		return Sentence{}, fmt.Errorf("sentence %s: %w", k, ErrNotFound)
	}
	cs, err := decodePair(raw)
	if err != nil {
		return Sentence{}, fmt.Errorf("sentence %s: %w", k, err)
	}
	name, ok := names[k.Doc]
	if !ok {
		if isPending(tx, k.Doc) {
			return Sentence{}, errPending
		}
		name, err = documentName(tx, k.Doc)
		if err != nil {
			return Sentence{}, err
		}
		names[k.Doc] = name
	}
	cs.Doc = name
	return Sentence{Key: k, Sentence: cs}, nil
}

// documentName is the Name of document seq: its record decoded into a
// struct of that one field, where decoding the whole Document (its time,
// its list of skipped lines) cost a fresh process 0.35-0.48 ms, the first
// JSON decode of a lookup, against 0.19-0.31 ms.
func documentName(tx *bolt.Tx, seq uint32) (string, error) {
	raw := tx.Bucket(bucketDocs).Get(u32(seq))
	if raw == nil {
		return "", fmt.Errorf("document %d: %w", seq, ErrNotFound)
	}
	var d struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		return "", fmt.Errorf("document %d: %w", seq, err)
	}
	return d.Name, nil
}

// Stats are the collection's running counts.
type Stats struct {
	Documents int `json:"documents"`
	Sentences int `json:"sentences"`
	Words     int `json:"words"` // vocabulary, names excluded
	Names     int `json:"names"` // proper names (kept, no cards)
	Cards     int `json:"cards"`
	Reviews   int `json:"reviews"`
	Known     int `json:"known"` // words on the known list (known.go)
}

// Stats reads the running counts (no scan).
func (db *DB) Stats() (Stats, error) {
	var s Stats
	err := db.bolt.View(func(tx *bolt.Tx) error {
		m := tx.Bucket(bucketMeta)
		s = Stats{
			Documents: int(getCount(m, countDocuments)),
			Sentences: int(getCount(m, countSentences)),
			Names:     int(getCount(m, countNames)),
			Cards:     int(getCount(m, countCards)),
			Reviews:   int(getCount(m, countReviews)),
			Known:     int(getCount(m, countKnown)),
		}
		s.Words = int(getCount(m, countWords)) - s.Names
		return nil
	})
	return s, err
}

// Setting reads the setting called name into v (JSON); found is false, and v
// untouched, when it was never set.
func (db *DB) Setting(name string, v any) (found bool, err error) {
	err = db.bolt.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketSettings).Get([]byte(name))
		if raw == nil {
			return nil
		}
		found = true
		return json.Unmarshal(raw, v)
	})
	if err != nil {
		err = fmt.Errorf("setting %s: %w", name, err)
	}
	return found, err
}

// PutSetting stores v (as JSON) as the setting called name.
func (db *DB) PutSetting(name string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("setting %s: %w", name, err)
	}
	return db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSettings).Put([]byte(name), raw)
	})
}

// checkIndexes verifies that every index entry names an existing record and
// that every word and card is indexed.
func checkIndexes(tx *bolt.Tx) error {
	words, pairs, cardsB := tx.Bucket(bucketWords), tx.Bucket(bucketPairs), tx.Bucket(bucketCards)
	for _, idx := range [][]byte{bucketForms, bucketPinyin, bucketEnglish} {
		err := tx.Bucket(idx).ForEach(func(k, _ []byte) error {
			i := bytes.IndexByte(k, sep)
			if i < 0 || words.Get(k[i+1:]) == nil {
				return fmt.Errorf("%s entry %q names no word", idx, k)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	perWord := map[string]int{}
	err := tx.Bucket(bucketPostings).ForEach(func(k, v []byte) error {
		word, seq, ok := splitPostingKey(k)
		if ok && isPending(tx, seq) {
			return nil // a document being mined: its words may not exist yet
		}
		if !ok || words.Get(word) == nil {
			return fmt.Errorf("index entry %q is dangling", k)
		}
		n := 0
		var missing error
		err := eachPosition(v, func(pos uint32) bool {
			n++
			if pairs.Get(PairKey{Doc: seq, Pos: pos}.bytes()) == nil {
				missing = fmt.Errorf("index entry %q names a missing sentence %d:%d", k, seq, pos)
			}
			return missing == nil
		})
		if err != nil {
			return fmt.Errorf("index entry %q: %w", k, err)
		}
		if missing != nil {
			return missing
		}
		if n == 0 {
			return fmt.Errorf("index entry %q is empty", k)
		}
		perWord[string(word)] += n
		return nil
	})
	if err != nil {
		return err
	}
	names := 0
	byCount := tx.Bucket(bucketByCount)
	err = words.ForEach(func(k, v []byte) error {
		w, err := decodeWord(v)
		if err != nil {
			return fmt.Errorf("word %s: %w", k, err)
		}
		if byCount.Get(byCountKey(string(k), w.Count)) == nil {
			return fmt.Errorf("word %s: count %d not in bycount", k, w.Count)
		}
		if w.ID() != string(k) {
			return fmt.Errorf("word %s stored under %s", w.ID(), k)
		}
		if perWord[string(k)] != w.Pairs {
			return fmt.Errorf("word %s: %d sentences indexed, record says %d", k, perWord[string(k)], w.Pairs)
		}
		if w.Name {
			names++
		}
		for _, f := range forms(&w) {
			if tx.Bucket(bucketForms).Get(join([]byte(f), k)) == nil {
				return fmt.Errorf("word %s: form %s not indexed", k, f)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if n := byCount.Stats().KeyN; n != words.Stats().KeyN {
		return fmt.Errorf("bycount holds %d entries for %d words", n, words.Stats().KeyN)
	}
	if got := getCount(tx.Bucket(bucketMeta), countNames); got != uint64(names) {
		return fmt.Errorf("count names is %d, %d words are names", got, names)
	}
	due := 0
	err = tx.Bucket(bucketDue).ForEach(func(k, v []byte) error {
		raw := cardsB.Get(k[8:])
		if raw == nil {
			return fmt.Errorf("due entry %q names no card", k)
		}
		c, err := decodeCard(k[8:], raw)
		if err != nil {
			return err
		}
		if !bytes.Equal(timeKey(c.Due), k[:8]) {
			return fmt.Errorf("due entry %q does not match card due %s", k, c.Due)
		}
		if !bytes.Equal(v, dueValue(&c)) {
			return fmt.Errorf("due entry %q has state %x, card %v suspended %v", k, v, c.State, c.Suspended)
		}
		due++
		return nil
	})
	if err != nil {
		return err
	}
	if n := cardsB.Stats().KeyN; n != due {
		return fmt.Errorf("%d cards, %d due entries", n, due)
	}
	if err := checkQueues(tx); err != nil {
		return err
	}
	if err := checkTally(tx); err != nil {
		return err
	}
	return checkRetention(tx)
}

// byCountKey is a word's key in the bycount index: most occurrences first,
// then by ID.
func byCountKey(id string, count int) []byte {
	return append(u64(^uint64(max(count, 0))), id...)
}

// ViewTopWords is ViewWords for the limit most frequent words (names
// left out unless names), most frequent first, ties by ID: what `cika
// words --limit N` shows by default, read from the bycount index (schema
// 8) instead of sorting every word.
func (db *DB) ViewTopWords(limit int, names bool, fn func(l *WordList) error) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		l := &WordList{recs: make([]string, 0, max(limit, 0))}
		words := tx.Bucket(bucketWords)
		cur := tx.Bucket(bucketByCount).Cursor()
		var w cards.Word
		for k, _ := cur.First(); k != nil && len(l.recs) < limit; k, _ = cur.Next() {
			if len(k) <= 8 {
				return fmt.Errorf("%w: bycount entry %q", errCorrupt, k)
			}
			v := words.Get(k[8:])
			if v == nil {
				return fmt.Errorf("%w: bycount entry %q names no word", errCorrupt, k)
			}
			if !names {
				l.d = dec{s: unsafeString(v), skipSenses: true}
				l.d.word(&w)
				if l.d.err != nil {
					return fmt.Errorf("word %s: %w", k[8:], l.d.err)
				}
				if w.Name {
					continue
				}
			}
			l.recs = append(l.recs, unsafeString(v))
		}
		return fn(l)
	})
}

// putByCount moves a word in the bycount index from its old count (-1: a
// new word) to count.
func putByCount(tx *bolt.Tx, id string, old, count int) error {
	b := tx.Bucket(bucketByCount)
	if old >= 0 {
		if old == count {
			return nil
		}
		if err := b.Delete(byCountKey(id, old)); err != nil {
			return err
		}
	}
	return b.Put(byCountKey(id, count), nil)
}

// buildByCount fills the bycount index from the words (migration 7→8).
func buildByCount(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketByCount)
	if err != nil {
		return err
	}
	var keys [][]byte
	err = tx.Bucket(bucketWords).ForEach(func(k, v []byte) error {
		w, err := decodeWord(v)
		if err != nil {
			return fmt.Errorf("word %s: %w", k, err)
		}
		keys = append(keys, byCountKey(string(k), w.Count))
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortFunc(keys, bytes.Compare)
	b.FillPercent = 0.9
	for _, k := range keys {
		if err := b.Put(k, nil); err != nil {
			return err
		}
	}
	return nil
}
