package sqliteread

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// table is what a scan needs of a CREATE TABLE statement: where each
// column's value sits in a row's record.
type table struct {
	cols         []column
	withoutRowid bool
}

// column is a column of a table.
type column struct {
	name string
	typ  string // the declared type, its words joined by a space
	// pos is the column's place in the record; -1 for an INTEGER PRIMARY
	// KEY, whose value is the rowid (the record holds a NULL there).
	pos     int
	virtual bool // a VIRTUAL generated column: not in the record at all
	// def is the value of a row whose record ends before pos (written
	// before ALTER TABLE ADD COLUMN); defErr when the default is an
	// expression this reader does not evaluate.
	def    Value
	defErr error
}

func (t *table) column(name string) (column, bool) {
	for _, c := range t.cols {
		if equalFold(c.name, name) {
			return c, true
		}
	}
	return column{}, false
}

// parseTable reads the columns of a CREATE TABLE statement as
// sqlite_master keeps it (https://www.sqlite.org/lang_createtable.html):
// their names, the INTEGER PRIMARY KEY that is the rowid, the primary key
// of a WITHOUT ROWID table (whose columns its records hold first), the
// generated columns and the defaults.
func parseTable(sql string) (*table, error) {
	toks, err := tokenize(sql)
	if err != nil {
		return nil, err
	}
	i := 0
	next := func(words ...string) bool {
		if i < len(toks) && toks[i].isWord(words...) {
			i++
			return true
		}
		return false
	}
	if !next("CREATE") {
		return nil, fmt.Errorf("not a CREATE TABLE statement: %.40q", sql)
	}
	next("TEMP", "TEMPORARY")
	if !next("TABLE") {
		return nil, fmt.Errorf("not a CREATE TABLE statement: %.40q", sql)
	}
	if next("IF") && !(next("NOT") && next("EXISTS")) {
		return nil, fmt.Errorf("bad CREATE TABLE statement: %.40q", sql)
	}
	i++ // the name
	if i < len(toks) && toks[i].is(".") {
		i += 2 // schema.name
	}
	if i >= len(toks) || !toks[i].is("(") {
		return nil, fmt.Errorf("CREATE TABLE without a column list: %.40q", sql)
	}
	defs, end := split(toks, i)
	if end < 0 {
		return nil, fmt.Errorf("CREATE TABLE: unbalanced parentheses: %.40q", sql)
	}
	t := &table{}
	for i = end + 1; i < len(toks); i++ {
		if toks[i].isWord("WITHOUT") && i+1 < len(toks) && toks[i+1].isWord("ROWID") {
			t.withoutRowid = true
		}
	}
	var pk []string  // the primary key's columns
	tablePK := false // the key is a table constraint
	ipk := -1        // the column that is the rowid
	for _, d := range defs {
		if len(d) == 0 {
			return nil, fmt.Errorf("CREATE TABLE: empty column definition: %.40q", sql)
		}
		if d[0].isWord("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN") {
			// A table constraint; only PRIMARY KEY (a, b …) matters.
			for j := 0; j+2 < len(d); j++ {
				if d[j].isWord("PRIMARY") && d[j+1].isWord("KEY") && d[j+2].is("(") {
					elems, _ := split(d, j+2)
					for _, e := range elems {
						if len(e) > 0 {
							pk = append(pk, e[0].text)
						}
					}
					tablePK = true
					break
				}
			}
			continue
		}
		c, typ, key, desc := parseColumn(d)
		if key {
			pk = append(pk, c.name)
			if equalFold(typ, "INTEGER") && !desc {
				ipk = len(t.cols)
			}
		}
		t.cols = append(t.cols, c)
	}
	if len(t.cols) == 0 {
		return nil, fmt.Errorf("CREATE TABLE without columns: %.40q", sql)
	}
	if !t.withoutRowid {
		if tablePK && len(pk) == 1 {
			// PRIMARY KEY (id) as a table constraint also makes an INTEGER
			// column the rowid, DESC or not.
			for k, c := range t.cols {
				if equalFold(c.name, pk[0]) && equalFold(c.typ, "INTEGER") {
					ipk = k
				}
			}
		}
		if len(pk) != 1 {
			ipk = -1
		}
		pos := 0
		for k := range t.cols {
			c := &t.cols[k]
			if c.virtual {
				continue
			}
			c.pos = pos
			if k == ipk {
				c.pos = -1
			}
			pos++
		}
		return t, nil
	}
	// WITHOUT ROWID (https://www.sqlite.org/withoutrowid.html): the record
	// holds the primary key's columns first, in the key's order, then the
	// others in the order they were declared.
	if len(pk) == 0 {
		return nil, fmt.Errorf("WITHOUT ROWID table without a primary key: %.40q", sql)
	}
	for k := range t.cols {
		t.cols[k].pos = -2
	}
	pos := 0
	for _, name := range pk {
		for k := range t.cols {
			if c := &t.cols[k]; equalFold(c.name, name) && c.pos == -2 && !c.virtual {
				c.pos = pos
				pos++
			}
		}
	}
	for k := range t.cols {
		if c := &t.cols[k]; c.pos == -2 && !c.virtual {
			c.pos = pos
			pos++
		}
	}
	for _, c := range t.cols {
		if c.pos == -2 && !c.virtual {
			return nil, fmt.Errorf("WITHOUT ROWID table: column %s placed nowhere", c.name)
		}
	}
	return t, nil
}

// parseColumn reads a column definition: its name, type, and whether it
// is (alone) the primary key, and if so, in descending order.
func parseColumn(d []token) (c column, typ string, key, desc bool) {
	c.name = d[0].text
	j := 1
	var words []string
	for ; j < len(d) && !d[j].isWord(constraintWords...); j++ {
		if d[j].is("(") { // VARCHAR(10)
			_, end := split(d, j)
			if end < 0 {
				break
			}
			j = end
			continue
		}
		if d[j].word || d[j].quoted {
			words = append(words, d[j].text)
		}
	}
	typ = strings.Join(words, " ")
	c.typ = typ
	generated := false
	for ; j < len(d); j++ {
		switch {
		case d[j].is("("):
			if _, end := split(d, j); end > 0 {
				j = end
			}
		case d[j].isWord("PRIMARY") && j+1 < len(d) && d[j+1].isWord("KEY"):
			key = true
			desc = j+2 < len(d) && d[j+2].isWord("DESC")
		case d[j].isWord("DEFAULT") && j+1 < len(d):
			c.def, c.defErr = literal(d[j+1:])
		case d[j].isWord("AS"):
			generated, c.virtual = true, true
		case generated && d[j].isWord("STORED"):
			c.virtual = false
		}
	}
	return c, typ, key, desc
}

// constraintWords end a column's type name.
var constraintWords = []string{"CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT",
	"COLLATE", "REFERENCES", "GENERATED", "AS"}

// literal is the value of a DEFAULT clause: a number, maybe signed, a
// string, NULL, TRUE or FALSE. An expression in parentheses is an error,
// reported only when a row needs the default.
func literal(d []token) (Value, error) {
	sign := ""
	if d[0].is("-") || d[0].is("+") {
		sign = d[0].text
		d = d[1:]
	}
	if len(d) == 0 {
		return Value{}, errors.New("DEFAULT without a value")
	}
	t := d[0]
	switch {
	case t.str:
		return Value{Kind: Text, B: []byte(t.text)}, nil
	case t.number:
		if i, err := strconv.ParseInt(sign+t.text, 10, 64); err == nil {
			return Value{Kind: Integer, I: i}, nil
		}
		if h, ok := strings.CutPrefix(strings.ToLower(t.text), "0x"); ok {
			if u, err := strconv.ParseUint(h, 16, 64); err == nil {
				if sign == "-" {
					u = -u
				}
				return Value{Kind: Integer, I: int64(u)}, nil
			}
		}
		if f, err := strconv.ParseFloat(sign+t.text, 64); err == nil {
			return Value{Kind: Float, F: f}, nil
		}
	case t.isWord("NULL"):
		return Value{}, nil
	case t.isWord("TRUE"):
		return Value{Kind: Integer, I: 1}, nil
	case t.isWord("FALSE"):
		return Value{Kind: Integer}, nil
	}
	return Value{}, fmt.Errorf("DEFAULT %s: not a literal this reader evaluates", t.text)
}

// split reads the parenthesized list opening at toks[open]: its elements,
// split at the commas at its own level, and the index of its closing
// parenthesis (-1 when there is none).
func split(toks []token, open int) ([][]token, int) {
	var out [][]token
	depth, start := 0, open+1
	for i := open; i < len(toks); i++ {
		switch {
		case toks[i].is("("):
			depth++
		case toks[i].is(")"):
			depth--
			if depth == 0 {
				return append(out, toks[start:i]), i
			}
		case toks[i].is(",") && depth == 1:
			out = append(out, toks[start:i])
			start = i + 1
		}
	}
	return out, -1
}

// token is a token of an SQL statement: a word (a keyword or a bare
// name), a quoted name, a string, a number, or a punctuation character.
type token struct {
	text              string // a quoted name or string without its quotes
	word, quoted, str bool
	number            bool
}

func (t token) is(p string) bool { return !t.word && !t.quoted && !t.str && !t.number && t.text == p }

func (t token) isWord(words ...string) bool {
	if !t.word {
		return false
	}
	for _, w := range words {
		if equalFold(t.text, w) {
			return true
		}
	}
	return false
}

// tokenize splits an SQL statement into tokens, dropping spaces and
// comments.
func tokenize(s string) ([]token, error) {
	var toks []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		case c == '-' && i+1 < len(s) && s[i+1] == '-':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				i = len(s)
			} else {
				i += end + 4
			}
		case c == '\'' || c == '"' || c == '`' || c == '[':
			closer := c
			if c == '[' {
				closer = ']'
			}
			var b strings.Builder
			j := i + 1
			for ; ; j++ {
				if j >= len(s) {
					return nil, fmt.Errorf("unterminated %c in %.40q", c, s)
				}
				if s[j] == closer {
					if closer != ']' && j+1 < len(s) && s[j+1] == closer {
						b.WriteByte(closer)
						j++
						continue
					}
					break
				}
				b.WriteByte(s[j])
			}
			toks = append(toks, token{text: b.String(), str: c == '\'', quoted: c != '\''})
			i = j + 1
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			j := i + 1
			for j < len(s) && (isWordByte(s[j]) || s[j] == '.' ||
				(s[j] == '+' || s[j] == '-') && (s[j-1] == 'e' || s[j-1] == 'E')) {
				j++
			}
			toks = append(toks, token{text: s[i:j], number: true})
			i = j
		case isWordByte(c):
			j := i + 1
			for j < len(s) && (isWordByte(s[j]) || s[j] == '$') {
				j++
			}
			toks = append(toks, token{text: s[i:j], word: true})
			i = j
		default:
			toks = append(toks, token{text: s[i : i+1]})
			i++
		}
	}
	return toks, nil
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

// equalFold compares names as SQLite does: ASCII letters without case.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
