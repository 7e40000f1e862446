// Package anki exports cika's words to Anki: a .apkg package (the classic
// layout, a zip holding a schema-11 SQLite collection and a media map) that
// Anki 2.1.50 and later import, optionally with the learner's FSRS progress
// and review history, and Anki's tab-separated text import format.
//
// The package works on its own small input model (Note, CardState, Options)
// so it does not depend on how the collection is stored. The rules it
// follows, and the gotchas that would lose a learner's progress, are written
// down in ../shared/anki/APKG.md; the tests check each of them.
//
// Identities are stable: a note's guid is derived from the word's identity
// (simplified headword + numeric reading), so importing a newer export
// updates the notes already in Anki instead of duplicating them, and note and
// card ids are derived from the guid and the time the word was added.
package anki

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"cika/cards/pinyin"
)

// Note is one word as it goes to Anki: one Anki note with two cards.
// Every text field is plain text as the learner's files and the dictionary
// give it; the exporter escapes it for Anki's HTML fields.
type Note struct {
	Word    string // simplified headword, "银行"
	Trad    string // traditional form, "銀行"; "" or Word when the same
	Reading string // numeric pinyin, "yin2 hang2"
	Meaning string // the sense in context, CC-CEDICT's notation allowed
	// Others are the word's other main senses, shown after Meaning, set
	// apart (smaller, dimmer).
	Others []string

	// Sentence is the example sentence (Chinese) the word was met in.
	Sentence string
	// Highlight is the byte range of the word in Sentence. The zero Span
	// means "the first occurrence of Word (or Trad) in Sentence".
	Highlight Span
	// SentencePinyin is the sentence in tone-marked pinyin, word by word
	// ("wǒ qù yínháng."), as cards.SentencePinyin writes it.
	SentencePinyin string
	// Parts are the sentence as analysed, word by word (optional). With
	// them every occurrence of the word is marked, and the sentence's
	// pinyin is coloured by tone with the word highlighted in it.
	Parts       []Part
	Translation string // the English side of the example pair
	Source      string // where the pair came from, "podcast.txt line 12"

	// Tags go to Anki as they are, with spaces replaced by "_" ("HSK3",
	// "corpus::suleyman"); the tag "cika" is always added.
	Tags []string

	// Known marks a word the learner already knows (on cika's known list):
	// both its cards are exported suspended (queue -1), with or without
	// progress, so Anki never teaches it as new, and the note is tagged
	// "known". Unsuspending the cards in Anki brings them back.
	Known bool

	// Added is when the word entered the collection. It becomes the
	// creation time Anki shows for the note and its cards; the zero time
	// gives a fixed, still stable, creation time.
	Added time.Time

	// Cards holds the learner's progress, at most one state per Kind.
	// Kinds without a state are exported as new cards. Used only with
	// Options.WithProgress.
	Cards []CardState
}

// Span is a byte range [Start, End) of a string.
type Span struct{ Start, End int }

// Kind is a card of a note: its template, and its ord in Anki.
type Kind int

const (
	Recognition Kind = 0 // Hanzi → reading and meaning
	Recall      Kind = 1 // meaning → Hanzi
)

func (k Kind) String() string {
	switch k {
	case Recognition:
		return "recognition"
	case Recall:
		return "recall"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// CardState is the learner's progress on one card of a note.
type CardState struct {
	Kind      Kind
	Card      Schedule
	Suspended bool
	// Reviews is the card's review log, oldest first. Anki uses it for
	// FSRS only when it starts with the first answer of the new card
	// (a learning entry); a complete log from cika always does.
	Reviews []Answer
}

// State is where a card is in its life, numbered as Anki's FSRS (and
// ts-fsrs) number them.
type State uint8

const (
	New        State = 0
	Learning   State = 1
	Review     State = 2
	Relearning State = 3
)

// Schedule is a card's FSRS memory and schedule: what Anki keeps in a card
// row and its data column. This package keeps its own copy of the fields it
// writes so that the file format does not depend on cika's scheduler; the
// export job maps one onto the other.
type Schedule struct {
	State         State
	Stability     float64 // days
	Difficulty    float64 // 1..10
	Step          int     // index into the learning or relearning steps
	Due           time.Time
	LastReview    time.Time // zero for a new card
	ScheduledDays int       // the interval given, in days (0 while in steps)
	Reps          int
	Lapses        int
}

// Grade is an answer's button, as Anki's revlog ease numbers them.
type Grade uint8

const (
	Again Grade = 1
	Hard  Grade = 2
	Good  Grade = 3
	Easy  Grade = 4
)

// Answer is one entry of a card's review log.
type Answer struct {
	Time          time.Time
	Grade         Grade
	ScheduledDays int // the interval this answer gave, in days (0 while in steps)
	Before, After Schedule
	Duration      time.Duration // time spent on the card
}

// Parameters are the FSRS settings the deck options carry to Anki.
type Parameters struct {
	W                []float64 // the 21 FSRS-6 weights
	DesiredRetention float64   // 0 means Anki's default, 0.9
	LearningSteps    []time.Duration
	RelearningSteps  []time.Duration
	MaximumInterval  int // days; 0 means 36500
	NewPerDay        int // new cards a day; 0 means Anki's default, 20
	ReviewsPerDay    int // reviews a day; 0 means Anki's default, 200
}

// Options control an export.
type Options struct {
	// Deck is the Anki deck name; "::" separates sub-decks. "" means "cika".
	Deck string
	// WithProgress exports the cards' schedules, FSRS memory and review
	// logs; without it every card arrives as new.
	WithProgress bool
	// Parameters go into the deck options (required with WithProgress).
	Parameters Parameters
	// Now is the time of the export: modification times, and the day the
	// collection counts from. Its Location is the learner's time zone.
	Now time.Time
	// Rollover is the hour (0-23, local) at which the learner's day starts,
	// as Anki's "next day starts at" (Anki's default is 4).
	Rollover int
}

// NotetypeName is the name of cika's note type in Anki. The text export
// refers to it, so the .apkg must have been imported once before a .txt.
const NotetypeName = "cika word"

// DefaultDeck is the deck used when Options.Deck is empty.
const DefaultDeck = "cika"

// Fields are the note type's fields, in order. Hanzi is the sort field and
// the first field (Anki's duplicate check and checksum use it).
var Fields = []string{
	"Hanzi", "Pinyin", "PinyinColored", "Meaning", "Sentence",
	"SentencePinyin", "Translation", "Source", "Traditional",
}

// Errors returned for input that cannot be exported.
var (
	// ErrBadDeck is returned for a deck name Anki would not keep as given.
	ErrBadDeck = errors.New("bad deck name")
	// ErrBadNote is returned for a note without a word or reading, or
	// with card states or reviews that make no sense.
	ErrBadNote = errors.New("bad note")
	// ErrDuplicate is returned when two notes have the same identity.
	ErrDuplicate = errors.New("duplicate note")
	// ErrNoParameters is returned by a progress export without FSRS weights.
	ErrNoParameters = errors.New("no FSRS parameters")
)

// GUID is the Anki guid of the note for a word: derived from the word's
// identity (simplified headword + numeric reading, whitespace normalised),
// so every export gives a word the same guid and Anki updates the note
// instead of adding a duplicate. It is 11 characters of [0-9A-Za-z].
func GUID(word, reading string) string {
	return guidOf(identityHash(word, reading))
}

// guidOf is the guid of a word's identityHash.
func guidOf(h uint64) string {
	const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	var b [11]byte
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = digits[h%62]
		h /= 62
	}
	return string(b[:])
}

func identityHash(word, reading string) uint64 {
	sum := sha256.Sum256([]byte("cika word\x00" + strings.TrimSpace(word) + "\x00" +
		strings.Join(strings.Fields(reading), " ")))
	return binary.BigEndian.Uint64(sum[:8])
}

// hash64 is a stable 64-bit hash of a label, for deck and preset ids.
func hash64(label string) uint64 {
	sum := sha256.Sum256([]byte(label))
	return binary.BigEndian.Uint64(sum[:8])
}

// fallbackAdded is the creation time given to notes without an Added time.
var fallbackAdded = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// checkNote reports what makes a note impossible to export.
func checkNote(i int, n *Note) error {
	where := func() string {
		if n.Word != "" {
			return fmt.Sprintf("note %d (%s %s)", i+1, n.Word, n.Reading)
		}
		return fmt.Sprintf("note %d", i+1)
	}
	if strings.TrimSpace(n.Word) == "" {
		return fmt.Errorf("%s: %w: no word", where(), ErrBadNote)
	}
	if strings.TrimSpace(n.Reading) == "" {
		return fmt.Errorf("%s: %w: no reading", where(), ErrBadNote)
	}
	if !utf8.ValidString(n.Word) || !utf8.ValidString(n.Reading) {
		return fmt.Errorf("%s: %w: not UTF-8", where(), ErrBadNote)
	}
	var seen [2]bool
	for _, c := range n.Cards {
		if c.Kind != Recognition && c.Kind != Recall {
			return fmt.Errorf("%s: %w: card kind %d", where(), ErrBadNote, int(c.Kind))
		}
		if seen[c.Kind] {
			return fmt.Errorf("%s: %w: two %s cards", where(), ErrBadNote, c.Kind)
		}
		seen[c.Kind] = true
		if c.Card.State > Relearning {
			return fmt.Errorf("%s: %w: %s card in state %d", where(), ErrBadNote, c.Kind, c.Card.State)
		}
		for k, r := range c.Reviews {
			if r.Grade < Again || r.Grade > Easy {
				return fmt.Errorf("%s: %w: %s card review %d has grade %d",
					where(), ErrBadNote, c.Kind, k+1, r.Grade)
			}
			if r.Time.IsZero() {
				return fmt.Errorf("%s: %w: %s card review %d has no time", where(), ErrBadNote, c.Kind, k+1)
			}
			if k > 0 && r.Time.Before(c.Reviews[k-1].Time) {
				return fmt.Errorf("%s: %w: %s card reviews out of order at %d",
					where(), ErrBadNote, c.Kind, k+1)
			}
		}
	}
	return nil
}

// deckNames checks a deck name and returns it with its parents, outermost
// first: "A::B" → ["A", "A::B"]. Anki's own "Default" deck is refused, since
// the package carries it separately.
func deckNames(deck string) ([]string, error) {
	if deck == "" {
		deck = DefaultDeck
	}
	parts := strings.Split(deck, "::")
	var names []string
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			return nil, fmt.Errorf("%w %q: empty part", ErrBadDeck, deck)
		}
		for _, r := range p {
			if unicode.IsControl(r) || r == '"' {
				return nil, fmt.Errorf("%w %q: control character or quote", ErrBadDeck, deck)
			}
		}
		parts[i] = p
		names = append(names, strings.Join(parts[:i+1], "::"))
	}
	if strings.EqualFold(names[0], "Default") {
		return nil, fmt.Errorf("%w %q: Default is Anki's own deck, choose another name", ErrBadDeck, deck)
	}
	return names, nil
}

// --- field rendering ------------------------------------------------------

// clean removes what must never reach a field: invalid UTF-8 and control
// characters (Anki separates fields with \x1f, so one inside a field would
// shift every field after it). Newlines become spaces here and <br> only
// after escaping; tabs become spaces.
func clean(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }) {
		return s
	}
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return '\n'
		case r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// esc makes plain text safe in an HTML field: markup shows as text.
func esc(s string) string {
	s = html.EscapeString(clean(s))
	return strings.ReplaceAll(s, "\n", "<br>")
}

// marks writes a numeric reading as cika prints pinyin (cards.Pinyin):
// tone marks, syllables joined, an apostrophe before a syllable starting
// with a, o or e: "xi1 an1" → "xī'ān".
func marks(reading string) string {
	var b strings.Builder
	for i, syl := range strings.Fields(clean(reading)) {
		m := markSyllable(syl)
		if i > 0 && needsApostrophe(m) {
			b.WriteByte('\'')
		}
		b.WriteString(m)
	}
	return b.String()
}

func needsApostrophe(syl string) bool {
	r, _ := utf8.DecodeRuneInString(syl)
	return strings.ContainsRune("aoeāáǎàōóǒòēéěèAOEĀÁǍÀŌÓǑÒĒÉĚÈ", r)
}

// markSyllable puts the tone mark on a numeric syllable ("hang2" → "háng")
// and leaves anything else (punctuation, Latin words, odd text) as it is.
// Only ASCII letters, ü and CC-CEDICT's "u:" reach pinyin.MarkSyllable.
func markSyllable(syl string) string {
	n := len(syl)
	if n < 2 || syl[n-1] < '1' || syl[n-1] > '5' {
		return syl
	}
	for _, r := range syl[:n-1] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == 'ü' || r == 'Ü' || r == ':') {
			return syl
		}
	}
	return pinyin.MarkSyllable(syl)
}

// coloredPinyin is marks with each syllable in a span whose class names its
// tone (t1-t5, t0 when no tone is written), which the card CSS colours.
func coloredPinyin(reading string) string {
	return string((*syllables)(nil).appendColored(nil, reading))
}

// syllables remembers how coloredPinyin renders each syllable: an export
// renders every syllable of every example sentence, a few million on a
// year's collection, of little more than a thousand kinds, and marking
// each one again took a third of the time of rendering the fields. A nil
// *syllables remembers nothing. Only one goroutine may use a syllables.
//
// A syllable of up to 7 bytes (all of pinyin's: "zhuang1") is looked up by
// its bytes and length packed in an integer, which hashes and compares in
// a few instructions where a string key took a third of the rendering's
// time (a 63,000-note export: 0.3 s of its 7).
type syllables struct {
	short map[uint64]syllable
	long  map[string]syllable
}

type syllable struct {
	html       string // <span class=tN>marked</span>
	apostrophe bool   // written after another syllable, it takes an apostrophe
}

// syllablesKept bounds what a syllables remembers: a reading may hold any
// text, and past this many kinds, the syllables met are rendered anew.
const syllablesKept = 4096

// shortKey packs a syllable of up to 7 bytes, and its length, in an
// integer.
func shortKey(syl string) (uint64, bool) {
	if len(syl) > 7 {
		return 0, false
	}
	k := uint64(len(syl)) << 56
	for i := 0; i < len(syl); i++ {
		k |= uint64(syl[i]) << (8 * i)
	}
	return k, true
}

func (c *syllables) get(syl string) syllable {
	key, short := shortKey(syl)
	if c != nil {
		var s syllable
		var ok bool
		if short {
			s, ok = c.short[key]
		} else {
			s, ok = c.long[syl]
		}
		if ok {
			return s
		}
	}
	_, tone := pinyin.Split(syl)
	m := markSyllable(syl)
	s := syllable{html: `<span class=t` + strconv.Itoa(tone) + `>` + esc(m) + `</span>`, apostrophe: needsApostrophe(m)}
	if c != nil && len(c.short)+len(c.long) < syllablesKept {
		if short {
			if c.short == nil {
				c.short = make(map[uint64]syllable)
			}
			c.short[key] = s
		} else {
			if c.long == nil {
				c.long = make(map[string]syllable)
			}
			c.long[strings.Clone(syl)] = s
		}
	}
	return s
}

// appendColored appends coloredPinyin(reading) to b.
func (c *syllables) appendColored(b []byte, reading string) []byte {
	first := true
	for syl := range strings.FieldsSeq(clean(reading)) {
		s := c.get(syl)
		if !first && s.apostrophe {
			b = append(b, '\'')
		}
		b = append(b, s.html...)
		first = false
	}
	return b
}

// KnownTag is the tag of the notes of known words (Note.Known).
const KnownTag = "known"

// noteTags are a note's tags as Anki stores them, "known" added for a
// known word.
func noteTags(n *Note) string {
	if n.Known {
		return tagString(append(n.Tags[:len(n.Tags):len(n.Tags)], KnownTag))
	}
	return tagString(n.Tags)
}

// tagString renders tags the way Anki stores them: " a b " (space-separated
// with a space at both ends), spaces inside a tag replaced by "_".
func tagString(tags []string) string {
	seen := map[string]bool{"cika": true}
	out := []string{"cika"}
	for _, t := range tags {
		t = strings.Join(strings.Fields(clean(t)), "_")
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	return " " + strings.Join(out, " ") + " "
}
