// Package ankitest shows cards as Anki shows them, for tests that check what
// a learner sees: it reads an exported package back (notes, their fields,
// the note type's templates and CSS) and renders each card's front and back
// with Anki's template rules.
package ankitest

import (
	"archive/zip"
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	_ "modernc.org/sqlite" // the package's collection is SQLite
)

// Render fills an Anki card template with a note's fields, following
// Anki's rules: {{Field}} is the field's HTML; {{#Field}}…{{/Field}} shows
// its content when the field is not empty, {{^Field}}…{{/Field}} when it
// is; {{FrontSide}} is the rendered front (on a back template). Field names
// may carry filters ({{text:Field}} gives the field without markup). A
// reference to a field the note does not have is left in the output, as
// Anki shows an error there, so a test can find it.
func Render(tmpl string, fields map[string]string, front string) string {
	out, _ := render(tmpl, fields, front, "")
	return out
}

var tag = regexp.MustCompile(`\{\{([#^/]?)\s*([^{}]*?)\s*\}\}`)

// render renders tmpl up to the closing tag of section close ("" at the top)
// and returns the output and the bytes of tmpl consumed.
func render(tmpl string, fields map[string]string, front, close string) (string, int) {
	var b strings.Builder
	at := 0
	for {
		loc := tag.FindStringSubmatchIndex(tmpl[at:])
		if loc == nil {
			b.WriteString(tmpl[at:])
			return b.String(), len(tmpl)
		}
		b.WriteString(tmpl[at : at+loc[0]])
		kind := tmpl[at+loc[2] : at+loc[3]]
		name := tmpl[at+loc[4] : at+loc[5]]
		whole := tmpl[at+loc[0] : at+loc[1]]
		at += loc[1]
		switch kind {
		case "/":
			if name == close {
				return b.String(), at
			}
			b.WriteString(whole) // a stray closing tag stays visible
		case "#", "^":
			inner, n := render(tmpl[at:], fields, front, name)
			at += n
			v, ok := fields[name]
			if !ok {
				b.WriteString(whole + inner + "{{/" + name + "}}")
				continue
			}
			if empty(v) == (kind == "^") {
				b.WriteString(inner)
			}
		default:
			if name == "FrontSide" {
				b.WriteString(front)
				continue
			}
			filter, field := "", name
			if i := strings.LastIndexByte(name, ':'); i >= 0 {
				filter, field = name[:i], name[i+1:]
			}
			v, ok := fields[field]
			switch {
			case !ok:
				b.WriteString(whole)
			case filter == "text":
				b.WriteString(Text(v))
			case filter == "":
				b.WriteString(v)
			default:
				b.WriteString(whole) // a filter this package does not know
			}
		}
	}
}

// empty is Anki's test of an empty field: nothing but white space once
// the markup is taken away.
func empty(v string) bool { return strings.TrimSpace(Text(v)) == "" }

var markup = regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>`)

// Text is HTML without its markup, entities decoded.
func Text(s string) string { return html.UnescapeString(markup.ReplaceAllString(s, "")) }

// Note is a note read back from a package: its fields by name, and its tags.
type Note struct {
	GUID   string
	Fields map[string]string
	First  string // the first field, as Anki's duplicate check sees it (sfld)
	Tags   string
}

// Template is one card template of the note type.
type Template struct {
	Name, Front, Back string
}

// Package is what a learner's Anki holds after importing an .apkg.
type Package struct {
	Notes     []Note
	Templates []Template
	CSS       string
}

// Read reads an .apkg written by cika (one note type, schema 11).
func Read(path string) (*Package, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("read package: %w", err)
	}
	defer zr.Close()
	dir, err := os.MkdirTemp("", "ankitest")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	dst := filepath.Join(dir, "collection.anki2")
	found := false
	for _, f := range zr.File {
		if f.Name != "collection.anki2" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("read package: %w", err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("read package: %w", err)
		}
		if err := os.WriteFile(dst, b, 0o600); err != nil {
			return nil, err
		}
		found = true
	}
	if !found {
		return nil, fmt.Errorf("read package %s: no collection.anki2", path)
	}
	db, err := sql.Open("sqlite", "file:"+dst+"?mode=ro")
	if err != nil {
		return nil, err
	}
	defer db.Close()

	var models string
	if err := db.QueryRow(`SELECT models FROM col`).Scan(&models); err != nil {
		return nil, fmt.Errorf("read note types: %w", err)
	}
	var types map[string]struct {
		CSS   string                  `json:"css"`
		Flds  []struct{ Name string } `json:"flds"`
		Tmpls []struct {
			Name string `json:"name"`
			Q    string `json:"qfmt"`
			A    string `json:"afmt"`
		} `json:"tmpls"`
	}
	if err := json.Unmarshal([]byte(models), &types); err != nil {
		return nil, fmt.Errorf("read note types: %w", err)
	}
	if len(types) != 1 {
		return nil, fmt.Errorf("read note types: %d, want 1", len(types))
	}
	p := &Package{}
	var names []string
	for _, t := range types {
		p.CSS = t.CSS
		for _, f := range t.Flds {
			names = append(names, f.Name)
		}
		for _, tm := range t.Tmpls {
			p.Templates = append(p.Templates, Template{Name: tm.Name, Front: tm.Q, Back: tm.A})
		}
	}
	rows, err := db.Query(`SELECT guid, flds, sfld, tags FROM notes ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read notes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var n Note
		var flds string
		if err := rows.Scan(&n.GUID, &flds, &n.First, &n.Tags); err != nil {
			return nil, fmt.Errorf("read notes: %w", err)
		}
		vs := strings.Split(flds, "\x1f")
		if len(vs) != len(names) {
			return nil, fmt.Errorf("note %s: %d fields, the note type has %d", n.GUID, len(vs), len(names))
		}
		n.Fields = make(map[string]string, len(vs))
		for i, v := range vs {
			n.Fields[names[i]] = v
		}
		p.Notes = append(p.Notes, n)
	}
	return p, rows.Err()
}

// Card is one card of a note, rendered.
type Card struct {
	Template    string
	Front, Back string // HTML
}

// Cards renders the cards of a note, one per template whose front is not
// empty (Anki makes no card for an empty front).
func (p *Package) Cards(n *Note) []Card {
	var out []Card
	for _, t := range p.Templates {
		front := Render(t.Front, n.Fields, "")
		if empty(front) {
			continue
		}
		out = append(out, Card{Template: t.Name, Front: front, Back: Render(t.Back, n.Fields, front)})
	}
	return out
}

// Page is a card side as a standalone HTML page, the way Anki's reviewer
// frames it (the card's CSS, a body of class "card", "nightMode" added for
// night mode), for a browser to show.
func (p *Package) Page(side string, night bool) string {
	class := "card"
	if night {
		class += " nightMode night_mode"
	}
	return "<!doctype html>\n<html><head><meta charset=utf-8>" +
		`<meta name=viewport content="width=device-width, initial-scale=1">` +
		"<style>html{background:" + map[bool]string{false: "#fdfdfd", true: "#1c1c1e"}[night] +
		"}body{margin:0}\n" + p.CSS + "</style></head>\n" +
		`<body class="` + class + `">` + side + "</body></html>\n"
}

// Visible is the text of an HTML fragment a reader sees, given the classes
// that the CSS hides there: elements with one of those classes, and those
// with the hidden attribute, are left out with what they hold.
func Visible(s string, hidden ...string) string {
	var b strings.Builder
	skip := 0 // depth inside a hidden element
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			if skip == 0 {
				b.WriteString(s)
			}
			break
		}
		if skip == 0 {
			b.WriteString(s[:i])
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		t := s[i+1 : i+j]
		s = s[i+j+1:]
		void := strings.HasPrefix(t, "br") || strings.HasPrefix(t, "hr") || strings.HasPrefix(t, "meta") || strings.HasSuffix(t, "/")
		switch {
		case strings.HasPrefix(t, "/"):
			if skip > 0 {
				skip--
			}
		case void:
		case skip > 0:
			skip++
		case hides(t, hidden):
			skip = 1
		}
	}
	return html.UnescapeString(b.String())
}

var classAttr = regexp.MustCompile(`class="?([^">]*)"?`)

func hides(tag string, hidden []string) bool {
	if regexp.MustCompile(`\shidden(\s|$|=)`).MatchString(tag) {
		return true
	}
	m := classAttr.FindStringSubmatch(tag)
	if m == nil {
		return false
	}
	for _, c := range strings.Fields(m[1]) {
		for _, h := range hidden {
			if c == h {
				return true
			}
		}
	}
	return false
}

// Problems checks every card of the package the way a learner meets it and
// describes what would trip them up:
//   - a front that gives the answer away: the reading or the meaning on a
//     Recognition front; the word (simplified or traditional) or its
//     reading on a Recall front, outside what the card's CSS blanks there
//     (the word's occurrences, the same characters, the far part of a long
//     sentence: classes hl, hc and far inside the cloze);
//   - dictionary notation left raw (a numeric reading in brackets, "CL:", a
//     "traditional|simplified" pair), or a meaning cut with "…";
//   - two notes with the same first field (Anki flags them as duplicates);
//   - template syntax left in a card.
func (p *Package) Problems() []string {
	var out []string
	firsts := map[string]string{}
	for i := range p.Notes {
		n := &p.Notes[i]
		word := Text(n.Fields["Hanzi"])
		if k := strings.Index(n.Fields["Hanzi"], "<"); k >= 0 {
			word = Text(n.Fields["Hanzi"][:k])
		}
		name := word + " " + Text(n.Fields["Pinyin"])
		if other, dup := firsts[n.First]; dup {
			out = append(out, fmt.Sprintf("%s: first field %q is also %s's", name, n.First, other))
		}
		firsts[n.First] = name
		meaning := Text(n.Fields["Meaning"])
		main := strings.TrimSpace(Text(strings.SplitN(n.Fields["Meaning"], "<div", 2)[0]))
		if strings.HasSuffix(main, "…") {
			out = append(out, fmt.Sprintf("%s: meaning cut: %q", name, meaning))
		}
		// A toneless reading ("de", "a") is English letters too: only a
		// reading with a tone mark gives an answer away.
		reading := Text(n.Fields["Pinyin"])
		if !strings.ContainsFunc(reading, func(r rune) bool { return r > unicode.MaxASCII }) {
			reading = ""
		}
		for _, c := range p.Cards(n) {
			for side, h := range map[string]string{"front": c.Front, "back": c.Back} {
				if strings.Contains(h, "{{") || strings.Contains(h, "}}") {
					out = append(out, fmt.Sprintf("%s %s %s: template syntax left: %q", name, c.Template, side, h))
				}
				if v := Visible(h); rawNotation(v) {
					out = append(out, fmt.Sprintf("%s %s %s: raw dictionary notation: %q", name, c.Template, side, v))
				}
			}
			switch c.Template {
			case "Recognition":
				v := Visible(c.Front)
				if reading != "" && strings.Contains(v, reading) || main != "" && strings.Contains(v, main) {
					out = append(out, fmt.Sprintf("%s Recognition front gives the answer: %q", name, v))
				}
			case "Recall":
				v := Visible(c.Front, "hl", "hc", "far") // blanked there (notetype.go)
				trad := strings.TrimSpace(Text(n.Fields["Traditional"]))
				if strings.Contains(v, word) || trad != "" && strings.Contains(v, trad) || reading != "" && strings.Contains(v, reading) {
					out = append(out, fmt.Sprintf("%s Recall front gives the answer: %q", name, v))
				}
			}
		}
	}
	return out
}

var rawReading = regexp.MustCompile(`\[[A-Za-z:]+[1-5]( [A-Za-z:]+[1-5])*\]`)

// rawNotation reports CC-CEDICT's notation in text a learner sees.
func rawNotation(s string) bool {
	return rawReading.MatchString(s) || strings.Contains(s, "CL:") || strings.Contains(s, "|")
}

// Sheet is many card sides on one page, each under its caption, framed as
// Anki frames a card (the card's CSS, class "card", night mode on the
// page's body): one picture shows them all.
func (p *Package) Sheet(captions, sides []string, night bool) string {
	var b strings.Builder
	b.WriteString("<!doctype html>\n<html><head><meta charset=utf-8>")
	b.WriteString(`<meta name=viewport content="width=device-width, initial-scale=1">`)
	bg, fg := "#e5e5ea", "#1d1d1f"
	body := ""
	if night {
		bg, fg, body = "#000000", "#ececf1", "nightMode night_mode"
	}
	b.WriteString("<style>body{margin:0;background:" + bg + "}.caption{font:13px monospace;color:" + fg +
		";padding:12px 8px 4px}section.card{margin:0 auto 4px}\n" + p.CSS + "</style></head>\n")
	b.WriteString(`<body class="` + body + `">`)
	for i, side := range sides {
		b.WriteString(`<div class=caption>` + html.EscapeString(captions[i]) + "</div>\n")
		b.WriteString(`<section class="card">` + side + "</section>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// ModernPackage wraps collection, the bytes of an Anki SQLite collection
// (schema 11), in a package laid out as a modern Anki's "support older
// versions" export writes it: a dummy collection.anki2 asking for a newer
// Anki, the real collection.anki21, an empty media map and a meta saying
// which is which. It is what the tests that play AnkiDroid hand to `cika
// import anki`.
func ModernPackage(collection []byte) ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, m := range []struct {
		name string
		data []byte
	}{
		{"collection.anki2", []byte("dummy: Please update to the latest Anki version")},
		{"collection.anki21", collection},
		{"media", []byte("{}")},
		{"meta", []byte{0x08, 0x02}},
	} {
		w, err := zw.Create(m.name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(m.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
