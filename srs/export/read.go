package export

import (
	"cmp"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"cika/cards"
	"cika/cards/anki"
	"cika/cards/hsk"
	"cika/srs/review"
	"cika/srs/store"
)

// releaseEvery is how many words are read between two db.Release calls:
// the pages of the collection read so far are let go, so that the export's
// memory does not grow with the collection (with 2048, a 1M-sentence
// collection's RSS stays ≈ 100 MB).
const releaseEvery = 2048

// examplesRead is how many of a word's sentences are read to choose the one
// its notes show (the review session reads as many).
const examplesRead = 24

// Read reads the taught words (those opts.Words names, or all) with their
// example sentence and cards, and with progress their review logs, as Anki
// notes in the order the words were first met.
//
// A word's note needs its first sentences read and judged (cards.ChooseExample),
// which is most of the time of an export: that goes on in a goroutine of its
// own while the words' cards are read. The notes are kept
// encoded (spool.go), a large export's in a temporary file: Close removes it.
func Read(db *store.DB, opts Options) (*Export, error) {
	words, ids, err := taughtWords(db, opts.Words)
	if err != nil {
		return nil, err
	}
	if len(words) == 0 {
		return nil, ErrNothing
	}
	db.Release() // the words bucket, read in one transaction (44 MB of pages on year)
	x := &Export{progress: opts.WithProgress, limits: review.DefaultLimits}
	x.notes = notes{
		spools:     []*spool{{spills: true}, {}}, // the example scan's, the words' and cards'
		head:       make([]record, len(words)),
		word:       make([]record, len(words)),
		example:    make([]record, len(words)),
		hasExample: make([]bool, len(words)),
	}
	spoolHeads(&x.notes, words)
	words = chooserWords(words)
	if _, err := db.Setting(review.SettingLimits, &x.limits); err != nil {
		return nil, err
	}
	sched, err := review.LoadScheduler(db)
	if err != nil {
		return nil, err
	}
	if x.params, err = sched.Parameters(); err != nil {
		return nil, fmt.Errorf("scheduler settings (cika settings): %w", err)
	}
	x.rollover = sched.DayStartsAt

	// The review log is read first: while the examples are chosen, its
	// 31 MB (year collection, 237,000 reviews) would add to theirs.
	var logs map[store.CardKey]cardLog
	if opts.WithProgress {
		if logs, err = reviewLogs(db, ids); err != nil {
			return nil, err
		}
	}
	db.Release() // the review log, read

	familiar, err := db.FamiliarFunc()
	if err != nil {
		return nil, err
	}
	known, err := db.KnownWords()
	if err != nil {
		return nil, err
	}
	titles, err := documentTitles(db)
	if err != nil {
		return nil, err
	}

	// The examples are chosen in one pass over their sentences while the
	// cards are read: each writes its own records of the notes.
	var exampleErr error
	exampleDone := make(chan struct{})
	go func() {
		defer close(exampleDone)
		exampleErr = chooseExamples(db, &x.notes, words, ids, familiar, titles)
	}()
	err = wordRecords(db, x, ids, known, logs, len(opts.Words) == 0)
	<-exampleDone
	if err == nil {
		err = exampleErr
	}
	if err == nil {
		err = x.notes.spoolErr()
	}
	if err != nil {
		x.notes.close()
		return nil, err
	}
	db.Release()
	return x, nil
}

// spoolHeads spools each note's head record: what it takes from its word
// alone.
func spoolHeads(ns *notes, words []cards.Word) {
	sp := ns.spools[1]
	var n anki.Note
	var e enc
	for i := range words {
		w := &words[i]
		n.Word, n.Trad, n.Reading, n.Meaning = w.Word, w.Trad, w.Reading, w.CardGloss()
		n.Others = w.OtherSenses(cards.OtherSensesShown)
		n.Tags = append(hskTags(w.Word), corpusTags(w)...)
		e.b = e.b[:0]
		e.head(&n)
		ns.head[i] = sp.add(1, e.b)
	}
}

// chooserWords are the words as the example scan reads them: what
// cards.NewChooser judges a sentence by (the word, its reading and its
// gloss: cards/example.go's judge) and Pairs, their strings copied into one.
// The words as decoded (the year collection's 70,000: 28 MB, their senses
// most of it) can then go before the scan, the export's largest heap, starts;
// TestReadChoosesAsEachWord checks the choice against the whole words'.
func chooserWords(words []cards.Word) []cards.Word {
	size := 0
	for i := range words {
		size += len(words[i].Word) + len(words[i].Reading) + len(words[i].Gloss)
	}
	var b strings.Builder
	b.Grow(size)
	for i := range words {
		b.WriteString(words[i].Word)
		b.WriteString(words[i].Reading)
		b.WriteString(words[i].Gloss)
	}
	all := b.String()
	out := make([]cards.Word, len(words))
	for i := range words {
		w := &words[i]
		at := func(s string) string {
			v := all[:len(s)]
			all = all[len(s):]
			return v
		}
		out[i] = cards.Word{Word: at(w.Word), Reading: at(w.Reading), Gloss: at(w.Gloss), Pairs: w.Pairs}
	}
	return out
}

// wordRecords spools each note's word record: its cards, and whether its
// word is known. For every word (all) the cards are read in one pass over
// the collection's cards (store.AllCards), in their key order; for a few,
// word by word.
//
// A card's review log goes into its record as reviewLogs encoded it, its
// bytes copied: the record's encoding of a log is the same (enc.chained).
func wordRecords(db *store.DB, x *Export, ids []string, known map[string]bool, logs map[store.CardKey]cardLog, all bool) error {
	sp := x.notes.spools[1]
	var n anki.Note
	var e enc
	var cardLogs []cardLog // each card's log, as reviewLogs read it
	start := func(i int) {
		n = anki.Note{Cards: n.Cards[:0]}
		n.Known = store.IsKnown(known, ids[i])
		cardLogs = cardLogs[:0]
	}
	card := func(c *store.Card) error {
		if n.Added.IsZero() || c.Added.Before(n.Added) {
			n.Added = c.Added
		}
		kind := anki.Recognition
		if c.Kind == cards.Recall {
			kind = anki.Recall
		}
		n.Cards = append(n.Cards, anki.CardState{Kind: kind, Card: schedule(c.Card), Suspended: c.Suspended})
		log := logs[c.Key()]
		if log.n > 0 {
			delete(logs, c.Key()) // spooled with the card
		}
		x.reviews += log.n
		cardLogs = append(cardLogs, log)
		return nil
	}
	end := func(i int) {
		if n.Known {
			x.known++
		}
		e.b = e.b[:0]
		e.wordLogs(&n, cardLogs)
		x.notes.word[i] = sp.add(1, e.b)
	}
	if !all {
		for i := range ids {
			if i%releaseEvery == releaseEvery-1 {
				db.Release()
			}
			cs, err := db.Cards(ids[i])
			if err != nil {
				return err
			}
			start(i)
			for k := range cs {
				if err := card(&cs[k]); err != nil {
					return err
				}
			}
			end(i)
		}
		return nil
	}
	index := make(map[string]int32, len(ids))
	for i, id := range ids {
		index[id] = int32(i)
	}
	cur := -1 // the note whose cards are being read
	err := db.AllCards(func(c store.Card) error {
		i, ok := index[c.Word]
		if !ok {
			return nil // a word not exported
		}
		if int(i) != cur { // a word's cards are together
			if cur >= 0 {
				end(cur)
			}
			cur = int(i)
			start(cur)
		}
		return card(&c)
	})
	if err != nil {
		return err
	}
	if cur >= 0 {
		end(cur)
	}
	for i := range ids {
		if x.notes.word[i].len == 0 { // no card
			start(i)
			end(i)
		}
	}
	return nil
}

// sentencesRead is how many sentences chooseExamples reads in one
// transaction, between two db.Release calls. Year collection with
// progress, 8,192 -> 2,048: the file's pages mapped while the examples are
// read 35-40 -> 26 MB, and no more CPU measured (2.5-3.1 s for the choice
// either way).
const sentencesRead = 2048

// keysRead is for how many words chooseExamples reads the keys of their
// first sentences in one transaction, between two db.Release calls: the
// index of the year collection's 70,000 words, read whole, kept ≈ 60 MB of
// the collection's pages in memory. The words are taken in the order of
// their IDs, the index's: a transaction then reads one stretch of it, where
// in the notes' order 4,096 words were spread over the whole index (a
// fault and up to 64 KB mapped for each).
const keysRead = 4096

// chooseExamples gives each note the example sentence its word's first
// sentences (store.ExampleKeys) have for it (cards.ChooseExample), reading each sentence
// once, in the collection's order, however many words it is an example of.
// A word's sentences come in its own order among the others', so a
// cards.Chooser per word sees them as ChooseExample would; a word's chooser
// is let go as soon as its last sentence is read. The chosen sentences are
// then read a second time, and spooled as the notes' examples.
//
// Both passes view the sentences in place (store.ViewSentences): what is
// kept of one is copied (by a Chooser its English side, by the spool the
// example), so the sentences read make no garbage.
func chooseExamples(db *store.DB, notes *notes, words []cards.Word, ids []string, familiar func(string) bool, titles map[string]string) error {
	type want struct {
		key  store.PairKey
		word int32
	}
	// wants is 12 bytes a sentence read for a word (1.7 million on the
	// year collection): sized from the words' counts of sentences, it is
	// not copied as it grows.
	size := 0
	for i := range words {
		size += min(examplesRead, max(0, words[i].Pairs))
	}
	wants := make([]want, 0, size)
	left := make([]int32, len(words)) // sentences still to read, a word
	byID := make([]int32, len(ids))
	for i := range byID {
		byID[i] = int32(i)
	}
	slices.SortFunc(byID, func(a, b int32) int { return strings.Compare(ids[a], ids[b]) })
	chunk := make([]string, 0, keysRead)
	for from := 0; from < len(byID); from += keysRead {
		chunk = chunk[:0]
		for _, i := range byID[from:min(len(byID), from+keysRead)] {
			chunk = append(chunk, ids[i])
		}
		keys, err := db.ExampleKeys(chunk, examplesRead)
		if err != nil {
			return err
		}
		db.Release()
		for j, ks := range keys {
			i := byID[from+j]
			for _, k := range ks {
				wants = append(wants, want{k, i})
			}
			left[i] = int32(len(ks))
		}
	}
	byID, chunk = nil, nil
	slices.SortFunc(wants, func(a, b want) int {
		return cmp.Or(cmp.Compare(a.key.Doc, b.key.Doc), cmp.Compare(a.key.Pos, b.key.Pos), cmp.Compare(a.word, b.word))
	})
	// The sentences to read, and after each the words reading it: the keys
	// are let go, as the scan holds them the longest.
	var unique []store.PairKey
	var ends []int32 // readers[ends[u-1]:ends[u]] read unique[u]
	readers := make([]int32, len(wants))
	for i, w := range wants {
		if i > 0 && w.key != wants[i-1].key {
			ends = append(ends, int32(i))
		}
		if i == 0 || w.key != wants[i-1].key {
			unique = append(unique, w.key)
		}
		readers[i] = w.word
	}
	if len(wants) > 0 {
		ends = append(ends, int32(len(wants)))
	}
	wants = nil

	// First the choice: a word being chosen for has a Chooser, which keeps
	// only the English side of its best sentence, and the key of that
	// sentence. In the middle of a big collection most words are being
	// chosen for at once (70,000 in the year collection): holding each
	// one's best sentence, even encoded, took 36 MB. What judging a
	// sentence needs of it alone (cards.Facts) is worked out once for all
	// the words reading it.
	choosers := make([]*cards.Chooser, len(words))
	chosen := make([]store.PairKey, len(words))
	has := make([]bool, len(words))
	facts := cards.NewFacts(familiar)
	add := func(i int32, key store.PairKey) {
		if choosers[i] == nil {
			choosers[i] = cards.NewChooser(&words[i], familiar)
		}
		if choosers[i].AddFacts(facts) {
			chosen[i], has[i] = key, true
		}
	}
	done := func(i int32) {
		if left[i]--; left[i] == 0 {
			choosers[i] = nil
		}
	}
	u, r := 0, int32(0) // the next sentence to come, its first reader
	for from := 0; from < len(unique); from += sentencesRead {
		chunk := unique[from:min(len(unique), from+sentencesRead)]
		err := db.ViewSentences(chunk, func(s *store.Sentence) error {
			for ; unique[u] != s.Key; u++ {
				for ; r < ends[u]; r++ {
					done(readers[r]) // not read (no longer a sentence)
				}
			}
			facts.Set(&s.Sentence)
			for ; r < ends[u]; r++ {
				add(readers[r], s.Key)
				done(readers[r])
			}
			u++
			return nil
		})
		if err != nil {
			return err
		}
		db.Release()
	}
	choosers, unique, ends, readers, left = nil, nil, nil, nil, nil

	// Then the chosen sentences are read again, in the collection's order,
	// and become the notes' examples.
	var picks []want
	for i := range chosen {
		if has[i] {
			picks = append(picks, want{chosen[i], int32(i)})
		}
	}
	chosen, has = nil, nil
	slices.SortFunc(picks, func(a, b want) int {
		return cmp.Or(cmp.Compare(a.key.Doc, b.key.Doc), cmp.Compare(a.key.Pos, b.key.Pos), cmp.Compare(a.word, b.word))
	})
	var toRead []store.PairKey
	for k := range picks {
		if k == 0 || picks[k].key != picks[k-1].key {
			toRead = append(toRead, picks[k].key)
		}
	}
	sp := notes.spools[0]
	var note anki.Note
	var e enc
	p := 0 // the next pick
	for from := 0; from < len(toRead); from += sentencesRead {
		chunk := toRead[from:min(len(toRead), from+sentencesRead)]
		err := db.ViewSentences(chunk, func(s *store.Sentence) error {
			for ; picks[p].key != s.Key; p++ { // in order: a sentence not read is skipped
			}
			for ; p < len(picks) && picks[p].key == s.Key; p++ {
				i := picks[p].word
				example(&note, &s.Sentence, ids[i], titles)
				e.b = e.b[:0]
				e.example(&note)
				notes.example[i], notes.hasExample[i] = sp.add(0, e.b), true
			}
			return nil
		})
		if err != nil {
			return err
		}
		db.Release()
	}
	return nil
}

// example gives a note its example sentence s; the note's strings point
// into s (the spool copies them). The note's SentencePinyin is set only when
// the parts do not make up the sentence: otherwise the writer renders the
// sentence's pinyin from the parts and never reads it (working it out took
// 2 s of a 70,000-note export).
func example(n *anki.Note, s *cards.Sentence, id string, titles map[string]string) {
	n.Sentence, n.Translation = s.ZH, s.EN
	n.Highlight = highlightOf(s.Parts, id)
	n.Parts = n.Parts[:0]
	at, whole := 0, len(s.Parts) > 0
	for _, p := range s.Parts {
		n.Parts = append(n.Parts, anki.Part{Text: p.Text, Reading: p.Reading, Target: isWord(&p, id)})
		if whole && strings.HasPrefix(s.ZH[at:], p.Text) {
			at += len(p.Text)
		} else {
			whole = false
		}
	}
	n.SentencePinyin = ""
	if !whole || at != len(s.ZH) {
		n.SentencePinyin = cards.SentencePinyin(s.Parts)
	}
	n.Source = s.Source.String()
	if t := titles[s.Source.Doc]; t != "" {
		n.Source = t + " · " + n.Source // the show and episode, then file, line and speaker
	}
}

// isWord reports whether p.ID() == id, without building the ID.
func isWord(p *cards.Part, id string) bool {
	w := len(p.Word)
	return w > 0 && len(id) == w+1+len(p.Reading) && id[:w] == p.Word && id[w] == ' ' && id[w+1:] == p.Reading
}

// taughtWords are the words with cards (those filter names, or all), in the
// order they were first met, with their IDs. They are put in that order in
// place, following the cycles of the sort's permutation: a cards.Word is two
// hundred bytes, which a sort of the words themselves moved about twenty
// times each, and a sorted copy (the year collection's 70,000 words: 14 MB)
// was fresh memory, a page fault every 4 KB. The slice is sized from the
// collection's count of words, not grown by appending (another 28 MB
// copied).
func taughtWords(db *store.DB, filter []string) ([]cards.Word, []string, error) {
	st, err := db.Stats()
	if err != nil {
		return nil, nil, err
	}
	words := make([]cards.Word, 0, max(0, st.Words))
	err = db.Words(func(w cards.Word) bool {
		if w.Taught() {
			words = append(words, w)
		}
		return true
	})
	if err != nil {
		return nil, nil, err
	}
	if len(filter) > 0 {
		if words, err = selectWords(words, filter); err != nil {
			return nil, nil, err
		}
	}
	ids := make([]string, len(words))
	order := make([]int32, len(words))
	// The documents' names are compared once: a word's is its rank among
	// them.
	rank := map[string]int32{}
	for i := range words {
		ids[i], order[i] = words[i].ID(), int32(i)
		rank[words[i].First.Doc] = 0
	}
	for r, d := range slices.Sorted(maps.Keys(rank)) {
		rank[d] = int32(r)
	}
	docRank := make([]int32, len(words))
	for i := range words {
		docRank[i] = rank[words[i].First.Doc]
	}
	slices.SortFunc(order, func(i, j int32) int {
		return cmp.Or(cmp.Compare(docRank[i], docRank[j]), cmp.Compare(words[i].First.Line, words[j].First.Line),
			strings.Compare(ids[i], ids[j]))
	})
	permute(words, ids, order)
	return words, ids, nil
}

// permute puts words[order[k]] (and ids[order[k]]) at k, in place; order
// is left as it was.
func permute(words []cards.Word, ids []string, order []int32) {
	done := make([]bool, len(order))
	for start := range order {
		if done[start] {
			continue
		}
		w, id := words[start], ids[start]
		k := start
		for {
			done[k] = true
			from := int(order[k])
			if from == start {
				words[k], ids[k] = w, id
				break
			}
			words[k], ids[k] = words[from], ids[from]
			k = from
		}
	}
}

// reviewsRead is how many reviews reviewLogs reads in one transaction,
// between two db.Release calls: the year collection's 237,000 reviews read
// in one kept ≈ 300 MB of the collection's pages in memory. The log's pages
// lie all over the file (each day's answers were committed where there was
// room), and each page read maps up to 64 KB around it: 16,384 reviews a
// transaction still mapped 94 MB, 2,048 map about 40.
// (A variable for the tests.)
var reviewsRead = 2048

// reviewLogs reads the review log of the words' cards, oldest first: a
// card's answers encoded one after the other, each chained with the one
// before (enc.after): about 55 bytes each where an anki.Answer takes 270 and
// holds pointers (unchained, 100 bytes: the year collection's log took 10 MB
// more while the cards were read).
func reviewLogs(db *store.DB, ids []string) (map[store.CardKey]cardLog, error) {
	wanted := make(map[string]bool, len(ids))
	for _, id := range ids {
		wanted[id] = true
	}
	logs := map[store.CardKey]cardLog{}
	last := map[store.CardKey]anki.Schedule{} // a card's latest After
	from := time.Time{}
	for {
		n, more := 0, false
		var at time.Time
		err := db.Reviews(from, func(r store.Review) bool {
			// Stop at a new time: the next transaction starts from it.
			if n >= reviewsRead && !r.ID.Time.Equal(at) {
				from, more = r.ID.Time, true
				return false
			}
			n, at = n+1, r.ID.Time
			if wanted[r.ID.Card.Word] {
				a := answer(&r.ReviewLog)
				log := logs[r.ID.Card]
				e := enc{b: log.b}
				if prev, ok := last[r.ID.Card]; ok {
					e.after(&prev, &a)
				} else {
					e.after(nil, &a)
				}
				logs[r.ID.Card], last[r.ID.Card] = cardLog{n: log.n + 1, b: e.b}, a.After
			}
			return true
		})
		if err != nil {
			return nil, err
		}
		db.Release()
		if !more {
			return logs, nil
		}
	}
}

// cardLog is a card's review log: its answers, encoded one after the
// other (enc.after), and how many.
type cardLog struct {
	n int
	b []byte
}

// selectWords keeps the words named by filter: a hanzi form (simplified or
// traditional, every reading) or a full identity "银行 yin2 hang2".
func selectWords(words []cards.Word, filter []string) ([]cards.Word, error) {
	var out []cards.Word
	for _, f := range filter {
		found := false
		for _, w := range words {
			if w.Word == f || (w.Trad != "" && w.Trad == f) || w.ID() == strings.Join(strings.Fields(f), " ") {
				found = true
				if !slices.ContainsFunc(out, func(o cards.Word) bool { return o.ID() == w.ID() }) {
					out = append(out, w)
				}
			}
		}
		if !found {
			return nil, &UnknownWordError{Word: f}
		}
	}
	return out, nil
}

// highlightOf is the byte span of the word's first occurrence in a
// sentence's parts (whose texts make up the sentence), zero if not found.
func highlightOf(parts []cards.Part, id string) anki.Span {
	off := 0
	for _, p := range parts {
		if p.ID() == id {
			return anki.Span{Start: off, End: off + len(p.Text)}
		}
		off += len(p.Text)
	}
	return anki.Span{}
}

// hskTags tags a note with its word's HSK 2.0 level, "HSK1" … "HSK6", if the
// word is on the list.
func hskTags(word string) []string {
	if lv := hsk.Level(word); lv > 0 {
		return []string{fmt.Sprintf("HSK%d", lv)}
	}
	return nil
}

// corpusTags tags a note with the document its word was first met in:
// "corpus::podcast.zh-en" for podcast.zh-en.txt, "corpus::pairs" for
// pairs.tsv.
func corpusTags(w *cards.Word) []string {
	doc := filepath.Base(filepath.ToSlash(w.First.Doc))
	doc = strings.TrimSuffix(doc, filepath.Ext(doc))
	if doc == "." || doc == "/" {
		doc = ""
	}
	if doc == "" {
		return nil
	}
	return []string{"corpus::" + doc}
}

// documentTitles maps the display name of each document that has a title
// (store.Document.Title) to it.
func documentTitles(db *store.DB) (map[string]string, error) {
	docs, err := db.Documents()
	if err != nil {
		return nil, err
	}
	titles := map[string]string{}
	for _, d := range docs {
		if d.Title != "" {
			titles[d.Name] = d.Title
		}
	}
	return titles, nil
}
