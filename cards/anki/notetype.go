package anki

// The note type: fields (see Fields), two templates and their CSS.
//
// Anki matches note types by id and duplicates a type whose fields or
// templates changed under the same id (APKG.md, gotcha 4). So:
//   - changing the fields, their order, or the template names/count needs a
//     new notetypeID;
//   - changing only the HTML or CSS of the templates needs a later
//     notetypeMod, so Anki replaces the old styling on import.
const (
	notetypeID  int64 = 1764460800001 // 2025-11-30, layout 1
	notetypeMod int64 = 1796457600    // seconds; bump when templates or CSS change (2026-12-05)
)

// template is one card template.
type template struct {
	Name string
	Q, A string
}

// templates are indexed by Kind. The answer sides are wrapped in "back" so
// that the CSS can tell a field on the front from the same field on the
// back (fields.go lists the classes the fields carry).
var templates = []template{
	Recognition: {
		Name: "Recognition",
		Q: `<div class="kind">recognise</div>
<div class="hanzi">{{Hanzi}}</div>
{{#Traditional}}<div class="trad">{{Traditional}}</div>{{/Traditional}}`,
		A: `<div class="back">{{FrontSide}}
<hr id="answer">
<div class="pinyin">{{PinyinColored}}</div>
<div class="meaning">{{Meaning}}</div>
{{#Sentence}}<div class="example">
<div class="sentence">{{Sentence}}</div>
{{#SentencePinyin}}<div class="spinyin">{{SentencePinyin}}</div>{{/SentencePinyin}}
{{#Translation}}<div class="translation">{{Translation}}</div>{{/Translation}}
</div>{{/Sentence}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}</div>`,
	},
	Recall: {
		Name: "Recall",
		Q: `<div class="kind">recall</div>
<div class="meaning blank">{{Meaning}}</div>
{{#Sentence}}<div class="example cloze">
<div class="sentence">{{Sentence}}</div>
{{#Translation}}<div class="translation">{{Translation}}</div>{{/Translation}}
</div>{{/Sentence}}`,
		A: `<div class="back"><div class="answered">{{FrontSide}}</div>
<hr id="answer">
<div class="hanzi">{{Hanzi}}</div>
{{#Traditional}}<div class="trad">{{Traditional}}</div>{{/Traditional}}
<div class="pinyin">{{PinyinColored}}</div>
{{#Sentence}}<div class="example">
<div class="sentence">{{Sentence}}</div>
{{#SentencePinyin}}<div class="spinyin">{{SentencePinyin}}</div>{{/SentencePinyin}}
{{#Translation}}<div class="translation">{{Translation}}</div>{{/Translation}}
</div>{{/Sentence}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}</div>`,
	},
}

// requirements says which fields a template needs to make a card, in Anki's
// schema-11 "req" form: [ord, "any", [field ords]].
var requirements = []any{
	[]any{0, "any", []int{0}}, // Recognition needs Hanzi
	[]any{1, "any", []int{3}}, // Recall needs Meaning
}

// css colours tones (the common Dummitt scheme: 1 red, 2 orange, 3 green,
// 4 blue, neutral grey) in shades that keep a contrast of 4.5:1 or more on
// the card's background, by day and by night (TestContrast computes them).
// Sizes are in px for the card and em below it, never rem: Anki's root font
// size is not the card's, and rem made the word and the labels smaller
// than meant.
const css = `.card {
  font-family: "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: center;
  color: #1d1d1f;
  background: #fdfdfd;
  padding: 24px 14px 32px;
  max-width: 720px;
  margin: 0 auto;
}
.hanzi, .sentence, .trad, .ctx {
  font-family: "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "Source Han Sans SC", sans-serif;
}
.kind { font-size: 0.75em; color: #5f6368; letter-spacing: 0.05em; margin-bottom: 0.4em; }
.hanzi { font-size: 3.2em; line-height: 1.2; margin: 0.15em 0; }
.ctx { font-size: 0.34em; line-height: 1.5; margin-top: 0.6em; }
.back .ctx { display: none; }
.trad { font-size: 1.4em; color: #5f6368; }
.pinyin { font-size: 1.5em; margin: 0.2em 0; }
.meaning { font-size: 1.15em; margin: 0.4em 0; }
.others { font-size: 0.75em; color: #5f6368; margin-top: 0.3em; }
.example { margin-top: 0.8em; padding-top: 0.6em; border-top: 1px solid #e5e5ea; text-align: left; }
.sentence { font-size: 1.3em; }
.spinyin { font-size: 0.9em; color: #4b5563; }
.translation { font-size: 0.95em; color: #3a3a3c; font-style: italic; margin-top: 0.2em; }
.source { font-size: 0.75em; color: #5f6368; margin-top: 1em; }
.hl { color: #c2410c; font-weight: bold; }
.spinyin .hl { color: inherit; text-decoration: underline; text-underline-offset: 0.2em; }
/* Recall: the word, and the same characters anywhere, are blanked in the
   question's sentence, of which only the clause around the word shows;
   the answer side shows the whole sentence. */
.cloze .hl, .cloze .hc { color: transparent; border-bottom: 2px solid #c2410c; white-space: nowrap; }
.cloze .far { display: none; }
/* A meaning that names the word ("(给 sb + verb) for") has it blanked
   on the Recall front, and shown again on the answer side. */
.blank .hc { color: transparent; border-bottom: 2px solid #c2410c; }
.answered .blank .hc { color: inherit; border-bottom: none; }
.answered .cloze { display: none; }
/* The English of a long sentence is as long: a front showing only the
   clause around the word leaves it to the back. */
.cloze:has(.far) .translation { display: none; }
#answer { border: 0; border-top: 1px solid #d1d1d6; margin: 0.8em 0; }
.t1 { color: #d10000; }
.t2 { color: #b45309; }
.t3 { color: #15803d; }
.t4 { color: #1d4ed8; }
.t5, .t0 { color: #5f6368; }
@media (max-width: 480px) {
  .hanzi { font-size: 2.6em; }
  .ctx { font-size: 0.42em; }
  .example { font-size: 0.95em; }
}
.nightMode .card, .night_mode .card, .card.nightMode, .card.night_mode {
  color: #ececf1; background: #1c1c1e;
}
.nightMode .kind, .night_mode .kind, .nightMode .trad, .night_mode .trad,
.nightMode .others, .night_mode .others, .nightMode .source, .night_mode .source { color: #a1a1aa; }
.nightMode .spinyin, .night_mode .spinyin { color: #b4b4bc; }
.nightMode .hl, .night_mode .hl { color: #fb923c; }
.nightMode .spinyin .hl, .night_mode .spinyin .hl { color: inherit; }
.nightMode .cloze .hl, .night_mode .cloze .hl, .nightMode .cloze .hc, .night_mode .cloze .hc {
  color: transparent; border-bottom-color: #fb923c;
}
.nightMode .blank .hc, .night_mode .blank .hc { border-bottom-color: #fb923c; }
.nightMode .t1, .night_mode .t1 { color: #ff6b6b; }
.nightMode .t2, .night_mode .t2 { color: #fbbf24; }
.nightMode .t3, .night_mode .t3 { color: #4ade80; }
.nightMode .t4, .night_mode .t4 { color: #60a5fa; }
.nightMode .t5, .nightMode .t0, .night_mode .t5, .night_mode .t0 { color: #a1a1aa; }
.nightMode .example, .night_mode .example, .nightMode #answer, .night_mode #answer { border-top-color: #48484a; }
.nightMode .translation, .night_mode .translation { color: #d1d1d6; }
`

// notetypeJSON is the note type as the col.models JSON holds it.
func notetypeJSON(deckID int64) map[string]any {
	tmpls := make([]map[string]any, len(templates))
	for i, t := range templates {
		tmpls[i] = map[string]any{
			"name": t.Name, "ord": i, "qfmt": t.Q, "afmt": t.A,
			"bqfmt": "", "bafmt": "", "did": nil, "bfont": "", "bsize": 0,
		}
	}
	flds := make([]map[string]any, len(Fields))
	for i, f := range Fields {
		flds[i] = map[string]any{
			"name": f, "ord": i, "sticky": false, "rtl": false,
			"font": "Arial", "size": 20, "media": []any{},
		}
	}
	return map[string]any{
		"id":        notetypeID,
		"name":      NotetypeName,
		"type":      0,
		"mod":       notetypeMod,
		"usn":       -1,
		"sortf":     0,
		"did":       deckID,
		"tmpls":     tmpls,
		"flds":      flds,
		"css":       css,
		"latexPre":  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
		"latexPost": "\\end{document}",
		"latexsvg":  false,
		"req":       requirements,
		"tags":      []any{},
		"vers":      []any{},
	}
}
