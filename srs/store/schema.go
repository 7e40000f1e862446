package store

// The collection's layout. Every bucket and key is named here and nowhere
// else; a change to any of them needs a new schema version and a migration
// (migrate.go).
//
// Integers in keys are big-endian so that keys sort as numbers. Times in keys
// are timeKey values (Unix nanoseconds with the sign bit flipped, so that they
// sort as times; the zero time sorts first). Separators in composite keys are
// a 0x00 byte, which never occurs in the text parts (word IDs, pinyin,
// English terms).
//
//	meta       "version"             → uint64: the schema version
//	           "created"             → RFC 3339 time the collection was made
//	           "count/<name>"        → uint64 running counts (sentences, words,
//	                                   names, cards, reviews, documents, known;
//	                                   retention/reviews and retention/passed:
//	                                   answers to review cards, and those not
//	                                   Again, for true retention; schema 2;
//	                                   queue/new, queue/newwords and
//	                                   queue/heldnew: schema 5, queue.go)
//	docs       seq (4)               → JSON Document
//	dochash    SHA-256 (32)          → seq (4): the document's identity
//	pairs      seq (4) | pos (4)     → pair record (codec.go): text, provenance,
//	                                   tokens with readings and glosses
//	words      word ID               → word record (codec.go); ID = "银行 yin2 hang2"
//	postings   word ID 0 seq (4)     → the positions of the word's sentences
//	                                   in document seq, as uvarint deltas
//	                                   (postings.go; schema 4, before which
//	                                   "wordpairs" held word ID 0 pair key
//	                                   → nothing, one key per sentence)
//	bycount    ^count (8) word ID    → nothing: the words most frequent
//	                                   first (read.go; schema 8)
//	forms      hanzi 0 word ID       → nothing: simplified and traditional forms
//	formchars  hanzi (1) 0 form 0 word ID → nothing: each character of a
//	                                   form → the word (index.go; schema 11)
//	pinyin     toneless 0 word ID    → nothing: "yinhang" → 银行
//	english    stem 0 word ID        → rank (1 byte): English term → words
//	cards      word ID 0 kind (1)    → JSON cardRecord: FSRS state, flags
//	due        time key (8) card key → 1 byte: every card by due time; the
//	                                   card's srs.State, | 0x80 when suspended,
//	                                   | 0x40 when buried (overview.go; schema 3,
//	                                   state only in 2, empty before), so that
//	                                   the queue and stats need not read cards
//	queue      time key (8) card key → 1 byte as in due, then the card
//	                                   record: the cards that have left the
//	                                   new state (queue.go; schema 5)
//	newq       useful (8) word ID 0 kind (1) → due time key (8), buried
//	                                   until time key (8), uvarint count,
//	                                   rank and HSK level (from schema 6):
//	                                   the new cards a session may
//	                                   introduce, in its order (queue.go;
//	                                   schema 5)
//	learned    word ID               → uvarint: its cards past the new
//	                                   state (tally.go; schema 9, by
//	                                   headword in 7 and 8)
//	answered   slot (8)              → uvarints: answers, retention answers
//	                                   and those passed in each quarter hour
//	                                   (tally.go; schema 7)
//	reviews    time key (8) card key → a review of the log (srs.ReviewLog):
//	                                   binary, about 110 bytes (reviewcodec.go;
//	                                   schema 12), or JSON where binary would
//	                                   not decode alike (JSON in all before)
//	settings   name                  → JSON, owned by the caller
//	pending    seq (4)               → JSON pendingRecord: a document being mined
//	                                   in batches; its pairs and postings
//	                                   are invisible until committed
//	                                   (pending.go)
//	known      hanzi (simplified)    → JSON knownRecord: words the learner
//	                                   already knows (schema 2); their new
//	                                   cards are never introduced
//	sentindex  term 0 seq (4)        → the positions of the sentences of
//	                                   document seq that hold a Han bigram
//	                                   or English term, as uvarint deltas
//	                                   (sentindex.go; schema 11)
//	sentstage  seq (4)               → a bucket for each document being mined:
//	           first (4)             → the terms of the batch of sentences
//	                                   starting at first, each with the
//	                                   positions, from first, of those that
//	                                   hold it (sentindex.go), merged into
//	                                   sentindex before the document is
//	                                   committed (schema 11; schema 10 kept
//	                                   every document so, in "sentterms",
//	                                   keys seq (4) first (4) term)
//	wordstage  seq (4)               → a bucket for each pending document
//	                                   whose new words are written before
//	                                   its commit (stage.go): buckets
//	                                   named and laid out as words,
//	                                   bycount, cards, due, newq, forms,
//	                                   formchars, pinyin and english,
//	                                   with the collection's entries,
//	                                   which the commit moves in place of
//	                                   the collection's; made on demand,
//	                                   not by a migration, and gone when
//	                                   no document is pending
var (
	bucketMeta     = []byte("meta")
	bucketDocs     = []byte("docs")
	bucketDocHash  = []byte("dochash")
	bucketPairs    = []byte("pairs")
	bucketWords    = []byte("words")
	bucketPostings = []byte("postings")
	bucketForms    = []byte("forms")
	bucketPinyin   = []byte("pinyin")
	bucketEnglish  = []byte("english")
	bucketCards    = []byte("cards")
	bucketDue      = []byte("due")
	bucketQueue    = []byte("queue")
	bucketNewQ     = []byte("newq")
	bucketLearned  = []byte("learned")
	bucketAnswered = []byte("answered")
	bucketByCount  = []byte("bycount")
	bucketReviews  = []byte("reviews")
	bucketSettings = []byte("settings")
	bucketKnown    = []byte("known")
	// bucketFormChars is the character index (index.go; schema 11).
	bucketFormChars = []byte("formchars")
	// The sentence index (sentindex.go; schema 11) and the batches of it
	// that a document being mined writes.
	bucketSentIndex = []byte("sentindex")
	bucketSentStage = []byte("sentstage")
	// bucketSentTerms10 was the sentence index of schema 10: only the
	// upgrade to 11 deletes it.
	bucketSentTerms10 = []byte("sentterms")
	// bucketPending is made by the first batched mining (pending.go), not
	// by a migration: readers take its absence for "nothing pending".
	bucketPending = []byte("pending")
	// bucketWordStage holds the new words of a big corpus until its
	// commit (stage.go); made on demand, as bucketPending is.
	bucketWordStage = []byte("wordstage")

	keyVersion = []byte("version")
	keyCreated = []byte("created")
)

// allBuckets are created by the first migration.
var allBuckets = [][]byte{
	bucketMeta, bucketDocs, bucketDocHash, bucketPairs, bucketWords, bucketPostings,
	bucketForms, bucketPinyin, bucketEnglish, bucketCards, bucketDue, bucketReviews, bucketSettings,
	bucketKnown, bucketQueue, bucketNewQ, bucketLearned, bucketAnswered, bucketByCount,
	bucketSentIndex, bucketSentStage, bucketFormChars,
}

// Running counts kept in meta under "count/<name>", updated in the same
// transaction as the records they count, so that stats need no scan.
const (
	countDocuments = "documents"
	countSentences = "sentences"
	countWords     = "words"
	countNames     = "names"
	countCards     = "cards"
	countReviews   = "reviews"
	countKnown     = "known"
	// Answers given to cards in the review state, and those of them not
	// graded Again (overview.go): not counts of a bucket's keys.
	countRetentionReviews = "retention/reviews"
	countRetentionPassed  = "retention/passed"
	// The new queue (queue.go; schema 5): the cards in newq, their
	// distinct words, and the new cards that are suspended.
	countNewCards = "queue/new"
	countNewWords = "queue/newwords"
	countHeldNew  = "queue/heldnew"
	// The cards past the new state (tally.go; schema 7): by state when
	// not suspended ("past/state/1" … "past/state/3"), and suspended.
	countPastState     = "past/state/"
	countPastSuspended = "past/suspended"
)

// counted maps each count to the bucket whose keys it counts (names are a
// subset of words and are checked separately).
var counted = map[string][]byte{
	countDocuments: bucketDocs,
	countSentences: bucketPairs,
	countWords:     bucketWords,
	countCards:     bucketCards,
	countReviews:   bucketReviews,
	countKnown:     bucketKnown,
}

func countKey(name string) []byte { return []byte("count/" + name) }

// sep separates the parts of composite keys.
const sep = 0x00
