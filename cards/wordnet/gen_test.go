package wordnet

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/binary"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var (
	update = flag.Bool("update", false, "regenerate wordnet.bin and LICENSE.wordnet from the WordNet 3.0 database")
	wnDir  = flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet 3.0 database (Debian's wordnet-base)")
	wnCopy = flag.String("wordnet-copyright", "/usr/share/doc/wordnet-base/copyright", "Debian's copyright file of wordnet-base, whose WordNet3.0 licence goes to LICENSE.wordnet")
)

// supplementFile holds the relations of general English that WordNet
// lacks (see its header), which TestGenerate adds to WordNet's.
const supplementFile = "supplement.txt"

// TestGenerate regenerates wordnet.bin and LICENSE.wordnet from the
// WordNet 3.0 database as Debian's wordnet-base installs it (go generate
// runs it):
//
//	apt-get install wordnet-base
//	go test ./cards/wordnet -run TestGenerate -update
//
// What goes in, for every WordNet lemma of at most maxWords words
// (lower-cased, "_" written as a space; 145,000 of WordNet's 147,000):
//
//   - its common senses: those SemCor tagged (cntlist.rev) at least
//     commonShare of the lemma's tags (firstShare for the first sense of a
//     part of speech, WordNet's most frequent), of its tags as a noun for a
//     noun sense, as a verb for a verb sense (markCommon); a lemma SemCor
//     never tagged keeps the first sense of each part of speech. "give" the
//     noun (springiness) is not common, 1 tag in 800;
//   - Synonym: the synsets of its common senses, and for an adverb the
//     adverbs the gloss of its first sense names (adverbsByGloss: fully,
//     "completely or entirely");
//   - Related: for each common sense, each pointer to a synset one step
//     away (hypernym, instance hypernym and the reverse, similar to,
//     also see), as a group of the pair of synsets, so that the
//     two ends share it but two hyponyms of one synset do not; hypernyms
//     that are too general (generic) are left out, and so are attributes,
//     which tie both ends of a scale to its name (wrong and right to
//     correctness);
//   - Derived: WordNet's derivational and pertainym pointers from or to a
//     common sense, and the pairs a suffix rule finds (safety/safe) when
//     the longer word's gloss uses the shorter (derivedBySuffix), each as a
//     group of the pair of lemmas;
//   - Derived or Synonym: the pairs of supplement.txt, relations of
//     general English WordNet does not make (success/succeed,
//     strength/strong, rely/depend), each as a group of the pair of
//     lemmas; a phrase of it that WordNet lacks ("learn by heart") becomes
//     a lemma of its part of speech, with no senses;
//   - nothing but itself for a function word (stopWords) or a single
//     letter: "in" is not "inch", "us" not "United States"; the function
//     words are in the table, flagged, even those WordNet lacks, so that
//     the detachment rules leave them alone ("does" is not "doe").
//
// A group only one lemma has relates nothing and is dropped. The exception
// lists (*.exc) go in for the bases that are lemmas of the part of speech;
// a form none of whose bases is ("his his") stays, base-less, to keep the
// detachment rules off it.
//
// wordnet.bin is magic, then five little-endian uint32s
// (the number of lemmas, the first Synonym, Derived and Related ids, the
// number of exception forms), then the lemmas, sorted, each ended by a
// newline; the group records, one a lemma (see lexicon.appendGroups); the
// exception forms, sorted, each ended by a newline; and for each form the
// number of its bases, then a POS bit and a uvarint of 1 + the lemma index
// (0: none) for each, and a final zero byte. There are no offsets:
// parseRaw finds the items in one pass.
func TestGenerate(t *testing.T) {
	if !*update {
		t.Skip("run with -update (and wordnet-base installed) to regenerate wordnet.bin and LICENSE.wordnet")
	}
	db, err := readDB(*wnDir)
	if err != nil {
		t.Fatalf("%v\nhint: apt-get install wordnet-base, or name the database with -wordnet DIR", err)
	}
	sup, err := readSupplement(supplementFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.addSupplement(sup); err != nil {
		t.Fatal(err)
	}
	raw, stats := db.encode()
	if _, err := parseRaw(raw); err != nil {
		t.Fatalf("the table just written: %v", err)
	}
	if err := os.WriteFile("wordnet.bin", raw, 0o644); err != nil {
		t.Fatal(err)
	}
	lic, err := licence(*wnCopy)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("LICENSE.wordnet", []byte(lic), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wordnet.bin: %d bytes; %s", len(raw), stats)
}

// licence extracts the WordNet3.0 licence from Debian's copyright file,
// with a line saying where it comes from.
func licence(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read licence: %w", err)
	}
	var out strings.Builder
	out.WriteString("The table wordnet.bin is derived from WordNet 3.0 (https://wordnet.princeton.edu/),\n" +
		"whose licence follows.\n\n")
	in := false
	for line := range strings.Lines(string(b)) {
		switch {
		case strings.HasPrefix(line, "License: WordNet3.0"):
			in = true
		case in && !strings.HasPrefix(line, " "):
			in = false
		case in:
			line = strings.TrimPrefix(line, " ")
			if strings.TrimSpace(line) == "." {
				line = "\n"
			}
			out.WriteString(line)
		}
	}
	if !strings.Contains(out.String(), "WordNet 3.0 Copyright 2006 by Princeton University") {
		return "", fmt.Errorf("read licence: no WordNet 3.0 licence in %s", path)
	}
	return out.String(), nil
}

const (
	maxWords    = 3    // the longest lemmas kept, in words
	commonShare = 0.10 // the share of a lemma's SemCor tags that makes a sense common
	firstShare  = 0.05 // the same for the first sense of a part of speech
	// posShare is the share of a lemma's tags that a noun or a verb needs
	// for its senses to be common by their share of its tags (markCommon).
	posShare = 0.05
	// A hypernym with more direct hyponyms than maxHyponyms, or a noun
	// synset at most minDepth steps below entity, is too general to relate
	// its hyponyms to its words (person, act, change…).
	maxHyponyms = 40
	minDepth    = 4
)

// stopWords are English function words, whose WordNet senses are rare
// nouns (in: inch, us: United States, be: beryllium, can: container) or
// too general to relate anything; they keep only their own Same group.
var stopWords = strings.Fields(`a about above across after again against all almost along also am among an and
another any anybody anyone anything are around as at be because been before behind being below beside
besides between beyond both but by can cannot could did do does doing done down during each either else
enough even ever every everybody everyone everything few for from further had has have having he her here
hers herself him himself his how however i if in into is it its itself just least less many may me might
mine more most much must my myself neither never no nobody none nor not nothing now of off often on once
one only onto or other others otherwise our ours ourselves out over own per perhaps quite rather same
several shall she should since so some somebody someone something sometimes still such than that the
their theirs them themselves then there therefore these they this those though through thus till to too
toward towards under until up upon us very via was we well were what whatever when whenever where
wherever whether which while who whoever whom whose why will with within without would yet you your yours
yourself yourselves zero two three four five six seven eight nine ten eleven twelve hundred thousand
million billion first second third get got make made take took let lets ok okay yes oh`)

// posBit maps a WordNet part-of-speech letter to its bit.
func posBit(c byte) uint8 {
	switch c {
	case 'n':
		return noun
	case 'v':
		return verb
	case 'a', 's':
		return adj
	case 'r':
		return adv
	}
	return 0
}

// posIndex is the index of bit p among noun, verb, adj, adv.
func posIndex(p uint8) int {
	for i := range 4 {
		if p == 1<<i {
			return i
		}
	}
	panic("posIndex " + strconv.Itoa(int(p)))
}

type synKey struct {
	pos uint8 // posBit
	off int
}

type pointer struct {
	sym      string
	to       synKey
	src, tgt int // word numbers, 0 for a pointer between synsets
}

type synset struct {
	words []string // lower case, "_" as " "
	ptrs  []pointer
	gloss string // the definition, without the examples
	depth int    // noun synsets: fewest hypernym steps to a root
	hypos int    // direct hyponyms and instances
}

type lemmaPOS struct {
	senses []synKey // in WordNet's order
	counts []int    // SemCor tag counts, by sense
	common []bool
}

type db struct {
	syn    map[synKey]*synset
	lemmas map[string]*[4]*lemmaPOS
	exc    map[string][]excBase
	sup    []supPair // supplement.txt, checked (addSupplement)
}

type excBase struct {
	pos  uint8
	base string
}

func word(s string) string { return strings.ReplaceAll(strings.ToLower(s), "_", " ") }

func keep(lemma string) bool { return strings.Count(lemma, " ") < maxWords }

func readDB(dir string) (*db, error) {
	d := &db{syn: map[synKey]*synset{}, lemmas: map[string]*[4]*lemmaPOS{}, exc: map[string][]excBase{}}
	for _, p := range []string{"noun", "verb", "adj", "adv"} {
		if err := d.readData(filepath.Join(dir, "data."+p)); err != nil {
			return nil, err
		}
		if err := d.readIndex(filepath.Join(dir, "index."+p)); err != nil {
			return nil, err
		}
		if err := d.readExc(filepath.Join(dir, p+".exc"), posBit(p[0])); err != nil {
			return nil, err
		}
	}
	if err := d.readCounts(filepath.Join(dir, "cntlist.rev")); err != nil {
		return nil, err
	}
	d.depths()
	d.markCommon()
	return d, nil
}

func eachLine(path string, f func(fields []string, line string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read wordnet: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue // the licence header of data and index files
		}
		if err := f(strings.Fields(line), line); err != nil {
			return fmt.Errorf("read %s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// readData reads a data.* file: offset lex_filenum ss_type w_cnt (hex)
// [word lex_id]… p_cnt [ptr_symbol offset pos source/target]… | gloss.
func (d *db) readData(path string) error {
	return eachLine(path, func(f []string, line string) error {
		off, err := strconv.Atoi(f[0])
		if err != nil {
			return err
		}
		s := &synset{}
		key := synKey{posBit(f[2][0]), off}
		nw, err := strconv.ParseInt(f[3], 16, 0)
		if err != nil {
			return err
		}
		i := 4
		for range nw {
			w := f[i]
			if p := strings.IndexByte(w, '('); p > 0 { // adjective markers: (a), (p), (ip)
				w = w[:p]
			}
			s.words = append(s.words, word(w))
			i += 2
		}
		np, err := strconv.Atoi(f[i])
		if err != nil {
			return err
		}
		i++
		for range np {
			o, err := strconv.Atoi(f[i+1])
			if err != nil {
				return err
			}
			st, err := strconv.ParseUint(f[i+3], 16, 16)
			if err != nil {
				return err
			}
			s.ptrs = append(s.ptrs, pointer{f[i], synKey{posBit(f[i+2][0]), o}, int(st >> 8), int(st & 0xff)})
			i += 4
		}
		if _, g, ok := strings.Cut(line, " | "); ok {
			g, _, _ = strings.Cut(g, "; \"")
			s.gloss = strings.ToLower(g)
		}
		d.syn[key] = s
		return nil
	})
}

// readIndex reads an index.* file: lemma pos synset_cnt p_cnt
// [ptr_symbol]… sense_cnt tagsense_cnt synset_offset…
func (d *db) readIndex(path string) error {
	return eachLine(path, func(f []string, _ string) error {
		lemma := word(f[0])
		if !keep(lemma) {
			return nil
		}
		pos := posBit(f[1][0])
		np, err := strconv.Atoi(f[3])
		if err != nil {
			return err
		}
		lp := &lemmaPOS{}
		for _, o := range f[4+np+2:] {
			off, err := strconv.Atoi(o)
			if err != nil {
				return err
			}
			k := synKey{pos, off}
			if d.syn[k] == nil {
				return fmt.Errorf("synset %d not in data", off)
			}
			lp.senses = append(lp.senses, k)
		}
		lp.counts = make([]int, len(lp.senses))
		e := d.lemmas[lemma]
		if e == nil {
			e = new([4]*lemmaPOS)
			d.lemmas[lemma] = e
		}
		e[posIndex(pos)] = lp
		return nil
	})
}

// readExc reads an exception list: inflected form, then its bases. A form
// keeps its place in the list even when none of its bases is a lemma of
// the part of speech (base ""), since being listed keeps the detachment
// rules off it ("his his": not a plural).
func (d *db) readExc(path string, pos uint8) error {
	return eachLine(path, func(f []string, _ string) error {
		form := word(f[0])
		n := 0
		for _, b := range f[1:] {
			base := word(b)
			if e := d.lemmas[base]; e != nil && e[posIndex(pos)] != nil {
				d.exc[form] = append(d.exc[form], excBase{pos, base})
				n++
			}
		}
		if n == 0 {
			d.exc[form] = append(d.exc[form], excBase{pos, ""})
		}
		return nil
	})
}

// readCounts reads cntlist.rev: sense_key sense_number tag_cnt, the
// sense key being lemma%ss_type:…
func (d *db) readCounts(path string) error {
	return eachLine(path, func(f []string, _ string) error {
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || len(f) != 3 {
			return fmt.Errorf("bad sense key %q", f[0])
		}
		sense, err1 := strconv.Atoi(f[1])
		n, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad count line %q", f)
		}
		pos := [...]uint8{0, noun, verb, adj, adv, adj}[rest[0]-'0']
		if e := d.lemmas[word(lemma)]; e != nil {
			if lp := e[posIndex(pos)]; lp != nil && sense >= 1 && sense <= len(lp.counts) {
				lp.counts[sense-1] += n
			}
		}
		return nil
	})
}

// depths sets each noun synset's depth below the roots and every synset's
// number of hyponyms.
func (d *db) depths() {
	var queue []synKey
	for k, s := range d.syn {
		s.depth = -1
		root := true
		for _, p := range s.ptrs {
			switch p.sym {
			case "~", "~i":
				s.hypos++
			case "@", "@i":
				root = false
			}
		}
		if root && k.pos == noun {
			s.depth = 0
			queue = append(queue, k)
		}
	}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		s := d.syn[k]
		for _, p := range s.ptrs {
			if c := d.syn[p.to]; (p.sym == "~" || p.sym == "~i") && c.depth < 0 {
				c.depth = s.depth + 1
				queue = append(queue, p.to)
			}
		}
	}
}

// generic reports whether synset k is too general a hypernym to relate
// its hyponyms to its words.
func (d *db) generic(k synKey) bool {
	s := d.syn[k]
	return s.hypos > maxHyponyms || (k.pos == noun && s.depth <= minDepth)
}

// markCommon marks the common senses of every lemma. A noun's or a
// verb's share is of the lemma's tags in that part of speech, where it has
// at least posShare of them (none of its senses is common otherwise: "give"
// the noun, 1 tag in 800); a share of all the lemma's tags would drop the
// verbs of a word mostly tagged as a noun: "cope" is "deal" the verb's
// fourth sense, 9 of its 89 verb tags but 9 of 100 in all, and "basis" is
// base the noun's seventh, 2 of 20 noun tags but of 102 in all (base is
// mostly a verb). An adjective's or an adverb's share stays of all
// the lemma's tags: the adjective senses of a word mostly a noun would say
// its noun's glosses ("next" is the adjective "future", 4 tags of 71, and
// the next few years are not 未来 "future" but "coming").
func (d *db) markCommon() {
	for _, e := range d.lemmas {
		var all int
		var totals [4]int
		for pi, lp := range e {
			if lp != nil {
				for _, c := range lp.counts {
					totals[pi] += c
				}
				all += totals[pi]
			}
		}
		for pi, lp := range e {
			if lp == nil {
				continue
			}
			lp.common = make([]bool, len(lp.senses))
			total := totals[pi]
			if p := uint8(1) << pi; p == adj || p == adv {
				total = all
			} else if float64(total) < posShare*float64(all) {
				continue
			}
			for i, c := range lp.counts {
				share := commonShare
				if i == 0 {
					share = firstShare
				}
				lp.common[i] = total == 0 && i == 0 || c > 0 && float64(c) >= share*float64(total)
			}
		}
	}
}

// isCommon reports whether synset k is a common sense of lemma.
func (d *db) isCommon(lemma string, k synKey) bool {
	e := d.lemmas[lemma]
	if e == nil {
		return false
	}
	lp := e[posIndex(k.pos)]
	if lp == nil {
		return false
	}
	for i, s := range lp.senses {
		if s == k {
			return lp.common[i]
		}
	}
	return false
}

func isStop(lemma string) bool {
	return len(lemma) == 1 || slices.Contains(stopWords, lemma)
}

// groupKey names a group while the generator builds them: its kind and
// the synset, pair of synsets or pair of lemmas it stands for.
type groupKey struct {
	kind   Kind
	a, b   synKey
	la, lb string
}

func synPair(a, b synKey) groupKey {
	if cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.off, b.off)) > 0 {
		a, b = b, a
	}
	return groupKey{kind: Related, a: a, b: b}
}

func lemmaPair(a, b string) groupKey {
	if a > b {
		a, b = b, a
	}
	return groupKey{kind: Derived, la: a, lb: b}
}

type lemmaGroups [4]map[groupKey]bool

// supPair is a line of supplement.txt: two lemmas (lower case, "_" as a
// space), their parts of speech (posBit) and how they are related.
type supPair struct {
	kind       Kind
	a, b       string
	aPOS, bPOS uint8
}

// readSupplement reads supplement.txt: "kind lemma/pos lemma/pos" lines,
// kind derived or synonym, pos one of n v a r; # starts a comment.
func readSupplement(path string) ([]supPair, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read supplement: %w", err)
	}
	var out []supPair
	for n, line := range strings.Split(string(b), "\n") {
		if line, _, _ = strings.Cut(line, "#"); strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Fields(line)
		bad := fmt.Errorf("read %s:%d: want \"derived|synonym lemma/pos lemma/pos\", have %q", path, n+1, line)
		if len(f) != 3 {
			return nil, bad
		}
		p := supPair{kind: map[string]Kind{"derived": Derived, "synonym": Synonym}[f[0]]}
		var ok1, ok2 bool
		p.a, p.aPOS, ok1 = lemmaSlashPOS(f[1])
		p.b, p.bPOS, ok2 = lemmaSlashPOS(f[2])
		if p.kind == 0 || !ok1 || !ok2 || p.a == p.b {
			return nil, bad
		}
		out = append(out, p)
	}
	return out, nil
}

// lemmaSlashPOS splits "make_sure/v" into "make sure" and its POS bit.
func lemmaSlashPOS(s string) (string, uint8, bool) {
	l, p, ok := strings.Cut(s, "/")
	if !ok || len(p) != 1 || !strings.ContainsRune("nvar", rune(p[0])) || l == "" {
		return "", 0, false
	}
	return word(l), posBit(p[0]), true
}

// addSupplement checks the supplement's pairs against WordNet and keeps
// them for groups: a single word must be a WordNet lemma of its part of
// speech (a typo would relate nothing), a phrase WordNet lacks becomes a
// lemma of its part of speech, with no senses, and a pair of antonyms
// (antonyms) is refused.
func (d *db) addSupplement(sup []supPair) error {
	for _, p := range sup {
		for _, w := range [2]struct {
			l   string
			pos uint8
		}{{p.a, p.aPOS}, {p.b, p.bPOS}} {
			e := d.lemmas[w.l]
			switch {
			case isStop(w.l):
				return fmt.Errorf("supplement: %q is a function word, which relates nothing", w.l)
			case e != nil && e[posIndex(w.pos)] != nil:
			case !strings.Contains(w.l, " ") || !keep(w.l) || isStop(w.l):
				return fmt.Errorf("supplement: %q is no WordNet lemma of that part of speech", w.l)
			default:
				if e == nil {
					e = new([4]*lemmaPOS)
					d.lemmas[w.l] = e
				}
				e[posIndex(w.pos)] = &lemmaPOS{}
			}
		}
		if d.antonyms(p.a, p.b) {
			return fmt.Errorf("supplement: %q and %q are antonyms", p.a, p.b)
		}
	}
	d.sup = sup
	return nil
}

// antonyms reports whether a sense of a is an antonym of a sense of b,
// directly or, for adjectives, through the head of a cluster (wet and
// arid are antonyms through dry).
func (d *db) antonyms(a, b string) bool {
	senses := func(l string) map[synKey]bool {
		out := map[synKey]bool{}
		if e := d.lemmas[l]; e != nil {
			for _, lp := range e {
				if lp != nil {
					for _, k := range lp.senses {
						out[k] = true
					}
				}
			}
		}
		return out
	}
	// near is k and the synsets similar to it.
	near := func(k synKey) []synKey {
		out := []synKey{k}
		for _, p := range d.syn[k].ptrs {
			if p.sym == "&" {
				out = append(out, p.to)
			}
		}
		return out
	}
	sb := senses(b)
	for k := range senses(a) {
		for _, h := range near(k) {
			for _, p := range d.syn[h].ptrs {
				if p.sym != "!" {
					continue
				}
				for _, o := range near(p.to) {
					if sb[o] {
						return true
					}
				}
			}
		}
	}
	return false
}

// groups builds every lemma's groups, by part of speech.
func (d *db) groups() map[string]*lemmaGroups {
	out := map[string]*lemmaGroups{}
	add := func(lemma string, pos uint8, g groupKey) {
		if isStop(lemma) || d.lemmas[lemma] == nil {
			return
		}
		lg := out[lemma]
		if lg == nil {
			lg = new(lemmaGroups)
			out[lemma] = lg
		}
		i := posIndex(pos)
		if lg[i] == nil {
			lg[i] = map[groupKey]bool{}
		}
		lg[i][g] = true
	}
	for lemma, e := range d.lemmas {
		for pi, lp := range e {
			if lp == nil {
				continue
			}
			pos := uint8(1) << pi
			for si, k := range lp.senses {
				s := d.syn[k]
				if lp.common[si] {
					add(lemma, pos, groupKey{kind: Synonym, a: k})
				}
				for _, p := range s.ptrs {
					if p.src != 0 && s.words[p.src-1] != lemma {
						continue // a lexical pointer from another word of the synset
					}
					switch p.sym {
					case "@", "@i":
						if lp.common[si] && !d.generic(p.to) {
							add(lemma, pos, synPair(k, p.to))
						}
					case "~", "~i":
						if lp.common[si] && !d.generic(k) {
							add(lemma, pos, synPair(k, p.to))
						}
					case "&", "^":
						if lp.common[si] {
							add(lemma, pos, synPair(k, p.to))
						}
					case "+", "\\":
						if p.tgt == 0 {
							continue
						}
						other := d.syn[p.to].words[p.tgt-1]
						if other == lemma || !keep(other) {
							continue
						}
						if lp.common[si] || d.isCommon(other, p.to) {
							g := lemmaPair(lemma, other)
							add(lemma, pos, g)
							add(other, p.to.pos, g)
						}
					}
				}
			}
		}
	}
	for _, pr := range d.derivedBySuffix() {
		g := lemmaPair(pr.long, pr.short)
		add(pr.long, pr.longPOS, g)
		add(pr.short, pr.shortPOS, g)
	}
	for _, p := range d.sup {
		g := lemmaPair(p.a, p.b)
		g.kind = p.kind
		add(p.a, p.aPOS, g)
		add(p.b, p.bPOS, g)
	}
	for _, pr := range d.adverbsByGloss() {
		g := lemmaPair(pr[0], pr[1])
		g.kind = Synonym
		add(pr[0], adv, g)
		add(pr[1], adv, g)
	}
	return out
}

// adverbsByGloss finds the adverbs WordNet defines by others in the gloss
// of their first sense, which it does not put in one synset: "fully: to
// the greatest degree or extent; completely or entirely" (entirely is in
// the synset of totally), "generally: usually; as a rule". A part of the
// gloss (between semicolons) that is one single-word adverb, or two joined
// by "or" or a comma, gives a pair of the defined word with each. Only the
// first sense: simply's third, "absolutely; altogether; really", would
// make "really" say 就是's "only; simply; just".
func (d *db) adverbsByGloss() [][2]string {
	var out [][2]string
	for lemma, e := range d.lemmas {
		lp := e[posIndex(adv)]
		if lp == nil || isStop(lemma) || len(lp.senses) == 0 || !lp.common[0] {
			continue
		}
		for part := range strings.SplitSeq(d.syn[lp.senses[0]].gloss, ";") {
			ws := strings.Split(strings.TrimSpace(strings.ReplaceAll(part, ",", " or ")), " or ")
			if len(ws) > 2 {
				continue
			}
			var found [][2]string
			for _, w := range ws {
				w = strings.TrimSpace(w)
				if we := d.lemmas[w]; w == lemma || strings.Contains(w, " ") || isStop(w) || we == nil || we[posIndex(adv)] == nil {
					found = nil
					break
				}
				found = append(found, [2]string{lemma, w})
			}
			out = append(out, found...)
		}
	}
	return out
}

// A suffix rule of English derivation: a word ending in suffix may come
// of one ending in ending, of another part of speech.
type suffixRule struct{ suffix, ending string }

var suffixRules = []suffixRule{
	{"ty", ""}, {"ty", "e"}, {"ity", ""}, {"ity", "e"}, {"ness", ""}, {"iness", "y"},
	{"ion", ""}, {"ion", "e"}, {"ation", ""}, {"ation", "e"}, {"ment", ""}, {"ance", ""},
	{"ence", ""}, {"al", ""}, {"ure", ""}, {"ure", "e"}, {"ly", ""}, {"ily", "y"},
	{"ive", ""}, {"ive", "e"}, {"ous", ""}, {"ful", ""}, {"less", ""}, {"ic", ""}, {"y", ""},
	{"er", ""}, {"er", "e"}, {"ing", ""}, {"ing", "e"}, {"ist", ""}, {"ism", ""},
}

type suffixPair struct {
	long, short       string
	longPOS, shortPOS uint8
}

// derivedBySuffix finds the derivations WordNet does not link (safety is
// not linked to safe): a single-word lemma that is another lemma plus a
// suffix, of another part of speech, where a common sense of the longer
// word has the shorter in its gloss ("safety: a safe place"). The gloss
// test keeps casualty from casual and party from par.
func (d *db) derivedBySuffix() []suffixPair {
	var out []suffixPair
	for long, le := range d.lemmas {
		if strings.Contains(long, " ") || isStop(long) {
			continue
		}
		for _, r := range suffixRules {
			stem, ok := strings.CutSuffix(long, r.suffix)
			if !ok || len(stem) < 3 {
				continue
			}
			short := stem + r.ending
			se := d.lemmas[short]
			if se == nil || isStop(short) {
				continue
			}
			for lpi, lp := range le {
				if lp == nil {
					continue
				}
				for spi, sp := range se {
					if sp == nil || spi == lpi {
						continue
					}
					for si, k := range lp.senses {
						if lp.common[si] && glossHas(d.syn[k].gloss, short) {
							out = append(out, suffixPair{long, short, 1 << lpi, 1 << spi})
							break
						}
					}
				}
			}
		}
	}
	return out
}

// glossHas reports whether w is a word of gloss.
func glossHas(gloss, w string) bool {
	for i := 0; ; {
		j := strings.Index(gloss[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if (j == 0 || !isLetter(gloss[j-1])) && (end == len(gloss) || !isLetter(gloss[end])) {
			return true
		}
		i = j + 1
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c == '-' }

// encode lays the table out (see TestGenerate) and returns it with a line
// of figures.
func (d *db) encode() ([]byte, string) {
	all := maps.Clone(d.lemmas)
	for _, w := range stopWords {
		if all[w] == nil {
			all[w] = new([4]*lemmaPOS)
		}
	}
	lemmas := slices.Sorted(maps.Keys(all))
	index := map[string]int{}
	for i, l := range lemmas {
		index[l] = i
	}
	lgs := d.groups()
	// Count the lemmas of each group; keep those of two lemmas or more.
	users := map[groupKey]int{}
	for _, lg := range lgs {
		seen := map[groupKey]bool{}
		for _, m := range lg {
			for g := range m {
				if !seen[g] {
					seen[g] = true
					users[g]++
				}
			}
		}
	}
	var kept []groupKey
	for g, n := range users {
		if n >= 2 {
			kept = append(kept, g)
		}
	}
	// Ids by kind, then by the first lemma that has them, so that a
	// lemma's ids sit close together and their differences are small.
	first := map[groupKey]int{}
	for _, l := range lemmas {
		if lg := lgs[l]; lg != nil {
			for _, m := range lg {
				for g := range m {
					if _, ok := first[g]; !ok {
						first[g] = index[l]
					}
				}
			}
		}
	}
	slices.SortFunc(kept, func(x, y groupKey) int {
		return cmp.Or(cmp.Compare(x.kind, y.kind), cmp.Compare(first[x], first[y]),
			cmp.Compare(x.a.pos, y.a.pos), cmp.Compare(x.a.off, y.a.off),
			cmp.Compare(x.b.pos, y.b.pos), cmp.Compare(x.b.off, y.b.off),
			strings.Compare(x.la, y.la), strings.Compare(x.lb, y.lb))
	})
	id := map[groupKey]uint32{}
	// Ids go Same (the lemmas), Synonym, Derived, Related.
	var start [5]uint32 // first id of each kind
	next := uint32(len(lemmas))
	next = uint32(len(lemmas))
	for _, k := range []Kind{Synonym, Derived, Related} {
		start[k] = next
		for _, g := range kept {
			if g.kind == k {
				id[g] = next
				next++
			}
		}
	}
	var out bytes.Buffer
	u32 := func(v uint32) { out.Write(binary.LittleEndian.AppendUint32(nil, v)) }
	forms := slices.Sorted(maps.Keys(d.exc))
	out.WriteString(magic)
	u32(uint32(len(lemmas)))
	u32(start[Synonym])
	u32(start[Derived])
	u32(start[Related])
	u32(uint32(len(forms)))
	for _, l := range lemmas {
		out.WriteString(l + "\n")
	}
	nGroups := 0
	for _, l := range lemmas {
		var mask uint8
		for pi, lp := range all[l] {
			if lp != nil {
				mask |= 1 << pi
			}
		}
		if isStop(l) {
			mask |= function
		}
		rec := []byte{mask}
		for pi := range 4 {
			if mask&(1<<pi) == 0 {
				continue
			}
			var ids []uint32
			if lg := lgs[l]; lg != nil {
				for g := range lg[pi] {
					if v, ok := id[g]; ok {
						ids = append(ids, v)
					}
				}
			}
			slices.Sort(ids)
			nGroups += len(ids)
			rec = binary.AppendUvarint(rec, uint64(len(ids)))
			prev := start[Synonym]
			for _, v := range ids {
				rec = binary.AppendUvarint(rec, uint64(v-prev))
				prev = v
			}
		}
		out.Write(rec)
	}
	for _, f := range forms {
		out.WriteString(f + "\n")
	}
	for _, f := range forms {
		out.WriteByte(byte(len(d.exc[f])))
		for _, b := range d.exc[f] {
			out.WriteByte(b.pos)
			l := 0
			if b.base != "" {
				l = 1 + index[b.base]
			}
			out.Write(binary.AppendUvarint(nil, uint64(l)))
		}
	}
	out.WriteByte(0)
	return out.Bytes(), fmt.Sprintf("%d lemmas, %d exception forms, %d groups (synonym %d, derived %d, related %d), %d group entries",
		len(lemmas), len(forms), len(kept), start[Derived]-start[Synonym], start[Related]-start[Derived], next-start[Related], nGroups)
}

// TestSupplement checks supplement.txt against the embedded table: each
// pair related as its kind says (not more closely: a pair WordNet already
// relates does not belong there), each word a lemma of its part of
// speech. With the WordNet database at hand it checks too that no pair
// joins antonyms, and that the check finds antonyms.
func TestSupplement(t *testing.T) {
	sup, err := readSupplement(supplementFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(sup) == 0 {
		t.Fatal("supplement.txt: no pairs")
	}
	for _, p := range sup {
		if got := Relate(p.a, p.b); got != p.kind {
			t.Errorf("Relate(%q, %q) = %v, want %v as supplement.txt says (regenerate the table?)", p.a, p.b, got, p.kind)
		}
		for _, w := range [2]string{p.a, p.b} {
			if ls := Lemmas(nil, w); len(ls) == 0 || ls[0] != w {
				t.Errorf("%q is no lemma of the table: %q", w, ls)
			}
		}
		if PartsOfSpeech(p.a)&POS(p.aPOS) == 0 || PartsOfSpeech(p.b)&POS(p.bPOS) == 0 {
			t.Errorf("%q, %q: parts of speech %b, %b, want %b, %b", p.a, p.b, PartsOfSpeech(p.a), PartsOfSpeech(p.b), p.aPOS, p.bPOS)
		}
	}
	if _, err := os.Stat(filepath.Join(*wnDir, "data.noun")); err != nil {
		t.Skipf("no WordNet database to check antonyms against: %v", err)
	}
	d, err := readDB(*wnDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range [][2]string{{"good", "bad"}, {"wet", "arid"}, {"succeed", "fail"}, {"strong", "weak"}} {
		if !d.antonyms(pr[0], pr[1]) {
			t.Errorf("antonyms(%q, %q) = false", pr[0], pr[1])
		}
	}
	if err := d.addSupplement(sup); err != nil {
		t.Error(err)
	}
	if err := d.addSupplement([]supPair{{Synonym, "hot", "cold", adj, adj}}); err == nil {
		t.Error("addSupplement(hot, cold): no error")
	}
	if err := d.addSupplement([]supPair{{Synonym, "xqzzy", "cold", adj, adj}}); err == nil {
		t.Error("addSupplement(xqzzy, cold): no error")
	}
	if err := d.addSupplement([]supPair{{Synonym, "maybe", "perhaps", adv, adv}}); err == nil {
		t.Error("addSupplement(maybe, perhaps): no error, but perhaps is a function word")
	}
}
