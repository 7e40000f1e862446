package zh

import (
	"strings"
	"testing"
)

// TestFunctionSensesResolve checks that every key of functionSenses names
// a sense of some entry of a word function.go or construction.go glosses:
// a key mistyped, or a sense CC-CEDICT reworded in a new edition, would
// otherwise leave its construction naming no sense, silently.
func TestFunctionSensesResolve(t *testing.T) {
	a := analyzer(t)
	var infos []*entryInfo
	var words []string
	for w := range functionWords {
		words = append(words, w)
	}
	for w := range constructionWords {
		words = append(words, w)
	}
	for _, w := range words {
		for _, e := range a.dict.Lookup(w) {
			infos = append(infos, a.info(e))
		}
	}
	for g, keys := range functionSenses {
		for key := range strings.SplitSeq(keys, "|") {
			found := false
			for _, in := range infos {
				if in.senseKeyed(key) >= 0 {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("gloss %q: key %q is no sense of any function word's entry", g, key)
			}
		}
	}
}

// TestFunctionGlossSense checks that a construction gloss names the
// CC-CEDICT sense it teaches, and that the English side chooses between
// the senses a gloss covers.
func TestFunctionGlossSense(t *testing.T) {
	a := analyzer(t)
	tests := []struct{ zh, en, word, sense string }{
		{"他在看书。", "He is reading.", "在", "(used before a verb to indicate an action in progress)"},
		{"我在北京。", "I am in Beijing.", "在", "(of sb or sth) to be (located) at"},
		{"这是我的书。", "This is my book.", "的", "of; ~'s (possessive particle)"},
		{"这部电影让我很感动。", "This film made me very emotional.", "让", "to make sb (feel sad etc)"},
		{"让我想想。", "Let me think.", "让", "to let sb do sth"},
		{"他比我高。", "He is taller than me.", "比", "(followed by a noun and adjective) more {adj.} than {noun}"},
		{"我吃过饺子。", "I have eaten dumplings.", "过", "(experienced action marker)"},
		{"它还能保持经济可行性吗？", "Will it still be economically viable?", "还", "still"},
		{"我们还能做什么？", "What else can we do?", "还", "else"},
		{"天黑了，而他还没回来。", "It is dark and he is not back.", "而", "(indicates contrast)"},
	}
	for _, tt := range tests {
		toks := a.Analyze(tt.zh, tt.en)
		var got string
		found := false
		for _, tok := range toks {
			if tok.Text != tt.word {
				continue
			}
			found = true
			if tok.Sense >= 0 && tok.Sense < len(tok.Senses) {
				got = tok.Senses[tok.Sense]
			}
			break
		}
		if !found {
			t.Errorf("%s: no token %s", tt.zh, tt.word)
			continue
		}
		if got != tt.sense {
			t.Errorf("%s / %s: %s names sense %q, want %q", tt.zh, tt.en, tt.word, got, tt.sense)
		}
	}
}
